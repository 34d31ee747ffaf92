"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_collections.models import Bag``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bag import Bag as Bag
    from .bag_entries_item import BagEntriesItem as BagEntriesItem
    from .bag_extra_typed import BagExtraTyped as BagExtraTyped
    from .bag_lookup_value import BagLookupValue as BagLookupValue
    from .counts import Counts as Counts
    from .tags import Tags as Tags

_MODULES: dict[str, str] = {
    "Bag": "bag",
    "BagEntriesItem": "bag_entries_item",
    "BagExtraTyped": "bag_extra_typed",
    "BagLookupValue": "bag_lookup_value",
    "Counts": "counts",
    "Tags": "tags",
}

__all__ = [
    "Bag",
    "BagEntriesItem",
    "BagExtraTyped",
    "BagLookupValue",
    "Counts",
    "Tags",
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
