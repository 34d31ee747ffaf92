"""The Python target's names of fields and enum members (``targets/python/names.py``): the IR keeps them by wire
name and value, and the target must give each a distinct, valid Python name whatever the spec spells.
"""

from __future__ import annotations

import keyword
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from generator import ir, naming
from tests.helpers import lowered
from generator.targets.python import names

_WIRES = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "id",
                "ID",
                "class",
                "mixedCase",
                "mixed_case",
                "a-b",
                "a_b",
                "json",
                "str",
            ]
        ),
        st.text(max_size=8),
    ),
    unique=True,
    max_size=8,
)


def _model(wires: list[str]) -> ir.Model:
    return ir.Model(
        key="#/components/schemas/M",
        name="M",
        module="m",
        fields=tuple(
            ir.Field(wire=wire, type=ir.AnyType(), required=False) for wire in wires
        ),
    )


@given(_WIRES)
def test_every_field_gets_a_distinct_valid_attribute(wires: list[str]) -> None:
    model = _model(wires)
    attributes = [attribute.name for attribute in names.fields(model)]
    assert [attribute.wire for attribute in names.fields(model)] == wires
    assert len(set(attributes)) == len(attributes)
    for attribute in attributes:
        assert attribute.isidentifier() and not keyword.iskeyword(attribute)


@given(_WIRES)
def test_a_wire_name_that_is_already_an_attribute_keeps_it(wires: list[str]) -> None:
    """A wire name that naming spells as itself keeps that attribute, whatever other wire names of the
    model spell the same (``a_`` is spelt ``a``: it is not one of these)."""
    attributes = names.field_names(_model(wires))
    for wire in wires:
        if naming.field_name(wire) == wire:
            assert attributes[wire] == wire


def test_two_wire_names_that_spell_one_attribute_share_it_out() -> None:
    # ``a_`` is spelt ``a``, which the wire name ``a`` is already.
    assert names.field_names(_model(["a_", "a"])) == {"a": "a", "a_": "a_2"}
    attributes = names.field_names(_model(["mixedCase", "mixed_case", "json"]))
    assert attributes == {
        "mixed_case": "mixed_case",
        "mixedCase": "mixed_case_2",
        "json": "json_",  # a method of pydantic's BaseModel
    }


_VALUES = st.lists(
    st.one_of(st.text(max_size=6), st.integers(-3, 3)),
    unique_by=repr,
    max_size=8,
)


@given(_VALUES)
def test_every_member_gets_a_distinct_name_found_by_its_value(
    values: list[str | int],
) -> None:
    # 1 and "1" are two members; True would be 1 again, so the IR never holds both (lowering drops repeats).
    enum = ir.Enum(
        key="#/components/schemas/E",
        name="E",
        module="e",
        kind="string",
        members=tuple(ir.EnumMember(value=value) for value in values),
    )
    pairs = [(member.name, member.of) for member in names.members(enum)]
    member_names = [name for name, _ in pairs]
    assert len(set(member_names)) == len(member_names)
    for name, member in pairs:
        assert name.isidentifier() and not keyword.iskeyword(name)
        assert not name.startswith("_")
        assert names.enum_member(enum, member.value) == name


def _operation(tmp_path: Path, operation: dict[str, Any], path: str) -> ir.Operation:
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {path: {"post": {"operationId": "make", **operation}}},
    }
    api, _ = lowered(tmp_path, spec, "jobs")
    (resource,) = api.resources
    (op,) = resource.operations
    return op


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}, "required": True}


def test_a_body_property_named_like_a_parameter_is_body_prefixed(
    tmp_path: Path,
) -> None:
    op = _operation(
        tmp_path,
        {
            "parameters": [
                {"name": "jobId", "in": "path", "required": True, "schema": {}},
                {"name": "name", "in": "query", "schema": {}},
                {"name": "X-Name", "in": "header", "schema": {}},
            ],
            "requestBody": _json_body(
                {
                    "type": "object",
                    "properties": {"name": {}, "jobId": {}, "colour": {}},
                }
            ),
            "responses": {"204": {"description": "done"}},
        },
        "/jobs/{jobId}",
    )
    assert [(p.location, p.wire, p.name) for p in names.arguments(op)] == [
        ("path", "jobId", "job_id"),
        ("query", "name", "name"),
        ("header", "X-Name", "x_name"),
        ("body", "name", "body_name"),
        ("body", "jobId", "body_job_id"),
        ("body", "colour", "colour"),
    ]
    assert names.body_argument(op) == ""


def test_a_whole_body_argument_yields_to_a_parameter_named_body(
    tmp_path: Path,
) -> None:
    op = _operation(
        tmp_path,
        {
            "parameters": [{"name": "body", "in": "query", "schema": {}}],
            "requestBody": _json_body({"type": "array", "items": {}}),
            "responses": {"204": {"description": "done"}},
        },
        "/jobs",
    )
    assert [p.name for p in names.arguments(op)] == ["body"]
    assert names.body_argument(op) == "body_2"


_PARAMETERS = st.lists(
    st.tuples(
        st.sampled_from(["path", "query", "header", "cookie", "body"]),
        st.one_of(
            st.sampled_from(["id", "Id", "body", "body_id", "class", "a-b", "a_b"]),
            st.text(max_size=6),
        ),
    ),
    unique=True,
    max_size=8,
)


@given(_PARAMETERS, st.sampled_from(["none", "flattened", "whole"]))
def test_every_argument_of_a_method_gets_a_distinct_valid_name(
    keys: list[tuple[str, str]], body: str
) -> None:
    if body != "flattened":
        keys = [(location, wire) for location, wire in keys if location != "body"]
    op = ir.Operation(
        name="make",
        operation_id="make",
        method="post",
        path="/",
        parameters=tuple(
            ir.Parameter(wire=wire, location=location, type=ir.AnyType(), required=True)  # type: ignore[arg-type]
            for location, wire in keys
        ),
        body=(
            None
            if body == "none"
            else ir.RequestBody(
                kind="json",
                content_type="application/json",
                type=ir.AnyType(),
                required=True,
                flattened=body == "flattened",
            )
        ),
        responses=(),
        returns=None,
        returns_kind="empty",
    )
    arguments = [p.name for p in names.arguments(op)]
    assert [(p.location, p.wire) for p in names.arguments(op)] == keys
    if body == "whole":
        arguments.append(names.body_argument(op))
    else:
        assert names.body_argument(op) == ""
    assert len(set(arguments)) == len(arguments)
    for argument in arguments:
        assert argument.isidentifier() and not keyword.iskeyword(argument)
