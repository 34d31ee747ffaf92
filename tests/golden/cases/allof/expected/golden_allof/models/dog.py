from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = ["Dog"]


class Dog(BaseModel):
    """A dog is a named base with a breed."""

    id: str

    created: datetime.datetime | None = None

    name: str

    breed: str

    owner: Named | None = None
    """A reference with a sibling description."""

    best_friend: DogBestFriend | None = None


# Imported last: models may refer to each other in cycles.
from .dog_best_friend import DogBestFriend
from .named import Named
