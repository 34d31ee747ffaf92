"""Logging: ``<PREFIX>_LOG=debug`` (or ``info``) logs each request, response and retry to stderr, with every
secret of the client hidden."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

import httpx

from ._auth import Credentials
from ._settings import ENV_LOG, PACKAGE_NAME

log = logging.getLogger(PACKAGE_NAME)


_logging_configured = False


def configure_logging() -> None:
    """``<PREFIX>_LOG=debug`` (or ``info``) in the environment logs the client's requests, responses and
    retries to stderr (once per process, unless the application configured the logger itself).
    """
    global _logging_configured
    if _logging_configured:
        return
    _logging_configured = True
    level = {"debug": logging.DEBUG, "info": logging.INFO}.get(
        os.environ.get(ENV_LOG, "").strip().lower()
    )
    if level is None:
        return
    log.setLevel(level)
    if not log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(
            logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s")
        )
        log.addHandler(handler)


def log_request(
    request: httpx.Request, credentials: Credentials, redact: Callable[[str], str]
) -> None:
    """Log a request about to be sent (debug): the credentials' headers shown as ``***``."""
    if log.isEnabledFor(logging.DEBUG):
        hidden, _ = credentials.cross_origin_names()
        headers = {
            k: ("***" if k.lower() in hidden else v) for k, v in request.headers.items()
        }
        log.debug(
            "request: %s %s headers=%s",
            request.method,
            redact(str(request.url)),
            redact(repr(headers)),
        )


def log_response(
    request: httpx.Request,
    response: httpx.Response,
    started: float,
    redact: Callable[[str], str],
) -> None:
    """Log the answer to a request (debug), with the time since ``started`` (``time.monotonic()``)."""
    if log.isEnabledFor(logging.DEBUG):
        log.debug(
            "response: %s %s -> %d in %.3fs",
            request.method,
            redact(str(request.url)),
            response.status_code,
            time.monotonic() - started,
        )


def log_retry(
    request: httpx.Request, delay: float, why: str, redact: Callable[[str], str]
) -> None:
    """Log a retry about to be waited for (info)."""
    log.info(
        "retrying %s %s in %.2fs (%s)",
        request.method,
        redact(str(request.url)),
        delay,
        redact(why),
    )
