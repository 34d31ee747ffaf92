"""Webhook signature verification.

A delivery carries ``<signature header>: t=<unix seconds>,v1=<hex digest>`` (the header named in ``_settings``), where the digest is
the HMAC-SHA256, keyed with the endpoint's secret, of ``"<t>.<raw body>"``. A delivery is genuine when any
``v1`` matches (compared in constant time) and ``t`` is within the tolerance of now.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import time
from collections.abc import Mapping
from typing import Any

import pydantic

from ._construct import construct, shape_mismatch
from ._exceptions import WebhookVerificationError
from ._settings import WEBHOOK_SECRET_ENV as SECRET_ENV
from ._settings import WEBHOOK_SIGNATURE_HEADER as SIGNATURE_HEADER
from ._settings import WEBHOOK_TOLERANCE as DEFAULT_TOLERANCE

__all__ = ["verify_signature", "sign", "parse_event"]

_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _header(headers: Mapping[str, str], name: str) -> str | None:
    lowered = name.lower()
    for key, value in headers.items():
        if key.lower() == lowered:
            return value
    return None


def sign(
    payload: str | bytes, secret: str | None = None, timestamp: int | None = None
) -> str:
    """The signature header value of ``payload`` signed at ``timestamp`` (Unix seconds, default now) with
    ``secret`` (default: the ``SECRET_ENV`` variable): what the API sends, for testing webhook handlers.
    """
    secret = secret or os.environ.get(SECRET_ENV)
    if not secret:
        raise WebhookVerificationError(
            f"No webhook secret: pass secret= or set {SECRET_ENV}."
        )
    timestamp = int(time.time()) if timestamp is None else timestamp
    body = payload.encode() if isinstance(payload, str) else bytes(payload)
    digest = hmac.new(
        secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    return f"t={timestamp},v1={digest}"


def verify_signature(
    payload: str | bytes,
    headers: Mapping[str, str],
    *,
    secret: str | None = None,
    tolerance: int = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise ``WebhookVerificationError`` unless ``payload`` (the raw body, unparsed) carries a valid
    signature in ``headers``. ``secret`` falls back to the ``SECRET_ENV`` environment variable.
    """
    secret = secret or os.environ.get(SECRET_ENV)
    if not secret:
        raise WebhookVerificationError(
            f"No webhook secret: pass secret= or set {SECRET_ENV}."
        )
    body = payload.encode() if isinstance(payload, str) else bytes(payload)
    value = _header(headers, SIGNATURE_HEADER)
    if not value:
        raise WebhookVerificationError(f"Missing {SIGNATURE_HEADER} header.")
    timestamp: int | None = None
    signatures: list[str] = []
    for part in value.split(","):
        key, sep, item = part.strip().partition("=")
        if not sep:
            raise WebhookVerificationError(f"Malformed {SIGNATURE_HEADER} header.")
        if key == "t":
            # Unix seconds in ASCII digits only: ``int()`` alone would take "+1", "1_0", other scripts' digits,
            # and numbers too large to compare with the clock.
            if not _TIMESTAMP.fullmatch(item):
                raise WebhookVerificationError(
                    f"Malformed timestamp in {SIGNATURE_HEADER}."
                )
            timestamp = int(item)
        elif key == "v1":
            signatures.append(item)
    if timestamp is None or not signatures:
        raise WebhookVerificationError(
            f"{SIGNATURE_HEADER} needs a t= timestamp and a v1= signature."
        )
    current = time.time() if now is None else now
    if abs(current - timestamp) > tolerance:
        raise WebhookVerificationError(
            "Webhook timestamp is outside the tolerance (a replay or a wrong clock)."
        )
    expected = hmac.new(
        secret.encode(), str(timestamp).encode() + b"." + body, hashlib.sha256
    ).hexdigest()
    # Compare with every candidate, so that the time taken does not depend on which one matches.
    matched = False
    for candidate in signatures:
        # As bytes: ``compare_digest`` refuses str with non-ASCII characters (a TypeError, not a rejection).
        matched |= hmac.compare_digest(
            expected.encode(), candidate.lower().encode("utf-8", "replace")
        )
    if not matched:
        raise WebhookVerificationError("No signature matches the payload.")


def parse_event(event_type: Any, payload: str | bytes, *, strict: bool = False) -> Any:
    """The event of a (verified) delivery, as ``event_type``. A body that drifted from the schema is built
    leniently (the member its tag names, or the unknown variant's for a tag this client does not know), so a
    genuine event is never lost; with ``strict`` it is a ``WebhookVerificationError`` naming the fields.
    """
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError):
        raise WebhookVerificationError("Webhook payload is not valid JSON.") from None
    adapter = _adapters.get(event_type)
    if adapter is None:
        # Building the adapter of the event union costs milliseconds; validating with it, microseconds.
        adapter = _adapters[event_type] = pydantic.TypeAdapter(event_type)
    try:
        return adapter.validate_python(data)
    except pydantic.ValidationError as exc:
        if strict or shape_mismatch(event_type, data):
            problems = "; ".join(
                f"{'.'.join(str(p) for p in error['loc']) or '(root)'}: {error['msg']}"
                for error in exc.errors()[:3]
            )
            more = exc.error_count() - 3
            raise WebhookVerificationError(
                f"Webhook payload does not match its event type: {problems}"
                + (f"; and {more} more" if more > 0 else "")
            ) from None
    try:
        return construct(event_type, data)
    except RecursionError:
        raise WebhookVerificationError(
            "Webhook payload is nested too deeply to build."
        ) from None
