from __future__ import annotations

from .._models import BaseModel

__all__ = ["Word"]


class Word(BaseModel):
    """One word of a caption track with its timing in seconds on the render's timeline.
    Words should lie inside the window of their text element.
    """

    text: str
    """The word as displayed."""

    start: float
    """When the word starts, in seconds.

    Constraints: 0 <= value.
    """

    end: float
    """When the word ends, in seconds.

    Constraints: 0 < value.
    """
