"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_models.models import Animal``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .animal import Animal as Animal
    from .animal_union import AnimalUnion as AnimalUnion
    from .cat import Cat as Cat
    from .circle import Circle as Circle
    from .dog import Dog as Dog
    from .enclosure import Enclosure as Enclosure
    from .itself import Itself as Itself
    from .lion import Lion as Lion
    from .outline import Outline as Outline
    from .position import Position as Position
    from .shape import Shape as Shape
    from .square import Square as Square
    from .unknown_shape import UnknownShape as UnknownShape

_MODULES: dict[str, str] = {
    "Animal": "animal",
    "AnimalUnion": "animal_union",
    "Cat": "cat",
    "Circle": "circle",
    "Dog": "dog",
    "Enclosure": "enclosure",
    "Itself": "itself",
    "Lion": "lion",
    "Outline": "outline",
    "Position": "position",
    "Shape": "shape",
    "Square": "square",
    "UnknownShape": "unknown_shape",
}

__all__ = [
    "Animal",
    "AnimalUnion",
    "Cat",
    "Circle",
    "Dog",
    "Enclosure",
    "Itself",
    "Lion",
    "Outline",
    "Position",
    "Shape",
    "Square",
    "UnknownShape",
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
