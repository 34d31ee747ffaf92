from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = ["ApiKey"]


class ApiKey(BaseModel):
    """An API key as listed: everything except the secret itself."""

    id: str
    """Key id, starting with `key_`; use it to revoke the key."""

    name: str
    """Label given at creation."""

    key_prefix: str
    """First characters of the key, to recognise it without revealing it."""

    created_at: datetime.datetime
    """When the key was created (UTC)."""

    last_used_at: datetime.datetime | None = None
    """When the key last authenticated a request; null if never used."""

    revoked_at: datetime.datetime | None = None
    """When the key was revoked; null while it is active."""
