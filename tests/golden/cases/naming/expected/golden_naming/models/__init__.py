"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_naming.models import Class``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .class_ import Class as Class
    from .model2_xx_response import Model2xxResponse as Model2xxResponse
    from .this_is_a_very_long_schema_name_that_goes_on_and_on_beyond_any_reasonab_3923697d import (
        ThisIsAVeryLongSchemaNameThatGoesOnAndOnBeyondAnyReasonableLengthForAFi_70a92488 as ThisIsAVeryLongSchemaNameThatGoesOnAndOnBeyondAnyReasonableLengthForAFi_70a92488,
    )
    from .uber_strasse import UberStrasse as UberStrasse
    from .user import User as User
    from .user2 import User2 as User2
    from .user3 import User3 as User3

_MODULES: dict[str, str] = {
    "Class": "class_",
    "Model2xxResponse": "model2_xx_response",
    "ThisIsAVeryLongSchemaNameThatGoesOnAndOnBeyondAnyReasonableLengthForAFi_70a92488": "this_is_a_very_long_schema_name_that_goes_on_and_on_beyond_any_reasonab_3923697d",
    "UberStrasse": "uber_strasse",
    "User": "user",
    "User2": "user2",
    "User3": "user3",
}

__all__ = [
    "Class",
    "Model2xxResponse",
    "ThisIsAVeryLongSchemaNameThatGoesOnAndOnBeyondAnyReasonableLengthForAFi_70a92488",
    "UberStrasse",
    "User",
    "User2",
    "User3",
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
