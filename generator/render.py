"""Render the IR into source texts with Jinja2.

Templates come from a user folder first (``--templates``), then from the default set in ``templates/``, one
file at a time (a ``ChoiceLoader``). ``OUTPUTS`` says which template makes which file. The filters here turn IR
types into annotations and values into literals; they are the only code besides ``literals`` that writes
Python syntax, and they take every name from the IR.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from . import ir, layout, literals, typeddicts
from .config import default_templates
from .lower.bodies import FILE
from .lower.params import is_unknown_variant

DEFAULT_TEMPLATES = default_templates()


@dataclass(frozen=True)
class Output:
    """One file to write: its path under the output folder, the template, and its context."""

    path: str
    template: str
    context: dict[str, Any]


class Types:
    """Renders ``ir.TypeRef``s as annotations; knows the declarations to tell models from aliases."""

    def __init__(self, api: ir.Api) -> None:
        self.declarations = {d.key: d for d in api.declarations}
        # The request-side types, by the key of the model or alias they stand for.
        self.params: dict[str, ir.ParamsDeclaration] = {p.key: p for p in api.params}
        self.webhooks = api.webhooks
        # Names the module being rendered shadows, set by ``_in_resource`` around each filter call.
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
        return t is not None and _class_like(t)

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
    elif isinstance(t, ir.LiteralType) and _floats(t):
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


_DEFAULT_STYLES = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}


def is_styled(parameter: ir.Parameter) -> bool:
    """Whether a parameter's serialization departs from its location's default (the runtime's ``Style``
    defaults): another style, another explode, reserved characters allowed, or a media type.
    """
    default = _DEFAULT_STYLES.get(parameter.location, "form")
    style = parameter.style or default
    return (
        style != default
        or parameter.explode != (style == "form")
        or parameter.allow_reserved
        or bool(parameter.content_type)
    )


def style(item: ir.Parameter | ir.PartEncoding) -> str:
    """The runtime ``Style(...)`` of a parameter or a body property's encoding, with only what departs from
    the defaults spelled out: a media type, or a style with its explode; part headers.
    """
    arguments: list[str] = []
    if item.content_type:
        arguments.append(f"content_type={literals.string(item.content_type)}")
    elif item.style:
        arguments.append(literals.string(item.style))
        arguments.append(f"explode={item.explode}")
        if item.allow_reserved:
            arguments.append("allow_reserved=True")
    if isinstance(item, ir.PartEncoding) and item.headers:
        pairs = ", ".join(
            f"({literals.string(k)}, {literals.string(v)})" for k, v in item.headers
        )
        arguments.append(f"headers=({pairs},)")
    return "Style(" + ", ".join(arguments) + ")"


def requirement(security: ir.Requirement) -> str:
    """An operation's security requirement as a literal tuple of tuples of scheme keys."""

    def one(alternative: tuple[str, ...]) -> str:
        inner = ", ".join(literals.string(k) for k in alternative)
        return f"({inner},)" if len(alternative) == 1 else f"({inner})"

    parts = [one(a) for a in security]
    return f"({parts[0]},)" if len(parts) == 1 else "(" + ", ".join(parts) + ")"


_DEFAULT_CONTENT_TYPES = {
    "json": "application/json",
    "form": "application/x-www-form-urlencoded",
    "multipart": "multipart/form-data",
}


def body_content_type(body: ir.RequestBody) -> str:
    """The body's ``Content-Type`` when it is not the runtime's default for its kind ("" otherwise)."""
    default = _DEFAULT_CONTENT_TYPES.get(body.kind)
    return "" if body.content_type == default else body.content_type


def credential_label(scheme: ir.SecurityScheme, index: int = 0) -> str:
    """What a credential argument is, for documentation: ``API key in the X-Key header (scheme apiKey)``."""
    what = {
        "bearer": "bearer token",
        "basic": "user name" if index == 0 else "password",
        "authorization": f"HTTP {scheme.name} credential",
        "header": f"API key in the `{scheme.name}` header",
        "query": f"API key in the `{scheme.name}` query parameter",
        "cookie": f"API key in the `{scheme.name}` cookie",
        "tls": "client certificate",
    }[scheme.send]
    return f"{what} (scheme `{scheme.key}`)"


def _uses_style(resource: ir.Resource) -> bool:
    for op in resource.operations:
        if op.body is not None and op.body.encodings:
            return True
        if any(p.location != "body" and is_styled(p) for p in op.parameters):
            return True
    return False


