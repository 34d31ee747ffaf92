"""What this client knows of its API besides its operations: names, the server, how credentials are sent,
and the settings of the runtime's helpers. The runtime modules beside this one are the same for every API;
this is the one that is not."""

from __future__ import annotations

from ._auth import Scheme

PACKAGE_NAME = "golden_features"
DEFAULT_BASE_URL = "https://api.example.com"
ENV_BASE_URL = "ACME_BASE_URL"
# debug or info: log requests, responses and retries to stderr.
ENV_LOG = "ACME_LOG"
# The header that carries an idempotency key ("" when no operation takes one).
IDEMPOTENCY_HEADER = "Idempotency-Key"
SECURITY_SCHEMES: dict[str, Scheme] = {
    "bearer": Scheme(
        send="bearer",
        name="",
        arguments=("api_key",),
        env=("ACME_API_KEY",),
    ),
}

PAGE_CURSOR_PARAM = "page_token"
PAGE_ITEMS_FIELD = "items"
PAGE_NEXT_CURSOR_FIELD = "next_page_token"
PAGE_HAS_MORE_FIELD = "has_more"


class AcmeError(Exception):
    """Base class of every error of this client."""


ClientError = AcmeError
