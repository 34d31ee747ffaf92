"""Response parsing: a body as the type its method returns, validated, or built as received where it drifts
from the spec (unless the client validates strictly); a body that cannot be used is an
``APIResponseValidationError`` naming the problem."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, Literal

import httpx
import pydantic

from ._construct import construct, shape_mismatch
from ._errors import summary
from ._exceptions import APIResponseValidationError

MAX_RESPONSE_BYTES = 64 * 1024 * 1024

ResponseKind = Literal["json", "text", "empty"]

_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}


def parse(
    response: httpx.Response,
    content: bytes,
    cast_to: Any,
    kind: ResponseKind,
    require: Callable[[Any], str | None] | None = None,
    *,
    strict: bool,
    redact: Callable[[str], str],
) -> Any:
    """The body as ``cast_to``: validated, and where it does not match, built leniently (as received)
    unless ``strict`` is set (the client's ``strict_response_validation``). A body that is not JSON, or not even of the JSON kind
    the type needs (an array for a model), or that ``require`` finds unusable (it names the problem), is
    an ``APIResponseValidationError`` either way."""
    if kind == "empty" or cast_to is type(None):
        return None
    if kind == "text":
        return content.decode(response.encoding or "utf-8", "replace")
    if (
        content.strip()
        and isinstance(cast_to, type)
        and issubclass(cast_to, pydantic.BaseModel)
    ):
        # The common case: parse and validate the bytes in one pass (pydantic's own JSON parser).
        try:
            return _required(cast_to.model_validate_json(content), require, response)
        except pydantic.ValidationError as exc:
            if any(error["type"] == "json_invalid" for error in exc.errors()):
                pass  # the error below says what the body is instead
            elif strict:
                raise _validation_error(exc, response, content, redact) from None
    try:
        data = json.loads(content) if content.strip() else None
    except (ValueError, RecursionError):
        content_type = response.headers.get("content-type", "no content type")
        raise APIResponseValidationError(
            f"Expected a JSON response, got {content_type}: {redact(summary(content.decode('utf-8', 'replace')))}",
            response=response,
            body=content,
        ) from None
    if strict or shape_mismatch(cast_to, data):
        return _required(validate(cast_to, data, response, redact), require, response)
    try:
        built = construct(cast_to, data)
    except RecursionError:
        raise APIResponseValidationError(
            "Response is nested too deeply to build", response=response, body=data
        ) from None
    return _required(built, require, response)


def _validation_error(
    exc: pydantic.ValidationError,
    response: httpx.Response,
    content: bytes,
    redact: Callable[[str], str],
) -> APIResponseValidationError:
    try:
        data: Any = json.loads(content)
    except (ValueError, RecursionError):
        data = content
    return APIResponseValidationError(
        redact(_mismatch(exc)), response=response, body=data
    )


def check_size(response: httpx.Response, size: int) -> None:
    """Refuse a body past ``MAX_RESPONSE_BYTES`` (``size`` read so far, or declared)."""
    if size > MAX_RESPONSE_BYTES:
        raise APIResponseValidationError(
            f"Response body is larger than {MAX_RESPONSE_BYTES} bytes",
            response=response,
        )


def validate(
    cast_to: Any,
    data: Any,
    response: httpx.Response,
    redact: Callable[[str], str] = lambda s: s,
) -> Any:
    """``data`` as ``cast_to`` (a model, or any type pydantic knows); a mismatch is a typed error."""
    try:
        if isinstance(cast_to, type) and issubclass(cast_to, pydantic.BaseModel):
            return cast_to.model_validate(data)
        try:
            adapter = _adapters.get(cast_to)
        except TypeError:
            adapter = None
        if adapter is None:
            adapter = pydantic.TypeAdapter(cast_to)
            try:
                _adapters[cast_to] = adapter
            except TypeError:
                pass
        return adapter.validate_python(data)
    except pydantic.ValidationError as exc:
        raise APIResponseValidationError(
            redact(_mismatch(exc)), response=response, body=data
        ) from None


def _mismatch(exc: pydantic.ValidationError, limit: int = 3) -> str:
    """The first fields a validation error names, and what is wrong with each."""
    problems = "; ".join(
        f"{'.'.join(str(p) for p in error['loc']) or '(root)'}: {error['msg']}"
        for error in exc.errors()[:limit]
    )
    more = exc.error_count() - limit
    return f"Response does not match the API's documented shape: {problems}" + (
        f"; and {more} more" if more > 0 else ""
    )


def _required(
    result: Any, require: Callable[[Any], str | None] | None, response: httpx.Response
) -> Any:
    """``result``, unless ``require`` names a problem that leaves it unusable (a page without its list)."""
    problem = require(result) if require is not None else None
    if problem:
        raise APIResponseValidationError(
            f"Response does not match the API's documented shape: {problem}",
            response=response,
        )
    return result
