from __future__ import annotations

from typing import Literal

from .._models import BaseModel
from .item_status import ItemStatus
from .priority import Priority
from .sort_order import SortOrder

__all__ = ["Item"]


class Item(BaseModel):
    """Item (no description in the spec)."""

    kind: Literal["thing"]

    status: ItemStatus | None = None

    priority: Priority | None = None

    order: SortOrder = SortOrder.ASC_2

    mixed: Literal[1, "one", True] | None = None
