from __future__ import annotations

from .._models import BaseModel

__all__ = ["Local"]


class Local(BaseModel):
    """Local (no description in the spec)."""

    pet: SchemasPet | None = None


# Imported last: models may refer to each other in cycles.
from .schemas_pet import SchemasPet
