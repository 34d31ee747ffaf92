from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["BagLookupValueParam"]


class BagLookupValueParam(TypedDict, total=False):
    """BagLookupValue (no description in the spec).

    What a request may give instead of a ``BagLookupValue``, keyed by wire name; the
    keys marked ``Required`` must be given.
    """

    hits: int
