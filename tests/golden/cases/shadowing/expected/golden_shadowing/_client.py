"""The clients: ``GoldenShadowing`` (synchronous) and ``AsyncGoldenShadowing``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING

import httpx

from ._base_client import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    SyncAPIClient,
)
from ._types import NOT_GIVEN, NotGiven, Timeout

if TYPE_CHECKING:
    from .resources.email_identities import AsyncEmailIdentities, EmailIdentities
    from .resources.email_identities_2 import AsyncEmailIdentities2, EmailIdentities2
    from .resources.request import AsyncRequest, Request
    from .resources.things import AsyncThings, Things

__all__ = ["GoldenShadowing", "AsyncGoldenShadowing"]


class GoldenShadowing(SyncAPIClient):
    """Synchronous client of the Shadowing.

    ``base_url`` defaults to ``GOLDEN_SHADOWING_BASE_URL``, then to /. Calls time out
    after ``timeout``
    seconds and are retried ``max_retries`` times on connection errors, timeouts and
    408, 429, 500, 502, 503 and 504 answers.
    A response that does not match its schema is built as received (a field left out
    raises ``AttributeError`` when read);
    ``strict_response_validation=True`` raises ``APIResponseValidationError`` for it
    instead.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.Client | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        set_default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
        set_default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> GoldenShadowing:
        """A copy of this client with some settings changed; the rest (and the connection pool, unless
        ``http_client`` is given) are shared. ``default_headers`` and ``default_query`` are added to the
        client's own; ``set_default_headers`` and ``set_default_query`` replace them."""
        headers, query = self._merged_defaults(
            default_headers, set_default_headers, default_query, set_default_query
        )
        copy = type(self)(
            base_url=(
                (self.base_url if self._custom_base_url else None)
                if isinstance(base_url, NotGiven)
                else base_url
            ),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=(
                self.max_retries if isinstance(max_retries, NotGiven) else max_retries
            ),
            default_headers=headers,
            default_query=query,
            http_client=(
                self._client if isinstance(http_client, NotGiven) else http_client
            ),
            strict_response_validation=(
                self.strict_response_validation
                if isinstance(strict_response_validation, NotGiven)
                else strict_response_validation
            ),
        )
        copy.initial_retry_delay = self.initial_retry_delay
        copy.max_retry_delay = self.max_retry_delay
        copy.max_retry_after = self.max_retry_after
        return copy

    def __enter__(self) -> GoldenShadowing:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def email_identities(self) -> EmailIdentities:
        """Operations on email_identities."""
        from .resources.email_identities import EmailIdentities

        return EmailIdentities(self)

    @cached_property
    def email_identities_2(self) -> EmailIdentities2:
        """Operations on email_identities_2."""
        from .resources.email_identities_2 import EmailIdentities2

        return EmailIdentities2(self)

    @cached_property
    def request_(self) -> Request:
        """Operations on request_."""
        from .resources.request import Request

        return Request(self)

    @cached_property
    def things(self) -> Things:
        """Operations on things."""
        from .resources.things import Things

        return Things(self)


class AsyncGoldenShadowing(AsyncAPIClient):
    """Asynchronous client of the Shadowing.

    ``base_url`` defaults to ``GOLDEN_SHADOWING_BASE_URL``, then to /. Calls time out
    after ``timeout``
    seconds and are retried ``max_retries`` times on connection errors, timeouts and
    408, 429, 500, 502, 503 and 504 answers.
    A response that does not match its schema is built as received (a field left out
    raises ``AttributeError`` when read);
    ``strict_response_validation=True`` raises ``APIResponseValidationError`` for it
    instead.
    """

    def __init__(
        self,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict_response_validation: bool = False,
    ) -> None:
        super().__init__(
            credentials={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            strict_response_validation=strict_response_validation,
        )

    def with_options(
        self,
        *,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        set_default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
        set_default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> AsyncGoldenShadowing:
        """A copy of this client with some settings changed; the rest (and the connection pool, unless
        ``http_client`` is given) are shared. ``default_headers`` and ``default_query`` are added to the
        client's own; ``set_default_headers`` and ``set_default_query`` replace them."""
        headers, query = self._merged_defaults(
            default_headers, set_default_headers, default_query, set_default_query
        )
        copy = type(self)(
            base_url=(
                (self.base_url if self._custom_base_url else None)
                if isinstance(base_url, NotGiven)
                else base_url
            ),
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=(
                self.max_retries if isinstance(max_retries, NotGiven) else max_retries
            ),
            default_headers=headers,
            default_query=query,
            http_client=(
                self._client if isinstance(http_client, NotGiven) else http_client
            ),
            strict_response_validation=(
                self.strict_response_validation
                if isinstance(strict_response_validation, NotGiven)
                else strict_response_validation
            ),
        )
        copy.initial_retry_delay = self.initial_retry_delay
        copy.max_retry_delay = self.max_retry_delay
        copy.max_retry_after = self.max_retry_after
        return copy

    async def __aenter__(self) -> AsyncGoldenShadowing:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    @cached_property
    def email_identities(self) -> AsyncEmailIdentities:
        """Operations on email_identities."""
        from .resources.email_identities import AsyncEmailIdentities

        return AsyncEmailIdentities(self)

    @cached_property
    def email_identities_2(self) -> AsyncEmailIdentities2:
        """Operations on email_identities_2."""
        from .resources.email_identities_2 import AsyncEmailIdentities2

        return AsyncEmailIdentities2(self)

    @cached_property
    def request_(self) -> AsyncRequest:
        """Operations on request_."""
        from .resources.request import AsyncRequest

        return AsyncRequest(self)

    @cached_property
    def things(self) -> AsyncThings:
        """Operations on things."""
        from .resources.things import AsyncThings

        return AsyncThings(self)
