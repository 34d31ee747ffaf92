"""Nullable objects and enums keep their ``null``: in 3.0 (``nullable: true``), in 3.1 (``type: [object,
"null"]``), and wherever a ``$ref`` names such a schema (a field, a list item, a whole response).
"""

from __future__ import annotations

import pytest

from tests.conformance.models import api, build, models, read, ref
from tests.conformance.support import Built

POINT = {"x": {"type": "integer"}, "y": {"type": "integer"}}


def _spec(openapi: str, nullable_object: dict[str, object]) -> dict[str, object]:
    nullable_enum: dict[str, object] = (
        {"type": "string", "enum": ["red", "blue", None], "nullable": True}
        if openapi.startswith("3.0")
        else {"type": ["string", "null"], "enum": ["red", "blue", None]}
    )
    return api(
        {
            "Point": {**nullable_object, "properties": POINT, "required": ["x"]},
            "Colour": nullable_enum,
            "Shape": {
                "type": "object",
                "required": ["origin", "colour"],
                "properties": {
                    "origin": ref("Point"),
                    "colour": ref("Colour"),
                    "corners": {"type": "array", "items": ref("Point")},
                    "inline": {
                        **nullable_object,
                        "properties": {"z": {"type": "number"}},
                    },
                },
            },
        },
        {"shape": ref("Shape"), "point": ref("Point"), "colour": ref("Colour")},
        openapi=openapi,
    )


SPECS = [
    _spec("3.0.3", {"type": "object", "nullable": True}),
    _spec("3.1.0", {"type": ["object", "null"]}),
]


@pytest.fixture(params=SPECS, ids=["3.0 nullable", "3.1 type list"])
def built(request: pytest.FixtureRequest) -> Built:
    return build(request.param)


def test_a_null_field_that_refers_to_a_nullable_object_decodes(built: Built) -> None:
    shape = read(
        built,
        "shape",
        {"origin": None, "colour": None, "corners": [None, {"x": 1}], "inline": None},
    )
    assert isinstance(shape, models(built).Shape)
    assert shape.origin is None and shape.colour is None and shape.inline is None
    assert shape.corners[0] is None
    assert isinstance(shape.corners[1], models(built).Point)
    assert shape.corners[1].x == 1


def test_the_same_fields_still_decode_their_values(built: Built) -> None:
    shape = read(
        built,
        "shape",
        {"origin": {"x": 2, "y": 3}, "colour": "blue", "inline": {"z": 1.5}},
    )
    assert (shape.origin.x, shape.origin.y) == (2, 3)
    assert shape.colour == models(built).Colour.BLUE
    assert shape.inline.z == 1.5


def test_a_null_response_of_a_nullable_object_decodes(built: Built) -> None:
    assert read(built, "point", None) is None
    assert read(built, "colour", None) is None
    point = read(built, "point", {"x": 5})
    assert isinstance(point, models(built).Point) and point.x == 5


def test_a_nullable_required_field_is_still_required(built: Built) -> None:
    import pydantic

    with pytest.raises(pydantic.ValidationError):
        models(built).Shape.model_validate({"colour": None})
