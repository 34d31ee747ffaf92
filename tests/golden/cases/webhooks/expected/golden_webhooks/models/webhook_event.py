from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from .._models import discriminate

__all__ = ["WebhookEvent"]

WebhookEvent = TypeAliasType(
    "WebhookEvent",
    Annotated[
        Union[
            Annotated["OrderCancelledEvent", Tag("order.cancelled")],
            Annotated["OrderCreated", Tag("order.created")],
            Annotated["UnknownWebhookEvent", Tag("")],
        ],
        Discriminator(
            discriminate(
                "type",
                {
                    "order.cancelled": "order.cancelled",
                    "order.created": "order.created",
                },
            )
        ),
    ],
)
"""WebhookEvent (no description in the spec)."""

from .order_cancelled_event import OrderCancelledEvent
from .order_created import OrderCreated
from .unknown_webhook_event import UnknownWebhookEvent
