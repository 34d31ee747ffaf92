from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["WordParam"]


class WordParam(TypedDict, total=False):
    """One word of a caption track with its timing in seconds on the render's timeline.
    Words should lie inside the window of their text element.

    What a request may give instead of a ``Word``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    text: Required[str]
    """The word as displayed."""

    start: Required[float]
    """When the word starts, in seconds.

    Constraints: 0 <= value.
    """

    end: Required[float]
    """When the word ends, in seconds.

    Constraints: 0 < value.
    """
