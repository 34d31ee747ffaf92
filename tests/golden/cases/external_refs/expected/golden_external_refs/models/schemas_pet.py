from __future__ import annotations

from .._models import BaseModel

__all__ = ["SchemasPet"]


class SchemasPet(BaseModel):
    """SchemasPet (no description in the spec)."""

    name: str

    owner: SchemasOwner | None = None

    siblings: list[SchemasPet] | None = None


# Imported last: models may refer to each other in cycles.
from .schemas_owner import SchemasOwner
