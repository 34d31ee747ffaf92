"""Scalars that Python spells differently from JSON: float enums and consts (``Literal[1.5]`` is not a type
mypy accepts), defaults of dates, times, date-times and UUIDs (written as the values, not as their text), and
``format: time``."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pydantic
import pytest

from tests.conformance.models import api, build, models, read, ref, warned

MEASURE = {
    "type": "object",
    "required": ["ratio", "alarm"],
    "properties": {
        "ratio": {"type": "number", "enum": [0.5, 1.5]},
        "scale": {"type": "number", "const": 2.5},
        "mixed": {"enum": [1, 2.5, "auto"]},
        "step": ref("Step"),
        "alarm": {"type": "string", "format": "time"},
        "start": {"type": "string", "format": "date", "default": "2020-01-02"},
        "at": {
            "type": "string",
            "format": "date-time",
            "default": "2020-01-02T03:04:05Z",
        },
        "shifted": {
            "type": "string",
            "format": "date-time",
            "default": "2020-01-02T03:04:05.250+02:00",
        },
        "wake": {"type": "string", "format": "time", "default": "07:30:00"},
        "key": {
            "type": "string",
            "format": "uuid",
            "default": "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
        },
        "day": {**ref("Day"), "default": "2021-03-04"},
    },
}
# A default that is not of its format: openapi-core refuses such a spec, so this one is only generated.
BROKEN = api(
    {
        "Late": {
            "type": "object",
            "properties": {
                "due": {"type": "string", "format": "date", "default": "3rd of May"},
                "at": {"type": "string", "format": "date-time", "default": "noon"},
                "key": {"type": "string", "format": "uuid", "default": "nope"},
            },
        }
    }
)
SPECS = [
    api(
        {
            "Measure": MEASURE,
            "Step": {"type": "number", "enum": [0.25, 0.75]},
            "Day": {"type": "string", "format": "date"},
        },
        {"measure": ref("Measure"), "step": ref("Step")},
    ),
    BROKEN,
]


@pytest.fixture
def built() -> Any:
    return build(SPECS[0])


def test_float_enums_and_consts_decode_as_floats(built: Any) -> None:
    measure = read(
        built,
        "measure",
        {"ratio": 1.5, "scale": 2.5, "mixed": 2.5, "step": 0.75, "alarm": "08:00:00"},
    )
    assert isinstance(measure, models(built).Measure)
    assert (measure.ratio, measure.scale, measure.mixed, measure.step) == (
        1.5,
        2.5,
        2.5,
        0.75,
    )
    assert all(type(v) is float for v in (measure.ratio, measure.scale, measure.step))
    assert read(built, "step", 0.25) == 0.25


def test_the_other_literal_values_beside_floats_stay_literals(built: Any) -> None:
    measure = read(
        built, "measure", {"ratio": 0.5, "mixed": "auto", "alarm": "08:00:00"}
    )
    assert measure.mixed == "auto"
    with pytest.raises(pydantic.ValidationError):
        models(built).Measure.model_validate(
            {"ratio": 0.5, "mixed": "manual", "alarm": "08:00:00"}
        )


def test_the_allowed_float_values_are_documented(built: Any) -> None:
    """The annotation is ``float`` (mypy has no float literals), so the field's docstring names the values."""
    fields = models(built).Measure.model_fields
    assert "0.5, 1.5" in (fields["ratio"].description or "")
    assert "2.5" in (fields["scale"].description or "")
    # An alias's docstring is only in its source (a TypeAliasType keeps none).
    alias = built.out / built.package.__name__ / "models" / "step.py"
    assert "one of 0.25, 0.75" in alias.read_text()


def test_format_time_is_a_time(built: Any) -> None:
    measure = read(built, "measure", {"ratio": 0.5, "alarm": "08:15:30"})
    assert measure.alarm == datetime.time(8, 15, 30)


def test_temporal_and_uuid_defaults_are_values_of_their_types(built: Any) -> None:
    measure = read(built, "measure", {"ratio": 0.5, "alarm": "08:00:00"})
    assert measure.start == datetime.date(2020, 1, 2)
    assert measure.at == datetime.datetime(
        2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc
    )
    assert measure.at.utcoffset() == datetime.timedelta(0)
    assert measure.shifted == datetime.datetime(
        2020,
        1,
        2,
        3,
        4,
        5,
        250000,
        tzinfo=datetime.timezone(datetime.timedelta(hours=2)),
    )
    assert measure.shifted.utcoffset() == datetime.timedelta(hours=2)
    assert measure.wake == datetime.time(7, 30)
    assert measure.key == uuid.UUID("5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b")
    assert measure.day == datetime.date(2021, 3, 4)
    for name in ("start", "at", "shifted", "wake", "key", "day"):
        assert name not in measure.model_fields_set
    # And they dump back to the spec's text.
    dumped = measure.model_dump(mode="json", by_alias=True)
    assert dumped["start"] == "2020-01-02" and dumped["wake"] == "07:30:00"
    assert dumped["key"] == "5f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b"


def test_a_default_that_is_not_of_its_format_is_dropped_with_a_warning() -> None:
    built = build(BROKEN)
    late = models(built).Late()
    assert (late.due, late.at, late.key) == (None, None, None)
    for name in ("due", "at", "key"):
        assert warned(built, f"#/components/schemas/Late/properties/{name}/default")
