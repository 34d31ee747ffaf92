from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["Expression"]

Expression = TypeAliasType(
    "Expression",
    Annotated[
        Union[
            Annotated["LiteralModel", Tag("lit")],
            Annotated["Sum", Tag("sum")],
            Annotated["UnknownExpression", Tag("")],
        ],
        Discriminator(discriminate("op", {"lit": "lit", "sum": "sum"})),
    ],
)
"""Expression (no description in the spec)."""

from .literal_model import LiteralModel
from .sum import Sum
from .unknown_expression import UnknownExpression
