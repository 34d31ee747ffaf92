from __future__ import annotations

import datetime
from typing import Literal

from .._models import BaseModel

__all__ = ["AssetReadyEvent"]


class AssetReadyEvent(BaseModel):
    """Payload of the `asset.ready` webhook event. An upload or import finished and its
    metadata (duration, dimensions) is known.
    """

    id: str
    """Unique id of the event; retried deliveries of the same event carry the same id, so
    use it to ignore duplicates.
    """

    type: Literal["asset.ready"]
    """Event type; always `asset.ready` here."""

    created_at: datetime.datetime
    """When the event happened (UTC)."""

    data: Asset
    """The asset that became ready."""


# Imported last: models may refer to each other in cycles.
from .asset import Asset
