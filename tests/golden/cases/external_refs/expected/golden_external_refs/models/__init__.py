"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_external_refs.models import CommonError``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .common_error import CommonError as CommonError
    from .local import Local as Local
    from .schemas_owner import SchemasOwner as SchemasOwner
    from .schemas_pet import SchemasPet as SchemasPet

_MODULES: dict[str, str] = {
    "CommonError": "common_error",
    "Local": "local",
    "SchemasOwner": "schemas_owner",
    "SchemasPet": "schemas_pet",
}

__all__ = [
    "CommonError",
    "Local",
    "SchemasOwner",
    "SchemasPet",
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
