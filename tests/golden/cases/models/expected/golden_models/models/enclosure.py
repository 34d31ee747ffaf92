from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = ["Enclosure"]


class Enclosure(BaseModel):
    """Enclosure (no description in the spec)."""

    name: str

    keeper_code: str | None = None

    residents: list[AnimalUnion] | None = None

    position: Position | None = None
    """Nullable, with properties."""

    shape: Shape | None = None

    corners: tuple[float, float] | tuple[float] | tuple[()] | None = None

    labelled: list[str | int | bool] | None = None

    temperature: float | None = None
    """Constraints: one of 18.5, 21.5."""

    opened: datetime.date = datetime.date(2020, 1, 2)

    feeding: datetime.time = datetime.time(7, 30)

    outline: Outline | None = None
    """A tree of headings."""

    alias: Itself | None = None
    """A union that lists itself."""


# Imported last: models may refer to each other in cycles.
from .animal_union import AnimalUnion
from .itself import Itself
from .outline import Outline
from .position import Position
from .shape import Shape
