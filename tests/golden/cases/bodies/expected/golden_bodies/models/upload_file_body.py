from __future__ import annotations

from .._models import BaseModel

__all__ = ["UploadFileBody"]


class UploadFileBody(BaseModel):
    """UploadFileBody (no description in the spec)."""

    file: str
    """Constraints: format binary."""

    caption: str | None = None
