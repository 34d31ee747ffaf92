from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["InferredShape"]

InferredShape = TypeAliasType(
    "InferredShape",
    Annotated[
        Union[
            Annotated["Circle", Tag("circle")],
            Annotated["Square", Tag("square")],
            Annotated["UnknownInferredShape", Tag("")],
        ],
        Discriminator(discriminate("kind", {"circle": "circle", "square": "square"})),
    ],
)
"""Discriminated by the const of each variant."""

from .circle import Circle
from .square import Square
from .unknown_inferred_shape import UnknownInferredShape
