"""The type printer over random IR types and random sets of shadowed names: what it reports is what its text
uses, and the text works with exactly those imports.

- Every name the printed text uses (``ast``: names, the roots of attributes, forward references inside
  strings, not the values of ``Literal[...]``) is one it reported: an import (``names``), a builtin it uses as
  it is (``builtins``, never a shadowed one) or a declaration (``symbols``); and every name it reported is used.
- The text evaluates, annotation and runtime expression alike, in a namespace holding just the reported
  imports, with every shadowed name bound to something else where the module would bind it (a bare ``list``
  that should have been ``_builtins.list`` fails there).
- ``Literal`` values are the type's own values, untouched by the spelling of shadowed names.
- A few representative cases go through ``mypy --strict`` in a class whose methods are named after the shadowed
  names, and a method whose arguments are.
"""

from __future__ import annotations

import ast
import builtins
import collections.abc
import datetime
import subprocess
import sys
import typing
import uuid
from pathlib import Path
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator import ir
from generator.targets.python.printed import (
    SHADOWABLE_BUILTINS,
    SHADOWABLE_MODULES,
    Printed,
    Scope,
)
from generator.targets.python.types import Types


def _ref(name: str, kind: str) -> ir.DeclRef:
    return ir.DeclRef(key=f"#/{name}", name=name, module=name.lower(), kind=kind)  # type: ignore[arg-type]


JOB = _ref("Job", "model")  # a model with a TypedDict
BAG = _ref("Bag", "model")  # a model whose other properties are typed
COLOR = _ref("Color", "enum")
SHAPE = _ref("Shape", "alias")  # an alias with a request-side alias
PLAIN = _ref("Plain", "alias")
COLORS = ("red", "a list b", "type")

API = ir.Api(
    title="t",
    version="1",
    description="",
    package_name="p",
    client_name="P",
    env_prefix="P",
    base_url="https://example.com",
    resources=(),
    declarations=(
        ir.Model(key=JOB.key, name="Job", module="job", fields=()),
        ir.Model(
            key=BAG.key, name="Bag", module="bag", fields=(), additional=ir.AnyType()
        ),
        ir.Enum(
            key=COLOR.key,
            name="Color",
            module="color",
            kind="string",
            members=tuple(ir.EnumMember(value=v) for v in COLORS),
        ),
        ir.Alias(key=SHAPE.key, name="Shape", module="shape", type=ir.AnyType()),
        ir.Alias(key=PLAIN.key, name="Plain", module="plain", type=ir.AnyType()),
    ),
    security=(),
    params=(
        ir.Params(key=JOB.key, name="JobParam", module="job_param", model=JOB, keys=()),
        ir.ParamsAlias(
            key=SHAPE.key,
            name="ShapeParam",
            module="shape_param",
            alias=SHAPE,
            type=ir.AnyType(),
        ),
    ),
)
TYPES = Types(API)
CLASSES = ("Job", "JobParam", "Bag", "Color", "Shape", "ShapeParam", "Plain")

_KINDS: tuple[Any, ...] = typing.get_args(ir.PrimitiveKind)
_LITERAL_VALUES = st.one_of(
    st.sampled_from(["list", "a list b", "str", "", 'q"uote', "datetime.date"]),
    st.text(max_size=6),
    st.integers(-5, 5),
    st.booleans(),
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False, width=16),
)

_LEAVES = st.one_of(
    st.builds(ir.PrimitiveType, st.sampled_from(_KINDS)),
    st.just(ir.AnyType()),
    st.builds(
        ir.LiteralType, st.lists(_LITERAL_VALUES, min_size=1, max_size=3).map(tuple)
    ),
    st.sampled_from([JOB, BAG, COLOR, SHAPE, PLAIN]),
    st.just(ir.UnknownTagType()),
)


def _unions(children: st.SearchStrategy[ir.TypeRef]) -> st.SearchStrategy[ir.TypeRef]:
    variants = st.lists(children, min_size=1, max_size=3).map(
        lambda types: tuple(
            ir.UnionVariant(type=t, tags=(f"tag{i}",)) for i, t in enumerate(types)
        )
    )
    return st.builds(
        ir.UnionType,
        variants,
        st.sampled_from([None, "kind"]),
        st.sampled_from([None, JOB]),
    )


TYPE_REFS: st.SearchStrategy[ir.TypeRef] = st.recursive(
    _LEAVES,
    lambda children: st.one_of(
        st.builds(ir.ListType, children),
        st.builds(ir.TupleType, st.lists(children, max_size=3).map(tuple)),
        st.builds(ir.MapType, children),
        st.builds(ir.NullableType, children),
        _unions(children),
    ),
    max_leaves=8,
)
SCOPES = st.frozensets(
    st.sampled_from(sorted(SHADOWABLE_BUILTINS | SHADOWABLE_MODULES))
).map(Scope)


# ------------------------------------------------------------------------------------------------ the oracle


