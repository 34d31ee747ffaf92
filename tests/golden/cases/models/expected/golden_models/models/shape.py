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
            Annotated["Circle", Tag("0")],
            Annotated["Square", Tag("4")],
            Annotated["UnknownShape", Tag("")],
        ],
        Discriminator(discriminate("sides", {"0": "0", "4": "4"})),
    ],
)
"""Shape (no description in the spec)."""

from .circle import Circle
from .square import Square
from .unknown_shape import UnknownShape
