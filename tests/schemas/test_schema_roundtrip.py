"""Every component schema of openapi.json and of each golden case against the generated models, with instances
from hypothesis-jsonschema.

* what the JSON Schema accepts loads into the generated type and dumps back
  (``model_dump(mode="json", by_alias=True, exclude_unset=True)``) to an equal document;
* what it rejects in a way the model can see (a value of the wrong JSON type, a required property left out)
  raises ``pydantic.ValidationError``;
* a discriminated union picks the member its tag names, for every member, and a tag it does not know gives a
  generic object that keeps the data, alone and inside the models that hold the union;
* a property the spec gives a default has that default in the model.

The schemas are enumerated from the specs, so a new schema (or golden case) is covered without anyone listing
it. A case that fails because of a known generator bug is marked ``xfail(strict=True)`` in ``KNOWN_BUGS``: it
turns red once the bug is fixed, and the mark goes.
"""

from __future__ import annotations

import copy
import enum
from typing import Any

import pydantic
import pydantic_core
import pytest
from hypothesis import given
from hypothesis import strategies as st

from schema_support import (
    FEW,
    OPENAPI,
    SETS,
    SETTINGS,
    SchemaSet,
    json_diff,
    json_equal,
    ref_name,
)

# (test, "set/schema") -> reason: generator bugs these tests found, left failing on purpose.
KNOWN_BUGS: dict[tuple[str, str], str] = {}


def case_id(schema_set: SchemaSet, name: str) -> str:
    return f"{schema_set.label}/{name}"


def cases(test: str, pairs: list[tuple[SchemaSet, str]]) -> list[Any]:
    params = []
    for schema_set, name in pairs:
        key = case_id(schema_set, name)
        marks = (
            [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[(test, key)])]
            if (test, key) in KNOWN_BUGS
            else []
        )
        params.append(pytest.param(schema_set, name, id=key, marks=marks))
    return params


ALL = [(s, name) for s in SETS for name in s.schemas]
OBJECTS = [(s, name) for s, name in ALL if s.is_object(name)]


def required_of(schema_set: SchemaSet, name: str) -> list[str]:
    """The required properties a model requires: not the read-only or write-only ones, which one of requests
    and responses leaves out (the models serve both)."""
    view = schema_set.object_view(schema_set.schemas[name])

    def access_only(prop: str) -> bool:
        schema = schema_set.resolve(view["properties"].get(prop, {}))
        return isinstance(schema, dict) and any(
            schema.get(flag) is True for flag in ("readOnly", "writeOnly")
        )

    return [prop for prop in view["required"] if not access_only(prop)]


def property_mutations(schema_set: SchemaSet, name: str) -> list[tuple[str, Any]]:
    view = schema_set.object_view(schema_set.schemas[name])
    return [
        (prop, wrong)
        for prop, schema in view["properties"].items()
        for wrong in schema_set.wrong_values(
            schema, null_is_wrong=prop in view["required"]
        )
    ]


def property_defaults(schema_set: SchemaSet, name: str) -> dict[str, Any]:
    """The defaults the spec gives the properties of an object schema, by wire name."""
    found = {}
    view = schema_set.object_view(schema_set.schemas[name])
    for prop, schema in view["properties"].items():
        if isinstance(schema, dict) and "default" in schema:
            found[prop] = schema["default"]
        elif isinstance(schema, dict) and "default" in schema_set.resolve(schema):
            found[prop] = schema_set.resolve(schema)["default"]
    return found


WITH_REQUIRED = [(s, n) for s, n in OBJECTS if required_of(s, n)]
WRONG_ROOT = [
    (s, n) for s, n in ALL if s.wrong_values(s.schemas[n], null_is_wrong=True)
]
WITH_TYPED_PROPERTIES = [(s, n) for s, n in OBJECTS if property_mutations(s, n)]
WITH_DEFAULTS = [(s, n) for s, n in OBJECTS if property_defaults(s, n)]


# ------------------------------------------------------------------------------------------- coverage


@pytest.mark.parametrize("schema_set", SETS, ids=lambda s: s.label)
def test_every_component_schema_has_a_generated_type(schema_set: SchemaSet) -> None:
    missing = [
        name for name in schema_set.schemas if name not in schema_set.declarations
    ]
    assert not missing, f"no declaration in the IR for {missing}"
    for name in schema_set.schemas:
        schema_set.target(name)  # importable from <package>.models


def test_the_sets_are_enumerated() -> None:
    """openapi.json and every golden case with component schemas are in the cases above."""
    assert SETS[0] is OPENAPI and len(OPENAPI.schemas) > 0
    labels = {s.label for s, _ in ALL}
    assert "openapi" in labels and len(labels) > 1


