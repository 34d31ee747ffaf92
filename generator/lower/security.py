"""Security: each operation's requirement (alternatives of schemes sent together) and the schemes the client
takes credentials for, with the constructor arguments and environment variables that hold them.
"""

from __future__ import annotations

from typing import Any

from .. import ir, naming
from .. import pointer as jp
from .context import Context, ref_of

# Constructor arguments of every client besides the credentials: a scheme's argument never takes one.
CLIENT_ARGUMENTS = frozenset(
    {"self", "base_url", "timeout", "max_retries", "default_headers", "http_client"}
)

# HTTP schemes other than bearer and basic need a challenge the client cannot answer by itself; it sends
# the credential it is given as ``Authorization: <scheme> <credential>``.
_CHALLENGE_SCHEMES = frozenset(
    {"digest", "hoba", "mutual", "negotiate", "scram-sha-1", "scram-sha-256", "vapid"}
)


def requirement(ctx: Context, operation: Any, pointer: str) -> ir.Requirement:
    """An operation's security requirement: its own, else the document's; ``()`` when it needs none.

    An alternative naming a scheme the client cannot send (undefined, or with an invalid header name) is left
    out with a warning; when none is left, the call sends no credentials."""
    own = operation.security is not None
    declared = operation.security if own else ctx.doc.security
    where = jp.join(pointer, "security") if own else "#/security"
    if not declared:
        return ()
    defined = _defined(ctx)
    alternatives: list[tuple[str, ...]] = []
    for index, alternative in enumerate(declared):
        keys = tuple(str(key) for key in alternative or {})
        unknown = [key for key in keys if key not in defined]
        if unknown:
            # An alternative that needs a scheme the client cannot send can never be met.
            ctx.warn(
                jp.join(where, index),
                f"security scheme(s) {', '.join(map(repr, unknown))} cannot be sent (not defined in "
                "components.securitySchemes, or not valid); this alternative is left out",
            )
            continue
        if keys not in alternatives:
            alternatives.append(keys)
    if declared and not alternatives:
        ctx.warn(
            where, "no security alternative can be sent; the call sends no credentials"
        )
    return tuple(alternatives)


def _defined(ctx: Context) -> dict[str, Any]:
    """The document's security schemes by key, references followed."""
    components = ctx.doc.components
    found: dict[str, Any] = {}
    for key, declared in (
        (components.securitySchemes or {}) if components else {}
    ).items():
        scheme: Any = declared
        where = jp.join("#/components/securitySchemes", key)
        seen: set[str] = set()
        while ref_of(scheme) is not None:
            ref = ref_of(scheme) or ""
            if ref in seen:
                ctx.warn(where, "security scheme $ref cycle; the scheme is not sent")
                scheme = None
                break
            seen.add(ref)
            scheme = ctx.typed_at(ref)
        if scheme is not None and getattr(scheme, "type", None) is not None:
            found[str(key)] = scheme
    return found


def schemes(
    ctx: Context, requirements: list[ir.Requirement], env_prefix: str
) -> tuple[ir.SecurityScheme, ...]:
    """The schemes some requirement names, sorted by key, each with how it is sent and the client arguments
    (and environment variables) of its credential. With one scheme, its credential is ``api_key`` (or
    ``username`` and ``password`` for basic auth); with several, each is named after its key.
    """
    defined = _defined(ctx)
    used = sorted({key for r in requirements for alt in r for key in alt})
    single = len(used) == 1
    names = naming.resolve(
        ((key, naming.parameter_name(key)) for key in used),
        taken=CLIENT_ARGUMENTS,
    )
    found: list[ir.SecurityScheme] = []
    for key in used:
        scheme = defined[key]
        where = jp.join("#/components/securitySchemes", key)
        kind = str(getattr(scheme.type, "value", scheme.type))
        send, name = _how(ctx, scheme, kind, where)
        if send == "tls":
            arguments: tuple[str, ...] = ()
            env: tuple[str, ...] = ()
        elif send == "basic":
            stem = "" if single else f"{names[key]}_"
            arguments = (f"{stem}username", f"{stem}password")
            env_stem = "" if single else f"{naming.upper_snake(key)}_"
            env = (
                f"{env_prefix}_{env_stem}USERNAME",
                f"{env_prefix}_{env_stem}PASSWORD",
            )
        else:
            arguments = ("api_key",) if single else (names[key],)
            env = (
                (f"{env_prefix}_API_KEY",)
                if single
                else (f"{env_prefix}_{naming.upper_snake(key)}",)
            )
        found.append(
            ir.SecurityScheme(
                key=key,
                type=kind,
                send=send,
                name=name,
                arguments=arguments,
                env=env,
                description=getattr(scheme, "description", None) or "",
            )
        )
    return tuple(found)


def _how(ctx: Context, scheme: Any, kind: str, where: str) -> tuple[ir.SendKind, str]:
    """How a scheme's credential travels, and under which name."""
    if kind == "apiKey":
        location = str(
            getattr(scheme.security_scheme_in, "value", scheme.security_scheme_in)
        )
        if location in ("header", "query", "cookie") and scheme.name:
            return location, str(scheme.name)  # type: ignore[return-value]
        ctx.warn(
            where,
            f"API key in {location!r} with no name cannot be sent; sent as a bearer token",
        )
        return "bearer", ""
    if kind == "http":
        http = (scheme.scheme or "").strip()
        if http.lower() == "bearer":
            return "bearer", ""
        if http.lower() == "basic":
            return "basic", ""
        if http.lower() in _CHALLENGE_SCHEMES:
            ctx.warn(
                where,
                f"HTTP {http} authentication needs a challenge the client does not answer; the credential "
                f"given is sent as 'Authorization: {http} <credential>'",
            )
        return "authorization", http or "Bearer"
    if kind in ("oauth2", "openIdConnect"):
        return "bearer", ""
    if kind == "mutualTLS":
        ctx.warn(
            where,
            "mutual TLS is configured on the HTTP client (http_client= with a client certificate); "
            "the client sends nothing for it",
        )
        return "tls", ""
    ctx.warn(
        where,
        f"security scheme type {kind!r} is unknown; its credential is sent as a bearer token",
    )
    return "bearer", ""
