"""How IR types read as Python: annotations (response side, and the wider request side), field and argument
lines, return types and runtime type expressions. The only place besides ``literals`` that spells Python
types; every name comes from the IR.

Every function here returns a ``Printed``: the text and, from the same walk over the structured type, the
names it needs imported and the declarations it names (``imports.py`` folds them into a module's imports).
Each takes the ``Scope`` it prints for, so a name the module shadows is spelt through its alias as the text is
built.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Concatenate, ParamSpec, TypeVar

from ... import ir, literals
from ...lower.bodies import FILE
from ...lower.params import is_unknown_variant
from . import layout, names
from .printed import MODULE, Printed, Scope, Symbol, cat, join, name, text
from .typedocs import float_values

_RANK_DICT = 1
_RANK_NONE = 2

_Node = TypeVar("_Node")
_Arguments = ParamSpec("_Arguments")
_RECENT = 20_000
"""How many printed values ``Types`` keeps (those of the module being rendered, in practice)."""


def _remembered(
    method: Callable[Concatenate[Types, _Node, _Arguments], Printed],
) -> Callable[Concatenate[Types, _Node, _Arguments], Printed]:
    """``method``, remembering what it printed for the module being rendered: ``imports`` folds a module's
    values before its template prints them again (printing is pure, so the second time is a look-up).
    """
    label = method.__name__

    @functools.wraps(method)
    def run(
        self: Types, node: _Node, /, *args: _Arguments.args, **kwargs: _Arguments.kwargs
    ) -> Printed:
        # The same call spelt with or without its defaults is one entry.
        key: tuple[object, ...] = (
            label,
            id(node),
            args,
            kwargs.get("scope", MODULE),
            kwargs.get("param", False),
        )
        if kwargs.keys() - {"scope", "param"}:
            key += tuple(sorted(kwargs.items()))
        known = self._recent.get(key)
        if known is not None and known[0] is node:
            return known[1]
        value = method(self, node, *args, **kwargs)
        if len(self._recent) >= _RECENT:
            self._recent.clear()
        # The node is kept with its value, so its id is not reused while the entry lives.
        self._recent[key] = (node, value)
        return value

    return run


class Types:
    """Prints ``ir.TypeRef``s as annotations; knows the declarations to tell models from aliases."""

    def __init__(self, api: ir.Api) -> None:
        self.declarations: Mapping[str, ir.Declaration] = {
            d.key: d for d in api.declarations
        }
        # The request-side types, by the key of the model or alias they stand for.
        self.params: Mapping[str, ir.ParamsDeclaration] = {p.key: p for p in api.params}
        self.webhooks = api.webhooks
        self._recent: dict[tuple[object, ...], tuple[object, Printed]] = {}

    def forget(self) -> None:
        """Let go of the values printed so far (a new module is about to be rendered)."""
        self._recent.clear()

    # -------------------------------------------------------------------------------------- annotations

    def annotation(
        self, t: ir.TypeRef | None, *, param: bool = False, scope: Scope = MODULE
    ) -> Printed:
        """The annotation of ``t``; with ``param``, what a request may give: models also their TypedDict
        (``params``), enums also their values as literals, lists any sequence and maps any mapping.
        """
        return join(" | ", self.members(t, param=param, scope=scope))

    def members(
        self, t: ir.TypeRef | None, *, param: bool = False, scope: Scope = MODULE
    ) -> list[Printed]:
        """The top-level ``|`` members of ``t``'s annotation (one, unless it is a union)."""
        if t is None:
            return [text("None", rank=_RANK_NONE)]
        if isinstance(t, ir.UnknownTagType):
            return [name("OtherTag")]
        if isinstance(t, ir.NullableType):
            inner = self.members(t.inner, param=param, scope=scope)
            if len(inner) == 1 and inner[0].text in ("Any", "None"):
                return inner
            return inner + [text("None", rank=_RANK_NONE)]
        if isinstance(t, ir.PrimitiveType):
            return [_primitive(t.kind, scope)]
        if isinstance(t, ir.AnyType):
            return [name("Any")]
        if isinstance(t, ir.ListType):
            head = name("Sequence") if param else scope.builtin("list")
            return [
                cat(head, "[", self.annotation(t.item, param=param, scope=scope), "]")
            ]
        if isinstance(t, ir.TupleType):
            inside = join(
                ", ", [self.annotation(i, param=param, scope=scope) for i in t.items]
            )
            if not inside.text:
                inside = text("()")
            return [cat(scope.builtin("tuple"), "[", inside, "]")]
        if isinstance(t, ir.MapType):
            value = self.annotation(t.value, param=param, scope=scope)
            head = name("Mapping") if param else scope.builtin("dict")
            rank = _RANK_DICT if not param and isinstance(t.value, ir.AnyType) else 0
            return [cat(head, "[", scope.builtin("str"), ", ", value, "]", rank=rank)]
        if isinstance(t, ir.LiteralType):
            return _literal_members(t, scope)
        if isinstance(t, ir.DeclRef):
            return self._param_ref(t, scope) if param else [_declaration(t)]
        if isinstance(t, ir.UnionType):
            parts: list[Printed] = []
            seen: set[str] = set()
            types = [v.type for v in t.variants]
            if t.fallback is not None:
                types.append(t.fallback)
            for member in types:
                for piece in self.members(member, param=param, scope=scope):
                    if piece.text not in seen:
                        seen.add(piece.text)
                        parts.append(piece)
            # Plain dicts and None read best last: ``A | B | dict[str, Any] | None``.
            parts.sort(key=lambda p: (p.rank == _RANK_DICT, p.rank == _RANK_NONE))
            return parts
        raise TypeError(f"unknown type {t!r}")

    def _param_ref(self, ref: ir.DeclRef, scope: Scope) -> list[Printed]:
        """What a request may give for a declaration: an enum member or one of its values (a value this
        client does not list yet goes through the enum: ``Format("gif")``), a model or its TypedDict (any
        dict, for a model whose other properties are typed), a request-side alias."""
        declaration = self.declarations.get(ref.key)
        params = self.params.get(ref.key)
        if isinstance(declaration, ir.Enum):
            values = ir.LiteralType(tuple(m.value for m in declaration.members))
            return [_declaration(ref), *_literal_members(values, scope)]
        if params is not None:
            spelt = Printed(
                params.name,
                symbols=frozenset({Symbol("params", params.module, params.name)}),
            )
            return [_declaration(ref), spelt] if ref.kind == "model" else [spelt]
        if isinstance(declaration, ir.Model) and declaration.additional is not None:
            plain = cat(
                scope.builtin("dict"),
                "[",
                scope.builtin("str"),
                ", ",
                name("Any"),
                "]",
                rank=_RANK_DICT,
            )
            return [_declaration(ref), plain]
        return [_declaration(ref)]

    @_remembered
    def quoted_annotation(self, t: ir.TypeRef, *, scope: Scope = MODULE) -> Printed:
        """An alias body: the whole annotation as one string (it may name classes imported later), except a
        discriminated union, which needs real ``Annotated`` objects around the quoted member names (and, when
        it admits null, ``Union[..., None]`` around it).
        """
        if (
            isinstance(t, ir.NullableType)
            and isinstance(t.inner, ir.UnionType)
            and t.inner.discriminator is not None
        ):
            inner = self.quoted_annotation(t.inner, scope=scope)
            return cat(name("Union"), "[", inner, ", None]")
        if isinstance(t, ir.UnionType) and t.discriminator is not None:
            members: list[Printed] = []
            tags: dict[str, str] = {}
            for variant in t.variants:
                tag = variant.tags[0]
                for value in variant.tags:
                    tags[value] = tag
                quoted = _quoted(self.annotation(variant.type, scope=scope))
                members.append(_tagged(quoted, tag))
            # The tag "" is what ``discriminate`` gives for a value it does not know.
            if t.fallback is not None:
                fallback = _quoted(self.annotation(t.fallback, scope=scope))
                members.append(_tagged(fallback, ""))
            mapping = (
                "{"
                + ", ".join(
                    f"{literals.string(k)}: {literals.string(v)}"
                    for k, v in tags.items()
                )
                + "}"
            )
            return cat(
                name("Annotated"),
                "[",
                name("Union"),
                "[",
                join(", ", members),
                "], ",
                name("Discriminator"),
                "(",
                name("discriminate"),
                f"({literals.string(t.discriminator)}, {mapping}))]",
            )
        return _quoted(self.annotation(t, scope=scope))

    def is_class(self, t: ir.TypeRef | None) -> bool:
        """Whether ``t`` evaluates to a class at run time (so ``type[T]`` typing holds for it)."""
        return t is not None and class_like(t)

    @_remembered
    def runtime(self, t: ir.TypeRef | None, *, scope: Scope = MODULE) -> Printed:
        """An expression that evaluates to the type at run time (for response parsing)."""
        if t is None:
            return cat(scope.builtin("type"), "(None)")
        if isinstance(t, (ir.UnionType, ir.NullableType)):
            parts = self.members(t, scope=scope)
            if len(parts) > 1:
                return cat(name("Union"), "[", join(", ", parts), "]")
            return join(" | ", parts)
        return self.annotation(t, scope=scope)

    @_remembered
    def key_annotation(self, key: ir.ParamKey) -> Printed:
        """A TypedDict key's annotation: what a request may give, ``Required[...]`` when it must be given."""
        printed = self.annotation(key.type, param=True)
        return cat(name("Required"), "[", printed, "]") if key.required else printed

    # -------------------------------------------------------------------------------------- fields

    @_remembered
    def field_annotation(self, field: ir.Field, *, scope: Scope = MODULE) -> Printed:
        """A model field's annotation: optional fields also admit None (their default)."""
        members = self.members(field.type, scope=scope)
        printed = join(" | ", members)
        if isinstance(field.type, ir.UnknownTagType):
            # Never None: a value without a tag has the tag ``UnknownTag.OTHER`` (its default).
            return printed
        if (
            not field.required
            and (field.default is None or field.default.value is None)
            and all(m.text != "None" for m in members)
            and printed.text != "Any"
        ):
            return cat(printed, " | None")
        return printed

    @_remembered
    def field_assignment(
        self, field: ir.Field, attribute: str, *, scope: Scope = MODULE
    ) -> Printed:
        """What follows the annotation of ``field`` (its Python name: ``attribute``): nothing, ``= default``
        or ``= Field(...)``."""
        arguments: list[Printed] = []
        if not field.required:
            default = field.default
            if isinstance(field.type, ir.UnknownTagType):
                arguments.append(cat("default=", name("UnknownTag"), ".OTHER"))
            elif default is None:
                arguments.append(text("default=None"))
            elif default.kind == "factory":
                factory = "list" if default.value == [] else "dict"
                arguments.append(cat("default_factory=", scope.builtin(factory)))
            elif default.kind == "enum_member":
                member = self._enum_member(field.type, default.value)
                enum = self.annotation(_enum_of(field.type), scope=scope)
                arguments.append(cat("default=", enum, f".{member}"))
            elif default.scalar and isinstance(default.value, str):
                # Checked when lowered: the text spells a value of its kind.
                expression = literals.temporal(default.scalar, default.value)
                module = "uuid" if default.scalar == "uuid" else "datetime"
                arguments.append(Printed(f"default={expression}", frozenset({module})))
            else:
                arguments.append(text(f"default={literals.value(default.value)}"))
        if field.wire != attribute:
            arguments.append(text(f"alias={literals.string(field.wire)}"))
        if not arguments:
            return text("")
        if len(arguments) == 1 and arguments[0].text.startswith("default="):
            only = arguments[0]
            return _respelt(" = " + only.text[len("default=") :], only)
        return cat(" = ", name("Field"), "(", join(", ", arguments), ")")

    def field_line(
        self, field: ir.Field, attribute: str, *, scope: Scope = MODULE
    ) -> Printed:
        """A model field's whole declaration (``attribute``: its Python name), in black's layout."""
        assignment = self.field_assignment(field, attribute, scope=scope)
        annotation = self.field_annotation(field, scope=scope)
        value = assignment.text[len(" = ") :] if assignment.text else None
        laid_out = layout.annotated(4, attribute, annotation.text, value)
        line = (
            laid_out
            if laid_out is not None
            else f"    {attribute}: {annotation.text}{assignment.text}"
        )
        return _respelt(line, annotation, assignment)

    def _enum_member(self, t: ir.TypeRef, value: object) -> str:
        """The Python name of the member ``value`` of the enum ``t`` refers to (maybe nullable)."""
        ref = _enum_of(t)
        declaration = (
            self.declarations.get(ref.key) if isinstance(ref, ir.DeclRef) else None
        )
        if not isinstance(declaration, ir.Enum):
            raise LookupError(f"a member default of {ref!r}, which is no enum")
        return names.enum_member(declaration, value)

    @_remembered
    def parameter_line(
        self, parameter: ir.Parameter, argument: str, *, scope: Scope = MODULE
    ) -> Printed:
        """A method parameter's line (``argument``: its name) in an exploded signature, in black's layout."""
        return _argument_line(
            argument,
            self.parameter_annotation(parameter, scope=scope),
            parameter.required,
        )

    @_remembered
    def body_line(
        self, body: ir.RequestBody, argument: str, *, scope: Scope = MODULE
    ) -> Printed:
        """The line of the argument (``argument``) that takes a whole body (a method whose body is not
        flattened), in black's layout."""
        return _argument_line(
            argument, self.body_annotation(body, scope=scope), body.required
        )

    def parameter_annotation(
        self, parameter: ir.Parameter, *, scope: Scope = MODULE
    ) -> Printed:
        """A method argument: optional ones may be left out (``NotGiven``)."""
        if parameter.location == "body" and parameter.type == FILE:
            printed = name("FileTypes")
        elif (
            parameter.location == "body"
            and isinstance(parameter.type, ir.ListType)
            and parameter.type.item == FILE
        ):
            printed = cat(name("Sequence"), "[", name("FileTypes"), "]")
        else:
            printed = self.annotation(parameter.type, param=True, scope=scope)
        return printed if parameter.required else cat(printed, " | ", name("NotGiven"))

    def body_annotation(
        self, body: ir.RequestBody, *, scope: Scope = MODULE
    ) -> Printed:
        """The ``body`` argument of an operation whose body is not flattened."""
        if body.kind == "binary":
            printed = name("FileContent")
        elif body.kind == "text":
            printed = scope.builtin("str")
        else:
            printed = self.annotation(body.type, param=True, scope=scope)
        return printed if body.required else cat(printed, " | ", name("NotGiven"))

    @_remembered
    def returns(
        self, op: ir.Operation, is_async: bool = False, *, scope: Scope = MODULE
    ) -> Printed:
        """The annotation a method returns."""
        if op.pagination is not None:
            item = self.annotation(op.pagination.item, scope=scope)
            if is_async:
                return cat(
                    name("AsyncPager"),
                    "[",
                    item,
                    ", ",
                    name("AsyncCursorPage"),
                    "[",
                    item,
                    "]]",
                )
            return cat(name("SyncCursorPage"), "[", item, "]")
        if op.returns_kind in ("binary", "redirect"):
            return name("AsyncBinaryResponse" if is_async else "BinaryResponse")
        if op.returns_kind == "empty" or op.returns is None:
            return text("None")
        return self.annotation(op.returns, scope=scope)

    @_remembered
    def page_type(
        self, op: ir.Operation, is_async: bool, *, scope: Scope = MODULE
    ) -> Printed:
        """The page class of a list operation, parametrised by its item type."""
        assert op.pagination is not None
        item = self.runtime(op.pagination.item, scope=scope)
        page = "AsyncCursorPage" if is_async else "SyncCursorPage"
        return cat(name(page), "[", item, "]")


