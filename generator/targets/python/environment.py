"""The Jinja2 environment of the Python target: where templates come from (the user's folders, the defaults,
the runtime's files, the ``default:`` prefix) and the filters, tests and globals they see.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2

from ... import ir, literals
from ...config import default_templates
from ...incremental.templates import bytecode_cache
from ...incremental.tracking import Reads, TrackedApi, TrackedMap
from . import layout, typeddicts
from .imports import needs
from .shadowing import in_resource
from .types import Types, constraint_note, model_base
from .wire import body_content_type, credential_label, is_styled, requirement, style

DEFAULT_TEMPLATES = default_templates()


def environment(
    template_dirs: list[Path],
    api: ir.Api,
    reads: Reads | None = None,
    cache: Path | None = None,
) -> jinja2.Environment:
    """The Jinja2 environment: user folders first, then the defaults; strict about undefined names. With
    ``reads``, what each file's rendering reads of the API beyond its context is recorded there (the
    ``api`` global and the type printer's lookups by key). With ``cache``, compiled templates are kept
    there between runs (Jinja checks each against its source)."""
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
    filters: dict[str, Callable[..., Any]] = {
        "string": literals.string,
        "value": literals.value,
        "docstring": literals.docstring,
        "comment": literals.comment,
        "annotation": in_resource(types, types.annotation, "signature"),
        "param_annotation": types.parameter_annotation,
        "field_annotation": types.field_annotation,
        "field_assignment": types.field_assignment,
        "field_line": types.field_line,
        "param_line": in_resource(types, types.parameter_line, "signature"),
        "body_line": in_resource(types, types.body_line, "signature"),
        "quoted_annotation": types.quoted_annotation,
        "runtime_type": in_resource(types, types.runtime, "body"),
        "is_class": types.is_class,
        "body_annotation": types.body_annotation,
        "returns": in_resource(types, types.returns, "signature"),
        "page_type": in_resource(types, types.page_type, "body"),
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
            "api": api if reads is None else TrackedApi(api, reads),
            "needs": functools.partial(needs, types=types),
            "ir": ir,
            "param_imports": functools.partial(typeddicts.imports, types),
            "resource_imports": functools.partial(typeddicts.resource_imports, types),
        }
    )
    return env


RUNTIME = Path(__file__).resolve().parent / "runtime"
"""The client runtime: real source files, copied into every package as they are."""
