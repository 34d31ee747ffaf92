"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_enums.models import Item``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .item import Item as Item
    from .item_status import ItemStatus as ItemStatus
    from .list_items_level import ListItemsLevel as ListItemsLevel
    from .priority import Priority as Priority
    from .sort_order import SortOrder as SortOrder
    from .symbols import Symbols as Symbols

_MODULES: dict[str, str] = {
    "Item": "item",
    "ItemStatus": "item_status",
    "ListItemsLevel": "list_items_level",
    "Priority": "priority",
    "SortOrder": "sort_order",
    "Symbols": "symbols",
}

__all__ = [
    "Item",
    "ItemStatus",
    "ListItemsLevel",
    "Priority",
    "SortOrder",
    "Symbols",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
