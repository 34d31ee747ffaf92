from __future__ import annotations

from .._models import BaseModel

__all__ = ["SchemasOwner"]


class SchemasOwner(BaseModel):
    """SchemasOwner (no description in the spec)."""

    email: str | None = None
    """Constraints: format email."""
