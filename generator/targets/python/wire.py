"""How parameters and bodies go on the wire, as the templates spell it: serialisation styles, security
requirements, content types and credential labels.
"""

from __future__ import annotations

from ... import ir, literals

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


def uses_style(resource: ir.Resource) -> bool:
    for op in resource.operations:
        if op.body is not None and op.body.encodings:
            return True
        if any(p.location != "body" and is_styled(p) for p in op.parameters):
            return True
    return False
