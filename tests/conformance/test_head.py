"""A HEAD method returns nothing: a response to HEAD has no content (RFC 9110 9.3.2), whatever the spec documents
for its status (kubernetes.io's ``HEAD .../proxy`` documents a ``*/*`` string, as its GET does). Parsing the empty
answer as the documented type fails every call.
"""

from __future__ import annotations

import typing

import pytest

from tests.conformance.models import api, build
from tests.conformance.support import Reply, exchange

SPEC = api(
    {},
    paths={
        "/proxy": {
            "head": {
                "operationId": "head_proxy",
                "tags": ["proxy"],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"*/*": {"schema": {"type": "string"}}},
                    }
                },
            }
        },
        "/things/{id}": {
            "head": {
                "operationId": "head_thing",
                "tags": ["things"],
                "parameters": [
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "headers": {
                            "ETag": {"schema": {"type": "string"}},
                        },
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["id"],
                                    "properties": {"id": {"type": "integer"}},
                                }
                            }
                        },
                    }
                },
            }
        },
    },
)
SPECS = [SPEC]


@pytest.mark.parametrize(
    "call",
    [
        lambda client: client.proxy.head(),
        lambda client: client.things.head(id=7),
    ],
    ids=["string", "object"],
)
def test_a_head_method_returns_none_from_an_empty_answer(call: typing.Any) -> None:
    built = build(SPEC)
    done = exchange(
        built,
        call,
        Reply(status=200, headers={"ETag": '"v1"'}),
        strict_response_validation=True,
    )
    assert done.request.method == "HEAD"
    # openapi-core demands the documented content of the answer (which HTTP forbids): the request is judged
    done.validate(response=False)
    assert done.results == [None, None]


def test_a_head_method_is_declared_to_return_none() -> None:
    import httpx

    client = build(SPEC).client(
        httpx.MockTransport(lambda r: httpx.Response(200)), is_async=False
    )
    for method in (client.proxy.head, client.things.head):
        assert typing.get_type_hints(method)["return"] is type(None)
