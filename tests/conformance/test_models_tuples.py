"""3.1 ``prefixItems``: an array whose items each have their own type. Closed (``items: false``, or a
``maxItems`` no longer than the prefix) it is a tuple, or a union of the tuples of each allowed length; open
(further items allowed) it cannot be a Python tuple type on 3.11, so it is a list of any of its item types,
with a warning naming its pointer. Either way every valid answer decodes."""

from __future__ import annotations

from typing import Any

import pydantic
import pytest

from tests.conformance.models import api, build, models, read, ref, warned

INTEGER = {"type": "integer"}
STRING = {"type": "string"}

SHAPES = {
    "type": "object",
    "properties": {
        # Exactly two items.
        "pair": {
            "type": "array",
            "prefixItems": [INTEGER, STRING],
            "items": False,
            "minItems": 2,
        },
        # One to three items (maxItems closes it; minItems allows the shorter ones).
        "short": {
            "type": "array",
            "prefixItems": [INTEGER, STRING, ref("Point")],
            "minItems": 1,
            "maxItems": 3,
        },
        # Any number of further items of their own type.
        "rest": {
            "type": "array",
            "prefixItems": [INTEGER, STRING],
            "items": {"type": "boolean"},
        },
        # prefixItems alone: shorter arrays and further items of any type are valid too.
        "loose": {"type": "array", "prefixItems": [INTEGER, STRING]},
        # A field that would hide the builtin the annotations above use inside the class body.
        "tuple": {"type": "array", "prefixItems": [STRING], "items": False},
    },
}
SPECS = [
    api(
        {
            "Shapes": SHAPES,
            "Point": {
                "type": "object",
                "required": ["x"],
                "properties": {"x": {"type": "integer"}},
            },
            "Range": {
                "type": "array",
                "prefixItems": [{"type": "number"}, {"type": "number"}],
                "minItems": 2,
                "maxItems": 2,
            },
        },
        {"shapes": ref("Shapes"), "range": ref("Range")},
    )
]
POINTER = "#/components/schemas/Shapes/properties"


@pytest.fixture
def built() -> Any:
    return build(SPECS[0])


def test_a_closed_prefix_is_a_tuple_of_its_item_types(built: Any) -> None:
    shapes = read(built, "shapes", {"pair": [7, "seven"]})
    assert shapes.pair == (7, "seven")
    assert read(built, "range", [0.5, 2]) == (0.5, 2.0)
    with pytest.raises(pydantic.ValidationError):
        models(built).Shapes.model_validate({"pair": ["seven", 7]})
    with pytest.raises(pydantic.ValidationError):
        models(built).Shapes.model_validate({"pair": [7, "seven", 8]})


@pytest.mark.parametrize(
    "answer,expected",
    [([1], (1,)), ([1, "a"], (1, "a")), ([1, "a", {"x": 2}], (1, "a", {"x": 2}))],
)
def test_every_allowed_length_of_a_closed_prefix_decodes(
    built: Any, answer: list[Any], expected: tuple[Any, ...]
) -> None:
    shapes = read(built, "shapes", {"short": answer})
    assert isinstance(shapes.short, tuple) and len(shapes.short) == len(expected)
    assert shapes.short[:2] == expected[:2]
    if len(answer) == 3:
        assert isinstance(shapes.short[2], models(built).Point)
        assert shapes.short[2].x == 2
    assert shapes.to_dict() == {"short": answer}


@pytest.mark.parametrize(
    "field,answer",
    [
        ("rest", [1, "a", True, False]),
        ("rest", [1]),
        ("loose", [1, "a", {"any": "thing"}, 3.5]),
        ("loose", []),
    ],
)
def test_an_open_prefix_decodes_as_a_list_of_its_item_types(
    built: Any, field: str, answer: list[Any]
) -> None:
    shapes = read(built, "shapes", {field: answer})
    assert getattr(shapes, field) == answer
    assert shapes.to_dict() == {field: answer}


def test_an_open_prefix_warns_where_it_degrades(built: Any) -> None:
    assert warned(built, f"{POINTER}/rest/prefixItems")
    assert warned(built, f"{POINTER}/loose/prefixItems")
    assert not warned(built, f"{POINTER}/pair/prefixItems")
    assert not warned(built, f"{POINTER}/short/prefixItems")
    # items: false is no 'not' the generator cannot express.
    assert not [w for w in built.warnings if "/pair/" in w]


def test_the_list_still_types_its_items(built: Any) -> None:
    with pytest.raises(pydantic.ValidationError):
        models(built).Shapes.model_validate({"rest": [1, "a", {"not": "a bool"}]})


def test_a_field_called_tuple_does_not_hide_the_builtin(built: Any) -> None:
    shapes = read(built, "shapes", {"tuple": ["x"], "pair": [1, "y"]})
    assert shapes.tuple_ == ("x",) and shapes.pair == (1, "y")
