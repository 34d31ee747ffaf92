"""Every component schema of openapi.json against the generated models, with instances from hypothesis-jsonschema.

* what the JSON Schema accepts loads into the generated type and dumps back
  (``model_dump(mode="json", by_alias=True, exclude_unset=True)``) to an equal document;
* what it rejects in a way the model can see (a value of the wrong JSON type, a required property left out)
  raises ``pydantic.ValidationError``;
* a discriminated union picks the member its tag names, for every member, and a tag it does not know gives a
  generic object that keeps the data, alone and inside the models that hold the union;
* a property the spec gives a default has that default in the model.

The schemas are enumerated from the spec, so a new schema is covered without anyone listing it. A case that
fails because of a known generator bug is marked ``xfail(strict=True)`` in ``KNOWN_BUGS``: it turns red once the
bug is fixed, and the mark goes.
"""

from __future__ import annotations

import copy
from typing import Any

import pydantic
import pydantic_core
import pytest
from hypothesis import given
from hypothesis import strategies as st

from schema_support import (
    FEW,
    SCHEMAS,
    SETTINGS,
    declarations,
    discriminated_unions,
    is_valid,
    json_diff,
    json_equal,
    object_view,
    ref_name,
    resolve,
    strategy,
    target,
    wrong_values,
)

DEFAULT_ON_ALIAS_REF = (
    "generator bug: a `default` beside a $ref to an alias declaration (Dimension, Metadata) is dropped by "
    "lower/schemas.py default_for(), which converts defaults for enum refs only; the field becomes "
    '`X | None = None` (e.g. VideoElement.x: spec default "50%", model default None)'
)

# (test, schema) -> reason: generator bugs these tests found, reported, and left failing on purpose.
KNOWN_BUGS: dict[tuple[str, str], str] = {
    ("defaults", "VideoElement"): DEFAULT_ON_ALIAS_REF,
    ("defaults", "TextElement"): DEFAULT_ON_ALIAS_REF,
    ("defaults", "ImageElement"): DEFAULT_ON_ALIAS_REF,
    ("defaults", "CompositionElement"): DEFAULT_ON_ALIAS_REF,
    ("defaults", "RenderRequest"): DEFAULT_ON_ALIAS_REF.replace(
        "Dimension, Metadata", "Metadata"
    )
    + "; RenderRequest.metadata: spec default {}, model default None",
}


def cases(test: str, names: list[str]) -> list[Any]:
    return [
        pytest.param(
            name,
            id=name,
            marks=(
                [pytest.mark.xfail(strict=True, reason=KNOWN_BUGS[(test, name)])]
                if (test, name) in KNOWN_BUGS
                else []
            ),
        )
        for name in names
    ]


NAMES = list(SCHEMAS)


def is_object_schema(name: str) -> bool:
    schema = resolve(SCHEMAS[name])
    return schema.get("type") == "object" and bool(object_view(schema)["properties"])


OBJECTS = [n for n in NAMES if is_object_schema(n)]
WITH_REQUIRED = [n for n in OBJECTS if object_view(SCHEMAS[n])["required"]]
WRONG_ROOT = [n for n in NAMES if wrong_values(SCHEMAS[n], null_is_wrong=True)]


def property_mutations(name: str) -> list[tuple[str, Any]]:
    view = object_view(SCHEMAS[name])
    return [
        (prop, wrong)
        for prop, schema in view["properties"].items()
        for wrong in wrong_values(schema, null_is_wrong=prop in view["required"])
    ]


WITH_TYPED_PROPERTIES = [n for n in OBJECTS if property_mutations(n)]


def property_defaults(name: str) -> dict[str, Any]:
    """The defaults the spec gives the properties of an object schema, by wire name."""
    found = {}
    for prop, schema in object_view(SCHEMAS[name])["properties"].items():
        if isinstance(schema, dict) and "default" in schema:
            found[prop] = schema["default"]
        elif "default" in resolve(schema):
            found[prop] = resolve(schema)["default"]
    return found


WITH_DEFAULTS = [n for n in OBJECTS if property_defaults(n)]


# ------------------------------------------------------------------------------------------- coverage


def test_every_component_schema_has_a_generated_type() -> None:
    missing = [name for name in NAMES if name not in declarations()]
    assert not missing, f"no declaration in the IR for {missing}"
    for name in NAMES:
        target(name)  # importable from framelane.models


# ----------------------------------------------------------------------------------- valid instances


@pytest.mark.parametrize("name", cases("roundtrip", NAMES))
def test_valid_instances_load_and_dump_back(name: str) -> None:
    generated = target(name)

    @SETTINGS
    @given(strategy(name))
    def check(instance: Any) -> None:
        value = generated.load(copy.deepcopy(instance))
        dumped = generated.dump(value)
        assert json_equal(dumped, instance), f"{name}: {json_diff(dumped, instance)}"

    check()


# --------------------------------------------------------------------------------- invalid instances


@pytest.mark.parametrize("name", cases("wrong_root", WRONG_ROOT))
def test_a_value_of_the_wrong_type_is_rejected(name: str) -> None:
    generated = target(name)
    for wrong in wrong_values(SCHEMAS[name], null_is_wrong=True):
        assert not is_valid(name, wrong)
        with pytest.raises(pydantic.ValidationError):
            value = generated.load(wrong)
            pytest.fail(f"{name} accepted {wrong!r} as {value!r}")


