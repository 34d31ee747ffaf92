"""Values for the wire pass: instances that a parameter, body or response schema of a real spec accepts.

Candidates come from the spec's own examples first, then from ``hypothesis-jsonschema``; every candidate is kept
only if ``openapi-core``'s own schema validator (the one that later judges the request or the response, with its
format checker and its read/write rules) accepts it, so a value that reaches the client is valid for the oracle.

hypothesis-jsonschema knows JSON Schema drafts 4 to 7 and resolves no recursive ``$ref``, so ``Converter`` turns an
OpenAPI schema into a self-contained draft 7 schema first: references inlined (a recursive one is cut off with
``false``), OpenAPI 3.0's ``nullable`` and boolean exclusive bounds translated, 3.1's ``prefixItems`` and
``dependentRequired`` spelled the draft 7 way, ``readOnly`` properties left out of requests and ``writeOnly`` ones
out of responses. The conversion may narrow a schema (fewer instances), never widen it past what the final check
accepts: a narrowed schema that admits nothing is reported as such, not mistaken for a spec defect.
"""

from __future__ import annotations

import base64
import contextlib
import copy
import json
import re
import signal
import warnings
from collections.abc import Callable, Iterator
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisException
from hypothesis_jsonschema import from_schema

# Keywords that describe rather than constrain, and keywords draft 7 does not know (left out: the final check by
# openapi-core still applies them).
_DROP = frozenset(
    {
        "description",
        "title",
        "example",
        "examples",
        "default",
        "discriminator",
        "deprecated",
        "externalDocs",
        "xml",
        "$comment",
        "$schema",
        "$id",
        "$anchor",
        "$defs",
        "definitions",
        "contentMediaType",
        "contentEncoding",
        "contentSchema",
        "unevaluatedProperties",
        "unevaluatedItems",
        "readOnly",
        "writeOnly",
        "nullable",
    }
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf")
_INT_BOUNDS = {"int32": 2**31, "int64": 2**63}
# Strings the oracle's format checker tests and hypothesis-jsonschema does not draw by itself.
CUSTOM_FORMATS: dict[str, st.SearchStrategy[str]] = {
    "uuid": st.uuids().map(str),
    "byte": st.binary(max_size=12).map(lambda b: base64.b64encode(b).decode()),
}
# How many references one conversion inlines before it stops adding optional properties, and how deep in nested
# objects ``full`` still adds them: wide specs such as Stripe's expand into enormous trees otherwise, and
# hypothesis-jsonschema's time grows with the tree (the first 2 levels carry most of a client's decoding).
REF_BUDGET = 40
FULL_DEPTH = 2
DRAW_SECONDS = 4.0  # CPU seconds one value's draws may take


class Unsatisfiable(Exception):
    """No instance: the schema (as converted) admits nothing. ``certain`` is false when that comes from the
    tools rather than the schema (a ``pattern`` Python's ``re`` cannot compile, which the oracle cannot apply
    either)."""

    def __init__(self, message: str, certain: bool = True) -> None:
        super().__init__(message)
        self.certain = certain


class Converter:
    """Converts the schemas of one spec document (``version`` 3.0 or 3.1) for hypothesis-jsonschema."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.v30 = str(document.get("openapi", "")).startswith("3.0")

    def resolve(self, node: Any, limit: int = 32) -> Any:
        """``node`` with local ``$ref`` chains followed (siblings of the last reference dropped)."""
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and limit:
            node, limit = self.pointer(node["$ref"]), limit - 1
        return node

    def pointer(self, ref: str) -> Any:
        """The node a local reference (``#/...``) points at; ``KeyError`` when it points nowhere."""
        if not ref.startswith("#"):
            raise KeyError(f"external reference {ref}")
        node: Any = self.document
        for token in ref[1:].lstrip("/").split("/") if ref != "#" else []:
            token = token.replace("~1", "/").replace("~0", "~")
            token = _unquote(token)
            if isinstance(node, list) and token.isdigit():
                node = node[int(token)]
            elif isinstance(node, dict) and token in node:
                node = node[token]
            else:
                raise KeyError(f"$ref {ref} points nowhere")
        return node

    def convert(
        self,
        schema: Any,
        *,
        direction: str,
        full: bool,
        closed: bool = True,
        top_null: bool = True,
        free: bool = False,
    ) -> Any:
        """A draft 7 schema of instances ``schema`` accepts. ``direction`` is ``request`` (``readOnly``
        properties left out) or ``response`` (``writeOnly`` ones). ``full`` requires every property that is
        kept, so instances carry all fields; otherwise only the required ones are kept (``free``: the optional
        ones too, left optional; no narrowing, so what admits nothing then admits nothing as written). ``closed``
        forbids undeclared properties where that cannot change what a composition means (a narrowing, for instances
        a flattened body can pass as keyword arguments). Without ``top_null`` the value itself is not null.
        """
        self._budget = REF_BUDGET
        self._depth = 0
        self._free = free and not full
        self._inherited: frozenset[str] = frozenset()
        converted = self._walk(schema, direction, full, closed, (), False)
        if top_null or not isinstance(converted, dict):
            return converted
        return {"allOf": [converted, {"not": {"type": "null"}}]}

    def _walk(
        self,
        node: Any,
        direction: str,
        full: bool,
        closed: bool,
        stack: tuple[str, ...],
        in_composition: bool,
    ) -> Any:
        if isinstance(node, bool) or not isinstance(node, dict):
            return node if isinstance(node, bool) else True
        if isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in stack:
                return False  # a recursion: this branch admits nothing, so a finite instance is drawn
            self._budget -= 1
            target = self._walk(
                self.pointer(ref),
                direction,
                full,
                closed,
                stack + (ref,),
                in_composition,
            )
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            if self.v30 or not (set(siblings) - _DROP):
                return target  # 3.0: the siblings of a reference are ignored
            rest = self._walk(
                siblings, direction, full, closed, stack, in_composition=True
            )
            return {"allOf": [target, rest]}
        kind = node.get("type")
        if kind is not None and not (
            isinstance(kind, str)
            or (isinstance(kind, list) and all(isinstance(k, str) for k in kind))
        ):
            # codat.io's ``Item.definitions.itemType``: ``{"type": {"enum": [...], "type": "string"}}``, a
            # property's schema where the schema's own ``type`` goes. JSON Schema: a string or an array of them.
            raise KeyError(
                f"a schema's type is neither a string nor an array of strings: {str(kind)[:80]}"
            )
        if "type" not in node and not any(k in node for k in _SUBSCHEMA_LISTS):
            # Without ``type``, ``properties`` or ``items`` constrain only objects or arrays, and null would do:
            # drawn as what they describe, as a client (and any reader) takes them.
            if "properties" in node or "required" in node:
                node = {**node, "type": "object"}
            elif "items" in node:
                node = {**node, "type": "array"}

        def walk(
            child: Any, composed: bool = in_composition, inherit: bool = False
        ) -> Any:
            # ``required`` names reach the parts of an ``allOf``/``anyOf``/``oneOf`` (whose properties they may
            # be), not the schemas of properties or items.
            saved = self._inherited
            own = [r for r in node.get("required", []) if isinstance(r, str)]
            self._inherited = (saved | frozenset(own)) if inherit else frozenset()
            try:
                return self._walk(child, direction, full, closed, stack, composed)
            finally:
                self._inherited = saved

        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _DROP or key.startswith("x-"):
                continue
            if key in _SUBSCHEMA_LISTS and isinstance(value, list):
                out[key] = [walk(v, True, inherit=True) for v in value]
            elif key in ("not", "if", "then", "else", "contains", "propertyNames"):
                out[key] = walk(value, True)
            elif key in ("additionalProperties", "additionalItems"):
                out[key] = walk(value, False) if isinstance(value, dict) else value
            elif key == "items":
                out[key] = (
                    [walk(v, False) for v in value]
                    if isinstance(value, list)
                    else walk(value, False)
                )
            elif key == "prefixItems" and isinstance(value, list):
                out["items"] = [walk(v, False) for v in value]
                if "items" in node:
                    out["additionalItems"] = walk(node["items"], False)
            elif key in ("patternProperties", "dependentSchemas") and isinstance(
                value, dict
            ):
                target_key = "dependencies" if key == "dependentSchemas" else key
                out.setdefault(target_key, {}).update(
                    {k: walk(v, False) for k, v in value.items()}
                )
            elif key == "dependentRequired" and isinstance(value, dict):
                out.setdefault("dependencies", {}).update(value)
            elif key == "properties" and isinstance(value, dict):
                continue  # below, with ``required``
            elif key in ("exclusiveMinimum", "exclusiveMaximum") and isinstance(
                value, bool
            ):
                continue  # 3.0: a flag on minimum/maximum, applied below
            elif key == "prefixItems" or (key == "items" and "prefixItems" in node):
                continue
            else:
                out[key] = (
                    copy.deepcopy(value) if isinstance(value, (dict, list)) else value
                )
        if self.v30 and "minimum" in out and node.get("exclusiveMinimum") is True:
            out["exclusiveMinimum"] = out.pop("minimum")
        if self.v30 and "maximum" in out and node.get("exclusiveMaximum") is True:
            out["exclusiveMaximum"] = out.pop("maximum")
        self._object(node, out, direction, full, closed, walk, in_composition)
        kind = out.get("type")
        if kind == "integer" or (isinstance(kind, list) and "integer" in kind):
            bound = _INT_BOUNDS.get(str(node.get("format")), 2**63)
            out.setdefault("minimum", -bound)
            out.setdefault("maximum", bound - 1)
        seeded = _seeded(out)
        if seeded is not None:
            out = seeded
        if self.v30 and node.get("nullable") is True:
            out = _nullable(out)
        return out

    def _object(
        self,
        node: dict[str, Any],
        out: dict[str, Any],
        direction: str,
        full: bool,
        closed: bool,
        walk: Callable[..., Any],
        in_composition: bool,
    ) -> None:
        """``properties`` and ``required``: hidden properties of the direction left out; the optional ones
        required (``full``) or left out (not ``full``, or when the reference budget is spent).
        """
        properties = node.get("properties")
        if not isinstance(properties, dict):
            return
        hidden = "readOnly" if direction == "request" else "writeOnly"
        required = [r for r in node.get("required", []) if isinstance(r, str)]
        required += [
            r for r in sorted(self._inherited) if r in properties and r not in required
        ]
        # Names the node's own ``oneOf``/``anyOf``/``allOf`` parts require (``oneOf: [{required: [url]},
        # {required: [html]}]``): kept, or those parts would admit nothing.
        by_parts = {
            r
            for key in _SUBSCHEMA_LISTS
            for part in (node.get(key) if isinstance(node.get(key), list) else [])
            if isinstance(part, dict)
            for r in part.get("required", [])
            if isinstance(r, str)
        }
        kept: dict[str, Any] = {}
        full = full and self._depth < FULL_DEPTH
        self._depth += 1
        for name, schema in properties.items():
            target = self.resolve(schema) if isinstance(schema, dict) else schema
            if isinstance(target, dict) and target.get(hidden) is True:
                kept[name] = False
                continue
            optional = name not in required and name not in by_parts
            if optional and not self._free and (not full or self._budget <= 0):
                kept[name] = False
                continue
            kept[name] = walk(schema, False)
        self._depth -= 1
        out["properties"] = kept
        names = [n for n, s in kept.items() if s is not False]
        required_kept = [r for r in required if kept.get(r, True) is not False]
        if direction == "request":
            # A required readOnly property is required in responses only (3.0 says so; openapi-core agrees).
            required_kept = [r for r in required_kept if r in names or r not in kept]
        out["required"] = sorted(set(required_kept) | (set(names) if full else set()))
        if not out["required"]:
            del out["required"]
        composed = any(k in node for k in _SUBSCHEMA_LISTS)
        if closed and not composed and not in_composition:
            out.setdefault("additionalProperties", False)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` that also admits null (OpenAPI 3.0's ``nullable: true``). As 3.0.3 says and openapi-core
    applies, it adds null to the ``type`` of the same schema only: beside an ``allOf`` of a non-nullable
    reference it changes nothing (though generators commonly read it as a nullable reference).
    """
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
        if "enum" in schema and None not in schema["enum"]:
            schema["enum"] = [*schema["enum"], None]
    return schema


def _unquote(token: str) -> str:
    from urllib.parse import unquote

    return unquote(token) if "%" in token else token


def examples_of(*holders: Any) -> list[Any]:
    """The examples a parameter, media type or schema gives (``example``, ``examples`` as a 3.x map of
    ``{value: ...}`` objects, or as 3.1's list), in that order."""
    found: list[Any] = []
    for holder in holders:
        if not isinstance(holder, dict):
            continue
        if "example" in holder:
            found.append(holder["example"])
        examples = holder.get("examples")
        if isinstance(examples, dict):
            found += [
                e["value"]
                for e in examples.values()
                if isinstance(e, dict) and "value" in e
            ]
        elif isinstance(examples, list):
            found += examples
    return found


class _Enough(Exception):
    pass


def draw(
    schema: Any,
    count: int,
    accept: Callable[[Any], bool],
    *,
    ascii_only: bool = False,
    tries: int = 25,
) -> list[Any]:
    """Up to ``count`` distinct instances of the draft 7 ``schema`` that ``accept`` takes, from at most ``tries``
    hypothesis draws (derandomized: the same instances every run). ``Unsatisfiable`` when hypothesis-jsonschema
    proves the schema admits nothing."""
    if schema is False:
        raise Unsatisfiable("the schema admits nothing")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            strategy = from_schema(
                schema,
                custom_formats=CUSTOM_FORMATS,
                allow_x00=False,
                codec="ascii" if ascii_only else "utf-8",
            )
            empty = strategy.is_empty
        except HypothesisException as exc:
            raise Unsatisfiable(str(exc).splitlines()[0][:200]) from None
        regex = [
            str(w.message) for w in caught if "regular expression" in str(w.message)
        ]
        if empty and regex:
            raise Unsatisfiable(
                "a pattern is not a Python regular expression: " + regex[0][:150],
                certain=False,
            )
        if empty:
            raise Unsatisfiable("the schema admits nothing")
        found: list[Any] = []
        seen: set[str] = set()

        @settings(
            max_examples=tries,
            database=None,
            derandomize=True,
            deadline=None,
            phases=[Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        @given(strategy)
        def collect(value: Any) -> None:
            key = json.dumps(value, sort_keys=True, default=str)
            if key in seen or not accept(value):
                return
            seen.add(key)
            found.append(value)
            if len(found) >= count:
                raise _Enough

        try:
            with _cpu_budget(DRAW_SECONDS):
                collect()
        except _Enough:
            pass
        except _OutOfTime:
            if not found:
                raise Unsatisfiable(
                    f"no instance drawn within {DRAW_SECONDS:.0f}s of CPU",
                    certain=False,
                ) from None
        except HypothesisException as exc:  # filters that reject every draw: no proof
            if not found:
                raise Unsatisfiable(
                    f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}",
                    certain=False,
                ) from None
    return found


class _OutOfTime(BaseException):
    """A draw over its CPU budget (a BaseException: hypothesis lets it through)."""


@contextlib.contextmanager
def _cpu_budget(seconds: float) -> Iterator[None]:
    """Stop a draw after ``seconds`` of this process's user CPU (``ITIMER_VIRTUAL``, independent of the
    operation's own limit, and of the load other work puts on the machine): hypothesis keeps drawing past
    ``max_examples`` while its filters reject, which can take minutes on a wide ``oneOf``.
    """

    def expire(signum: int, frame: Any) -> None:
        raise _OutOfTime

    previous = signal.signal(signal.SIGVTALRM, expire)
    signal.setitimer(
        signal.ITIMER_VIRTUAL, seconds, 0.5
    )  # repeating: a swallowed one fires again
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def header_safe(value: Any) -> bool:
    """Whether a value can travel in a header or cookie as given: an RFC 9110 field-value of ASCII (visible
    characters, with spaces and tabs inside but not at the edges)."""
    if isinstance(value, str):
        return value == value.strip() and all(
            " " <= c <= "~" or c == "\t" for c in value
        )
    if isinstance(value, list):
        return all(header_safe(v) for v in value)
    if isinstance(value, dict):
        return all(header_safe(k) and header_safe(v) for k, v in value.items())
    return True


# Values of a format for when hypothesis' draws of it all fail a constraint beside it (unicourt.com's
# ``date-time`` of ``minLength: 25, maxLength: 25``: RFC 3339's numeric offset, which hypothesis rarely draws);
# each is still judged by openapi-core's validator like any other candidate.
FORMAT_SEEDS: dict[str, tuple[str, ...]] = {
    "date-time": (
        "2017-12-20T12:54:24+00:00",
        "2017-12-20T12:54:24Z",
        "2017-12-20T12:54:24.000Z",
        "2017-12-20T12:54:24.000+00:00",
        "2017-12-20T12:54:24.000000+00:00",
    ),
    "date": ("2017-12-20",),
    "time": ("12:54:24", "12:54:24Z", "12:54:24+00:00"),
}

# A pattern written as a JavaScript regular expression literal, delimiters and all, with an anchor inside them
# (data2crm.com: ``/^\\d{4}-\\d{2}-\\d{2}$/``): ``^`` after a ``/`` or ``$`` before one matches no string, in
# ECMA-262 (JSON Schema's dialect) as in Python.
_LITERAL_PATTERN = re.compile(r"^/\^|(?<!\\)\$/[dgimsuy]*$")


def impossible_pattern(schema: Any) -> str | None:
    """The ``pattern`` of a string schema (or of one of its ``allOf`` parts) that no string matches (a regular
    expression literal with anchors inside its delimiters), when the schema admits no non-string either.
    """
    if not isinstance(schema, dict):
        return None
    kind = schema.get("type")
    if schema.get("nullable") is True or (
        isinstance(kind, list) and kind != ["string"]
    ):
        return None
    pattern = schema.get("pattern")
    if (
        kind == "string"
        and isinstance(pattern, str)
        and _LITERAL_PATTERN.search(pattern)
    ):
        return pattern
    for part in schema.get("allOf") or []:
        found = impossible_pattern(part)
        if found:
            return found
    return None


def _seeded(schema: dict[str, Any]) -> dict[str, Any] | None:
    """A string of a seeded format beside a length constraint (unicourt.com's date-times of exactly 25
    characters, deep in its responses) as the seeds that meet that length: hypothesis draws the format and
    rejects nearly every draw, until its CPU budget ends. None where that does not apply (or no seed fits).
    """
    seeds = FORMAT_SEEDS.get(str(schema.get("format")))
    if not seeds or schema.get("type") != "string" or "pattern" in schema:
        return None
    low, high = schema.get("minLength"), schema.get("maxLength")
    if low is None and high is None:
        return None
    fitting = [
        s
        for s in seeds
        if (not isinstance(low, int) or len(s) >= low)
        and (not isinstance(high, int) or len(s) <= high)
    ]
    if not fitting:
        return None
    return {**schema, "enum": fitting}
