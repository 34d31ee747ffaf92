"""Lenient parsing against every object schema of openapi.json and of each golden case: an instance that
drifted from its schema (``tests/drift.py``: properties dropped, replaced by odd values or added, at any depth)
is built by the package's own ``_construct.construct`` without raising, as the schema's model, and dumps back
(``to_dict()``) to the document that was sent. Instances are hypothesis-jsonschema's (``schema_support``).
"""

from __future__ import annotations

import copy
import importlib
from typing import Any

import pytest
from hypothesis import given

from schema_support import FEW, SETS, SchemaSet, json_diff, json_equal
from tests.drift import drifted

OBJECTS = [(s, name) for s in SETS for name in s.schemas if s.is_object(name)]


@pytest.mark.parametrize(
    "schema_set,name",
    [pytest.param(s, n, id=f"{s.label}/{n}") for s, n in OBJECTS],
)
def test_a_drifted_instance_builds_and_dumps_back(
    schema_set: SchemaSet, name: str
) -> None:
    generated = schema_set.target(name)
    package = schema_set.api.package_name
    construct = importlib.import_module(f"{package}._construct").construct
    model = generated.python_type

    @FEW
    @given(schema_set.strategy(name).flatmap(drifted))
    def check(sent: Any) -> None:
        value = construct(model, copy.deepcopy(sent))
        if generated.is_model:
            assert isinstance(value, model), f"{name}: built {type(value).__name__}"
            dumped = value.to_dict()
        else:
            # An object schema without a class of its own (an alias of a union or a map): what it builds
            # dumps back the same.
            dumped = generated.dump(value)
        assert json_equal(dumped, sent), f"{name}: {json_diff(dumped, sent)}"

    check()


def test_the_object_schemas_are_enumerated() -> None:
    labels = {s.label for s, _ in OBJECTS}
    assert "openapi" in labels and len(labels) > 1
