"""What the model conformance tests share: a spec made of component schemas and one GET per schema to read
them through, and a decoder that makes the call with both clients, has openapi-core accept the scripted
answer and returns what the client made of it.

Each ``test_models_*`` module lists its specs in ``SPECS``; ``test_models_mypy`` runs ``mypy --strict`` over
the packages of all of them at once.
"""

from __future__ import annotations

import importlib
from typing import Any, Literal

import httpx
from openapi_core import OpenAPI

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


Judge = Literal["spec", "without discriminators", "unjudged"]


def read(
    built: Built,
    resource: str,
    answer: Any,
    *,
    status: int = 200,
    judge: Judge = "spec",
) -> Any:
    """``client.<resource>.get()`` answered with ``answer`` (JSON), by the sync and the async client: what
    the sync one decoded, after checking that the async one decoded the same.

    First, openapi-core checks that the answer is valid for the spec (so that a test whose answer is not
    valid fails as such, not as a decoding problem). ``judge`` says against what, where openapi-core falls
    short: ``"without discriminators"`` against the spec with its discriminators left out (openapi-core
    resolves no bare schema name in a mapping and no tag that is not a string, and takes a falsy tag for a
    missing one: the members' schemas still tell valid from invalid); ``"unjudged"`` for an answer no spec
    calls valid but the client accepts on purpose (a tag a newer server added) or a spec openapi-core
    cannot read.
    """
    reply = (
        Reply(status=status, json=answer)
        if answer is not None
        # Reply(json=None) is an empty body; this is the JSON document ``null``.
        else Reply(status=status, content=b"null", headers=_JSON)
    )
    if judge != "unjudged":
        spec = built.spec if judge == "spec" else _without(built.spec, "discriminator")
        request = Sent("GET", httpx.URL(f"{BASE_URL}/{resource}"), httpx.Headers(), b"")
        OpenAPI.from_dict(spec).validate_response(
            CoreRequest(request), CoreResponse(reply)
        )
    done = exchange(built, lambda client: getattr(client, resource).get(), reply)
    if judge == "spec":
        done.validate()
    sync, async_ = done.results
    assert type(sync) is type(async_) and sync == async_
    return done.result


def _without(node: Any, keyword: str) -> Any:
    """A copy of a spec with every ``keyword`` of its schemas left out."""
    if isinstance(node, dict):
        return {k: _without(v, keyword) for k, v in node.items() if k != keyword}
    if isinstance(node, list):
        return [_without(v, keyword) for v in node]
    return node


def models(built: Built) -> Any:
    """The ``models`` package of a generated client."""
    return importlib.import_module(f"{built.package.__name__}.models")


def warned(built: Built, pointer: str) -> list[str]:
    """The generation warnings about ``pointer`` (exactly that location)."""
    return [w for w in built.warnings if f"pointer='{pointer}'" in w]


__all__ = ["api", "build", "models", "read", "ref", "warned"]
