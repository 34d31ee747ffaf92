"""The clients: ``Framelane`` (synchronous) and ``AsyncFramelane``."""

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
    from .resources.api_keys import AsyncApiKeys, ApiKeys
    from .resources.capabilities import AsyncCapabilitiesResource, CapabilitiesResource
    from .resources.imports import AsyncImports, Imports
    from .resources.renders import AsyncRenders, Renders
    from .resources.tasks import AsyncTasks, Tasks
    from .resources.uploads import AsyncUploads, Uploads
    from .resources.webhooks import AsyncWebhooks, Webhooks
    from .resources.workspace import AsyncWorkspaceResource, WorkspaceResource

__all__ = ["Framelane", "AsyncFramelane"]


class Framelane(SyncAPIClient):
    """Synchronous client of the Framelane API.

    ``api_key`` defaults to the ``FRAMELANE_API_KEY`` environment variable.
    ``base_url`` defaults to ``FRAMELANE_BASE_URL``, then to https://api.framelane.io.
    Calls time out after ``timeout``
    seconds and are retried ``max_retries`` times on connection errors, timeouts and
    408, 429, 500, 502, 503 and 504 answers.
    A response that does not match its schema is built as received (a field left out
    raises ``AttributeError`` when read);
    ``strict_response_validation=True`` raises ``APIResponseValidationError`` for it
    instead.
    """

    def __init__(
        self,
        api_key: str | None = None,
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
            credentials={
                "bearerAuth": api_key,
            },
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
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        set_default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
        set_default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
        http_client: httpx.Client | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> Framelane:
        """A copy of this client with some settings changed; the rest (and the connection pool, unless
        ``http_client`` is given) are shared. ``default_headers`` and ``default_query`` are added to the
        client's own; ``set_default_headers`` and ``set_default_query`` replace them."""
        headers, query = self._merged_defaults(
            default_headers, set_default_headers, default_query, set_default_query
        )
        copy = type(self)(
            api_key=(
                self._credentials.get("bearerAuth", 0)
                if isinstance(api_key, NotGiven)
                else api_key
            ),
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

    def __enter__(self) -> Framelane:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @cached_property
    def api_keys(self) -> ApiKeys:
        """Create, list and revoke API keys."""
        from .resources.api_keys import ApiKeys

        return ApiKeys(self)

    @cached_property
    def capabilities(self) -> CapabilitiesResource:
        """What renders and tasks can use right now."""
        from .resources.capabilities import CapabilitiesResource

        return CapabilitiesResource(self)

    @cached_property
    def imports(self) -> Imports:
        """Copy remote files (URLs, share links, YouTube) into Framelane storage."""
        from .resources.imports import Imports

        return Imports(self)

    @cached_property
    def renders(self) -> Renders:
        """Render videos and images from a declarative composition."""
        from .resources.renders import Renders

        return Renders(self)

    @cached_property
    def tasks(self) -> Tasks:
        """AI media tasks: background removal, gaze redirection, super-resolution and
        transcription.
        """
        from .resources.tasks import Tasks

        return Tasks(self)

    @cached_property
    def uploads(self) -> Uploads:
        """Signed upload slots for local files."""
        from .resources.uploads import Uploads

        return Uploads(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        """Webhook endpoints that receive job and asset events, and the events themselves."""
        from .resources.webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def workspace(self) -> WorkspaceResource:
        """The workspace of the API key: details, name, usage."""
        from .resources.workspace import WorkspaceResource

        return WorkspaceResource(self)


class AsyncFramelane(AsyncAPIClient):
    """Asynchronous client of the Framelane API.

    ``api_key`` defaults to the ``FRAMELANE_API_KEY`` environment variable.
    ``base_url`` defaults to ``FRAMELANE_BASE_URL``, then to https://api.framelane.io.
    Calls time out after ``timeout``
    seconds and are retried ``max_retries`` times on connection errors, timeouts and
    408, 429, 500, 502, 503 and 504 answers.
    A response that does not match its schema is built as received (a field left out
    raises ``AttributeError`` when read);
    ``strict_response_validation=True`` raises ``APIResponseValidationError`` for it
    instead.
    """

    def __init__(
        self,
        api_key: str | None = None,
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
            credentials={
                "bearerAuth": api_key,
            },
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
        api_key: str | None | NotGiven = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        set_default_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
        set_default_query: Mapping[str, object] | NotGiven = NOT_GIVEN,
        http_client: httpx.AsyncClient | NotGiven = NOT_GIVEN,
        strict_response_validation: bool | NotGiven = NOT_GIVEN,
    ) -> AsyncFramelane:
        """A copy of this client with some settings changed; the rest (and the connection pool, unless
        ``http_client`` is given) are shared. ``default_headers`` and ``default_query`` are added to the
        client's own; ``set_default_headers`` and ``set_default_query`` replace them."""
        headers, query = self._merged_defaults(
            default_headers, set_default_headers, default_query, set_default_query
        )
        copy = type(self)(
            api_key=(
                self._credentials.get("bearerAuth", 0)
                if isinstance(api_key, NotGiven)
                else api_key
            ),
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

    async def __aenter__(self) -> AsyncFramelane:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    @cached_property
    def api_keys(self) -> AsyncApiKeys:
        """Create, list and revoke API keys."""
        from .resources.api_keys import AsyncApiKeys

        return AsyncApiKeys(self)

    @cached_property
    def capabilities(self) -> AsyncCapabilitiesResource:
        """What renders and tasks can use right now."""
        from .resources.capabilities import AsyncCapabilitiesResource

        return AsyncCapabilitiesResource(self)

    @cached_property
    def imports(self) -> AsyncImports:
        """Copy remote files (URLs, share links, YouTube) into Framelane storage."""
        from .resources.imports import AsyncImports

        return AsyncImports(self)

    @cached_property
    def renders(self) -> AsyncRenders:
        """Render videos and images from a declarative composition."""
        from .resources.renders import AsyncRenders

        return AsyncRenders(self)

    @cached_property
    def tasks(self) -> AsyncTasks:
        """AI media tasks: background removal, gaze redirection, super-resolution and
        transcription.
        """
        from .resources.tasks import AsyncTasks

        return AsyncTasks(self)

    @cached_property
    def uploads(self) -> AsyncUploads:
        """Signed upload slots for local files."""
        from .resources.uploads import AsyncUploads

        return AsyncUploads(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        """Webhook endpoints that receive job and asset events, and the events themselves."""
        from .resources.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    @cached_property
    def workspace(self) -> AsyncWorkspaceResource:
        """The workspace of the API key: details, name, usage."""
        from .resources.workspace import AsyncWorkspaceResource

        return AsyncWorkspaceResource(self)
