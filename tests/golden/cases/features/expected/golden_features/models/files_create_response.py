from __future__ import annotations

from .._models import BaseModel

__all__ = ["FilesCreateResponse"]


class FilesCreateResponse(BaseModel):
    """FilesCreateResponse (no description in the spec)."""

    put_url: str

    file_id: str