# ----------------------------------------------------------------------------------- valid instances


@pytest.mark.parametrize("schema_set,name", cases("roundtrip", ALL))
def test_valid_instances_load_and_dump_back(schema_set: SchemaSet, name: str) -> None:
    generated = schema_set.target(name)

    @SETTINGS
    @given(schema_set.strategy(name))
    def check(instance: Any) -> None:
        value = generated.load(copy.deepcopy(instance))
        dumped = generated.dump(value)
        assert json_equal(dumped, instance), f"{name}: {json_diff(dumped, instance)}"

    check()


# --------------------------------------------------------------------------------- invalid instances


@pytest.mark.parametrize("schema_set,name", cases("wrong_root", WRONG_ROOT))
def test_a_value_of_the_wrong_type_is_rejected(
    schema_set: SchemaSet, name: str
) -> None:
    generated = schema_set.target(name)
    for wrong in schema_set.wrong_values(schema_set.schemas[name], null_is_wrong=True):
        assert not schema_set.is_valid(name, wrong)
        with pytest.raises(pydantic.ValidationError):
            value = generated.load(wrong)
            pytest.fail(f"{name} accepted {wrong!r} as {value!r}")


@pytest.mark.parametrize("schema_set,name", cases("missing_required", WITH_REQUIRED))
def test_a_missing_required_property_is_rejected(
    schema_set: SchemaSet, name: str
) -> None:
    generated = schema_set.target(name)

    @FEW
    @given(schema_set.strategy(name), st.sampled_from(required_of(schema_set, name)))
    def check(instance: dict[str, Any], prop: str) -> None:
        broken = {k: v for k, v in instance.items() if k != prop}
        assert not schema_set.is_valid(name, broken)
        with pytest.raises(pydantic.ValidationError):
            value = generated.load(broken)
            pytest.fail(f"{name} without {prop!r} loaded as {value!r}")

    check()


@pytest.mark.parametrize(
    "schema_set,name", cases("wrong_property", WITH_TYPED_PROPERTIES)
)
def test_a_property_of_the_wrong_type_is_rejected(
    schema_set: SchemaSet, name: str
) -> None:
    generated = schema_set.target(name)

    @FEW
    @given(
        schema_set.strategy(name),
        st.sampled_from(property_mutations(schema_set, name)),
    )
    def check(instance: dict[str, Any], mutation: tuple[str, Any]) -> None:
        prop, wrong = mutation
        broken = {**instance, prop: copy.deepcopy(wrong)}
        assert not schema_set.is_valid(name, broken)
        with pytest.raises(pydantic.ValidationError):
            value = generated.load(broken)
            pytest.fail(f"{name} with {prop}={wrong!r} loaded as {value!r}")

    check()


# ------------------------------------------------------------------------------ discriminated unions

UNIONS = [(s, *union) for s in SETS for union in s.discriminated_unions()]
VARIANTS = [
    pytest.param(s, union, prop, tag, member, id=f"{s.label}/{union}-{tag}")
    for s, union, prop, mapping in UNIONS
    for tag, member in mapping.items()
]


def test_the_specs_have_discriminated_unions() -> None:
    """Guards the union tests below against running on nothing."""
    assert any(s is OPENAPI for s, *_ in UNIONS) and VARIANTS


@pytest.mark.parametrize("schema_set,union,prop,tag,member", VARIANTS)
def test_a_union_picks_the_member_its_tag_names(
    schema_set: SchemaSet, union: str, prop: str, tag: str, member: str
) -> None:
    generated = schema_set.target(union)
    member_type = schema_set.target(member).python_type

    @SETTINGS
    @given(schema_set.strategy(member))
    def check(instance: dict[str, Any]) -> None:
        tagged = {**instance, prop: tag}
        if schema_set.is_valid(member, tagged):
            instance = (
                tagged  # else the member's own schema fixes the tag (implicit mappings)
            )
        value = generated.load(copy.deepcopy(instance))
        assert isinstance(
            value, member_type
        ), f"{union} gave {type(value).__name__} for {prop}={tag!r}"
        dumped = generated.dump(value)
        assert json_equal(dumped, instance), f"{union}: {json_diff(dumped, instance)}"

    check()


def unknown_member(
    schema_set: SchemaSet, prop: str, mapping: dict[str, str]
) -> st.SearchStrategy[dict[str, Any]]:
    """A valid member instance whose tag is one the union does not know."""
    known = set(mapping)
    for member in set(mapping.values()):
        tag_schema = schema_set.resolve(
            schema_set.object_view(schema_set.schemas[member])["properties"].get(
                prop, {}
            )
        )
        if isinstance(tag_schema, dict):
            known.update(tag_schema.get("enum", []))
            if "const" in tag_schema:
                known.add(tag_schema["const"])
    tags = st.text(min_size=1, max_size=20).filter(lambda t: t not in known)
    members = st.sampled_from(sorted(set(mapping.values()))).flatmap(
        schema_set.strategy
    )
    return st.builds(lambda instance, tag: {**instance, prop: tag}, members, tags)


