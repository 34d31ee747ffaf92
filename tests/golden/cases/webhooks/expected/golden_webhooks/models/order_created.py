from __future__ import annotations

from typing import Literal

from .._models import BaseModel

__all__ = ["OrderCreated"]


class OrderCreated(BaseModel):
    """OrderCreated (no description in the spec)."""

    type: Literal["order.created"]

    order: OrderCreatedOrder


# Imported last: models may refer to each other in cycles.
from .order_created_order import OrderCreatedOrder
