"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_allof.models import Base``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .base import Base as Base
    from .dog import Dog as Dog
    from .dog_best_friend import DogBestFriend as DogBestFriend
    from .named import Named as Named
    from .wrapper import Wrapper as Wrapper

_MODULES: dict[str, str] = {
    "Base": "base",
    "Dog": "dog",
    "DogBestFriend": "dog_best_friend",
    "Named": "named",
    "Wrapper": "wrapper",
}

__all__ = [
    "Base",
    "Dog",
    "DogBestFriend",
    "Named",
    "Wrapper",
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