@pytest.mark.parametrize(
    "schema_set,union,prop,mapping",
    [pytest.param(*u, id=f"{u[0].label}/{u[1]}") for u in UNIONS],
)
def test_an_unknown_tag_gives_a_generic_object_with_the_data(
    schema_set: SchemaSet, union: str, prop: str, mapping: dict[str, str]
) -> None:
    generated = schema_set.target(union)
    members = tuple(schema_set.target(m).python_type for m in set(mapping.values()))

    @SETTINGS
    @given(unknown_member(schema_set, prop, mapping))
    def check(raw: dict[str, Any]) -> None:
        value = generated.load(copy.deepcopy(raw))
        assert not isinstance(
            value, members
        ), f"{union} took tag {raw[prop]!r} for {type(value).__name__}"
        dumped = generated.dump(value)
        assert json_equal(dumped, raw), f"{union}: {json_diff(dumped, raw)}"
        kept = None
        if isinstance(value, pydantic.BaseModel):
            # The tag is a declared field of a fallback base (under its Python name), else an extra.
            by_wire = {
                (info.alias or field): field
                for field, info in type(value).model_fields.items()
            }
            kept = (
                getattr(value, by_wire[prop])
                if prop in by_wire
                else (value.model_extra or {}).get(prop)
            )
        if isinstance(kept, enum.Enum):
            # The tag of a union's unknown variant: an UnknownTag holding the value sent.
            kept = kept.value
        assert kept == raw[prop]

    check()


def holders() -> list[Any]:
    """(set, object schema, property, union, is a list) for every property holding a discriminated union."""
    found = []
    for schema_set, union, _, _ in UNIONS:
        for s, name in OBJECTS:
            if s is not schema_set:
                continue
            view = s.object_view(s.schemas[name])
            for prop, schema in view["properties"].items():
                items = schema.get("items") if isinstance(schema, dict) else None
                for is_list, node in ((False, schema), (True, items)):
                    if (
                        isinstance(node, dict)
                        and "$ref" in node
                        and ref_name(node["$ref"]) == union
                    ):
                        found.append(
                            pytest.param(
                                s,
                                name,
                                prop,
                                union,
                                is_list,
                                id=f"{s.label}/{name}.{prop}",
                            )
                        )
    return found


HOLDERS = holders()


def test_some_model_holds_a_union() -> None:
    assert any(p.values[0] is OPENAPI for p in HOLDERS)


@pytest.mark.parametrize("schema_set,name,prop,union,is_list", HOLDERS)
def test_an_unknown_member_does_not_break_the_model_holding_it(
    schema_set: SchemaSet, name: str, prop: str, union: str, is_list: bool
) -> None:
    generated = schema_set.target(name)
    _, _, tag_prop, mapping = next(
        u for u in UNIONS if u[0] is schema_set and u[1] == union
    )

    @FEW
    @given(schema_set.strategy(name), unknown_member(schema_set, tag_prop, mapping))
    def check(instance: dict[str, Any], unknown: dict[str, Any]) -> None:
        raw = {**instance, prop: [unknown] if is_list else unknown}
        value = generated.load(copy.deepcopy(raw))
        dumped = generated.dump(value)
        assert json_equal(dumped, raw), f"{name}: {json_diff(dumped, raw)}"

    check()


# ------------------------------------------------------------------------------------------ defaults


@pytest.mark.parametrize("schema_set,name", cases("defaults", WITH_DEFAULTS))
def test_an_omitted_property_takes_the_spec_default(
    schema_set: SchemaSet, name: str
) -> None:
    model = schema_set.target(name).python_type
    by_wire = {
        (info.alias or field): (field, info)
        for field, info in model.model_fields.items()
    }
    wrong = []
    for prop, default in property_defaults(schema_set, name).items():
        if prop not in by_wire:
            wrong.append(f"{prop}: no field for it in the model")
            continue
        field, info = by_wire[prop]
        if info.is_required():
            wrong.append(
                f"{prop}: required in the model, the spec gives it a default {default!r}"
            )
            continue
        got = pydantic_core.to_jsonable_python(
            info.get_default(call_default_factory=True)
        )
        if not json_equal(got, default):
            wrong.append(
                f"{prop}: default {got!r} in the model, {default!r} in the spec"
            )
    assert not wrong, f"{name}:\n  " + "\n  ".join(wrong)
