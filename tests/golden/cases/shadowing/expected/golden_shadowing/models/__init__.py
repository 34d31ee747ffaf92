"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_shadowing.models import StrBody``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .str_body import StrBody as StrBody

_MODULES: dict[str, str] = {
    "StrBody": "str_body",
}

__all__ = [
    "StrBody",
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
