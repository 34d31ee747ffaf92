from __future__ import annotations

from .._models import BaseModel

__all__ = ["UploadFileResponse"]


class UploadFileResponse(BaseModel):
    """UploadFileResponse (no description in the spec)."""

    size: int | None = None
