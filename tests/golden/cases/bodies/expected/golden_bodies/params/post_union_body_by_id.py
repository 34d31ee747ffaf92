from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["PostUnionBodyByIdParam"]


class PostUnionBodyByIdParam(TypedDict, total=False):
    """ById

    What a request may give instead of a ``PostUnionBodyById``, keyed by wire name; the
    keys marked ``Required`` must be given.
    """

    id: Required[int]
