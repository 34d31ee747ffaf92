"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_parameters.models import UpdateItemBody``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .update_item_body import UpdateItemBody as UpdateItemBody
    from .update_item_filter import UpdateItemFilter as UpdateItemFilter
    from .update_item_response import UpdateItemResponse as UpdateItemResponse

_MODULES: dict[str, str] = {
    "UpdateItemBody": "update_item_body",
    "UpdateItemFilter": "update_item_filter",
    "UpdateItemResponse": "update_item_response",
}

__all__ = [
    "UpdateItemBody",
    "UpdateItemFilter",
    "UpdateItemResponse",
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
