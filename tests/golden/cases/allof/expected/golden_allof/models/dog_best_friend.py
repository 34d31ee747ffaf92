from __future__ import annotations

from .._models import BaseModel

__all__ = ["DogBestFriend"]


class DogBestFriend(BaseModel):
    """DogBestFriend (no description in the spec)."""

    name: str

    nickname: str