def _argument_line(argument: str, annotation: Printed, required: bool) -> Printed:
    """A keyword argument's line in an exploded signature (optional ones default to ``NOT_GIVEN``)."""
    value = None if required else "NOT_GIVEN"
    laid_out = layout.annotated(8, argument, annotation.text, value, comma=True)
    if laid_out is None:
        laid_out = f"        {argument}: {annotation.text}{'' if value is None else ' = ' + value},"
    default = text("") if value is None else name(value)
    return _respelt(laid_out, annotation, default)


def _respelt(source: str, *parts: Printed) -> Printed:
    """``source`` (``parts`` laid out in black's layout) with what the parts refer to."""
    whole = parts[0] if len(parts) == 1 else cat(*parts)
    return Printed(source, whole.names, whole.builtins, whole.symbols)


def _quoted(printed: Printed) -> Printed:
    """``printed`` as a string literal (a forward reference: it still needs what it names)."""
    return Printed(
        literals.string(printed.text), printed.names, printed.builtins, printed.symbols
    )


def _tagged(quoted: Printed, tag: str) -> Printed:
    return cat(
        name("Annotated"), "[", quoted, ", ", name("Tag"), f"({literals.string(tag)})]"
    )


def _declaration(ref: ir.DeclRef) -> Printed:
    return Printed(
        ref.name, symbols=frozenset({Symbol("models", ref.module, ref.name)})
    )


