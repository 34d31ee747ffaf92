"""Names a resource module shadows (a method called ``list``, an argument called ``type``), and the aliases
that let its annotations and bodies still reach the builtins and modules they mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import jinja2

from ... import ir

if TYPE_CHECKING:
    from .types import Types

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


def in_resource(
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


def import_aliases(text: str) -> str:
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
