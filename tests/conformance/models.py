"""What the model conformance tests share: a spec made of component schemas and one GET per schema to read
them through, and a decoder that makes the call with both clients, has openapi-core accept the scripted
answer and returns what the client made of it.

Each ``test_models_*`` module lists its specs in ``SPECS``; ``test_models_mypy`` runs ``mypy --strict`` over
the packages of all of them at once.
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx

from tests.conformance.support import (
    BASE_URL,
    Built,
    CoreRequest,
    CoreResponse,
    Reply,
    Sent,
    build,
    exchange,
)

_JSON = {"Content-Type": "application/json"}


def api(
    schemas: dict[str, Any],
    reads: dict[str, Any] | None = None,
    *,
    openapi: str = "3.1.0",
    paths: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A spec with ``schemas`` as components and, for each ``name: schema`` of ``reads``, an operation
    ``GET /<name>`` (resource ``<name>``, method ``get``) that answers 200 with that schema.
    """
    operations: dict[str, Any] = {}
    for name, schema in (reads or {}).items():
        operations[f"/{name}"] = {
            "get": {
                "operationId": f"get_{name}",
                "tags": [name],
                "responses": {
                    "200": {
                        "description": "the value",
                        "content": {"application/json": {"schema": schema}},
                    }
                },
            }
        }
    operations.update(paths or {})
    return {
        "openapi": openapi,
        "info": {"title": "Models", "version": "1"},
        "paths": operations,
        "components": {"schemas": schemas},
    }


def ref(name: str) -> dict[str, str]:
    """A reference to a component schema."""
    return {"$ref": f"#/components/schemas/{name}"}


def read(built: Built, resource: str, answer: Any, *, status: int = 200) -> Any:
    """``client.<resource>.get()`` answered with ``answer`` (JSON), by the sync and the async client: what
    the sync one decoded, after checking that the async one decoded the same and that openapi-core finds the
    answer valid for the spec (first: a test whose answer is not valid fails as such, not as a decoding
    problem)."""
    reply = (
        Reply(status=status, json=answer)
        if answer is not None
        # Reply(json=None) is an empty body; this is the JSON document ``null``.
        else Reply(status=status, content=b"null", headers=_JSON)
    )
    request = Sent("GET", httpx.URL(f"{BASE_URL}/{resource}"), httpx.Headers(), b"")
    built.openapi.validate_response(CoreRequest(request), CoreResponse(reply))
    done = exchange(built, lambda client: getattr(client, resource).get(), reply)
    done.validate()
    sync, async_ = done.results
    assert type(sync) is type(async_) and sync == async_
    return done.result


def models(built: Built) -> Any:
    """The ``models`` package of a generated client."""
    return importlib.import_module(f"{built.package.__name__}.models")


def warned(built: Built, pointer: str) -> list[str]:
    """The generation warnings about ``pointer`` (exactly that location)."""
    return [w for w in built.warnings if f"pointer='{pointer}'" in w]


__all__ = ["api", "build", "models", "read", "ref", "warned"]
