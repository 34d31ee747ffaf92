from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["OrderCancelledEvent"]


class OrderCancelledEvent(BaseModel):
    """OrderCancelledEvent (no description in the spec)."""

    type: Literal["order.cancelled"]

    order_id: str
