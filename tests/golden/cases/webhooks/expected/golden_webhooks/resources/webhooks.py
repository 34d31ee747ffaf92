"""Operations on webhooks."""

from __future__ import annotations

from collections.abc import Mapping

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._webhooks import parse_event, sign, verify_signature
from ..models.webhook_event import WebhookEvent

__all__ = [
    "Webhooks",
    "AsyncWebhooks",
]


class Webhooks:
    """Operations on webhooks."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def verify_signature(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: int = 120,
    ) -> None:
        """Check the ``Shop-Signature`` header of a delivery against its raw body.

        Raises ``WebhookVerificationError`` when the signature does not match, the
        timestamp is outside ``tolerance`` seconds, or the header is missing or
        malformed. ``secret`` falls back to ``GOLDEN_WEBHOOKS_WEBHOOK_SECRET``.
        """
        verify_signature(payload, headers, secret=secret, tolerance=tolerance)

    def sign(
        self,
        payload: str | bytes,
        *,
        secret: str | None = None,
        timestamp: int | None = None,
    ) -> str:
        """The ``Shop-Signature`` header value of a delivery of ``payload``, as the API
        signs it: for testing a webhook handler. ``secret`` falls back to
        ``GOLDEN_WEBHOOKS_WEBHOOK_SECRET``; ``timestamp`` (Unix seconds) to now.
        """
        return sign(payload, secret=secret, timestamp=timestamp)

    def unwrap(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: int = 120,
    ) -> WebhookEvent:
        """Verify a delivery (see ``verify_signature``) and return its event, typed by its ``type``.

        The signature is checked strictly; the body is then built leniently (a field that drifted from the
        schema is kept as sent, an unknown ``type`` gives the unknown variant), unless the client has
        ``strict_response_validation``: then a mismatch is a ``WebhookVerificationError`` naming the fields.
        """
        verify_signature(payload, headers, secret=secret, tolerance=tolerance)
        event: WebhookEvent = parse_event(
            WebhookEvent, payload, strict=self._client.strict_response_validation
        )
        return event


class AsyncWebhooks:
    """Operations on webhooks."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    def verify_signature(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: int = 120,
    ) -> None:
        """Check the ``Shop-Signature`` header of a delivery against its raw body.

        Raises ``WebhookVerificationError`` when the signature does not match, the
        timestamp is outside ``tolerance`` seconds, or the header is missing or
        malformed. ``secret`` falls back to ``GOLDEN_WEBHOOKS_WEBHOOK_SECRET``.
        """
        verify_signature(payload, headers, secret=secret, tolerance=tolerance)

    def sign(
        self,
        payload: str | bytes,
        *,
        secret: str | None = None,
        timestamp: int | None = None,
    ) -> str:
        """The ``Shop-Signature`` header value of a delivery of ``payload``, as the API
        signs it: for testing a webhook handler. ``secret`` falls back to
        ``GOLDEN_WEBHOOKS_WEBHOOK_SECRET``; ``timestamp`` (Unix seconds) to now.
        """
        return sign(payload, secret=secret, timestamp=timestamp)

    def unwrap(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: int = 120,
    ) -> WebhookEvent:
        """Verify a delivery (see ``verify_signature``) and return its event, typed by its ``type``.

        The signature is checked strictly; the body is then built leniently (a field that drifted from the
        schema is kept as sent, an unknown ``type`` gives the unknown variant), unless the client has
        ``strict_response_validation``: then a mismatch is a ``WebhookVerificationError`` naming the fields.
        """
        verify_signature(payload, headers, secret=secret, tolerance=tolerance)
        event: WebhookEvent = parse_event(
            WebhookEvent, payload, strict=self._client.strict_response_validation
        )
        return event
