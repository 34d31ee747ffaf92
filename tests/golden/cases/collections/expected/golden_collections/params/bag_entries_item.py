from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["BagEntriesItemParam"]


class BagEntriesItemParam(TypedDict, total=False):
    """BagEntriesItem (no description in the spec).

    What a request may give instead of a ``BagEntriesItem``, keyed by wire name; the
    keys marked ``Required`` must be given.
    """

    key: Required[str]

    value: str
