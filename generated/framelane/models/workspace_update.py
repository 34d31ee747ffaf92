from __future__ import annotations

from .._models import BaseModel

__all__ = ["WorkspaceUpdate"]


class WorkspaceUpdate(BaseModel):
    """Body of `PATCH /v1/workspace`."""

    name: str
    """New display name.

    Constraints: 1 to 255 characters.
    """
