"""Discriminated unions: the tag picks the member (``oneOf`` with a discriminator, and a discriminator on an
``allOf`` base that its children extend), for string, integer, number and boolean tags; a tag the client does
not know still decodes; and dumping a decoded value never warns, whatever Python calls the tag property.
"""

from __future__ import annotations

import importlib

import warnings
from typing import Any

import pydantic
import pytest

from tests.conformance.models import api, build, models, read, ref


def _tagged(prop: str, tag: Any, extra: dict[str, Any]) -> dict[str, Any]:
    """An object whose ``prop`` is fixed to ``tag``."""
    fixed = {"enum": [tag]} if isinstance(tag, str) else {"const": tag}
    kind = {str: "string", bool: "boolean", int: "integer", float: "number"}[type(tag)]
    return {
        "type": "object",
        "required": [prop],
        "properties": {prop: {"type": kind, **fixed}, **extra},
    }


def _child(base: str, extra: dict[str, Any]) -> dict[str, Any]:
    return {"allOf": [ref(base), {"type": "object", "properties": extra}]}


# -------------------------------------------------------------------------------------------- the specs

# oneOf with a discriminator whose wire name (petType) is not its Python name (pet_type).
ONE_OF = api(
    {
        "Pet": {
            "oneOf": [ref("Cat"), ref("Dog")],
            "discriminator": {
                "propertyName": "petType",
                "mapping": {
                    "cat": "#/components/schemas/Cat",
                    "dog": "#/components/schemas/Dog",
                },
            },
        },
        # The same union admitting null (as openapi-generator's NullableShape).
        "MaybePet": {
            "oneOf": [ref("Cat"), ref("Dog"), {"type": "null"}],
            "discriminator": {
                "propertyName": "petType",
                "mapping": {
                    "cat": "#/components/schemas/Cat",
                    "dog": "#/components/schemas/Dog",
                },
            },
        },
        "Cat": _tagged("petType", "cat", {"lives": {"type": "integer"}}),
        # Nothing but the tag tells a Dog from a Cat here: only the discriminator can.
        "Dog": _tagged("petType", "dog", {"lives": {"type": "integer"}}),
        "Owner": {
            "type": "object",
            "properties": {
                "pet": ref("Pet"),
                "pets": {"type": "array", "items": ref("Pet")},
                "maybe": ref("MaybePet"),
            },
        },
    },
    {"pet": ref("Pet"), "owner": ref("Owner"), "maybe": ref("MaybePet")},
)

# A discriminator on a base that its children extend with allOf: implicit names (the component names), an
# explicit mapping for one child, a grandchild, and a base that lists itself.
ANIMAL = {
    "type": "object",
    "required": ["petType", "name"],
    "properties": {"petType": {"type": "string"}, "name": {"type": "string"}},
    # A bare schema name as the mapping's value, which OpenAPI allows.
    "discriminator": {"propertyName": "petType", "mapping": {"doggo": "Dog"}},
}
ALL_OF = api(
    {
        "Animal": ANIMAL,
        "Cat": _child("Animal", {"lives": {"type": "integer"}}),
        "Dog": _child("Animal", {"bark": {"type": "boolean"}}),
        "Lion": _child("Cat", {"mane": {"type": "string"}}),
        "Zoo": {
            "type": "object",
            "properties": {
                "star": ref("Animal"),
                "animals": {"type": "array", "items": ref("Animal")},
            },
        },
    },
    {"animal": ref("Animal"), "zoo": ref("Zoo")},
)

# The 3.1 specification's own example: the oneOf and its discriminator inside the base's allOf, and the
# children extending that same base (a cycle, which openapi-spec-validator recurses on forever).
PET_CYCLE = api(
    {
        "Pet": {
            "allOf": [
                {
                    "type": "object",
                    "required": ["kind"],
                    "properties": {"kind": {"type": "string"}},
                },
                {
                    "oneOf": [ref("Parrot"), ref("Goldfish")],
                    "discriminator": {
                        "propertyName": "kind",
                        "mapping": {"parrot": "Parrot", "goldfish": "Goldfish"},
                    },
                },
            ]
        },
        "Parrot": _child("Pet", {"words": {"type": "integer"}}),
        "Goldfish": _child("Pet", {"fins": {"type": "integer"}}),
    },
    {"pet": ref("Pet")},
)

