"""Scalars that Python spells differently from JSON: float enums and consts (``Literal[1.5]`` is not a type
mypy accepts)."""

from __future__ import annotations

from typing import Any

import pydantic
import pytest

from tests.conformance.models import api, build, models, read, ref

MEASURE = {
    "type": "object",
    "required": ["ratio"],
    "properties": {
        "ratio": {"type": "number", "enum": [0.5, 1.5]},
        "scale": {"type": "number", "const": 2.5},
        "mixed": {"enum": [1, 2.5, "auto"]},
        "step": ref("Step"),
    },
}
SPECS = [
    api(
        {
            "Measure": MEASURE,
            "Step": {"type": "number", "enum": [0.25, 0.75]},
        },
        {"measure": ref("Measure"), "step": ref("Step")},
    ),
]


@pytest.fixture
def built() -> Any:
    return build(SPECS[0])


def test_float_enums_and_consts_decode_as_floats(built: Any) -> None:
    measure = read(
        built,
        "measure",
        {"ratio": 1.5, "scale": 2.5, "mixed": 2.5, "step": 0.75},
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
    measure = read(built, "measure", {"ratio": 0.5, "mixed": "auto"})
    assert measure.mixed == "auto"
    with pytest.raises(pydantic.ValidationError):
        models(built).Measure.model_validate({"ratio": 0.5, "mixed": "manual"})


def test_the_allowed_float_values_are_documented(built: Any) -> None:
    """The annotation is ``float`` (mypy has no float literals), so the field's docstring names the values."""
    fields = models(built).Measure.model_fields
    assert "0.5, 1.5" in (fields["ratio"].description or "")
    assert "2.5" in (fields["scale"].description or "")
    # An alias's docstring is only in its source (a TypeAliasType keeps none).
    alias = built.out / built.package.__name__ / "models" / "step.py"
    assert "one of 0.25, 0.75" in alias.read_text()
