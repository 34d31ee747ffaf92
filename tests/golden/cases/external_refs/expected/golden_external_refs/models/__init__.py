"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_external_refs.models import Error``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error import Error as Error
    from .local import Local as Local
    from .owner import Owner as Owner
    from .pet import Pet as Pet

_MODULES: dict[str, str] = {
    "Error": "error",
    "Local": "local",
    "Owner": "owner",
    "Pet": "pet",
}

__all__ = [
    "Error",
    "Local",
    "Owner",
    "Pet",
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
