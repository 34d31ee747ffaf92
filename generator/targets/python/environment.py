"""The Jinja2 environment of the Python target: where templates come from (the user's folders, the defaults,
the runtime's files, the ``default:`` prefix) and the filters, tests and globals they see.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import jinja2

from ... import ir, literals
from ...config import default_templates
from ...incremental.templates import bytecode_cache
from ...incremental.tracking import Reads, TrackedApi, TrackedMap
from . import layout, names, typeddicts, typedocs
from .binding import Binding
from .imports import ModuleImports
from .printed import MODULE, Printed, Scope
from .shadowing import ResourceScopes, resource_scopes
from .types import Types, model_base
from .wire import body_content_type, credential_label, is_styled, requirement, style

_T = TypeVar("_T")

DEFAULT_TEMPLATES = default_templates()


def unwrapping(function: Callable[..., _T]) -> Callable[..., _T]:
    """``function`` as a filter that may be given a field or parameter with its name (``names.Attribute``,
    ``names.Argument``): it is given the IR object."""
    return lambda item, *args, **kwargs: function(names.unwrap(item), *args, **kwargs)


def named(function: Callable[..., _T]) -> Callable[..., _T]:
    """``function(item, name)`` as a filter of an ``Attribute`` or ``Argument``: its IR object and name."""

    def run(item: Any, *args: Any, **kwargs: Any) -> _T:
        if not isinstance(item, (names.Attribute, names.Argument)):
            # A template written for IR version 5 gives the IR object itself.
            raise jinja2.TemplateRuntimeError(
                f"this filter takes a field of `d | fields` or a parameter of `op | arguments` (which carry "
                f"the Python name), not a {type(item).__name__}"
            )
        return function(item.of, item.name, *args, **kwargs)

    return run


def environment(
    template_dirs: list[Path],
    api: ir.Api,
    reads: Reads | None = None,
    cache: Path | None = None,
    *,
    record: Callable[[Printed], None] | None = None,
) -> jinja2.Environment:
    """The Jinja2 environment: user folders first, then the defaults; strict about undefined names. With
    ``reads``, what each file's rendering reads of the API beyond its context is recorded there (the
    ``api`` global and the type printer's lookups by key). With ``cache``, compiled templates are kept
    there between runs (Jinja checks each against its source). ``record`` hears every value a type filter
    prints (the tests check that a module's imports are what was printed).
    """
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
        bytecode_cache=bytecode_cache(cache),
    )
    types = Types(api)
    if reads is not None:
        types.declarations = TrackedMap(types.declarations, "declarations", reads)
        types.params = TrackedMap(types.params, "params", reads)
        reads.forget_at_start(types.forget)
    scopes = _Scopes()
    imports = ModuleImports(types)
    # After the tracking above: the names it finds are lookups of declarations, recorded like the printer's.
    binding = Binding(types.declarations)

    def printing(print_: Callable[..., Printed], where: str) -> Callable[..., str]:
        """A filter that prints for the scope ``where`` of the module being rendered."""

        @jinja2.pass_context
        def run(context: Any, *args: Any, **kwargs: Any) -> str:
            scope = scopes.of(context.get("resource"), where)
            return heard(print_(*args, scope=scope, **kwargs))

        return run

    def plain(print_: Callable[..., Printed]) -> Callable[..., str]:
        """A filter of a value that no scope changes."""
        return lambda *args, **kwargs: heard(print_(*args, **kwargs))

    def body_line(op: Any, **kwargs: Any) -> Printed:
        """The whole-body argument's line of the operation ``op``."""
        if not isinstance(op, ir.Operation) or op.body is None:
            raise jinja2.TemplateRuntimeError(
                "body_line takes an operation with a body (`op | body_line`)"
            )
        return types.body_line(op.body, names.body_argument(op), **kwargs)

    def heard(printed: Printed) -> str:
        if record is not None:
            record(printed)
        return printed.text

    filters: dict[str, Callable[..., Any]] = {
        "string": literals.string,
        "value": literals.value,
        "docstring": literals.docstring,
        "comment": literals.comment,
        "annotation": printing(types.annotation, "signature"),
        "param_annotation": printing(
            unwrapping(types.parameter_annotation), "signature"
        ),
        "field_annotation": printing(unwrapping(types.field_annotation), "signature"),
        "field_assignment": printing(named(types.field_assignment), "signature"),
        "field_line": printing(named(types.field_line), "signature"),
        "param_line": printing(named(types.parameter_line), "signature"),
        "body_line": printing(body_line, "signature"),
        "quoted_annotation": printing(types.quoted_annotation, "signature"),
        "runtime_type": printing(types.runtime, "body"),
        "is_class": types.is_class,
        "body_annotation": printing(types.body_annotation, "signature"),
        "returns": printing(types.returns, "signature"),
        "page_type": printing(types.page_type, "body"),
        "field_doc": unwrapping(typedocs.field_doc),
        "fields": names.fields,
        "members": names.members,
        "arguments": names.arguments,
        "body_argument": names.body_argument,
        "type_doc": typedocs.constraint_note,
        "operation_doc": typedocs.operation_doc,
        "from_import": layout.from_import,
        "call_assignment": layout.call_assignment,
        "class_line": layout.class_line,
        "all_line": layout.all_line,
    }
    env.filters.update(filters)
    env.filters.update(
        {
            "style": unwrapping(style),
            "requirement": requirement,
            "body_content_type": body_content_type,
            "credential_label": credential_label,
            "idempotency_argument": binding.idempotency_argument,
            "polling_names": binding.polling,
            "upload_names": binding.upload,
            "webhook_tag_field": binding.webhook_tag_field,
        }
    )
    env.filters.update(
        {
            "param_key_line": plain(functools.partial(typeddicts.key_line, types)),
            "param_key_entry": plain(functools.partial(typeddicts.key_entry, types)),
            "param_key_doc": typedocs.field_doc,
            "model_base": plain(model_base),
        }
    )
    tests: dict[str, Callable[..., bool]] = {
        "styled": unwrapping(is_styled),
        "functional": lambda p: typeddicts.functional(
            p, imports.declaration_imports(p)
        ),
    }
    env.tests.update(tests)
    env.globals.update(
        {
            "api": api if reads is None else TrackedApi(api, reads),
            "needs": imports.needs,
            "ir": ir,
            "param_imports": imports.declaration_imports,
            "resource_imports": imports.declaration_imports,
        }
    )
    return env


RUNTIME = Path(__file__).resolve().parent / "runtime"
"""The client runtime: real source files, copied into every package as they are."""


class _Scopes:
    """The scopes of each resource module, worked out once per resource (a filter asks for every type)."""

    def __init__(self) -> None:
        self._known: dict[int, tuple[ir.Resource, ResourceScopes]] = {}

    def of(self, node: object, where: str) -> Scope:
        """The scope ``where`` (``"signature"`` or ``"body"``) of the module of ``node``: a resource's, or the
        scope of a module that shadows nothing."""
        if not isinstance(node, ir.Resource):
            return MODULE
        known = self._known.get(id(node))
        if known is None or known[0] is not node:
            known = (node, resource_scopes(node))
            self._known[id(node)] = known
        scopes = known[1]
        return scopes.signature if where == "signature" else scopes.body
