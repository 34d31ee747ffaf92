from __future__ import annotations

from typing import Literal

from typing_extensions import Required, TypedDict

__all__ = ["TextLayerParam"]


class TextLayerParam(TypedDict, total=False):
    """TextLayer (no description in the spec).

    What a request may give instead of a ``TextLayer``, keyed by wire name; the keys
    marked ``Required`` must be given.
    """

    kind: Required[Literal["text"]]

    text: Required[str]

    font: str | None
