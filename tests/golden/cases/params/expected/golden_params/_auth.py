"""Credentials and how each operation's security requirement is met.

The API's schemes come from the generated ``_settings`` module, one ``Scheme`` each. A client holds at most one
credential per scheme (from its arguments, else the environment). Each call names its requirement as the
spec does: alternatives (any one will do), each a tuple of schemes (all of them are sent). An empty
alternative makes the credentials optional; an empty requirement means the call sends none.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from typing import NamedTuple

from ._encoding import encode_cookies

__all__ = ["Scheme", "Credentials", "Requirement"]

Requirement = tuple[tuple[str, ...], ...]


class Scheme(NamedTuple):
    """How one security scheme sends its credential.

    ``send`` is ``bearer`` (``Authorization: Bearer``; OAuth 2 and OpenID Connect tokens too), ``basic``,
    ``header``, ``query`` or ``cookie`` (an API key under ``name``), ``authorization`` (another HTTP scheme:
    ``Authorization: <name> <credential>``) or ``tls`` (a client certificate, configured on the HTTP client:
    nothing to send). ``arguments`` are the client's arguments for it (two for basic: user name and password)
    and ``env`` the environment variables they default to.
    """

    send: str
    name: str
    arguments: tuple[str, ...]
    env: tuple[str, ...]


class Applied(NamedTuple):
    """What a call's credentials add to its request."""

    headers: dict[str, str]
    query: list[tuple[str, str]]
    cookie: str


class Credentials:
    """The credentials a client holds, by scheme; never shown by ``repr``."""

    def __init__(
        self, schemes: Mapping[str, Scheme], given: Mapping[str, object]
    ) -> None:
        self.schemes = dict(schemes)
        self._values: dict[str, tuple[str, ...]] = {}
        for key, scheme in self.schemes.items():
            raw = given.get(key)
            parts = (
                raw
                if isinstance(raw, tuple)
                else (raw,) * min(len(scheme.arguments), 1)
            )
            values = tuple(
                value if isinstance(value, str) else (os.environ.get(env) or None)
                for value, env in zip(parts, scheme.env)
            )
            # A basic credential needs its user name; every other one its single value.
            if values and isinstance(values[0], str) and values[0]:
                self._values[key] = tuple(v or "" for v in values)

    def __repr__(self) -> str:
        return f"Credentials(schemes={sorted(self._values)})"

    def has(self, key: str) -> bool:
        """Whether a credential for scheme ``key`` is held (a TLS scheme always counts as held)."""
        scheme = self.schemes.get(key)
        return scheme is not None and (scheme.send == "tls" or key in self._values)

    def get(self, key: str, index: int = 0) -> str | None:
        """The credential held for scheme ``key`` (``index`` 1: a basic credential's password)."""
        values = self._values.get(key, ())
        return values[index] if index < len(values) else None

    def secrets(self) -> list[str]:
        """Every secret text a log line or an error message must not show."""
        found: list[str] = []
        for key, values in self._values.items():
            found.extend(v for v in values if v)
            if self.schemes[key].send == "basic":
                found.append(_basic_token(values))
        return sorted({s for s in found if len(s) >= 4}, key=len, reverse=True)

    def select(self, requirement: Requirement) -> tuple[str, ...] | None:
        """The schemes to send for ``requirement``: the first alternative whose every scheme has a credential;
        none when credentials are optional (an empty alternative) and no other is met; ``None`` when no
        alternative can be met."""
        if not requirement:
            return ()
        for alternative in requirement:
            if alternative and all(self.has(key) for key in alternative):
                return alternative
        if any(not alternative for alternative in requirement):
            return ()
        return None

    def apply(self, chosen: tuple[str, ...]) -> Applied:
        """The headers, query parameters and cookies that send the ``chosen`` schemes' credentials."""
        headers: dict[str, str] = {}
        query: list[tuple[str, str]] = []
        cookies: dict[str, str] = {}
        for key in chosen:
            scheme = self.schemes[key]
            values = self._values.get(key, ())
            if scheme.send == "tls" or not values:
                continue
            secret = values[0]
            if scheme.send == "bearer":
                headers["Authorization"] = f"Bearer {secret}"
            elif scheme.send == "basic":
                headers["Authorization"] = f"Basic {_basic_token(values)}"
            elif scheme.send == "authorization":
                headers["Authorization"] = f"{scheme.name} {secret}"
            elif scheme.send == "header":
                headers[scheme.name] = secret
            elif scheme.send == "query":
                query.append((scheme.name, secret))
            elif scheme.send == "cookie":
                cookies[scheme.name] = secret
        return Applied(headers, query, encode_cookies(cookies))

    def describe(self, requirement: Requirement) -> str:
        """The credentials that would meet ``requirement``, for an error message: for each alternative, the
        client arguments still missing and the environment variables they can come from.
        """
        options: list[str] = []
        for alternative in requirement:
            needed = [self.schemes[key] for key in alternative if not self.has(key)]
            if needed:
                options.append(
                    " and ".join(
                        " and ".join(f"{a}=" for a in s.arguments)
                        + f" (or {', '.join(s.env)})"
                        for s in needed
                    )
                )
        return "; or ".join(options)

    def cross_origin_names(self) -> tuple[set[str], set[str]]:
        """The header and query parameter names that carry credentials, to drop on a redirect elsewhere."""
        headers = {"authorization", "cookie", "proxy-authorization"}
        query: set[str] = set()
        for scheme in self.schemes.values():
            if scheme.send == "header":
                headers.add(scheme.name.lower())
            elif scheme.send == "query":
                query.add(scheme.name)
        return headers, query


def _basic_token(values: tuple[str, ...]) -> str:
    user = values[0]
    password = values[1] if len(values) > 1 else ""
    return base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
