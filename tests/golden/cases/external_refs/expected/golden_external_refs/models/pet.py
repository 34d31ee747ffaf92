from __future__ import annotations

from .._models import BaseModel

__all__ = ["Pet"]


class Pet(BaseModel):
    """Pet (no description in the spec)."""

    name: str

    owner: Owner | None = None

    siblings: list[Pet] | None = None


# Imported last: models may refer to each other in cycles.
from .owner import Owner
