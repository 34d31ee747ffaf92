from __future__ import annotations

from .._models import BaseModel

__all__ = ["OrderCreatedOrder"]


class OrderCreatedOrder(BaseModel):
    """OrderCreatedOrder (no description in the spec)."""

    id: str | None = None

    total: float | None = None
