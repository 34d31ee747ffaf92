"""The request-side types: a TypedDict per model a request can send (``UpdateItemFilterParam``), keyed by wire
name, and the aliases that name them. Methods take a model or its TypedDict wherever the API takes an object.
Each module is imported on first use, like the models."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .update_item_filter import UpdateItemFilterParam as UpdateItemFilterParam

_MODULES: dict[str, str] = {
    "UpdateItemFilterParam": "update_item_filter",
}

__all__ = [
    "UpdateItemFilterParam",
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
