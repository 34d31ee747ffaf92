"""The words TypeScript names are made of: a declaration's from its JSON pointer, a resource's from its tag or
path, a method's from its operation id or verb and path (``naming`` turns words into identifiers).
"""

from __future__ import annotations

import re

from ... import ir
from . import naming

_METHOD_VERBS = {
    "post": "create",
    "put": "update",
    "patch": "update",
    "delete": "delete",
}


def _segments(pointer: str) -> list[str]:
    parts = pointer.lstrip("#").split("/")[1:]
    return [p.replace("~1", "/").replace("~0", "~") for p in parts]


def _rest_words(rest: list[str], parameters: dict[str, str], prefix: str) -> list[str]:
    """Words for the part of a pointer below a named schema (``properties/x/items`` -> ``X Item``)."""
    found: list[str] = []
    i = 0
    while i < len(rest):
        seg = rest[i]
        nxt = rest[i + 1] if i + 1 < len(rest) else ""
        if seg == "properties" and nxt:
            found += naming.words(nxt)
            i += 2
            continue
        if seg in ("oneOf", "anyOf", "allOf", "prefixItems") and nxt.isdigit():
            found += ["Variant" if seg != "prefixItems" else "Item", str(int(nxt) + 1)]
            i += 2
            continue
        if seg == "items":
            found.append("Item")
        elif seg == "additionalProperties":
            found.append("Value")
        elif seg == "discriminator":
            found.append("Union")
        elif seg == "requestBody":
            found.append("Body")
        elif seg == "responses" and nxt:
            found.append("Response")
            if not nxt.startswith("2"):
                found.append(nxt.upper())
            i += 2
            continue
        elif seg == "parameters" and nxt.isdigit():
            wire = parameters.get(f"{prefix}/parameters/{nxt}")
            found += naming.words(wire) if wire else ["Param", str(int(nxt) + 1)]
            i += 2
            continue
        elif seg in ("content", "schema", "x-unknown-variant"):
            if seg == "content":
                i += 2
                continue
        else:
            found += naming.words(seg)
        i += 1
    return found


def _escape(segment: str) -> str:
    return segment.replace("~", "~0").replace("/", "~1")


def declaration_words(
    key: str, operations: dict[tuple[str, str], list[str]], parameters: dict[str, str]
) -> list[str]:
    """The words of a declaration's TypeScript name, from its JSON pointer: a component's own name, an inline
    schema's owner and position (``Canvas InlineChoice Variant 1``), an operation's body or response by the
    operation's words, a webhook's by its event name."""
    segs = _segments(key)
    unknown = ["Unknown"] if segs and segs[-1] == "x-unknown-variant" else []
    if len(segs) >= 3 and segs[0] == "components":
        return unknown + naming.words(segs[2]) + _rest_words(segs[3:], parameters, "")
    if len(segs) >= 3 and segs[0] == "paths":
        owner = operations.get((segs[1], segs[2].lower()))
        prefix = f"#/paths/{_escape(segs[1])}/{segs[2]}"
        if owner is not None:
            return unknown + owner + _rest_words(segs[3:], parameters, prefix)
    if segs and segs[0] == "webhooks":
        if len(segs) == 1:
            return ["Webhook", "Event"]
        if segs[1] == "x-unknown-variant":
            return ["Unknown", "Webhook", "Event"]
        return naming.words(segs[1]) + ["Event"]
    words: list[str] = []
    for seg in segs:
        words += naming.words(seg)
    return unknown + words


def resource_words(resource: ir.Resource) -> list[str]:
    for operation in resource.operations:
        if operation.tags:
            return naming.words(operation.tags[0])
    for operation in resource.operations:
        for seg in operation.path.strip("/").split("/"):
            if (
                seg
                and not re.fullmatch(r"v[0-9]+(\.[0-9]+)*|api", seg)
                and "{" not in seg
            ):
                return naming.words(seg)
    return ["default"]


def method_words(operation: ir.Operation, resource_words: list[str]) -> list[str]:
    """A method's words: the operation id less its resource's words (``renders_create`` on ``renders``:
    ``create``), else the verb and path (``list``, ``retrieve``, ``create``... and a trailing action).
    """
    lowered = [w.lower() for w in resource_words]
    if operation.operation_id:
        found = naming.words(operation.operation_id)
        low = [w.lower() for w in found]
        if low[: len(lowered)] == lowered and len(found) > len(lowered):
            return found[len(lowered) :]
        return found
    segs = [s for s in operation.path.strip("/").split("/") if s]
    last = segs[-1] if segs else ""
    item = last.startswith("{")
    verb = operation.method.lower()
    if verb == "get":
        action = ["retrieve"] if item else ["list"]
    else:
        action = [_METHOD_VERBS.get(verb, verb)]
    if (
        segs
        and not item
        and len(segs) >= 2
        and segs[-2].startswith("{")
        and verb != "get"
    ):
        return naming.words(last)
    if (
        segs
        and not item
        and verb == "get"
        and len(segs) >= 2
        and segs[-2].startswith("{")
    ):
        return naming.words(last)
    return action


# --------------------------------------------------------------------------------------------------- building