# Tags that are not strings: integers and booleans (with a mapping, whose keys are strings) and numbers
# (the members' own constants).
SCALAR_TAGS = api(
    {
        "Shape": {
            "oneOf": [ref("Circle"), ref("Square")],
            "discriminator": {
                "propertyName": "sides",
                "mapping": {"0": "Circle", "4": "Square"},
            },
        },
        "Circle": _tagged("sides", 0, {"radius": {"type": "number"}}),
        "Square": _tagged("sides", 4, {"radius": {"type": "number"}}),
        "Switch": {
            "oneOf": [ref("On"), ref("Off")],
            "discriminator": {
                "propertyName": "on",
                "mapping": {"true": "On", "false": "Off"},
            },
        },
        "On": _tagged("on", True, {"level": {"type": "integer"}}),
        "Off": _tagged("on", False, {"level": {"type": "integer"}}),
        "Release": {
            "oneOf": [ref("Early"), ref("Late")],
            "discriminator": {"propertyName": "version"},
        },
        "Early": _tagged("version", 1.5, {"notes": {"type": "string"}}),
        "Late": _tagged("version", 2, {"notes": {"type": "string"}}),
    },
    {"shape": ref("Shape"), "switch": ref("Switch"), "release": ref("Release")},
)

SPECS = [ONE_OF, ALL_OF, PET_CYCLE, SCALAR_TAGS]


