"""Type changes are judged on the types' structure (``generator.shapes``), not on how an annotation is spelt:
what was misjudged when ``diff`` split annotation strings on ``|``, and the laws ``accepts`` must keep.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from generator import ir
from generator.diff import compare
from generator.shapes import accepts, shape

INT = ir.PrimitiveType(kind="integer")
STR = ir.PrimitiveType(kind="string")
FLOAT = ir.PrimitiveType(kind="number")


def _types() -> st.SearchStrategy[ir.TypeRef]:
    leaves: st.SearchStrategy[ir.TypeRef] = st.one_of(
        st.sampled_from(
            ["integer", "string", "number", "boolean", "date-time", "null"]
        ).map(
            lambda k: ir.PrimitiveType(kind=k)  # type: ignore[arg-type]
        ),
        st.just(ir.AnyType()),
        st.lists(
            st.one_of(st.text(max_size=3), st.integers(-3, 3), st.booleans()),
            min_size=1,
            max_size=3,
            unique_by=lambda v: (type(v), v),
        ).map(lambda vs: ir.LiteralType(values=tuple(vs))),
        st.sampled_from(["Pet", "Owner"]).map(
            lambda n: ir.DeclRef(key=n, name=n, module=n.lower())
        ),
    )
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            inner.map(lambda t: ir.ListType(item=t)),
            inner.map(lambda t: ir.MapType(value=t)),
            inner.map(lambda t: ir.NullableType(inner=t)),
            st.lists(inner, min_size=2, max_size=3).map(
                lambda ts: ir.UnionType(
                    variants=tuple(ir.UnionVariant(type=t) for t in ts)
                )
            ),
        ),
        max_leaves=6,
    )


@given(_types())
def test_every_type_accepts_itself(t: ir.TypeRef) -> None:
    assert accepts(shape(t), shape(t))


@given(_types(), _types())
def test_a_union_accepts_each_of_its_members(a: ir.TypeRef, b: ir.TypeRef) -> None:
    union = ir.UnionType(variants=(ir.UnionVariant(type=a), ir.UnionVariant(type=b)))
    assert accepts(shape(union), shape(a))
    assert accepts(shape(union), shape(b))
    assert accepts(shape(ir.NullableType(inner=a)), shape(a))
    assert accepts(shape(ir.AnyType()), shape(a))


@given(_types(), _types())
def test_containers_are_covariant(a: ir.TypeRef, b: ir.TypeRef) -> None:
    for box in (lambda t: ir.ListType(item=t), lambda t: ir.MapType(value=t)):
        assert accepts(shape(box(a)), shape(box(b))) == accepts(shape(a), shape(b))


def test_the_order_of_a_unions_members_does_not_matter() -> None:
    ab = ir.UnionType(variants=(ir.UnionVariant(type=INT), ir.UnionVariant(type=STR)))
    ba = ir.UnionType(variants=(ir.UnionVariant(type=STR), ir.UnionVariant(type=INT)))
    assert shape(ab) == shape(ba)


def test_literals_and_primitives() -> None:
    assert accepts(shape(STR), shape(ir.LiteralType(values=("a", "b"))))
    assert not accepts(shape(INT), shape(ir.LiteralType(values=("a",))))
    assert not accepts(shape(INT), shape(ir.LiteralType(values=(True,))))
    assert not accepts(
        shape(ir.LiteralType(values=(1,))), shape(ir.LiteralType(values=(True,)))
    )
    assert accepts(shape(FLOAT), shape(INT))
    assert not accepts(shape(INT), shape(FLOAT))


def _snapshot(param: ir.TypeRef, field: ir.TypeRef, used: str) -> dict[str, Any]:
    return {
        "methods": {
            "items.create": {
                "http": "POST /items",
                "params": {
                    "tags": {
                        "type": repr(param),
                        "shape": shape(param),
                        "required": True,
                        "in": "query",
                        "wire": "tags",
                    }
                },
                "returns": "None",
            }
        },
        "models": {
            "Item": {
                "fields": {
                    "status": {
                        "type": repr(field),
                        "shape": shape(field),
                        "required": True,
                        "wire": "status",
                    }
                },
                "used_in": [used],
            }
        },
    }


def _breaking(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return [c.kind for c in compare(old, new) if c.breaking]


def test_widening_inside_a_map_is_not_breaking_for_a_parameter() -> None:
    # ``dict[str, int]`` -> ``dict[str, int | str]``: the annotations share no top-level union member.
    narrow = ir.MapType(value=INT)
    wide = ir.MapType(
        value=ir.UnionType(
            variants=(ir.UnionVariant(type=INT), ir.UnionVariant(type=STR))
        )
    )
    assert (
        _breaking(_snapshot(narrow, STR, "request"), _snapshot(wide, STR, "request"))
        == []
    )
    assert _breaking(
        _snapshot(wide, STR, "request"), _snapshot(narrow, STR, "request")
    ) == ["parameter type changed"]


def test_a_literal_gaining_a_value_breaks_readers_not_writers() -> None:
    before = ir.LiteralType(values=("queued", "done"))
    after = ir.LiteralType(values=("queued", "done", "failed"))
    assert (
        _breaking(_snapshot(STR, before, "request"), _snapshot(STR, after, "request"))
        == []
    )
    assert _breaking(
        _snapshot(STR, before, "response"), _snapshot(STR, after, "response")
    ) == ["field type changed"]


def test_snapshots_without_shapes_take_a_changed_type_as_breaking() -> None:
    old = _snapshot(INT, STR, "request")
    new = _snapshot(FLOAT, STR, "request")
    for snap in (old, new):
        del snap["methods"]["items.create"]["params"]["tags"]["shape"]
    new["methods"]["items.create"]["params"]["tags"]["type"] = "float"
    assert _breaking(old, new) == ["parameter type changed"]