def needs(node: Any, types: Types | None = None) -> set[str]:
    """The names a module must import for what ``node`` (a declaration, a resource or params) mentions;
    ``types`` knows the request-side types (the ``needs`` global of the templates is bound to it).
    """
    found: set[str] = set()

    def visit(value: Any, param: bool) -> None:
        if isinstance(value, ir.PrimitiveType):
            if value.kind in ("datetime", "date", "time"):
                found.add("datetime")
            elif value.kind == "uuid":
                found.add("uuid")
        elif isinstance(value, ir.AnyType):
            found.add("Any")
        elif isinstance(value, ir.LiteralType):
            if len(_floats(value)) < len(value.values):
                found.add("Literal")
        elif isinstance(value, ir.ListType):
            if param:
                found.add("Sequence")
            visit(value.item, param)
        elif isinstance(value, ir.MapType):
            found.add("Mapping" if param else "dict")
            visit(value.value, param)
        elif isinstance(value, ir.TupleType):
            for item in value.items:
                visit(item, param)
        elif isinstance(value, ir.UnionType):
            if value.discriminator is not None and not param:
                found.update({"Annotated", "Union"})
            for variant in value.variants:
                visit(variant.type, param)
        elif isinstance(value, ir.NullableType):
            visit(value.inner, param)
        elif isinstance(value, ir.UnknownTagType):
            found.update({"OtherTag", "UnknownTag", "UnknownVariant"})
        elif isinstance(value, ir.DeclRef) and param and types is not None:
            spelt = types._param_ref(value)
            if "dict[str, Any]" in spelt:
                found.add("Any")
            if "Literal[" in spelt:
                found.add("Literal")

    if isinstance(node, ir.Model):
        for field in node.fields:
            visit(field.type, False)
            if field.default is not None and field.default.scalar:
                # The default is written as a value (``datetime.date(...)``), whatever its alias is called.
                found.add("uuid" if field.default.scalar == "uuid" else "datetime")
            if field.wire != field.name or (
                field.default is not None and field.default.kind == "factory"
            ):
                found.add("Field")
        if node.additional is not None:
            visit(node.additional, False)
    elif isinstance(node, ir.Alias):
        visit(node.type, False)
    elif isinstance(node, ir.Params):
        for key in node.keys:
            visit(key.type, True)
            if key.required:
                found.add("Required")
    elif isinstance(node, ir.ParamsAlias):
        visit(node.type, True)
    elif isinstance(node, ir.Resource):
        for op in node.operations:
            for p in op.parameters:
                visit(p.type, True)
                if not p.required:
                    found.add("NotGiven")
                if p.location == "body" and (
                    p.type == FILE
                    or (isinstance(p.type, ir.ListType) and p.type.item == FILE)
                ):
                    found.add("FileTypes")
                    if p.type != FILE:
                        found.add("Sequence")
            if op.body is not None and not op.body.flattened:
                if op.body.kind == "binary":
                    found.add("FileContent")
                elif op.body.kind != "text":
                    visit(op.body.type, True)
                if not op.body.required:
                    found.add("NotGiven")
            if op.pagination is not None:
                found.add("pagination")
                visit(op.pagination.item, False)
            elif op.returns_kind in ("binary", "redirect"):
                found.add("binary")
            elif op.returns is not None:
                visit(op.returns, False)
            is_class = isinstance(op.returns, ir.DeclRef) and op.returns.kind != "alias"
            if (
                op.returns is not None
                and op.returns_kind == "json"
                and op.pagination is None
                and not _class_like(op.returns)
            ):
                found.add("cast")
                if isinstance(op.returns, (ir.UnionType, ir.NullableType)):
                    found.add("Union")
            if op.pagination is not None and not _class_like(op.pagination.item):
                found.add("cast")
            del is_class
        if _uses_style(node):
            found.add("Style")
        if node.upload is not None:
            found.add("NotGiven")
        if node.webhooks:
            found.add("Mapping")
    return found


def model_base(model: ir.Model) -> str:
    """A model's base class: ``UnknownVariant`` for a union's model of the tags it does not list."""
    return "UnknownVariant" if is_unknown_variant(model) else "BaseModel"


def _class_like(t: ir.TypeRef) -> bool:
    if isinstance(t, ir.DeclRef):
        return t.kind in ("model", "enum")
    if isinstance(t, ir.PrimitiveType):
        return t.kind != "none"
    if isinstance(t, ir.ListType):
        return _class_like(t.item) or isinstance(t.item, ir.AnyType)
    if isinstance(t, ir.MapType):
        return _class_like(t.value) or isinstance(t.value, ir.AnyType)
    return False


def _floats(t: ir.LiteralType) -> list[float]:
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
    if _floats(t):
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


