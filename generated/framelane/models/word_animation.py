from __future__ import annotations

from .._models import BaseModel
from .word_animation_style import WordAnimationStyle

__all__ = ["WordAnimation"]


class WordAnimation(BaseModel):
    """Turns a text element into a caption track: the words are highlighted one after
    another as they are spoken.
    """

    style: WordAnimationStyle
    """How the current word is highlighted."""

    words: list[Word]
    """Timed words of the caption, in order.

    Constraints: at least 1 items.
    """


# Imported last: models may refer to each other in cycles.
from .word import Word