def used_names(node: ast.AST, in_type: bool = True) -> set[str]:
    """The names an expression uses: forward references (strings where a type stands) included, the values of
    ``Literal[...]`` and the arguments of calls (``Tag("a")``) not."""
    if isinstance(node, ast.Expression):
        return used_names(node.body, in_type)
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str) and in_type:
            return used_names(ast.parse(node.value, mode="eval"))
        return set()
    if isinstance(node, ast.Attribute):
        return used_names(node.value, False)
    if isinstance(node, ast.Subscript):
        head = used_names(node.value, in_type)
        if isinstance(node.value, ast.Name) and node.value.id == "Literal":
            return head
        return head | used_names(node.slice, in_type)
    if isinstance(node, ast.Call):
        found = used_names(node.func, False)
        for argument in node.args:
            found |= used_names(argument, False)
        return found
    found = set()
    for child in ast.iter_child_nodes(node):
        found |= used_names(child, in_type)
    return found


def literal_strings(node: ast.AST) -> set[str]:
    """The string values written inside ``Literal[...]``, forward references included."""
    found: set[str] = set()
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Subscript)
            and isinstance(sub.value, ast.Name)
            and sub.value.id == "Literal"
        ):
            found |= {
                c.value
                for c in ast.walk(sub.slice)
                if isinstance(c, ast.Constant) and isinstance(c.value, str)
            }
        elif isinstance(sub, ast.Constant) and isinstance(sub.value, str):
            try:
                inner = ast.parse(sub.value, mode="eval")
            except SyntaxError:
                continue
            found |= literal_strings(inner)
    return found


def type_strings(t: ir.TypeRef) -> set[str]:
    """The string values ``t``'s literals (and the enums it names) hold."""
    if isinstance(t, ir.LiteralType):
        return {v for v in t.values if isinstance(v, str)}
    if t == COLOR:
        return set(COLORS)
    found: set[str] = set()
    for child in _children(t):
        found |= type_strings(child)
    return found


def _children(t: ir.TypeRef) -> list[ir.TypeRef]:
    if isinstance(t, ir.ListType):
        return [t.item]
    if isinstance(t, ir.MapType):
        return [t.value]
    if isinstance(t, ir.NullableType):
        return [t.inner]
    if isinstance(t, ir.TupleType):
        return list(t.items)
    if isinstance(t, ir.UnionType):
        return [v.type for v in t.variants] + ([t.fallback] if t.fallback else [])
    return []


def check_names(printed: Printed, scope: Scope) -> None:
    """The text uses exactly what ``printed`` reports, and no shadowed name bare."""
    tree = ast.parse(printed.text, mode="eval")
    used = used_names(tree)
    reported = printed.names | printed.builtins | {s.name for s in printed.symbols}
    assert used == reported, (printed.text, used ^ reported)
    assert not used & scope.shadowed, (printed.text, used & scope.shadowed)
    assert printed.builtins <= set(dir(builtins))


class _Dummy:
    """Stands for a generated class or a runtime name; subscriptable like a generic."""

    def __class_getitem__(cls, item: object) -> type[_Dummy]:
        return cls


def _import(name: str) -> object:
    """The object ``name`` (a name the printer reports) stands for once the module imports it."""
    modules: dict[str, object] = {
        "datetime": datetime,
        "uuid": uuid,
        "_datetime": datetime,
        "_uuid": uuid,
        "_builtins": builtins,
        "Sequence": collections.abc.Sequence,
        "Mapping": collections.abc.Mapping,
    }
    if name in modules:
        return modules[name]
    return getattr(typing, name, None) or type(name, (_Dummy,), {})


def evaluate(printed: Printed, scope: Scope) -> None:
    """``printed.text`` evaluated with just what it reported imported; the shadowed names bound to ``0``, as
    a method's arguments or a class's methods would bind them."""
    namespace: dict[str, object] = {"__builtins__": builtins}
    namespace.update({n: _import(n) for n in printed.names})
    namespace.update({s.name: type(s.name, (_Dummy,), {}) for s in printed.symbols})
    shadows = {n: 0 for n in scope.shadowed}
    eval(compile(printed.text, "<printed>", "eval"), namespace, shadows)


# Printing is cheap: many more examples than the profile's, and every declaration on the request side.
MANY = settings(max_examples=max(500, settings.default.max_examples))
EVERY_NAME = Scope(SHADOWABLE_BUILTINS | SHADOWABLE_MODULES)


@MANY
@given(t=TYPE_REFS, scope=SCOPES, param=st.booleans())
@example(t=JOB, scope=EVERY_NAME, param=True)
@example(t=BAG, scope=EVERY_NAME, param=True)
@example(t=COLOR, scope=EVERY_NAME, param=True)
@example(t=SHAPE, scope=EVERY_NAME, param=True)
@example(t=PLAIN, scope=EVERY_NAME, param=True)
@example(t=ir.LiteralType(("a list b", 2.5)), scope=EVERY_NAME, param=False)
def test_an_annotation_uses_what_it_reports_and_evaluates(
    t: ir.TypeRef, scope: Scope, param: bool
) -> None:
    printed = TYPES.annotation(t, param=param, scope=scope)
    check_names(printed, scope)
    assert literal_strings(ast.parse(printed.text, mode="eval")) <= type_strings(t)
    evaluate(printed, scope)


