"""How IR types read as Python: annotations (response side, and the wider request side), field and argument
lines, return types and the docs written from types. The only place besides ``literals`` that spells Python
types; every name comes from the IR.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from ... import ir, literals
from ...lower.bodies import FILE
from ...lower.params import is_unknown_variant
from . import layout
from .shadowing import qualify


class Types:
    """Renders ``ir.TypeRef``s as annotations; knows the declarations to tell models from aliases."""

    def __init__(self, api: ir.Api) -> None:
        self.declarations: Mapping[str, ir.Declaration] = {
            d.key: d for d in api.declarations
        }
        # The request-side types, by the key of the model or alias they stand for.
        self.params: Mapping[str, ir.ParamsDeclaration] = {p.key: p for p in api.params}
        self.webhooks = api.webhooks
        # Names the module being rendered shadows, set by ``in_resource`` around each filter call.
        self.shadow: set[str] = set()

    # -------------------------------------------------------------------------------------- annotations

    def annotation(self, t: ir.TypeRef | None, *, param: bool = False) -> str:
        """The annotation of ``t``, with the names the current module shadows qualified (see ``qualify``)."""
        text = self._annotation(t, param=param)
        return qualify(text, self.shadow) if self.shadow else text

    def _annotation(self, t: ir.TypeRef | None, *, param: bool = False) -> str:
        """The annotation of ``t``; with ``param``, what a request may give: models also their TypedDict
        (``params``), enums also their values as literals, lists any sequence and maps any mapping.
        """
        if t is None:
            return "None"
        if isinstance(t, ir.UnknownTagType):
            return "OtherTag"
        if isinstance(t, ir.NullableType):
            inner = self._annotation(t.inner, param=param)
            return inner if inner in ("Any", "None") else f"{inner} | None"
        if isinstance(t, ir.PrimitiveType):
            return _PRIMITIVES[t.kind]
        if isinstance(t, ir.AnyType):
            return "Any"
        if isinstance(t, ir.ListType):
            return f"{'Sequence' if param else 'list'}[{self._annotation(t.item, param=param)}]"
        if isinstance(t, ir.TupleType):
            items = ", ".join(self._annotation(i, param=param) for i in t.items)
            return f"tuple[{items or '()'}]"
        if isinstance(t, ir.MapType):
            return f"{'Mapping' if param else 'dict'}[str, {self._annotation(t.value, param=param)}]"
        if isinstance(t, ir.LiteralType):
            return _literal_annotation(t)
        if isinstance(t, ir.DeclRef):
            return self._param_ref(t) if param else t.name
        if isinstance(t, ir.UnionType):
            parts: list[str] = []
            members = [v.type for v in t.variants]
            if t.fallback is not None:
                members.append(t.fallback)
            for member in members:
                text = self._annotation(member, param=param)
                for piece in layout.split_union(text):
                    if piece not in parts:
                        parts.append(piece)
            # Plain dicts and None read best last: ``A | B | dict[str, Any] | None``.
            parts.sort(key=lambda p: (p == "dict[str, Any]", p == "None"))
            return " | ".join(parts)
        raise TypeError(f"unknown type {t!r}")

    def _param_ref(self, ref: ir.DeclRef) -> str:
        """What a request may give for a declaration: an enum member or one of its values (a value this
        client does not list yet goes through the enum: ``Format("gif")``), a model or its TypedDict (any
        dict, for a model whose other properties are typed), a request-side alias."""
        declaration = self.declarations.get(ref.key)
        params = self.params.get(ref.key)
        if isinstance(declaration, ir.Enum):
            values = ir.LiteralType(tuple(m.value for m in declaration.members))
            return f"{ref.name} | {_literal_annotation(values)}"
        if params is not None:
            return f"{ref.name} | {params.name}" if ref.kind == "model" else params.name
        if isinstance(declaration, ir.Model) and declaration.additional is not None:
            return f"{ref.name} | dict[str, Any]"
        return ref.name

    def quoted_annotation(self, t: ir.TypeRef) -> str:
        """An alias body: the whole annotation as one string (it may name classes imported later), except a
        discriminated union, which needs real ``Annotated`` objects around the quoted member names (and, when
        it admits null, ``Union[..., None]`` around it).
        """
        if (
            isinstance(t, ir.NullableType)
            and isinstance(t.inner, ir.UnionType)
            and t.inner.discriminator is not None
        ):
            return f"Union[{self.quoted_annotation(t.inner)}, None]"
        if isinstance(t, ir.UnionType) and t.discriminator is not None:
            members = []
            tags: dict[str, str] = {}
            for variant in t.variants:
                tag = variant.tags[0]
                for value in variant.tags:
                    tags[value] = tag
                members.append(
                    f"Annotated[{literals.string(self.annotation(variant.type))}, Tag({literals.string(tag)})]"
                )
            # The tag "" is what ``discriminate`` gives for a value it does not know.
            if t.fallback is not None:
                fallback = literals.string(self.annotation(t.fallback))
                members.append(f'Annotated[{fallback}, Tag("")]')
            mapping = (
                "{"
                + ", ".join(
                    f"{literals.string(k)}: {literals.string(v)}"
                    for k, v in tags.items()
                )
                + "}"
            )
            return (
                "Annotated[Union[" + ", ".join(members) + "], "
                f"Discriminator(discriminate({literals.string(t.discriminator)}, {mapping}))]"
            )
        return literals.string(self.annotation(t))

    def is_class(self, t: ir.TypeRef | None) -> bool:
        """Whether ``t`` evaluates to a class at run time (so ``type[T]`` typing holds for it)."""
        return t is not None and class_like(t)

    def runtime(self, t: ir.TypeRef | None) -> str:
        """An expression that evaluates to the type at run time (for response parsing)."""
        if t is None:
            return qualify("type(None)", self.shadow) if self.shadow else "type(None)"
        if isinstance(t, ir.UnionType) or isinstance(t, ir.NullableType):
            text = self.annotation(t)
            parts = layout.split_union(text)
            if len(parts) > 1:
                return "Union[" + ", ".join(parts) + "]"
            return text
        return self.annotation(t)

    # -------------------------------------------------------------------------------------- fields

    def field_annotation(self, field: ir.Field) -> str:
        """A model field's annotation: optional fields also admit None (their default)."""
        text = self.annotation(field.type)
        if isinstance(field.type, ir.UnknownTagType):
            # Never None: a value without a tag has the tag ``UnknownTag.OTHER`` (its default).
            return text
        if (
            not field.required
            and (field.default is None or field.default.value is None)
            and "None" not in layout.split_union(text)
            and text != "Any"
        ):
            text = f"{text} | None"
        return text

    def field_assignment(self, field: ir.Field) -> str:
        """What follows the annotation: nothing, ``= default`` or ``= Field(...)``."""
        arguments: list[str] = []
        if not field.required:
            default = field.default
            if isinstance(field.type, ir.UnknownTagType):
                arguments.append("default=UnknownTag.OTHER")
            elif default is None:
                arguments.append("default=None")
            elif default.kind == "factory":
                arguments.append(
                    f"default_factory={'list' if default.value == [] else 'dict'}"
                )
            elif default.kind == "enum_member":
                arguments.append(
                    f"default={self.annotation(_enum_of(field.type))}.{default.enum_member}"
                )
            elif default.scalar and isinstance(default.value, str):
                # Checked when lowered: the text spells a value of its kind.
                expression = literals.temporal(default.scalar, default.value)
                arguments.append(f"default={expression}")
            else:
                arguments.append(f"default={literals.value(default.value)}")
        if field.wire != field.name:
            arguments.append(f"alias={literals.string(field.wire)}")
        if not arguments:
            return ""
        if len(arguments) == 1 and arguments[0].startswith("default="):
            return " = " + arguments[0][len("default=") :]
        return " = Field(" + ", ".join(arguments) + ")"

    def field_line(self, field: ir.Field) -> str:
        """A model field's whole declaration, in black's layout."""
        assignment = self.field_assignment(field)
        value = assignment[len(" = ") :] if assignment else None
        annotation = self.field_annotation(field)
        laid_out = layout.annotated(4, field.name, annotation, value)
        return (
            laid_out
            if laid_out is not None
            else f"    {field.name}: {annotation}{assignment}"
        )

    def parameter_line(self, parameter: ir.Parameter) -> str:
        """A method parameter's line in an exploded signature, in black's layout."""
        return _argument_line(
            parameter.name, self.parameter_annotation(parameter), parameter.required
        )

    def body_line(self, body: ir.RequestBody) -> str:
        """The ``body`` argument's line of a method whose body is not flattened, in black's layout."""
        return _argument_line(
            body.param_name, self.body_annotation(body), body.required
        )

    def parameter_annotation(self, parameter: ir.Parameter) -> str:
        """A method argument: optional ones may be left out (``NotGiven``)."""
        text = self.annotation(parameter.type, param=True)
        if parameter.location == "body" and parameter.type == FILE:
            text = "FileTypes"
        elif (
            parameter.location == "body"
            and isinstance(parameter.type, ir.ListType)
            and parameter.type.item == FILE
        ):
            text = "Sequence[FileTypes]"
        if not parameter.required:
            text = f"{text} | NotGiven"
        return text

    def body_annotation(self, body: ir.RequestBody) -> str:
        """The ``body`` argument of an operation whose body is not flattened."""
        if body.kind == "binary":
            text = "FileContent"
        elif body.kind == "text":
            text = "str"
        else:
            text = self.annotation(body.type, param=True)
        return text if body.required else f"{text} | NotGiven"

    def returns(self, op: ir.Operation, is_async: bool = False) -> str:
        """The annotation a method returns."""
        if op.pagination is not None:
            item = self.annotation(op.pagination.item)
            if is_async:
                return f"AsyncPager[{item}, AsyncCursorPage[{item}]]"
            return f"SyncCursorPage[{item}]"
        if op.returns_kind in ("binary", "redirect"):
            return "AsyncBinaryResponse" if is_async else "BinaryResponse"
        if op.returns_kind == "empty" or op.returns is None:
            return "None"
        return self.annotation(op.returns)

    def page_type(self, op: ir.Operation, is_async: bool) -> str:
        """The page class of a list operation, parametrised by its item type."""
        assert op.pagination is not None
        item = self.runtime(op.pagination.item)
        return f"{'AsyncCursorPage' if is_async else 'SyncCursorPage'}[{item}]"

    def field_doc(self, field: ir.Field | ir.ParamKey) -> str:
        """A field's (or a TypedDict key's) docstring: its description, then its bounds and deprecation."""
        parts = [field.description.strip()] if field.description.strip() else []
        note = constraint_note(field.type)
        if note:
            parts.append(note)
        if field.deprecated:
            parts.append("Deprecated.")
        return "\n\n".join(parts)

    def operation_doc(self, op: ir.Operation) -> str:
        """A method's docstring: summary, description, then one line per documented argument."""
        parts = []
        summary = op.summary.strip()
        description = op.description.strip()
        if summary:
            parts.append(
                summary if summary.endswith((".", "!", "?")) else summary + "."
            )
        if description and description != summary:
            parts.append(description)
        if not parts:
            parts.append(f"{op.method.upper()} {op.path}")
        if op.deprecated:
            parts.append("Deprecated.")
        args = []
        for p in op.parameters:
            text = " ".join(p.description.split())
            note = constraint_note(p.type)
            if note:
                text = f"{text} {note}".strip()
            if text:
                args.append(f"    {p.name}: {text}")
        if (
            op.body is not None
            and not op.body.flattened
            and op.body.description.strip()
        ):
            args.append(
                f"    {op.body.param_name}: {' '.join(op.body.description.split())}"
            )
        if args:
            parts.append("Args:\n" + "\n".join(args))
        return "\n\n".join(parts)


