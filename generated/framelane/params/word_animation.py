from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["WordAnimationParam"]


class WordAnimationParam(TypedDict, total=False):
    """Turns a text element into a caption track: the words are highlighted one after
    another as they are spoken.

    What a request may give instead of a ``WordAnimation``, keyed by wire name; the keys
    marked ``Required`` must be given.
    """

    style: Required[
        WordAnimationStyle
        | Literal["glow", "box", "scale_pop", "slide_up", "fly_in", "color"]
    ]
    """How the current word is highlighted."""

    words: Required[Sequence[Word | WordParam]]
    """Timed words of the caption, in order.

    Constraints: at least 1 items.
    """


# Imported last: params may refer to each other in cycles.
from ..models.word import Word
from ..models.word_animation_style import WordAnimationStyle
from .word import WordParam
