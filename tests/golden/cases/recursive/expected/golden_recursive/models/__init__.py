"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_recursive.models import Condition``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .condition import Condition as Condition
    from .expression import Expression as Expression
    from .extended_condition import ExtendedCondition as ExtendedCondition
    from .literal_model import LiteralModel as LiteralModel
    from .node import Node as Node
    from .person import Person as Person
    from .sum import Sum as Sum
    from .unknown_expression import UnknownExpression as UnknownExpression

_MODULES: dict[str, str] = {
    "Condition": "condition",
    "Expression": "expression",
    "ExtendedCondition": "extended_condition",
    "LiteralModel": "literal_model",
    "Node": "node",
    "Person": "person",
    "Sum": "sum",
    "UnknownExpression": "unknown_expression",
}

__all__ = [
    "Condition",
    "Expression",
    "ExtendedCondition",
    "LiteralModel",
    "Node",
    "Person",
    "Sum",
    "UnknownExpression",
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
