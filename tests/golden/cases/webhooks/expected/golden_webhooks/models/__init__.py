"""The API's types: one module per model, enum or alias, imported on first use (``from
golden_webhooks.models import OrderCancelledEvent``
loads only that module and what it refers to)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .order_cancelled_event import OrderCancelledEvent as OrderCancelledEvent
    from .order_created import OrderCreated as OrderCreated
    from .order_created_order import OrderCreatedOrder as OrderCreatedOrder
    from .unknown_webhook_event import UnknownWebhookEvent as UnknownWebhookEvent
    from .webhook_event import WebhookEvent as WebhookEvent

_MODULES: dict[str, str] = {
    "OrderCancelledEvent": "order_cancelled_event",
    "OrderCreated": "order_created",
    "OrderCreatedOrder": "order_created_order",
    "UnknownWebhookEvent": "unknown_webhook_event",
    "WebhookEvent": "webhook_event",
}

__all__ = [
    "OrderCancelledEvent",
    "OrderCreated",
    "OrderCreatedOrder",
    "UnknownWebhookEvent",
    "WebhookEvent",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
