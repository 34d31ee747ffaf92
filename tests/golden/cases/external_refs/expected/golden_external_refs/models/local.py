from __future__ import annotations

from .._models import BaseModel

__all__ = ["Local"]


class Local(BaseModel):
    """Local (no description in the spec)."""

    pet: Pet | None = None


# Imported last: models may refer to each other in cycles.
from .pet import Pet
