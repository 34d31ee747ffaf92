"""What this client knows of its API besides its operations: names, the server, how credentials are sent,
and the settings of the runtime's helpers. The runtime modules beside this one are the same for every API;
this is the one that is not."""

from __future__ import annotations

from ._auth import Scheme

PACKAGE_NAME = "golden_shadowing"
DEFAULT_BASE_URL = "/"
ENV_BASE_URL = "GOLDEN_SHADOWING_BASE_URL"
# debug or info: log requests, responses and retries to stderr.
ENV_LOG = "GOLDEN_SHADOWING_LOG"
# The header that carries an idempotency key ("" when no operation takes one).
IDEMPOTENCY_HEADER = ""
SECURITY_SCHEMES: dict[str, Scheme] = {}


class GoldenShadowingError(Exception):
    """Base class of every error of this client."""


ClientError = GoldenShadowingError
