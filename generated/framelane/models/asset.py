from __future__ import annotations

import datetime

from .._models import BaseModel
from .asset_kind import AssetKind

__all__ = ["Asset"]


class Asset(BaseModel):
    """A media file in Framelane storage, as announced by the `asset.ready` event after an
    upload or an import. Fields that do not apply or could not be measured are null.
    """

    id: str
    """Id of the asset."""

    source_url: str
    """Framelane CDN URL of the file, usable as `source_url`.

    Constraints: format uri.
    """

    kind: AssetKind
    """Media family of the file."""

    content_type: str | None = None
    """MIME type of the file."""

    duration: float | None = None
    """Length in seconds (video and audio)."""

    width: int | None = None
    """Width in pixels (video and images)."""

    height: int | None = None
    """Height in pixels (video and images)."""

    size_bytes: int | None = None
    """File size in bytes."""

    created_at: datetime.datetime
    """When the asset was created (UTC)."""
