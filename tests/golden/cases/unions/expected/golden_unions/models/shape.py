from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["Shape"]

Shape = TypeAliasType(
    "Shape",
    Annotated[
        Union[
            Annotated["Circle", Tag("circle")],
            Annotated["Square", Tag("square")],
            Annotated["UnknownShape", Tag("")],
        ],
        Discriminator(discriminate("kind", {"circle": "circle", "square": "square"})),
    ],
)
"""Discriminated by mapping."""

from .circle import Circle
from .square import Square
from .unknown_shape import UnknownShape
