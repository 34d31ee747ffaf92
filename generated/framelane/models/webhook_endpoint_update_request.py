from __future__ import annotations

from .._models import BaseModel
from .webhook_event_type import WebhookEventType

__all__ = ["WebhookEndpointUpdateRequest"]


class WebhookEndpointUpdateRequest(BaseModel):
    """Body of `PATCH /v1/webhooks/{webhook_id}`. Only the fields you send change."""

    url: str | None = None
    """New HTTPS URL.

    Constraints: 1 to 2083 characters, format uri.
    """

    events: list[WebhookEventType] | None = None
    """New list of event types; at least one.

    Constraints: at least 1 items.
    """

    description: str | None = None
    """New note; null clears it."""

    enabled: bool | None = None
    """Pause (false) or resume (true) deliveries."""
