from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["DogParam"]


class DogParam(TypedDict, total=False):
    """Dog (no description in the spec).

    What a request may give instead of a ``Dog``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    petType: Required[str]

    name: Required[str]

    bark: bool
