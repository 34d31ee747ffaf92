from __future__ import annotations

import datetime

from .._models import BaseModel
from .webhook_event_type import WebhookEventType

__all__ = ["WebhookEndpointCreated"]


class WebhookEndpointCreated(BaseModel):
    """A newly registered webhook endpoint together with its signing secret, which is
    returned only here.
    """

    id: str
    """Webhook endpoint id."""

    url: str
    """HTTPS URL the events are POSTed to.

    Constraints: format uri.
    """

    events: list[WebhookEventType]
    """Event types delivered to this endpoint."""

    description: str | None = None
    """Your note about the endpoint."""

    enabled: bool
    """Whether events are currently delivered to the endpoint."""

    created_at: datetime.datetime
    """When the endpoint was registered (UTC)."""

    last_delivery_at: datetime.datetime | None = None
    """When an event was last delivered; null if none yet."""

    secret: str
    """Signing secret of the endpoint (`whsec_...`), used to verify the
    `Framelane-Signature` header. Shown only in this response; rotate it if lost.
    """
