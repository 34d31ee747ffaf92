from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["PostUnionBodyByNameParam"]


class PostUnionBodyByNameParam(TypedDict, total=False):
    """ByName

    What a request may give instead of a ``PostUnionBodyByName``, keyed by wire name;
    the keys marked ``Required`` must be given.
    """

    name: Required[str]
