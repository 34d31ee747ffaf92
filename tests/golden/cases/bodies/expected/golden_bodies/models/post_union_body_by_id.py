from __future__ import annotations

from .._models import BaseModel

__all__ = ["PostUnionBodyById"]


class PostUnionBodyById(BaseModel):
    """ById"""

    id: int