def _primitive(kind: str, scope: Scope) -> Printed:
    if kind == "null":
        return text("None", rank=_RANK_NONE)
    if kind in _TEMPORAL:
        return scope.module("datetime", _TEMPORAL[kind])
    if kind == "uuid":
        return scope.module("uuid", "UUID")
    return scope.builtin(_BUILTINS[kind])


# The IR's primitive kinds as Python spells them.
_TEMPORAL = {"date-time": "datetime", "date": "date", "time": "time"}
_BUILTINS = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "binary": "bytes",
}


def _literal_members(t: ir.LiteralType, scope: Scope) -> list[Printed]:
    """``Literal[...]`` of the values Python can spell as literal types; float values widen it to ``float``
    (``constraint_note`` documents them)."""
    exact = [v for v in t.values if not isinstance(v, float)]
    members: list[Printed] = []
    if exact:
        values = ", ".join(literals.value(v) for v in exact)
        members.append(cat(name("Literal"), f"[{values}]"))
    if float_values(t):
        members.append(scope.builtin("float"))
    return members


def _enum_of(t: ir.TypeRef) -> ir.TypeRef:
    return t.inner if isinstance(t, ir.NullableType) else t


def model_base(model: ir.Model) -> Printed:
    """A model's base class: ``UnknownVariant`` for a union's model of the tags it does not list."""
    return name("UnknownVariant" if is_unknown_variant(model) else "BaseModel")


def class_like(t: ir.TypeRef) -> bool:
    """Whether ``t`` evaluates to a class at run time."""
    if isinstance(t, ir.DeclRef):
        return t.kind in ("model", "enum")
    if isinstance(t, ir.PrimitiveType):
        return t.kind != "null"
    if isinstance(t, ir.ListType):
        return class_like(t.item) or isinstance(t.item, ir.AnyType)
    if isinstance(t, ir.MapType):
        return class_like(t.value) or isinstance(t.value, ir.AnyType)
    return False
