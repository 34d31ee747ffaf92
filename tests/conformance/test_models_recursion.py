"""Self-referential unions: a tree of strings, a JSON value, unions that name themselves as a member (directly,
through each other, or through a schema that is not a component) generate, pass mypy --strict and decode what
they describe, and a default next to such a union does not send the generator round in circles.
"""

from __future__ import annotations

from typing import Any

import pydantic
import pytest

from tests.conformance.models import api, build, models, read, ref, warned

SCHEMAS = {
    # A tree: the recursion goes through an array.
    "Node": {"oneOf": [{"type": "string"}, {"type": "array", "items": ref("Node")}]},
    # Any JSON value, through arrays and objects.
    "Json": {
        "anyOf": [
            {"type": "null"},
            {"type": "boolean"},
            {"type": "integer"},
            {"type": "number"},
            {"type": "string"},
            {"type": "array", "items": ref("Json")},
            {"type": "object", "additionalProperties": ref("Json")},
        ]
    },
    # A union that lists itself: it means its other members (mypy rejects "Itself = str | Itself").
    "Itself": {"anyOf": [{"type": "string"}, ref("Itself")]},
    # Two unions that list each other: each means the other's members and its own.
    "Ping": {"anyOf": [{"type": "integer"}, ref("Pong")]},
    "Pong": {"anyOf": [{"type": "string"}, ref("Ping"), {"type": "null"}]},
    # A chain of aliases back into a union, through an array (allowed) and through nothing (not).
    "Chain": ref("Link"),
    "Link": {"anyOf": [{"type": "boolean"}, {"type": "array", "items": ref("Chain")}]},
    "Holder": {
        "type": "object",
        "properties": {
            "node": ref("Node"),
            "json": ref("Json"),
            "itself": ref("Itself"),
            "ping": {**ref("Ping"), "default": True},
            "chain": ref("Chain"),
            # Recursive through a reference to a schema that is not a component.
            "outline": {
                "anyOf": [
                    {"type": "string"},
                    {
                        "type": "array",
                        "items": {
                            "$ref": "#/components/schemas/Holder/properties/outline"
                        },
                    },
                ]
            },
        },
    },
}
SPECS = [
    api(
        SCHEMAS,
        {
            "node": ref("Node"),
            "json": ref("Json"),
            "itself": ref("Itself"),
            "ping": ref("Ping"),
            "holder": ref("Holder"),
        },
    )
]


@pytest.fixture
def built() -> Any:
    return build(SPECS[0])


@pytest.mark.parametrize(
    "resource,answer",
    [
        ("node", "leaf"),
        ("node", ["a", ["b", ["c", []]], "d"]),
        ("json", {"a": [1, 2.5, None, {"b": True, "c": "s"}], "d": {}}),
        ("json", None),
        ("json", [[[[]]]]),
        ("itself", "just a string"),
        ("ping", 3),
        ("ping", "three"),
    ],
)
def test_a_recursive_union_decodes_what_it_describes(
    built: Any, resource: str, answer: Any
) -> None:
    assert read(built, resource, answer) == answer


def test_null_through_two_unions_that_list_each_other_decodes(built: Any) -> None:
    # Unjudged: openapi-core recurses forever between Ping and Pong looking for a member null fits.
    assert read(built, "ping", None, judge="unjudged") is None


def test_the_recursive_unions_decode_inside_a_model(built: Any) -> None:
    answer = {
        "node": ["x", ["y"]],
        "json": {"k": [1, {"m": None}]},
        "itself": "s",
        "ping": "p",
        "chain": [True, [False, []]],
        "outline": ["intro", ["part", ["section"]]],
    }
    holder = read(built, "holder", answer)
    assert isinstance(holder, models(built).Holder)
    assert holder.to_dict() == answer


def test_a_value_none_of_the_members_fits_is_still_rejected(built: Any) -> None:
    holder = models(built).Holder
    for wrong in ({"itself": 5}, {"node": [1]}, {"chain": [{"no": 1}]}, {"ping": 1.5}):
        with pytest.raises(pydantic.ValidationError):
            holder.model_validate(wrong)


def test_a_default_beside_a_recursive_union_does_not_loop(built: Any) -> None:
    # True fits none of Ping's members (an integer, a string or null), so it is dropped, not looped on.
    assert models(built).Holder().ping is None


def test_a_recursion_through_a_schema_that_is_not_a_component_is_no_longer_any(
    built: Any,
) -> None:
    pointer = "#/components/schemas/Holder/properties/outline"
    assert not warned(built, f"{pointer}/anyOf/1/items")
    with pytest.raises(pydantic.ValidationError):
        models(built).Holder.model_validate({"outline": ["ok", [3]]})
