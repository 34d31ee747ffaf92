from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["Layer"]

Layer = TypeAliasType(
    "Layer",
    Annotated[
        Union[
            Annotated["ShapeLayer", Tag("shape")],
            Annotated["TextLayer", Tag("text")],
            Annotated["UnknownLayer", Tag("")],
        ],
        Discriminator(discriminate("kind", {"shape": "shape", "text": "text"})),
    ],
)
"""One layer, picked by its kind."""

from .shape_layer import ShapeLayer
from .text_layer import TextLayer
from .unknown_layer import UnknownLayer
