from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["LionParam"]


class LionParam(TypedDict, total=False):
    """Lion (no description in the spec).

    What a request may give instead of a ``Lion``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    petType: Required[str]

    name: Required[str]

    lives: int

    mane: str
