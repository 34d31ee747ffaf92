from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["HeadersParam"]

HeadersParam = TypedDict(
    "HeadersParam",
    {
        "content-type": "Required[str]",
        "class": "str",
        "__private": "int",
        "str": "bool",
    },
    total=False,
)
"""Wire names that are not Python names, in the functional syntax.

What a request may give instead of a ``Headers``, keyed by wire name; the keys marked
``Required`` must be given.
"""
