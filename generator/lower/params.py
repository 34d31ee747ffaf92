"""The request-side types: what a method accepts where the API takes an object.

A response is decoded into models; a request may give models too, or plain dicts. For a dict to be checked
where it is written, each model a request can send gets a TypedDict (``TextElementParam``) of its writable
properties: keyed by wire name (the dict is sent as it is), a key required when the schema lists the property
and it is not read-only. An alias that mentions models or enums gets a request-side alias of its own
(``ElementParam``), in which every model also admits its TypedDict. Where a request takes a model, its
annotation then names the model and its TypedDict (``TextElement | TextElementParam``), so a misspelt key or a
wrong enum value is a type error; a model whose schema types other properties (``additionalProperties``)
cannot be a TypedDict and still takes any dict.

Only what a request reaches is given params: from every operation's parameters and body, through the fields
of the models and the members of the unions they name. They live in a package of their own (``params/``),
which the resources import only for type checkers, so ``import <package>`` does not get slower.
"""

from __future__ import annotations

from collections.abc import Iterable

from .. import ir, naming
from .finalize import references

SUFFIX = "Param"


def is_unknown_variant(model: ir.Model) -> bool:
    """Whether ``model`` is a union's model for the tags it does not list (``unknown``)."""
    return any(isinstance(f.type, ir.UnknownTagType) for f in model.fields)


def typed_dict_model(model: ir.Model) -> bool:
    """Whether a request's dict for ``model`` can be a TypedDict: its other properties are not typed, and it is
    no unknown variant (whose tag nothing can spell)."""
    return model.additional is None and not is_unknown_variant(model)


def params(
    declarations: Iterable[ir.Declaration], resources: Iterable[ir.Resource]
) -> tuple[ir.ParamsDeclaration, ...]:
    """The params of every model and alias that a request of ``resources`` reaches, named and placed."""
    by_key = {d.key: d for d in declarations}
    reached = _reached(by_key, resources)
    models = [
        d
        for d in by_key.values()
        if d.key in reached and isinstance(d, ir.Model) and typed_dict_model(d)
    ]
    aliases = [
        d
        for d in by_key.values()
        if d.key in reached and isinstance(d, ir.Alias) and _names_a_class(d, by_key)
    ]
    named: list[ir.Model | ir.Alias] = [*models, *aliases]
    names = naming.resolve(
        ((d.key, naming.shorten(d.name + SUFFIX, d.name + SUFFIX)) for d in named),
        taken={d.name for d in by_key.values()} | naming.RESERVED_CLASS_NAMES,
        exact=lambda key, candidate: False,
        joiner="",
    )
    found: list[ir.ParamsDeclaration] = []
    for model in models:
        keys = tuple(
            ir.ParamKey(
                wire=f.wire,
                type=f.type,
                required=f.request_required,
                description=f.description,
                deprecated=f.deprecated,
                pointer=f.pointer,
            )
            for f in model.fields
            if not f.read_only
        )
        found.append(
            ir.Params(
                key=model.key,
                name=names[model.key],
                module=model.module,
                model=_ref(model),
                keys=keys,
                description=model.description or model.title,
                pointer=model.pointer,
                references=references(tuple(k.type for k in keys)),
            )
        )
    for alias in aliases:
        found.append(
            ir.ParamsAlias(
                key=alias.key,
                name=names[alias.key],
                module=alias.module,
                alias=_ref(alias),
                type=alias.type,
                description=alias.description,
                pointer=alias.pointer,
                references=references(alias.type),
            )
        )
    return tuple(sorted(found, key=lambda p: (p.module, p.key)))


def _ref(declaration: ir.Model | ir.Alias) -> ir.DeclRef:
    if isinstance(declaration, ir.Model):
        return ir.DeclRef(
            key=declaration.key, name=declaration.name, module=declaration.module
        )
    return ir.DeclRef(
        key=declaration.key,
        name=declaration.name,
        module=declaration.module,
        kind="alias",
    )


def _reached(
    by_key: dict[str, ir.Declaration], resources: Iterable[ir.Resource]
) -> set[str]:
    """The keys of the declarations a request reaches (read-only properties are the server's to set)."""
    stack: list[ir.DeclRef] = []
    for resource in resources:
        for op in resource.operations:
            stack.extend(references(op.parameters))
            if op.body is not None and not op.body.flattened:
                stack.extend(references(op.body.type))
    seen: set[str] = set()
    while stack:
        ref = stack.pop()
        if ref.key in seen:
            continue
        seen.add(ref.key)
        declaration = by_key.get(ref.key)
        if isinstance(declaration, ir.Model):
            stack.extend(
                references(tuple(f.type for f in declaration.fields if not f.read_only))
            )
        elif isinstance(declaration, ir.Alias):
            stack.extend(references(declaration.type))
    return seen


def _names_a_class(
    alias: ir.Alias,
    by_key: dict[str, ir.Declaration],
    seen: frozenset[str] = frozenset(),
) -> bool:
    """Whether an alias's type mentions a model or an enum, itself or through other aliases: a request's
    annotation of it then differs from the model side's."""
    for ref in references(alias.type):
        target = by_key.get(ref.key)
        if isinstance(target, (ir.Model, ir.Enum)):
            return True
        if (
            isinstance(target, ir.Alias)
            and target.key not in seen
            and _names_a_class(target, by_key, seen | {alias.key})
        ):
            return True
    return False
