"""The change report compares only the snapshot lines that differ: ``snapshot.changed`` reduces two snapshot
texts to their differing entries, and ``diff.compare`` must find exactly the changes it finds in the whole
snapshots (the oracle), whatever the snapshots hold."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import ir
from generator.diff import compare
from generator.shapes import shape
from generator.targets.python.snapshot import changed, dumps

NAMES = st.sampled_from(["A", "B", "C", 'Quo"te', "Ünï"])
SHAPES = [
    shape(t)
    for t in (
        ir.PrimitiveType("string"),
        ir.PrimitiveType("integer"),
        ir.NullableType(ir.PrimitiveType("integer")),
        ir.ListType(ir.PrimitiveType("string")),
    )
]
TYPED = st.builds(
    lambda i, required, wire: {
        "type": ["str", "int", "int | None", "list[str]"][i],
        "shape": SHAPES[i],
        "required": required,
        "wire": wire,
    },
    st.integers(0, 3),
    st.booleans(),
    st.sampled_from(["a", "b,", "}"]),
)
USED = st.lists(st.sampled_from(["request", "response"]), unique=True).map(sorted)


def _params(typed: dict[str, Any], where: str) -> dict[str, Any]:
    return {**typed, "in": where}


SNAPSHOTS = st.fixed_dictionaries(
    {
        "snapshot_version": st.just(2),
        "title": st.sampled_from(["T", "T, v2"]),
        "version": st.sampled_from(["1", "2"]),
        "methods": st.dictionaries(
            NAMES,
            st.fixed_dictionaries(
                {
                    "http": st.sampled_from(["GET /a", "POST /a"]),
                    "params": st.dictionaries(
                        NAMES,
                        st.builds(_params, TYPED, st.sampled_from(["query", "body"])),
                        max_size=3,
                    ),
                    "returns": st.sampled_from(["Pet", "None"]),
                    "returns_shape": st.sampled_from(SHAPES),
                }
            ),
            max_size=4,
        ),
        "models": st.dictionaries(
            NAMES,
            st.fixed_dictionaries(
                {"fields": st.dictionaries(NAMES, TYPED, max_size=3), "used_in": USED}
            ),
            max_size=4,
        ),
        "enums": st.dictionaries(
            NAMES,
            st.fixed_dictionaries(
                {
                    "values": st.lists(st.sampled_from(["x", "y", 1]), unique=True),
                    "used_in": USED,
                }
            ),
            max_size=3,
        ),
        "aliases": st.dictionaries(
            NAMES,
            st.builds(
                lambda typed, used: {
                    "type": typed["type"],
                    "shape": typed["shape"],
                    "used_in": used,
                },
                TYPED,
                USED,
            ),
            max_size=3,
        ),
    }
)


@settings(max_examples=300, deadline=None)
@given(old=SNAPSHOTS, new=SNAPSHOTS)
def test_the_changes_of_the_differing_lines_are_those_of_the_whole_snapshots(
    old: dict[str, Any], new: dict[str, Any]
) -> None:
    pair = changed(dumps(old), dumps(new))
    assert pair is not None
    assert compare(*pair) == compare(old, new)


@given(old=SNAPSHOTS)
def test_equal_snapshots_reduce_to_their_top_level_values(old: dict[str, Any]) -> None:
    """No entry of two equal snapshots is parsed: only the top-level values (and empty sections) are."""
    pair = changed(dumps(old), dumps(old))
    assert pair is not None
    for reduced in pair:
        assert {k: v for k, v in reduced.items() if v} == {
            k: v for k, v in old.items() if not isinstance(v, dict)
        }


def test_a_text_not_in_the_snapshot_form_is_not_reduced() -> None:
    text = dumps({"snapshot_version": 2, "models": {"A": {"fields": {}}}})
    assert changed(text, text) is not None
    assert changed(json.dumps(json.loads(text), indent=2), text) is None
    assert changed(text.replace('"A"', "A"), text) is None
    assert changed("", text) is None
