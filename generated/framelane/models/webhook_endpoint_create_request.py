from __future__ import annotations

from .._models import BaseModel
from .webhook_event_type import WebhookEventType

__all__ = ["WebhookEndpointCreateRequest"]


class WebhookEndpointCreateRequest(BaseModel):
    """Body of `POST /v1/webhooks`."""

    url: str
    """HTTPS URL (with a valid certificate) that will receive the events.

    Constraints: 1 to 2083 characters, format uri.
    """

    events: list[WebhookEventType]
    """Event types to deliver; at least one.

    Constraints: at least 1 items.
    """

    description: str | None = None
    """Your note about the endpoint."""