# Names a resource module's methods and arguments may shadow: builtins used in annotations and in method
# bodies, and the stdlib modules annotations name.
_SHADOWABLE = (
    "list",
    "dict",
    "tuple",
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "type",
    "object",
)
_MODULES = ("datetime", "uuid")


def _shadowed(resource: ir.Resource, where: str) -> set[str]:
    """What a resource module must write qualified: in signatures, the builtins its methods are named after
    (a method ``list`` hides ``list[...]`` below it in the class); in method bodies, the builtins and modules
    its arguments are named after (an argument ``type`` hides ``type(None)``)."""
    if where == "signature":
        names = {op.name for op in resource.operations}
        return names & set(_SHADOWABLE)
    arguments = {p.name for op in resource.operations for p in op.parameters}
    arguments |= {
        op.body.param_name for op in resource.operations if op.body is not None
    }
    return arguments & (set(_SHADOWABLE) | set(_MODULES))


def qualify(text: str, names: set[str]) -> str:
    """``text`` (a rendered annotation or expression) with ``names`` spelt through an alias that cannot be
    shadowed: ``list[X]`` -> ``_builtins.list[X]``, ``datetime.date`` -> ``_datetime.date``.
    """
    for name in sorted(names):
        alias = f"_{name}" if name in _MODULES else f"_builtins.{name}"
        text = re.sub(rf'(?<![\w."\'])({name})(?![\w"\'])', alias, text)
    return text


def _in_resource(
    types: Types, render_type: Callable[..., str], where: str
) -> Callable[..., str]:
    """A type filter that, inside a resource module, qualifies the names the module shadows."""

    @jinja2.pass_context
    def run(context: Any, *args: Any, **kwargs: Any) -> str:
        resource = context.get("resource")
        if not isinstance(resource, ir.Resource):
            return render_type(*args, **kwargs)
        types.shadow = _shadowed(resource, where)
        try:
            return render_type(*args, **kwargs)
        finally:
            types.shadow = set()

    return run


def _import_aliases(text: str) -> str:
    """Add the imports that ``qualify`` made a resource module need, after its ``__future__`` import."""
    needed = [
        line
        for alias, line in (
            ("_builtins.", "import builtins as _builtins"),
            ("_datetime.", "import datetime as _datetime"),
            ("_uuid.", "import uuid as _uuid"),
        )
        if alias in text
    ]
    if not needed:
        return text
    marker = "from __future__ import annotations\n\n"
    head, found, tail = text.partition(marker)
    if not found:
        return text
    return head + marker + "\n".join(needed) + "\n" + tail


def environment(template_dirs: list[Path], api: ir.Api) -> jinja2.Environment:
    """The Jinja2 environment: user folders first, then the defaults; strict about undefined names."""
    # The user's folders first, then the default templates, then the runtime's source files (which a user
    # replaces by putting a file of the same name under ``package/`` in their folder).
    # ``default:`` names a default template even where a user's folder overrides it, so that an override can
    # ``{% extends "default:package/resources/resource.py.jinja" %}`` and replace only some blocks.
    defaults = jinja2.FileSystemLoader(str(DEFAULT_TEMPLATES))
    loader = jinja2.ChoiceLoader(
        [jinja2.FileSystemLoader(str(d)) for d in template_dirs]
        + [defaults]
        + [jinja2.PrefixLoader({"package": jinja2.FileSystemLoader(str(RUNTIME))})]
        + [jinja2.PrefixLoader({"default": defaults}, delimiter=":")]
    )
    env = jinja2.Environment(
        loader=loader,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )
    types = Types(api)
    filters: dict[str, Callable[..., Any]] = {
        "string": literals.string,
        "value": literals.value,
        "docstring": literals.docstring,
        "comment": literals.comment,
        "annotation": _in_resource(types, types.annotation, "signature"),
        "param_annotation": types.parameter_annotation,
        "field_annotation": types.field_annotation,
        "field_assignment": types.field_assignment,
        "field_line": types.field_line,
        "param_line": _in_resource(types, types.parameter_line, "signature"),
        "body_line": _in_resource(types, types.body_line, "signature"),
        "quoted_annotation": types.quoted_annotation,
        "runtime_type": _in_resource(types, types.runtime, "body"),
        "is_class": types.is_class,
        "body_annotation": types.body_annotation,
        "returns": _in_resource(types, types.returns, "signature"),
        "page_type": _in_resource(types, types.page_type, "body"),
        "field_doc": types.field_doc,
        "type_doc": constraint_note,
        "operation_doc": types.operation_doc,
        "from_import": layout.from_import,
        "call_assignment": layout.call_assignment,
        "class_line": layout.class_line,
        "all_line": layout.all_line,
    }
    env.filters.update(filters)
    env.filters.update(
        {
            "style": style,
            "requirement": requirement,
            "body_content_type": body_content_type,
            "credential_label": credential_label,
        }
    )
    env.filters.update(
        {
            "param_key_line": functools.partial(typeddicts.key_line, types),
            "param_key_entry": functools.partial(typeddicts.key_entry, types),
            "param_key_doc": types.field_doc,
            "model_base": model_base,
        }
    )
    tests: dict[str, Callable[..., bool]] = {
        "styled": is_styled,
        "functional": functools.partial(typeddicts.functional, types),
    }
    env.tests.update(tests)
    env.globals.update(
        {
            "api": api,
            "needs": functools.partial(needs, types=types),
            "ir": ir,
            "param_imports": functools.partial(typeddicts.imports, types),
            "resource_imports": functools.partial(typeddicts.resource_imports, types),
        }
    )
    return env


