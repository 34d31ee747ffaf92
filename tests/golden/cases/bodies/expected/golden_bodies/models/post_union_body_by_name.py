from __future__ import annotations

from .._models import BaseModel

__all__ = ["PostUnionBodyByName"]


class PostUnionBodyByName(BaseModel):
    """ByName"""

    name: str