def _argument_line(name: str, annotation: str, required: bool) -> str:
    """A keyword argument's line in an exploded signature (optional ones default to ``NOT_GIVEN``)."""
    value = None if required else "NOT_GIVEN"
    laid_out = layout.annotated(8, name, annotation, value, comma=True)
    if laid_out is not None:
        return laid_out
    return f"        {name}: {annotation}{'' if value is None else ' = ' + value},"


def constraint_note(t: ir.TypeRef) -> str:
    """A sentence naming a type's bounds (the client documents them; the server enforces them)."""
    if isinstance(t, ir.NullableType):
        return constraint_note(t.inner)
    bits: list[str] = []
    if isinstance(t, ir.PrimitiveType):
        c = t.constraints
        low = (
            f"{_num(c.ge)} <="
            if c.ge is not None
            else (f"{_num(c.gt)} <" if c.gt is not None else "")
        )
        high = (
            f"<= {_num(c.le)}"
            if c.le is not None
            else (f"< {_num(c.lt)}" if c.lt is not None else "")
        )
        if low or high:
            bits.append(" ".join(x for x in (low, "value", high) if x))
        if c.multiple_of is not None:
            bits.append(f"a multiple of {_num(c.multiple_of)}")
        if c.min_length is not None or c.max_length is not None:
            if c.min_length is not None and c.max_length is not None:
                bits.append(f"{c.min_length} to {c.max_length} characters")
            elif c.min_length is not None:
                bits.append(f"at least {c.min_length} characters")
            else:
                bits.append(f"at most {c.max_length} characters")
        if c.pattern:
            bits.append(f"matching ``{c.pattern}``")
        if t.format and t.kind == "str":
            bits.append(f"format {t.format}")
    elif isinstance(t, ir.LiteralType) and float_values(t):
        bits.append("one of " + ", ".join(json.dumps(v) for v in t.values))
    elif isinstance(t, ir.ListType):
        if t.min_items is not None and t.max_items is not None:
            bits.append(f"{t.min_items} to {t.max_items} items")
        elif t.min_items is not None:
            bits.append(f"at least {t.min_items} items")
        elif t.max_items is not None:
            bits.append(f"at most {t.max_items} items")
    return ("Constraints: " + ", ".join(bits) + ".") if bits else ""


