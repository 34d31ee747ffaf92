"""Hypothesis strategies for servers that drift from their spec: a valid JSON document with some of its
properties (at any depth) dropped, replaced by odd values, or joined by new ones.

The odd values are ones pydantic coerces into no other type (it reads ``"1"`` as an int, ``1`` as a bool or a
date-time), so that a drifted property either fails validation, and a lenient parse keeps it as sent, or fits as
it is: either way the parsed model dumps back to the drifted document.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

ODD_VALUES: st.SearchStrategy[Any] = st.sampled_from(
    [None, "~drift~", {"drift": 1}, ["drift"], {}, []]
)
NEW_KEYS = ("zz_new", "zz_other")


def drifted(value: Any) -> st.SearchStrategy[Any]:
    """``value`` drifted: each property of each object kept, dropped, replaced by an odd value or drifted
    itself, and up to two new properties added; an array's items drift the same way. The root stays of its
    JSON type."""
    if isinstance(value, list):
        return st.tuples(*(_item(entry) for entry in value)).map(list)
    if not isinstance(value, dict):
        return st.just(value)
    keys = sorted(value)

    def assemble(
        picks: tuple[tuple[str, Any], ...], added: dict[str, Any]
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, (what, new) in zip(keys, picks):
            if what == "keep":
                out[key] = value[key]
            elif what != "drop":
                out[key] = new
        out.update({k: v for k, v in added.items() if k not in value})
        return out

    return st.builds(
        assemble,
        st.tuples(*(_property(value[key]) for key in keys)),
        st.dictionaries(st.sampled_from(NEW_KEYS), ODD_VALUES, max_size=2),
    )


def _property(value: Any) -> st.SearchStrategy[tuple[str, Any]]:
    return st.one_of(
        st.just(("keep", None)),
        st.just(("drop", None)),
        ODD_VALUES.map(lambda odd: ("odd", odd)),
        drifted(value).map(lambda inner: ("deep", inner)),
    )


def _item(value: Any) -> st.SearchStrategy[Any]:
    return st.one_of(st.just(value), ODD_VALUES, drifted(value))
