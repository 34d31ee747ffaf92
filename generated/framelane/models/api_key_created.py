from __future__ import annotations

import datetime

from .._models import BaseModel

__all__ = ["ApiKeyCreated"]


class ApiKeyCreated(BaseModel):
    """A newly created API key, including the plaintext `key`. This is the only response
    that carries it.
    """

    id: str
    """Key id, starting with `key_`; use it to revoke the key."""

    name: str
    """Label given at creation."""

    key_prefix: str
    """First characters of the key, to recognise it without revealing it."""

    created_at: datetime.datetime
    """When the key was created (UTC)."""

    key: str
    """The secret key itself. It is shown only in this response; store it safely."""

    last_used_at: datetime.datetime | None = None
    """When the key last authenticated a request; null if never used."""

    revoked_at: datetime.datetime | None = None
    """When the key was revoked; null while it is active."""
