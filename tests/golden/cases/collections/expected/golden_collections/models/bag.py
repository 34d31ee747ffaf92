from __future__ import annotations

from typing import Any

from .._models import BaseModel

__all__ = ["Bag"]


class Bag(BaseModel):
    """Bag (no description in the spec)."""

    tags: Tags | None = None

    counts: Counts | None = None

    matrix: list[list[float]] | None = None

    free_form: dict[str, Any] | None = None

    open_map: dict[str, Any] | None = None

    entries: list[BagEntriesItem] | None = None

    lookup: dict[str, BagLookupValue] | None = None

    extra_typed: BagExtraTyped | None = None


# Imported last: models may refer to each other in cycles.
from .bag_entries_item import BagEntriesItem
from .bag_extra_typed import BagExtraTyped
from .bag_lookup_value import BagLookupValue
from .counts import Counts
from .tags import Tags