@MANY
@given(t=TYPE_REFS, scope=SCOPES)
@example(t=ir.NullableType(ir.PrimitiveType("date")), scope=EVERY_NAME)
@example(t=ir.UnionType((ir.UnionVariant(BAG), ir.UnionVariant(JOB))), scope=EVERY_NAME)
def test_a_runtime_type_uses_what_it_reports_and_evaluates(
    t: ir.TypeRef, scope: Scope
) -> None:
    printed = TYPES.runtime(t, scope=scope)
    check_names(printed, scope)
    evaluate(printed, scope)


@MANY
@given(t=TYPE_REFS)
def test_an_alias_body_uses_what_it_reports(t: ir.TypeRef) -> None:
    printed = TYPES.quoted_annotation(t)
    check_names(printed, Scope())
    assert literal_strings(ast.parse(printed.text, mode="eval")) <= type_strings(t)


# ------------------------------------------------------------------------------------------------ mypy

_FROM = {
    "Any": "typing",
    "Literal": "typing",
    "Union": "typing",
    "Sequence": "collections.abc",
    "Mapping": "collections.abc",
}
_ALIASES = {"_builtins": "builtins", "_datetime": "datetime", "_uuid": "uuid"}

CASES: list[tuple[ir.TypeRef, frozenset[str]]] = [
    (
        ir.NullableType(ir.ListType(ir.MapType(ir.AnyType()))),
        frozenset({"list", "dict", "str"}),
    ),
    (
        ir.UnionType(
            (
                ir.UnionVariant(ir.PrimitiveType("date-time")),
                ir.UnionVariant(ir.PrimitiveType("uuid")),
                ir.UnionVariant(ir.PrimitiveType("null")),
            )
        ),
        frozenset({"datetime", "uuid"}),
    ),
    (
        ir.TupleType(
            (ir.LiteralType(("a list b", 1.5, None)), ir.PrimitiveType("binary"))
        ),
        frozenset({"tuple", "float", "bytes", "list"}),
    ),
    (
        ir.UnionType(
            (ir.UnionVariant(JOB), ir.UnionVariant(COLOR), ir.UnionVariant(BAG))
        ),
        frozenset({"dict", "str", "type"}),
    ),
    (ir.ListType(ir.TupleType(())), frozenset({"list", "tuple", "int", "bool"})),
]


def probe_module(cases: list[tuple[ir.TypeRef, frozenset[str]]]) -> str:
    """A module that imports what the printed cases report, with one class per case: methods named after its
    shadowed names, a method whose signature is the annotation (response and request side), and one whose
    arguments are named after them and whose body evaluates the runtime type."""
    printed: list[tuple[Printed, Printed, Printed, frozenset[str]]] = []
    names: set[str] = set()
    for t, shadowed in cases:
        scope = Scope(shadowed)
        values = (
            TYPES.annotation(t, scope=scope),
            TYPES.annotation(t, param=True, scope=scope),
            TYPES.runtime(t, scope=scope),
        )
        printed.append((*values, shadowed))
        for value in values:
            names |= value.names
    lines = ["from __future__ import annotations", "", "import typing as _typing"]
    lines += [f"import {_ALIASES[n]} as {n}" for n in sorted(names & _ALIASES.keys())]
    lines += [f"import {n}" for n in sorted(names & {"datetime", "uuid"})]
    lines += [f"from {_FROM[n]} import {n}" for n in sorted(names & _FROM.keys())]
    lines += ["", "", "class OtherTag: ...", ""]
    lines += [f"class {name}: ...\n" for name in CLASSES]
    for index, (response, request, runtime, shadowed) in enumerate(printed):
        lines += ["", f"class Probe{index}:"]
        lines += [f"    def {name}(self) -> None: ...\n" for name in sorted(shadowed)]
        lines += [
            f"    def response(self, value: {response.text}) -> {response.text}:",
            "        return value",
            "",
            f"    def request(self, value: {request.text}) -> None: ...",
            "",
            "    def runtime("
            + ", ".join(["self"] + [f"{n}: _typing.Any" for n in sorted(shadowed)])
            + ") -> _typing.Any:",
            f"        return {runtime.text}",
            "",
        ]
    return "\n".join(lines) + "\n"


def test_representative_cases_pass_mypy_strict(tmp_path: Path) -> None:
    module = tmp_path / "probe.py"
    module.write_text(probe_module(CASES))
    exec(compile(module.read_text(), str(module), "exec"), {})
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            "/dev/null",
            str(module),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + module.read_text()
