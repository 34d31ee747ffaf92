"""Render the request-side types (``ir.Params``, ``ir.ParamsAlias``): TypedDicts and their imports.

A TypedDict's keys are wire names. The class syntax (``class TextElementParam(TypedDict, total=False):``) is used
when every key can be written as a name in a class body without changing what it means; otherwise the
functional syntax (``TextElementParam = TypedDict("TextElementParam", {"content-type": ...})``) spells keys as
string literals. Keys are required with ``Required[...]`` inside ``total=False``.

A resource imports the params its signatures name like the models (a method's annotations resolve at run
time); ``import <package>`` loads no resource, so none of them either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import ir, layout, literals, naming

if TYPE_CHECKING:
    from .render import Types

Imports = list[tuple[str, list[str]]]
"""``(module, names)`` pairs, sorted, one per module."""

# Names a params module may use in its annotations besides its imports.
_MODULE_NAMES = naming.ANNOTATION_NAMES | naming.RESERVED_CLASS_NAMES


def functional(types: Types, params: ir.Params) -> bool:
    """Whether a TypedDict needs the functional syntax: a key that is no identifier, a keyword, a private
    (mangled) name, or a name its annotations use (a key written in the class body would shadow it).
    """
    used = _MODULE_NAMES | {
        name for _, names in imports(types, params) for name in names
    }
    return any(
        not _plain(key.wire) or key.wire in used or key.wire == params.name
        for key in params.keys
    )


def _plain(wire: str) -> bool:
    """Whether a wire name may stand as a name in a class body: an ASCII identifier that starts with a letter
    (so no private or mangled name) and is no keyword, as every name the generator makes from spec text.
    """
    return (
        wire.isascii()
        and wire.isidentifier()
        and wire[0].isalpha()
        and wire not in naming.KEYWORDS
    )


def key_annotation(types: Types, key: ir.ParamKey) -> str:
    """A key's annotation: what a request may give, ``Required[...]`` when it must be given."""
    text = types.annotation(key.type, param=True)
    return f"Required[{text}]" if key.required else text


def key_line(types: Types, key: ir.ParamKey) -> str:
    """A key's line in the class syntax, in black's layout (the key is an identifier: see ``functional``)."""
    annotation = key_annotation(types, key)
    laid_out = layout.annotated(4, key.wire, annotation, None)
    return laid_out if laid_out is not None else f"    {key.wire}: {annotation}"


def key_entry(types: Types, key: ir.ParamKey) -> str:
    """A key's entry in the functional syntax's dict: the wire name and the annotation as string literals
    (a forward reference: the names it uses are imported at the end of the module)."""
    return f"        {literals.string(key.wire)}: {literals.string(key_annotation(types, key))},"


def imports(types: Types, node: ir.ParamsDeclaration) -> Imports:
    """What a params module imports (at its end, as model modules do: they may refer to each other): the
    models, enums and aliases its annotations name, and the other params."""
    found: dict[str, set[str]] = {}
    for ref in node.references:
        _add_spelt(types, ref, found, within="params")
    own = node.name
    return [
        (module, sorted(names - {own}))
        for module, names in sorted(found.items())
        if names - {own}
    ]


def resource_imports(types: Types, resource: ir.Resource) -> Imports:
    """A resource's imports of declarations and params: the types responses are parsed into, the webhook event
    union, and what its signatures name (imported too, so that ``typing.get_type_hints`` works on a method).
    """
    found: dict[str, set[str]] = {}
    for op in resource.operations:
        if op.pagination is not None:
            _add_types(types, op.pagination.item, found, param=False)
        if op.returns is not None:
            _add_types(types, op.returns, found, param=False)
        for p in op.parameters:
            _add_types(types, p.type, found, param=True)
        if op.body is not None and not op.body.flattened:
            _add_types(types, op.body.type, found, param=True)
    for helper in (resource.polling, resource.upload):
        if helper is not None:
            _add_types(types, helper.returns, found, param=False)
    hooks = types.webhooks
    if resource.webhooks and hooks is not None and hooks.event_type is not None:
        _add_types(types, hooks.event_type, found, param=False)
    return _sorted(found)


def _sorted(found: dict[str, set[str]]) -> Imports:
    return [(module, sorted(names)) for module, names in sorted(found.items()) if names]


def _add_types(
    types: Types, t: ir.TypeRef, found: dict[str, set[str]], *, param: bool
) -> None:
    from .lower.finalize import references

    for ref in references(t):
        if param:
            _add_spelt(types, ref, found, within="resources")
        else:
            found.setdefault(f"..models.{ref.module}", set()).add(ref.name)


def _add_spelt(
    types: Types, ref: ir.DeclRef, found: dict[str, set[str]], *, within: str
) -> None:
    """The imports of the names a request-side reference to ``ref`` is spelt with (``X | XParam``)."""
    params = types.params.get(ref.key)
    models = f"..models.{ref.module}"
    for name in layout.split_union(types._param_ref(ref)):
        if name == ref.name:
            found.setdefault(models, set()).add(name)
        elif params is not None and name == params.name:
            module = (
                f".{params.module}"
                if within == "params"
                else f"..params.{params.module}"
            )
            found.setdefault(module, set()).add(name)
