"""What a method returns for each success status the spec documents: a 204 that documents a body is parsed
like any other answer; one that documents none is ``None``, also beside a 200 with a body.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.models import api, build, models, ref
from tests.conformance.support import Reply, exchange

POINT = {
    "type": "object",
    "required": ["x"],
    "properties": {"x": {"type": "integer"}},
}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "description": "a body",
        "content": {"application/json": {"schema": schema}},
    }


def _get(name: str, responses: dict[str, Any]) -> dict[str, Any]:
    """``GET /<name>``: resource ``<name>``, method ``get``."""
    return {
        "get": {"operationId": f"get_{name}", "tags": [name], "responses": responses}
    }


SPEC = api(
    {"Point": POINT},
    paths={
        # Only a 204, with a body.
        "/only": _get("only", {"204": _json(ref("Point"))}),
        # A 200 and a 204 with bodies of different types.
        "/either": _get(
            "either",
            {
                "200": _json(ref("Point")),
                "204": _json({"type": "array", "items": {"type": "integer"}}),
            },
        ),
        # A 200 with a body and a 204 without.
        "/maybe": _get(
            "maybe", {"200": _json(ref("Point")), "204": {"description": "none"}}
        ),
        # A 204 with an inline body, beside an empty 202.
        "/inline": _get(
            "inline",
            {
                "202": {"description": "accepted"},
                "204": _json(
                    {"type": "object", "properties": {"done": {"type": "boolean"}}}
                ),
            },
        ),
    },
)
SPECS = [SPEC]


def _call(path: str, reply: Reply) -> Any:
    built = build(SPEC)
    resource = path.strip("/")
    done = exchange(built, lambda client: getattr(client, resource).get(), reply)
    done.validate()
    sync, async_ = done.results
    assert type(sync) is type(async_) and sync == async_
    return done.result


def test_a_204_with_a_documented_body_is_parsed() -> None:
    point = _call("/only", Reply(status=204, json={"x": 4}))
    assert isinstance(point, models(build(SPEC)).Point) and point.x == 4


@pytest.mark.parametrize(
    "status,answer,expected", [(200, {"x": 1}, "Point"), (204, [1, 2], [1, 2])]
)
def test_each_status_gets_its_own_body_type(
    status: int, answer: Any, expected: Any
) -> None:
    result = _call("/either", Reply(status=status, json=answer))
    if expected == "Point":
        assert isinstance(result, models(build(SPEC)).Point) and result.x == 1
    else:
        assert result == expected


def test_a_204_without_a_documented_body_is_none() -> None:
    assert _call("/maybe", Reply(status=204)) is None
    point = _call("/maybe", Reply(status=200, json={"x": 2}))
    assert point.x == 2


def test_an_inline_204_body_is_parsed_beside_an_empty_202() -> None:
    done = _call("/inline", Reply(status=204, json={"done": True}))
    assert done.done is True
    assert _call("/inline", Reply(status=202)) is None


def test_an_empty_204_is_none_even_when_the_spec_documents_a_body() -> None:
    """A 204 has no body (RFC 9110), whatever the spec says; openapi-core calls such an answer invalid, so it
    is not judged."""
    built = build(SPEC)
    done = exchange(built, lambda client: client.only.get(), Reply(status=204))
    assert done.results == [None, None]