@pytest.mark.parametrize("name", cases("missing_required", WITH_REQUIRED))
def test_a_missing_required_property_is_rejected(name: str) -> None:
    generated = target(name)
    required = object_view(SCHEMAS[name])["required"]

    @FEW
    @given(strategy(name), st.sampled_from(required))
    def check(instance: dict[str, Any], prop: str) -> None:
        broken = {k: v for k, v in instance.items() if k != prop}
        assert not is_valid(name, broken)
        with pytest.raises(pydantic.ValidationError):
            value = generated.load(broken)
            pytest.fail(f"{name} without {prop!r} loaded as {value!r}")

    check()


@pytest.mark.parametrize("name", cases("wrong_property", WITH_TYPED_PROPERTIES))
def test_a_property_of_the_wrong_type_is_rejected(name: str) -> None:
    generated = target(name)
    mutations = property_mutations(name)

    @FEW
    @given(strategy(name), st.sampled_from(mutations))
    def check(instance: dict[str, Any], mutation: tuple[str, Any]) -> None:
        prop, wrong = mutation
        broken = {**instance, prop: copy.deepcopy(wrong)}
        assert not is_valid(name, broken)
        with pytest.raises(pydantic.ValidationError):
            value = generated.load(broken)
            pytest.fail(f"{name} with {prop}={wrong!r} loaded as {value!r}")

    check()


# ------------------------------------------------------------------------------ discriminated unions

UNIONS = discriminated_unions()
VARIANTS = [
    pytest.param(union, prop, tag, variant, id=f"{union}-{tag}")
    for union, prop, mapping in UNIONS
    for tag, variant in mapping.items()
]


def test_the_spec_has_discriminated_unions() -> None:
    """Guards the union tests below against running on nothing."""
    assert UNIONS and VARIANTS


@pytest.mark.parametrize("union,prop,tag,variant", VARIANTS)
def test_a_union_picks_the_member_its_tag_names(
    union: str, prop: str, tag: str, variant: str
) -> None:
    generated = target(union)
    member = target(variant).python_type

    @SETTINGS
    @given(strategy(variant))
    def check(instance: dict[str, Any]) -> None:
        assert instance[prop] == tag
        value = generated.load(copy.deepcopy(instance))
        assert isinstance(
            value, member
        ), f"{union} gave {type(value).__name__} for {prop}={tag!r}"
        dumped = generated.dump(value)
        assert json_equal(dumped, instance), f"{union}: {json_diff(dumped, instance)}"

    check()


def unknown_member(
    prop: str, mapping: dict[str, str]
) -> st.SearchStrategy[dict[str, Any]]:
    """A valid member instance whose tag is one the union does not know."""
    tags = st.text(min_size=1, max_size=20).filter(lambda t: t not in mapping)
    members = st.sampled_from(sorted(set(mapping.values()))).flatmap(strategy)
    return st.builds(lambda instance, tag: {**instance, prop: tag}, members, tags)


@pytest.mark.parametrize(
    "union,prop,mapping", [pytest.param(*u, id=u[0]) for u in UNIONS]
)
def test_an_unknown_tag_gives_a_generic_object_with_the_data(
    union: str, prop: str, mapping: dict[str, str]
) -> None:
    generated = target(union)
    members = tuple(target(v).python_type for v in set(mapping.values()))

    @SETTINGS
    @given(unknown_member(prop, mapping))
    def check(raw: dict[str, Any]) -> None:
        value = generated.load(copy.deepcopy(raw))
        assert not isinstance(
            value, members
        ), f"{union} took tag {raw[prop]!r} for {type(value).__name__}"
        dumped = generated.dump(value)
        assert json_equal(dumped, raw), f"{union}: {json_diff(dumped, raw)}"
        assert (
            getattr(value, prop, None) == raw[prop]
            or (value.model_extra or {}).get(prop) == raw[prop]
        )

    check()


def holders() -> list[Any]:
    """(object schema, property, union, is a list) for every property holding a discriminated union."""
    found = []
    union_names = {u[0] for u in UNIONS}
    for name in OBJECTS:
        for prop, schema in object_view(SCHEMAS[name])["properties"].items():
            resolved = resolve(schema) if "$ref" not in schema else schema
            for is_list, node in (
                (False, schema),
                (True, resolved.get("items") if isinstance(resolved, dict) else None),
            ):
                if (
                    isinstance(node, dict)
                    and "$ref" in node
                    and ref_name(node["$ref"]) in union_names
                ):
                    found.append(
                        pytest.param(
                            name,
                            prop,
                            ref_name(node["$ref"]),
                            is_list,
                            id=f"{name}.{prop}",
                        )
                    )
    return found


HOLDERS = holders()


def test_some_model_holds_a_union() -> None:
    assert HOLDERS


@pytest.mark.parametrize("name,prop,union,is_list", HOLDERS)
def test_an_unknown_member_does_not_break_the_model_holding_it(
    name: str, prop: str, union: str, is_list: bool
) -> None:
    generated = target(name)
    _, tag_prop, mapping = next(u for u in UNIONS if u[0] == union)

    @FEW
    @given(strategy(name), unknown_member(tag_prop, mapping))
    def check(instance: dict[str, Any], unknown: dict[str, Any]) -> None:
        raw = {**instance, prop: [unknown] if is_list else unknown}
        value = generated.load(copy.deepcopy(raw))
        dumped = generated.dump(value)
        assert json_equal(dumped, raw), f"{name}: {json_diff(dumped, raw)}"

    check()


# ------------------------------------------------------------------------------------------ defaults


@pytest.mark.parametrize("name", cases("defaults", WITH_DEFAULTS))
def test_an_omitted_property_takes_the_spec_default(name: str) -> None:
    model = target(name).python_type
    by_wire = {
        (info.alias or field): (field, info)
        for field, info in model.model_fields.items()
    }
    wrong = []
    for prop, default in property_defaults(name).items():
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
