from __future__ import annotations

from .._models import BaseModel

__all__ = ["WebhookSecretRotated"]


class WebhookSecretRotated(BaseModel):
    """The new signing secret of a webhook endpoint. The previous secret stops working at
    once.
    """

    secret: str
    """The new signing secret."""
