from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["UpdateItemFilterParam"]


class UpdateItemFilterParam(TypedDict, total=False):
    """UpdateItemFilter (no description in the spec).

    What a request may give instead of a ``UpdateItemFilter``, keyed by wire name; the
    keys marked ``Required`` must be given.
    """

    status: str

    owner: str
