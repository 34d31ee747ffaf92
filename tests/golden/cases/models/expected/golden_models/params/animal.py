from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["AnimalParam"]


class AnimalParam(TypedDict, total=False):
    """The base of the animals; petType names the kind.

    What a request may give instead of a ``Animal``, keyed by wire name; the keys marked
    ``Required`` must be given.
    """

    petType: Required[str]

    name: Required[str]
