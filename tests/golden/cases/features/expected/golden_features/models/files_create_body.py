from __future__ import annotations

from .._models import BaseModel

__all__ = ["FilesCreateBody"]


class FilesCreateBody(BaseModel):
    """FilesCreateBody (no description in the spec)."""

    mime: str

    name: str | None = None
