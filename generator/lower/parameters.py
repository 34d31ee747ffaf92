"""An operation's parameters: the path item's and the operation's merged (``$ref``s followed), path
parameters in URL order, each with its wire name, type, style, default and examples. (``params`` is
something else: the TypedDicts a request may give where the API takes an object.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from openapi_pydantic.v3 import v3_0, v3_1

from .. import ir, naming
from .. import pointer as jp
from ..errors import SpecError
from . import media
from .context import is_set
from .examples import examples_of
from .media import pick_content
from .paths import RawOperation

if TYPE_CHECKING:
    from .operations import OperationLowerer

__all__ = ["DEFAULT_STYLES", "lower_parameters"]

# Each location's style when a parameter declares none.
DEFAULT_STYLES = {
    "path": "simple",
    "query": "form",
    "header": "simple",
    "cookie": "form",
}
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# Headers that frame the body: the HTTP client computes them from the body it sends, and a value given by hand
# that disagrees would cut the body short or leave the server waiting for more.
_FRAMING_HEADERS = frozenset({"content-length", "transfer-encoding"})


def lower_parameters(
    lowerer: OperationLowerer, raw: RawOperation, hint: str
) -> list[ir.Parameter]:
    """The parameters of ``raw``; ``hint`` prefixes the names of the inline schemas they declare."""
    merged: dict[tuple[str, str], tuple[Any, str]] = {}
    for owner, owner_ptr in (
        (raw.path_item, jp.join("#/paths", raw.path)),
        (raw.operation, raw.pointer),
    ):
        for i, node in enumerate(owner.parameters or []):
            parameter, ref = lowerer.deref(node, "Parameter")
            where = ref or jp.join(owner_ptr, "parameters", i)
            if parameter is None:
                continue
            location = (
                parameter.param_in.value
                if hasattr(parameter.param_in, "value")
                else str(parameter.param_in)
            )
            if location == "header" and parameter.name.lower() in _IGNORED_HEADERS:
                continue
            if location == "header" and parameter.name.lower() in _FRAMING_HEADERS:
                lowerer.ctx.warn(
                    jp.join(where, "name"),
                    f"{parameter.name} is set by the HTTP client from the body it sends; "
                    "the parameter is skipped",
                )
                continue
            if location == "header" and not media.is_header_name(parameter.name):
                lowerer.ctx.warn(
                    jp.join(where, "name"),
                    f"{parameter.name!r} is not a valid HTTP header name; the parameter is skipped",
                )
                continue
            merged[(parameter.name, location)] = (parameter, where)
    # Path parameters in URL order first, then the rest in spec order.
    order = list(dict.fromkeys(re.findall(r"{([^}]+)}", raw.path)))
    entries = list(merged.items())
    entries.sort(
        key=lambda e: (
            (0, order.index(e[0][0]))
            if e[0][1] == "path" and e[0][0] in order
            else (1, 0)
        )
    )
    for placeholder in order:
        if (placeholder, "path") not in merged:
            lowerer.ctx.warn(
                raw.pointer,
                f"path parameter {placeholder!r} is not declared; read as a string",
            )
            entries.insert(
                order.index(placeholder),
                ((placeholder, "path"), (None, raw.pointer)),
            )
    result: list[ir.Parameter] = []
    for (wire, location), (parameter, where) in entries:
        if parameter is None:
            result.append(
                ir.Parameter(
                    wire=wire,
                    location="path",
                    type=ir.PrimitiveType("string"),
                    required=True,
                    pointer=where,
                )
            )
            continue
        schema = parameter.param_schema
        content_type = ""
        if schema is None and parameter.content:
            picked = pick_content(parameter.content)
            schema = picked[1].media_type_schema if picked else None
            content_type = picked[0] if picked else ""
        param_type = (
            lowerer.schemas.lower(
                schema, jp.join(where, "schema"), hint + naming.pascal(wire)
            )
            if schema is not None
            else ir.PrimitiveType("string")
        )
        if location == "path" and isinstance(param_type, ir.NullableType):
            param_type = param_type.inner
        default = (
            lowerer.schemas.default_for(schema, param_type, jp.join(where, "schema"))
            if schema is not None
            else None
        )
        style = (
            parameter.style.value
            if parameter.style is not None and hasattr(parameter.style, "value")
            else (str(parameter.style) if parameter.style else "")
        ) or DEFAULT_STYLES[location]
        # The spec's default: exploded for ``form`` only.
        explode = (
            parameter.explode if parameter.explode is not None else style == "form"
        )
        description = parameter.description or ""
        if not description and schema is not None:
            try:
                description = lowerer.ctx.deref(schema, where)[0].description or ""
            except SpecError:
                description = (
                    ""  # the schema's own problem is reported where it is lowered
                )
        examples: tuple[ir.JsonValue, ...] = ()
        if is_set(parameter, "example"):
            examples = (parameter.example,)
        elif isinstance(schema, (v3_0.Schema, v3_1.Schema)):
            examples = examples_of(schema)
        result.append(
            ir.Parameter(
                wire=wire,
                location=location,  # type: ignore[arg-type]
                type=param_type,
                required=bool(parameter.required) or location == "path",
                description=description,
                default=default,
                deprecated=bool(parameter.deprecated),
                style=style,
                explode=bool(explode),
                allow_reserved=bool(parameter.allowReserved),
                content_type=content_type,
                examples=examples,
                pointer=where,
            )
        )
    return result
