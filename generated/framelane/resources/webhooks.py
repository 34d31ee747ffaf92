"""Webhook endpoints that receive job and asset events, and the events themselves."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Literal, Unpack

from .._base_client import AsyncAPIClient, SyncAPIClient
from .._pagination import (
    AsyncCursorPage,
    AsyncPager,
    SyncCursorPage,
    async_request_page,
    request_page,
)
from .._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from .._webhooks import parse_event, sign, verify_signature
from ..models.webhook_endpoint import WebhookEndpoint
from ..models.webhook_endpoint_created import WebhookEndpointCreated
from ..models.webhook_endpoint_list import WebhookEndpointList
from ..models.webhook_event import WebhookEvent
from ..models.webhook_event_type import WebhookEventType
from ..models.webhook_secret_rotated import WebhookSecretRotated

__all__ = [
    "Webhooks",
    "AsyncWebhooks",
]


class Webhooks:
    """Webhook endpoints that receive job and asset events, and the events themselves."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhooksWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return WebhooksWithRawResponse(self)

    def create(
        self,
        *,
        url: str,
        events: Sequence[
            WebhookEventType
            | Literal[
                "render.completed",
                "render.failed",
                "render.progress",
                "task.completed",
                "task.failed",
                "task.progress",
                "asset.ready",
            ]
        ],
        description: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreated:
        """Create webhook endpoint.

        Registers an HTTPS endpoint for the chosen event types. The response carries the
        endpoint's signing secret (`whsec_...`), which is shown only once.

        Args:
            url: HTTPS URL (with a valid certificate) that will receive the events.
                Constraints: 1 to 2083 characters, format uri.
            events: Event types to deliver; at least one. Constraints: at least 1 items.
            description: Your note about the endpoint.
        """
        return self._client.request(
            "post",
            "/v1/webhooks",
            body={
                "url": url,
                "events": events,
                "description": description,
            },
            security=(("bearerAuth",),),
            cast_to=WebhookEndpointCreated,
            options=options,
        )

    def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete webhook endpoint.

        Removes an endpoint; no more events are delivered to it.

        Args:
            webhook_id: Id of the webhook endpoint.
        """
        self._client.request(
            "delete",
            "/v1/webhooks/{webhook_id}",
            path_params={
                "webhook_id": webhook_id,
            },
            kind="empty",
            security=(("bearerAuth",),),
            cast_to=type(None),
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncCursorPage[WebhookEndpoint]:
        """List webhook endpoints.

        Returns the workspace's webhook endpoints (without secrets). Pages are ordered
        newest first; follow `next_cursor` while `has_more` is true.

        Args:
            limit: Maximum number of items on the page. Constraints: 1 <= value <= 100.
            cursor: Opaque position to continue from: the `next_cursor` of the previous
                page. Omit it for the first page.
        """
        return request_page(
            self._client,
            "/v1/webhooks",
            page=SyncCursorPage[WebhookEndpoint],
            cast_to=WebhookEndpointList,
            query={
                "limit": limit,
                "cursor": cursor,
            },
            security=(("bearerAuth",),),
            options=options,
        )

    def retrieve(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Get webhook endpoint.

        Returns one webhook endpoint (without its secret).

        Args:
            webhook_id: Id of the webhook endpoint.
        """
        return self._client.request(
            "get",
            "/v1/webhooks/{webhook_id}",
            path_params={
                "webhook_id": webhook_id,
            },
            security=(("bearerAuth",),),
            cast_to=WebhookEndpoint,
            options=options,
        )

    def rotate_secret(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> WebhookSecretRotated:
        """Rotate webhook signing secret.

        Issues a new signing secret for the endpoint. The old secret stops working
        immediately (there is no overlap), so update your verifier right away.

        Args:
            webhook_id: Id of the webhook endpoint.
        """
        return self._client.request(
            "post",
            "/v1/webhooks/{webhook_id}/rotate-secret",
            path_params={
                "webhook_id": webhook_id,
            },
            security=(("bearerAuth",),),
            cast_to=WebhookSecretRotated,
            options=options,
        )

    def update(
        self,
        webhook_id: str,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: (
            Sequence[
                WebhookEventType
                | Literal[
                    "render.completed",
                    "render.failed",
                    "render.progress",
                    "task.completed",
                    "task.failed",
                    "task.progress",
                    "asset.ready",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Update webhook endpoint.

        Changes the URL, event types, description or enabled flag of an endpoint; fields
        left out stay as they are.

        Args:
            webhook_id: Id of the webhook endpoint.
            url: New HTTPS URL. Constraints: 1 to 2083 characters, format uri.
            events: New list of event types; at least one. Constraints: at least 1
                items.
            description: New note; null clears it.
            enabled: Pause (false) or resume (true) deliveries.
        """
        return self._client.request(
            "patch",
            "/v1/webhooks/{webhook_id}",
            path_params={
                "webhook_id": webhook_id,
            },
            body={
                "url": url,
                "events": events,
                "description": description,
                "enabled": enabled,
            },
            security=(("bearerAuth",),),
            cast_to=WebhookEndpoint,
            options=options,
        )

    def verify_signature(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: int = 300,
    ) -> None:
        """Check the ``Framelane-Signature`` header of a delivery against its raw body.

        Raises ``WebhookVerificationError`` when the signature does not match, the
        timestamp is outside ``tolerance`` seconds, or the header is missing or
        malformed. ``secret`` falls back to ``FRAMELANE_WEBHOOK_SECRET``.
        """
        verify_signature(payload, headers, secret=secret, tolerance=tolerance)

    def sign(
        self,
        payload: str | bytes,
        *,
        secret: str | None = None,
        timestamp: int | None = None,
    ) -> str:
        """The ``Framelane-Signature`` header value of a delivery of ``payload``, as the
        API signs it: for testing a webhook handler. ``secret`` falls back to
        ``FRAMELANE_WEBHOOK_SECRET``; ``timestamp`` (Unix seconds) to now.
        """
        return sign(payload, secret=secret, timestamp=timestamp)

    def unwrap(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: int = 300,
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
    """Webhook endpoints that receive job and asset events, and the events themselves."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhooksWithRawResponse:
        """The same methods, returning the raw response (status, headers, ``parse()``)."""
        return AsyncWebhooksWithRawResponse(self)

    async def create(
        self,
        *,
        url: str,
        events: Sequence[
            WebhookEventType
            | Literal[
                "render.completed",
                "render.failed",
                "render.progress",
                "task.completed",
                "task.failed",
                "task.progress",
                "asset.ready",
            ]
        ],
        description: str | None | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpointCreated:
        """Create webhook endpoint.

        Registers an HTTPS endpoint for the chosen event types. The response carries the
        endpoint's signing secret (`whsec_...`), which is shown only once.

        Args:
            url: HTTPS URL (with a valid certificate) that will receive the events.
                Constraints: 1 to 2083 characters, format uri.
            events: Event types to deliver; at least one. Constraints: at least 1 items.
            description: Your note about the endpoint.
        """
        return await self._client.request(
            "post",
            "/v1/webhooks",
            body={
                "url": url,
                "events": events,
                "description": description,
            },
            security=(("bearerAuth",),),
            cast_to=WebhookEndpointCreated,
            options=options,
        )

    async def delete(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete webhook endpoint.

        Removes an endpoint; no more events are delivered to it.

        Args:
            webhook_id: Id of the webhook endpoint.
        """
        await self._client.request(
            "delete",
            "/v1/webhooks/{webhook_id}",
            path_params={
                "webhook_id": webhook_id,
            },
            kind="empty",
            security=(("bearerAuth",),),
            cast_to=type(None),
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        cursor: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[WebhookEndpoint, AsyncCursorPage[WebhookEndpoint]]:
        """List webhook endpoints.

        Returns the workspace's webhook endpoints (without secrets). Pages are ordered
        newest first; follow `next_cursor` while `has_more` is true.

        Args:
            limit: Maximum number of items on the page. Constraints: 1 <= value <= 100.
            cursor: Opaque position to continue from: the `next_cursor` of the previous
                page. Omit it for the first page.
        """
        return async_request_page(
            self._client,
            "/v1/webhooks",
            page=AsyncCursorPage[WebhookEndpoint],
            item=WebhookEndpoint,
            cast_to=WebhookEndpointList,
            query={
                "limit": limit,
                "cursor": cursor,
            },
            security=(("bearerAuth",),),
            options=options,
        )

    async def retrieve(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Get webhook endpoint.

        Returns one webhook endpoint (without its secret).

        Args:
            webhook_id: Id of the webhook endpoint.
        """
        return await self._client.request(
            "get",
            "/v1/webhooks/{webhook_id}",
            path_params={
                "webhook_id": webhook_id,
            },
            security=(("bearerAuth",),),
            cast_to=WebhookEndpoint,
            options=options,
        )

    async def rotate_secret(
        self,
        webhook_id: str,
        **options: Unpack[RequestOptions],
    ) -> WebhookSecretRotated:
        """Rotate webhook signing secret.

        Issues a new signing secret for the endpoint. The old secret stops working
        immediately (there is no overlap), so update your verifier right away.

        Args:
            webhook_id: Id of the webhook endpoint.
        """
        return await self._client.request(
            "post",
            "/v1/webhooks/{webhook_id}/rotate-secret",
            path_params={
                "webhook_id": webhook_id,
            },
            security=(("bearerAuth",),),
            cast_to=WebhookSecretRotated,
            options=options,
        )

    async def update(
        self,
        webhook_id: str,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: (
            Sequence[
                WebhookEventType
                | Literal[
                    "render.completed",
                    "render.failed",
                    "render.progress",
                    "task.completed",
                    "task.failed",
                    "task.progress",
                    "asset.ready",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Update webhook endpoint.

        Changes the URL, event types, description or enabled flag of an endpoint; fields
        left out stay as they are.

        Args:
            webhook_id: Id of the webhook endpoint.
            url: New HTTPS URL. Constraints: 1 to 2083 characters, format uri.
            events: New list of event types; at least one. Constraints: at least 1
                items.
            description: New note; null clears it.
            enabled: Pause (false) or resume (true) deliveries.
        """
        return await self._client.request(
            "patch",
            "/v1/webhooks/{webhook_id}",
            path_params={
                "webhook_id": webhook_id,
            },
            body={
                "url": url,
                "events": events,
                "description": description,
                "enabled": enabled,
            },
            security=(("bearerAuth",),),
            cast_to=WebhookEndpoint,
            options=options,
        )

    def verify_signature(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: int = 300,
    ) -> None:
        """Check the ``Framelane-Signature`` header of a delivery against its raw body.

        Raises ``WebhookVerificationError`` when the signature does not match, the
        timestamp is outside ``tolerance`` seconds, or the header is missing or
        malformed. ``secret`` falls back to ``FRAMELANE_WEBHOOK_SECRET``.
        """
        verify_signature(payload, headers, secret=secret, tolerance=tolerance)

    def sign(
        self,
        payload: str | bytes,
        *,
        secret: str | None = None,
        timestamp: int | None = None,
    ) -> str:
        """The ``Framelane-Signature`` header value of a delivery of ``payload``, as the
        API signs it: for testing a webhook handler. ``secret`` falls back to
        ``FRAMELANE_WEBHOOK_SECRET``; ``timestamp`` (Unix seconds) to now.
        """
        return sign(payload, secret=secret, timestamp=timestamp)

    def unwrap(
        self,
        payload: str | bytes,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: int = 300,
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


class WebhooksWithRawResponse:
    """``webhooks`` methods that return the raw response."""

    def __init__(self, resource: Webhooks) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.list = to_raw_response_wrapper(resource.list)
        self.retrieve = to_raw_response_wrapper(resource.retrieve)
        self.rotate_secret = to_raw_response_wrapper(resource.rotate_secret)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncWebhooksWithRawResponse:
    """``webhooks`` methods that return the raw response."""

    def __init__(self, resource: AsyncWebhooks) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.retrieve = async_to_raw_response_wrapper(resource.retrieve)
        self.rotate_secret = async_to_raw_response_wrapper(resource.rotate_secret)
        self.update = async_to_raw_response_wrapper(resource.update)
