"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_responses.models import GetStatusResponse``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .get_status_response import GetStatusResponse as GetStatusResponse
    from .maybe_thing import MaybeThing as MaybeThing
    from .problem import Problem as Problem
    from .receipt import Receipt as Receipt
    from .thing import Thing as Thing

_MODULES: dict[str, str] = {
    "GetStatusResponse": "get_status_response",
    "MaybeThing": "maybe_thing",
    "Problem": "problem",
    "Receipt": "receipt",
    "Thing": "thing",
}

__all__ = [
    "GetStatusResponse",
    "MaybeThing",
    "Problem",
    "Receipt",
    "Thing",
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
