"""A module's imports, folded from what the type printer prints for it.

``printed(types, node)`` lists every ``Printed`` value the default template of ``node``'s module writes (the
same calls, in the same scopes, as its filters make); ``needs`` and ``declaration_imports`` fold them, so a
module imports what its text uses and nothing the text does not (``tests/unit/test_printed_imports.py``
renders every module and checks the two agree). The few names a template writes itself, outside any type
(``_cast``, ``Style(...)``, the webhook helpers' ``Mapping``), are added here, each with its reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ... import ir
from . import names
from .printed import Printed, Symbol, cat
from .shadowing import resource_scopes
from .types import Types, class_like, model_base
from .wire import uses_style

Imports = list[tuple[str, list[str]]]
"""``(module, names)`` pairs, sorted, one per module."""

# The names of the runtime that stand for one feature's whole import line in a resource module.
_FEATURES = {
    "SyncCursorPage": "pagination",
    "AsyncCursorPage": "pagination",
    "AsyncPager": "pagination",
    "BinaryResponse": "binary",
    "AsyncBinaryResponse": "binary",
}


def needs(types: Types, node: Any) -> set[str]:
    """The names a module must import for what ``node`` (a declaration, a resource or params) mentions: the
    names its printed types use (``"datetime"``, ``"Any"``, ``"_builtins"``...), ``"pagination"`` and
    ``"binary"`` for the runtime's page and download helpers, and what the templates write themselves.
    """
    return _needs(node, fold(printed(types, node)))


def _needs(node: Any, folded: Folded) -> set[str]:
    found = set(folded.names)
    found |= {_FEATURES[n] for n in found if n in _FEATURES}
    if isinstance(node, ir.Resource):
        if any(casts(op) for op in node.operations):
            # ``return _cast("<returns>", ...)``: a method whose result is no class.
            found.add("cast")
        if uses_style(node):
            found.add("Style")
        if node.upload is not None:
            # ``upload()`` passes ``NOT_GIVEN`` for a file name it does not know.
            found.add("NotGiven")
        if node.webhooks:
            # ``verify_signature(payload, headers: Mapping[str, str], ...)``.
            found.add("Mapping")
    return found


@dataclass(frozen=True)
class Folded:
    """What a module's printed values need, together: the names to import and the declarations named."""

    names: frozenset[str]
    symbols: frozenset[Symbol]


def fold(values: Iterable[Printed]) -> Folded:
    """The union of what ``values`` need."""
    whole = cat(*values)
    return Folded(whole.names, whole.symbols)


class ModuleImports:
    """``needs`` and ``declaration_imports`` of the modules of one API, each folded once per node (a template
    asks for them more than once: the imports at the top, the declarations' imports, the TypedDict syntax).
    """

    def __init__(self, types: Types) -> None:
        self.types = types
        self._folded: dict[int, tuple[object, Folded]] = {}

    def fold(self, node: Any) -> Folded:
        """What ``node``'s module prints, folded."""
        known = self._folded.get(id(node))
        if known is None or known[0] is not node:
            self.types.forget()
            known = (node, fold(printed(self.types, node)))
            self._folded[id(node)] = known
        return known[1]

    def needs(self, node: Any) -> set[str]:
        """``needs(types, node)``."""
        return _needs(node, self.fold(node))

    def declaration_imports(self, node: Any) -> Imports:
        """``declaration_imports(types, node)``."""
        return _declaration_imports(node, self.fold(node).symbols)


def casts(op: ir.Operation) -> bool:
    """Whether the method of ``op`` casts what the runtime returns (``_cast``): it returns no page, no file
    and a type that is no class (the runtime's ``cast_to`` is then typed ``Any``)."""
    binary = op.returns_kind in ("binary", "redirect")
    return not (
        op.pagination is not None
        or binary
        or op.returns is None
        or class_like(op.returns)
    )


def printed(types: Types, node: Any) -> Iterator[Printed]:
    """Every type the default template of ``node``'s module prints, as the printer returns it."""
    if isinstance(node, ir.Model):
        yield model_base(node)
        if node.additional is not None:
            yield cat("dict[str, ", types.annotation(node.additional), "]")
        for attribute in names.fields(node):
            # What field_line lays out, without the layout.
            yield types.field_annotation(attribute.of)
            yield types.field_assignment(attribute.of, attribute.name)
    elif isinstance(node, ir.Alias):
        yield types.quoted_annotation(node.type)
    elif isinstance(node, ir.Params):
        for key in node.keys:
            yield types.key_annotation(key)
    elif isinstance(node, ir.ParamsAlias):
        yield types.annotation(node.type, param=True)
    elif isinstance(node, ir.Resource):
        yield from _resource(types, node)


def _resource(types: Types, resource: ir.Resource) -> Iterator[Printed]:
    scopes = resource_scopes(resource)
    signature, body = scopes.signature, scopes.body
    for op in resource.operations:
        for argument in names.arguments(op):
            yield types.parameter_line(argument.of, argument.name, scope=signature)
        if op.body is not None and not op.body.flattened:
            yield types.body_line(op.body, names.body_argument(op), scope=signature)
        for is_async in (False, True):
            yield types.returns(op, is_async, scope=signature)
        if op.pagination is not None:
            for is_async in (False, True):
                yield types.page_type(op, is_async, scope=body)
            yield types.runtime(op.pagination.item, scope=body)
        if op.pagination is not None or op.returns_kind not in ("binary", "redirect"):
            yield types.runtime(op.returns, scope=body)
    for helper in (resource.polling, resource.upload):
        if helper is not None:
            yield types.annotation(helper.returns, scope=signature)
    hooks = types.webhooks
    if resource.webhooks and hooks is not None:
        yield types.annotation(hooks.event_type, scope=signature)
        yield types.runtime(hooks.event_type, scope=body)


def declaration_imports(types: Types, node: Any) -> Imports:
    """What a resource or params module imports of the generated declarations and params its printed types
    name: ``(module, names)`` pairs, relative to the module (``..models.job``, ``..params.job_param`` from a
    resource; ``.job_param`` from another params module, which never imports its own name).
    """
    return _declaration_imports(node, fold(printed(types, node)).symbols)


def _declaration_imports(node: Any, symbols: frozenset[Symbol]) -> Imports:
    within = "params" if isinstance(node, (ir.Params, ir.ParamsAlias)) else "resources"
    own = getattr(node, "name", "") if within == "params" else ""
    found: dict[str, set[str]] = {}
    for symbol in symbols:
        if symbol.name == own:
            continue
        if symbol.folder == within:
            module = f".{symbol.module}"
        else:
            module = f"..{symbol.folder}.{symbol.module}"
        found.setdefault(module, set()).add(symbol.name)
    return [(module, sorted(names)) for module, names in sorted(found.items())]
