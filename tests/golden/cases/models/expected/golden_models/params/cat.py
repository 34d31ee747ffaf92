from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["CatParam"]


class CatParam(TypedDict, total=False):
    """Cat (no description in the spec).

    What a request may give instead of a ``Cat``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    petType: Required[str]

    name: Required[str]

    lives: int
