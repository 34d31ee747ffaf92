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

from ... import ir, literals, naming
from . import layout
from .imports import Imports
from .printed import Printed

if TYPE_CHECKING:
    from .types import Types

# Names a params module may use in its annotations besides its imports.
_MODULE_NAMES = naming.ANNOTATION_NAMES | naming.RESERVED_CLASS_NAMES


def functional(params: ir.Params, imports: Imports) -> bool:
    """Whether a TypedDict needs the functional syntax: a key that is no identifier, a keyword, a private
    (mangled) name, or a name its annotations use (a key written in the class body would shadow it);
    ``imports`` are the module's imports of declarations.
    """
    used = _MODULE_NAMES | {name for _, names in imports for name in names}
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


def key_line(types: Types, key: ir.ParamKey) -> Printed:
    """A key's line in the class syntax, in black's layout (the key is an identifier: see ``functional``)."""
    annotation = types.key_annotation(key)
    laid_out = layout.annotated(4, key.wire, annotation.text, None)
    line = laid_out if laid_out is not None else f"    {key.wire}: {annotation.text}"
    return Printed(line, annotation.names, annotation.builtins, annotation.symbols)


def key_entry(types: Types, key: ir.ParamKey) -> Printed:
    """A key's entry in the functional syntax's dict: the wire name and the annotation as string literals
    (a forward reference: the names it uses are imported at the end of the module)."""
    annotation = types.key_annotation(key)
    entry = f"        {literals.string(key.wire)}: {literals.string(annotation.text)},"
    return Printed(entry, annotation.names, annotation.builtins, annotation.symbols)
