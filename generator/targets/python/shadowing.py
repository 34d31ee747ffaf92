"""The names a resource module shadows, known from the IR before anything is rendered: a method called
``list`` hides ``list[...]`` in the class body below it (where signatures are read), an argument called
``type`` hides ``type(None)`` in its method's body. The type printer takes the ``Scope`` of the place it
prints for and spells those names through an alias (``_builtins.list``, ``_datetime.date``); the module
imports the aliases it printed (see ``imports.needs``).

Models and params modules shadow nothing: a model field that would shadow a name the annotations use is
renamed when lowered (``datetime`` -> ``datetime_``), and a TypedDict key that would takes the functional
syntax (``typeddicts.functional``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import ir
from . import names
from .printed import SHADOWABLE_BUILTINS, SHADOWABLE_MODULES, Scope


@dataclass(frozen=True)
class ResourceScopes:
    """A resource module's two scopes: its classes' bodies (``signature``: annotations of methods and their
    return types) and its methods' bodies (``body``: the expressions a call into the runtime passes).
    """

    signature: Scope
    body: Scope


def resource_scopes(resource: ir.Resource) -> ResourceScopes:
    """What a resource module must write qualified: in signatures, the builtins and modules its methods are
    named after (mypy reads ``datetime.date`` below a method ``datetime`` as that method); in method bodies,
    the builtins and modules its arguments are named after."""
    methods = {op.name for op in resource.operations}
    arguments = {a.name for op in resource.operations for a in names.arguments(op)}
    arguments |= {names.body_argument(op) for op in resource.operations} - {""}
    return ResourceScopes(
        signature=Scope(
            frozenset(methods & (SHADOWABLE_BUILTINS | SHADOWABLE_MODULES))
        ),
        body=Scope(frozenset(arguments & (SHADOWABLE_BUILTINS | SHADOWABLE_MODULES))),
    )