def _dump_quietly(value: Any, kind: Any) -> Any:
    """``value`` dumped as JSON by its type, with any pydantic warning an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        if isinstance(value, pydantic.BaseModel):
            value.model_dump()
            value.to_dict()
            return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        adapter = pydantic.TypeAdapter(kind)
        adapter.dump_python(value)
        return adapter.dump_python(
            value, mode="json", by_alias=True, exclude_unset=True
        )


# -------------------------------------------------------------------------------------- oneOf


def test_the_tag_picks_the_member_and_dumping_does_not_warn() -> None:
    built = build(ONE_OF)
    m = models(built)
    for tag, member in (("cat", m.Cat), ("dog", m.Dog)):
        pet = read(built, "pet", {"petType": tag, "lives": 3})
        assert type(pet) is member and pet.pet_type == tag and pet.lives == 3
        assert _dump_quietly(pet, m.Pet) == {"petType": tag, "lives": 3}


def test_a_model_holding_the_union_dumps_without_warnings() -> None:
    built = build(ONE_OF)
    m = models(built)
    answer = {
        "pet": {"petType": "dog", "lives": 1},
        "pets": [{"petType": "cat"}, {"petType": "dog"}, {"petType": "hamster"}],
        "maybe": None,
    }
    # The unknown tag is valid for no spec; the client accepts it on purpose (a newer server's member).
    owner = read(built, "owner", answer, judge="unjudged")
    assert type(owner.pet) is m.Dog
    assert [type(p).__name__ for p in owner.pets] == ["Cat", "Dog", "UnknownPet"]
    assert _dump_quietly(owner, m.Owner) == answer


def test_an_unknown_tag_is_the_unions_unknown_variant_with_the_tag_as_sent() -> None:
    """The union's own model for unknown tags: an ``UnknownVariant`` whose tag is an ``UnknownTag`` (what
    type checkers tell from every known tag) holding the value sent, of any scalar type, or none.
    """
    built = build(ONE_OF)
    m = models(built)
    runtime = importlib.import_module(f"{built.package.__name__}._models")
    pets = [
        read(built, "pet", {"petType": "hamster", "lives": 1}, judge="unjudged"),
        read(built, "pet", {"petType": 7}, judge="unjudged"),
        read(built, "pet", {"lives": 3}, judge="unjudged"),
    ]
    assert all(type(p) is m.UnknownPet for p in pets)
    assert all(isinstance(p, runtime.UnknownVariant) for p in pets)
    tags = [p.pet_type for p in pets]
    assert all(isinstance(t, runtime.UnknownTag) for t in tags)
    assert [t.value for t in tags] == ["hamster", 7, ""]
    assert tags[2] is runtime.UnknownTag.OTHER
    assert str(tags[0]) == "hamster" and tags[0] != "hamster"
    assert tags[0] == runtime.UnknownTag("hamster") and tags[0] != tags[1]
    assert [p.to_dict() for p in pets] == [
        {"petType": "hamster", "lives": 1},
        {"petType": 7},
        {"lives": 3},
    ]


def test_a_nullable_discriminated_union_keeps_both_the_tag_and_null() -> None:
    built = build(ONE_OF)
    m = models(built)
    # openapi-core applies the discriminator to null too.
    assert read(built, "maybe", None, judge="without discriminators") is None
    dog = read(built, "maybe", {"petType": "dog", "lives": 2})
    assert type(dog) is m.Dog
    owner = read(built, "owner", {"maybe": {"petType": "dog"}, "pets": []})
    assert type(owner.maybe) is m.Dog
    assert _dump_quietly(owner, m.Owner) == {"maybe": {"petType": "dog"}, "pets": []}


def test_an_unknown_tag_decodes_and_keeps_its_data() -> None:
    built = build(ONE_OF)
    m = models(built)
    pet = read(built, "pet", {"petType": "hamster", "lives": 1}, judge="unjudged")
    assert not isinstance(pet, (m.Cat, m.Dog))
    assert _dump_quietly(pet, m.Pet) == {"petType": "hamster", "lives": 1}


# -------------------------------------------------------------------------------------- allOf base


@pytest.mark.parametrize(
    "tag,member,extra",
    [
        ("Cat", "Cat", {"lives": 9}),
        ("doggo", "Dog", {"bark": True}),
        ("Lion", "Lion", {"lives": 8, "mane": "gold"}),
    ],
)
def test_a_base_with_a_discriminator_decodes_as_the_child_its_tag_names(
    tag: str, member: str, extra: dict[str, Any]
) -> None:
    built = build(ALL_OF)
    m = models(built)
    answer = {"petType": tag, "name": "Rex", **extra}
    animal = read(built, "animal", answer, judge="without discriminators")
    assert type(animal) is getattr(m, member)
    assert animal.name == "Rex" and animal.pet_type == tag
    for field, value in extra.items():
        # The child's own fields, typed (not left among the extras).
        assert field in type(animal).model_fields and getattr(animal, field) == value
    assert not animal.model_extra
    assert _dump_quietly(animal, m.AnimalUnion) == answer


def test_a_base_keeps_decoding_a_tag_it_does_not_know() -> None:
    built = build(ALL_OF)
    m = models(built)
    animal = read(
        built,
        "animal",
        {"petType": "Bird", "name": "Tweety", "wings": 2},
        judge="unjudged",
    )
    assert type(animal) is m.Animal
    assert animal.name == "Tweety" and animal.model_extra == {"wings": 2}
    # The implicit name of a child mapped explicitly is not one of its tags.
    dog = read(built, "animal", {"petType": "Dog", "name": "Rex"}, judge="unjudged")
    assert type(dog) is m.Animal


def test_the_base_dispatches_inside_models_and_lists() -> None:
    built = build(ALL_OF)
    m = models(built)
    answer = {
        "star": {"petType": "Lion", "name": "Leo", "mane": "dark"},
        "animals": [
            {"petType": "Cat", "name": "Tom", "lives": 7},
            {"petType": "doggo", "name": "Rex", "bark": False},
            {"petType": "Emu", "name": "Ed"},
        ],
    }
    zoo = read(built, "zoo", answer, judge="unjudged")
    assert type(zoo.star) is m.Lion
    assert [type(a) for a in zoo.animals] == [m.Cat, m.Dog, m.Animal]
    assert _dump_quietly(zoo, m.Zoo) == answer


def test_a_child_is_still_read_as_itself() -> None:
    built = build(ALL_OF)
    m = models(built)
    assert m.Cat.model_validate({"petType": "Cat", "name": "Tom"}).name == "Tom"
    with pytest.raises(pydantic.ValidationError):
        m.Cat.model_validate({"petType": "Cat"})


def test_a_discriminator_inside_the_base_s_all_of_dispatches_too() -> None:
    built = build(PET_CYCLE)
    m = models(built)
    parrot = read(built, "pet", {"kind": "parrot", "words": 12}, judge="unjudged")
    assert type(parrot) is m.Parrot and parrot.words == 12
    fish = read(built, "pet", {"kind": "goldfish", "fins": 5}, judge="unjudged")
    assert type(fish) is m.Goldfish and fish.fins == 5


# -------------------------------------------------------------------------------------- scalar tags


@pytest.mark.parametrize(
    "resource,answer,member",
    [
        ("shape", {"sides": 0, "radius": 1.5}, "Circle"),
        ("shape", {"sides": 4, "radius": 2.0}, "Square"),
        ("switch", {"on": True, "level": 3}, "On"),
        ("switch", {"on": False}, "Off"),
        ("release", {"version": 1.5, "notes": "n"}, "Early"),
        ("release", {"version": 2}, "Late"),
    ],
)
def test_integer_boolean_and_number_tags_pick_their_member(
    resource: str, answer: dict[str, Any], member: str
) -> None:
    built = build(SCALAR_TAGS)
    m = models(built)
    value = read(built, resource, answer, judge="without discriminators")
    assert type(value) is getattr(m, member)
    union = {"shape": m.Shape, "switch": m.Switch, "release": m.Release}[resource]
    assert _dump_quietly(value, union) == answer


def test_a_number_tag_written_as_a_float_is_the_same_tag() -> None:
    built = build(SCALAR_TAGS)
    m = models(built)
    late = pydantic.TypeAdapter(m.Release).validate_json('{"version": 2.0}')
    assert type(late) is m.Late
