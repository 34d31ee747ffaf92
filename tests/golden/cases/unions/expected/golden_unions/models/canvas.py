from __future__ import annotations

from .._models import BaseModel

__all__ = ["Canvas"]


class Canvas(BaseModel):
    """Canvas (no description in the spec)."""

    shapes: list[Shape] | None = None

    background: OpenColor | None = None
    """A known colour or any other string."""

    inline_choice: CanvasInlineChoice | None = None

    maybe: Scalar | None = None


# Imported last: models may refer to each other in cycles.
from .canvas_inline_choice import CanvasInlineChoice
from .open_color import OpenColor
from .scalar import Scalar
from .shape import Shape