def _num(value: float) -> str:
    return (
        str(int(value))
        if float(value).is_integer() and abs(value) < 1e15
        else repr(value)
    )


def model_base(model: ir.Model) -> str:
    """A model's base class: ``UnknownVariant`` for a union's model of the tags it does not list."""
    return "UnknownVariant" if is_unknown_variant(model) else "BaseModel"


def class_like(t: ir.TypeRef) -> bool:
    if isinstance(t, ir.DeclRef):
        return t.kind in ("model", "enum")
    if isinstance(t, ir.PrimitiveType):
        return t.kind != "none"
    if isinstance(t, ir.ListType):
        return class_like(t.item) or isinstance(t.item, ir.AnyType)
    if isinstance(t, ir.MapType):
        return class_like(t.value) or isinstance(t.value, ir.AnyType)
    return False


def float_values(t: ir.LiteralType) -> list[float]:
    """The literal's float values: Python has no float literal types (mypy rejects ``Literal[1.5]``)."""
    return [v for v in t.values if isinstance(v, float)]


def _literal_annotation(t: ir.LiteralType) -> str:
    """``Literal[...]`` of the values Python can spell as literal types; float values widen it to ``float``
    (``constraint_note`` documents them)."""
    exact = [v for v in t.values if not isinstance(v, float)]
    parts = (
        ["Literal[" + ", ".join(literals.value(v) for v in exact) + "]"]
        if exact
        else []
    )
    if float_values(t):
        parts.append("float")
    return " | ".join(parts)


def _enum_of(t: ir.TypeRef) -> ir.TypeRef:
    return t.inner if isinstance(t, ir.NullableType) else t


_PRIMITIVES = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "datetime": "datetime.datetime",
    "date": "datetime.date",
    "time": "datetime.time",
    "uuid": "uuid.UUID",
    "bytes": "bytes",
    "none": "None",
}
