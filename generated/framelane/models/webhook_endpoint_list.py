from __future__ import annotations

from .._models import BaseModel

__all__ = ["WebhookEndpointList"]


class WebhookEndpointList(BaseModel):
    """A page of webhook endpoints, newest first."""

    data: list[WebhookEndpoint]
    """The items of this page."""

    next_cursor: str | None
    """Pass as `cursor` to get the next page; null on the last page."""

    has_more: bool
    """Whether another page follows."""


# Imported last: models may refer to each other in cycles.
from .webhook_endpoint import WebhookEndpoint
