"""The request-side types: a TypedDict per model a request can send (``AnimalParam``), keyed by wire
name, and the aliases that name them. Methods take a model or its TypedDict wherever the API takes an object.
Each module is imported on first use, like the models."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .animal import AnimalParam as AnimalParam
    from .animal_union import AnimalUnionParam as AnimalUnionParam
    from .cat import CatParam as CatParam
    from .circle import CircleParam as CircleParam
    from .dog import DogParam as DogParam
    from .lion import LionParam as LionParam
    from .position import PositionParam as PositionParam
    from .shape import ShapeParam as ShapeParam
    from .square import SquareParam as SquareParam

_MODULES: dict[str, str] = {
    "AnimalParam": "animal",
    "AnimalUnionParam": "animal_union",
    "CatParam": "cat",
    "CircleParam": "circle",
    "DogParam": "dog",
    "LionParam": "lion",
    "PositionParam": "position",
    "ShapeParam": "shape",
    "SquareParam": "square",
}

__all__ = [
    "AnimalParam",
    "AnimalUnionParam",
    "CatParam",
    "CircleParam",
    "DogParam",
    "LionParam",
    "PositionParam",
    "ShapeParam",
    "SquareParam",
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
