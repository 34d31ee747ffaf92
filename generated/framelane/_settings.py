"""What this client knows of its API besides its operations: names, the server, how credentials are sent,
and the settings of the runtime's helpers. The runtime modules beside this one are the same for every API;
this is the one that is not."""

from __future__ import annotations

from ._auth import Scheme

PACKAGE_NAME = "framelane"
DEFAULT_BASE_URL = "https://api.framelane.io"
ENV_BASE_URL = "FRAMELANE_BASE_URL"
# debug or info: log requests, responses and retries to stderr.
ENV_LOG = "FRAMELANE_LOG"
# The header that carries an idempotency key ("" when no operation takes one).
IDEMPOTENCY_HEADER = "Idempotency-Key"
SECURITY_SCHEMES: dict[str, Scheme] = {
    "bearerAuth": Scheme(
        send="bearer",
        name="",
        arguments=("api_key",),
        env=("FRAMELANE_API_KEY",),
    ),
}

PAGE_CURSOR_PARAM = "cursor"
PAGE_ITEMS_FIELD = "data"
PAGE_NEXT_CURSOR_FIELD = "next_cursor"
PAGE_HAS_MORE_FIELD = "has_more"

WEBHOOK_SIGNATURE_HEADER = "Framelane-Signature"
WEBHOOK_SECRET_ENV = "FRAMELANE_WEBHOOK_SECRET"
WEBHOOK_TOLERANCE = 300


class FramelaneError(Exception):
    """Base class of every error of this client."""


ClientError = FramelaneError