RUNTIME = Path(__file__).resolve().parent / "targets" / "python" / "runtime"
"""The client runtime: real source files, copied into every package as they are."""

# Runtime modules every package has, and those only a feature of the API needs (so no package carries dead
# code).
_RUNTIME_ALWAYS = (
    "_auth.py",
    "_base_client.py",
    "_construct.py",
    "_encoding.py",
    "_exceptions.py",
    "_response.py",
    "_types.py",
)
_RUNTIME_FEATURES = {
    "_downloads.py": "binary",
    "_pagination.py": "pagination",
    "_polling.py": "polling",
    "_uploads.py": "upload",
    "_webhooks.py": "webhooks",
}


def runtime_files(api: ir.Api) -> list[str]:
    """The runtime modules ``api``'s package gets, by file name."""
    names = list(_RUNTIME_ALWAYS)
    for name, feature in _RUNTIME_FEATURES.items():
        if feature == "webhooks":
            if api.webhooks is not None and api.webhooks.signature_header:
                names.append(name)
        elif feature in api.features:
            names.append(name)
    return sorted(names)


def outputs(api: ir.Api) -> Iterator[Output]:
    """Every file of the package: ``(path under --out, template, context)``."""
    package = api.package_name
    static = [
        ("__init__.py", "package/__init__.py.jinja"),
        ("_client.py", "package/_client.py.jinja"),
        ("_models.py", "package/_models.py.jinja"),
        ("_settings.py", "package/_settings.py.jinja"),
        ("_version.py", "package/_version.py.jinja"),
        ("py.typed", "package/py.typed.jinja"),
        ("resources/__init__.py", "package/resources/__init__.py.jinja"),
        ("models/__init__.py", "package/models/__init__.py.jinja"),
    ]
    static.extend((name, f"package/{name}") for name in runtime_files(api))
    for path, template in static:
        yield Output(f"{package}/{path}", template, {})
    for resource in api.resources:
        yield Output(
            f"{package}/resources/{resource.module}.py",
            "package/resources/resource.py.jinja",
            {"resource": resource},
        )
    if api.params:
        yield Output(
            f"{package}/params/__init__.py", "package/params/__init__.py.jinja", {}
        )
    for params in api.params:
        yield Output(
            f"{package}/params/{params.module}.py",
            (
                "package/params/typeddict.py.jinja"
                if isinstance(params, ir.Params)
                else "package/params/alias.py.jinja"
            ),
            {"params": params},
        )
    for declaration in api.declarations:
        template = {
            ir.Model: "model.py.jinja",
            ir.Enum: "enum.py.jinja",
            ir.Alias: "alias.py.jinja",
        }[type(declaration)]
        yield Output(
            f"{package}/models/{declaration.module}.py",
            f"package/models/{template}",
            {"declaration": declaration},
        )


def package_outputs(api: ir.Api) -> Iterator[Output]:
    """The files that make the output folder an installable project (``pyproject.toml``, ``README.md``)."""
    yield Output("pyproject.toml", "project/pyproject.toml.jinja", {})
    yield Output("README.md", "project/README.md.jinja", {})


def jobs(
    api: ir.Api, template_dirs: list[Path], *, package_files: bool = False
) -> list[Output]:
    """Every file to render: the package's, the project files when asked, and the user's extra templates."""
    work = list(outputs(api)) + (list(package_outputs(api)) if package_files else [])
    work.extend(_extra_outputs(template_dirs, api))
    return work


