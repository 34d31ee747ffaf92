from __future__ import annotations

from .._models import BaseModel

__all__ = ["PostFormBody"]


class PostFormBody(BaseModel):
    """PostFormBody (no description in the spec)."""

    username: str

    remember: bool | None = None