def render_jobs(
    api: ir.Api, template_dirs: list[Path], work: list[Output]
) -> dict[str, str]:
    """Render ``work``; returns ``{relative path: text}``. A template error is one ``ConfigError``."""
    env = environment(template_dirs, api)
    files: dict[str, str] = {}
    for job in work:
        try:
            if job.template.endswith(".jinja"):
                text = env.get_template(job.template).render(**job.context)
            else:
                # A runtime module kept as a real source file: copied as it is (from the user's folder
                # first, like every template).
                assert env.loader is not None
                text = env.loader.get_source(env, job.template)[0]
        except jinja2.TemplateError as exc:
            from .errors import ConfigError

            where = getattr(exc, "filename", None) or job.template
            line = getattr(exc, "lineno", None)
            raise ConfigError(
                "",
                f"template {where}{':' + str(line) if line else ''}: {exc.message or exc}",
            ) from None
        if "resource" in job.context:
            text = _import_aliases(text)
        if job.path.endswith(".py"):
            text = tidy_blank_lines(text)
            if template_dirs:
                _check_python(env, job, text)
        files[job.path] = text
    return files


def _check_python(env: jinja2.Environment, job: Output, text: str) -> None:
    """Fail with one line when a template (a user's: the default ones are tested) made invalid Python,
    naming the template file, the output file and the line, before anything is formatted or written.
    """
    try:
        compile(text, job.path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:
        from .errors import ConfigError

        try:
            template = env.get_template(job.template).filename or job.template
        except jinja2.TemplateError:
            template = job.template
        line = getattr(exc, "lineno", None)
        source = (
            text.splitlines()[line - 1].strip()
            if line and 0 < line <= text.count("\n") + 1
            else ""
        )
        where = f"line {line}" if line else "somewhere"
        problem = getattr(exc, "msg", None) or str(exc)
        raise ConfigError(
            "",
            f"template {template} made {job.path}, which is not valid Python: {where}: {problem}"
            + (f": {source}" if source else ""),
        ) from None


def render(
    api: ir.Api, template_dirs: list[Path], *, package_files: bool = False
) -> dict[str, str]:
    """Render every output file; returns ``{relative path: text}``."""
    return render_jobs(
        api, template_dirs, jobs(api, template_dirs, package_files=package_files)
    )


def tidy_blank_lines(text: str) -> str:
    """Blank lines as black puts them, so that templates can stay readable Jinja: at most two between
    top-level statements and one inside a block, none at the start of a block or at the end of the file, and
    exactly two around top-level classes and functions; and the closing quotes of a docstring whose last
    line is too long on a line of their own."""
    out: list[str] = []
    blank = 0
    in_string = False
    after_definition = False
    opening_indent = ""
    for line in text.split("\n"):
        if in_string:
            if line.count('"""') % 2 == 1:
                in_string = False
                if (
                    len(line) > layout.LIMIT
                    and line.endswith('"""')
                    and line.strip() != '"""'
                ):
                    # Black moves the closing quotes of a long last docstring line to a line of their own.
                    out.append(line[:-3].rstrip())
                    line = opening_indent + '"""'
            out.append(line)
            continue
        if not line.strip():
            blank += 1
            continue
        top_level = not line.startswith((" ", ")", "]", "}"))
        if out:
            previous = out[-1]
            opens_block = previous.rstrip().endswith(
                ":"
            ) and not previous.lstrip().startswith("#")
            allowed = 0 if opens_block else (1 if line.startswith(" ") else 2)
            count = min(blank, allowed)
            if top_level and not opens_block and not previous.startswith(("@", "#")):
                definition = line.startswith(("class ", "def ", "async def ", "@"))
                if definition or after_definition:
                    count = 2
            out.extend([""] * count)
        blank = 0
        out.append(line)
        if top_level:
            if line.startswith(("class ", "def ", "async def ", "@")):
                after_definition = True
            elif not line.startswith("#"):
                after_definition = False
        if line.count('"""') % 2 == 1:
            in_string = True
            opening_indent = line[: len(line) - len(line.lstrip())]
    return "\n".join(out) + "\n"


def _extra_outputs(template_dirs: list[Path], api: ir.Api) -> Iterator[Output]:
    """User templates under ``extra/`` make new files: ``extra/foo.py.jinja`` -> ``<package>/foo.py``."""
    seen: set[str] = set()
    for directory in template_dirs:
        root = directory / "extra"
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*.jinja")):
            relative = path.relative_to(root).as_posix()
            target = relative[: -len(".jinja")]
            if target in seen or ".." in Path(target).parts:
                continue
            seen.add(target)
            yield Output(f"{api.package_name}/{target}", f"extra/{relative}", {})
