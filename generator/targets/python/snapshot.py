"""The client's public API as a small, stable JSON document.

Each generation writes it beside the package (``.api.json``), so that the next generation can tell what changed
for the client's users without the old spec (``diff``). It lists methods with their parameters and return
types, and models, enums and aliases with their fields and values — as the user sees them (Python names and
annotations), with keys sorted so that the file only changes when the API does.
"""

from __future__ import annotations

import json
from typing import Any

from ... import ir
from ...incremental.renders import Inputs
from ...incremental.snapshots import Entry, SnapshotMemo
from ...incremental.tracking import Reads, TrackedMap
from ...shapes import shape
from . import names
from .types import Types

SNAPSHOT_VERSION = 2


def _usage(api: ir.Api) -> dict[str, set[str]]:
    """For each declaration key: whether requests, responses (or both) reach it."""
    declarations = {d.key: d for d in api.declarations}
    usage: dict[str, set[str]] = {}

    def mark(refs: tuple[ir.DeclRef, ...], side: str) -> None:
        stack = list(refs)
        while stack:
            ref = stack.pop()
            seen = usage.setdefault(ref.key, set())
            if side in seen:
                continue
            seen.add(side)
            declaration = declarations.get(ref.key)
            if isinstance(declaration, (ir.Model, ir.Alias)):
                stack.extend(declaration.references)

    from ...lower.finalize import references

    for resource in api.resources:
        for op in resource.operations:
            mark(references((op.parameters, op.body)), "request")
            mark(references((op.returns, op.pagination)), "response")
    if api.webhooks is not None:
        mark(references(api.webhooks.events), "response")
    return usage


def snapshot(
    api: ir.Api,
    *,
    memo: SnapshotMemo | None = None,
    inputs: Inputs | None = None,
) -> dict[str, Any]:
    """The public API of ``api`` as plain data. With ``memo`` (and the digests of ``api``'s parts,
    ``inputs``), a declaration's entry is taken from the last run when nothing it was made from changed.
    """
    types = Types(api)
    usage = _usage(api)
    methods: dict[str, Any] = {}
    for resource in api.resources:
        for op in resource.operations:
            params: dict[str, Any] = {}
            for argument in names.arguments(op):
                p = argument.of
                params[argument.name] = {
                    "type": types.annotation(p.type, param=True).text,
                    "shape": shape(p.type),
                    "required": p.required,
                    "in": p.location,
                    "wire": p.wire,
                }
            if op.body is not None and not op.body.flattened:
                params[names.body_argument(op)] = {
                    "type": types.body_annotation(op.body).text.replace(
                        " | NotGiven", ""
                    ),
                    "shape": shape(op.body.type),
                    "required": op.body.required,
                    "in": "body",
                    "wire": "",
                }
            methods[f"{resource.name}.{op.name}"] = {
                "http": f"{op.method.upper()} {op.path}",
                "params": params,
                "returns": types.returns(op).text,
                "returns_shape": shape(
                    op.pagination.item if op.pagination is not None else op.returns
                ),
            }
    sections: dict[str, dict[str, Any]] = {"models": {}, "enums": {}, "aliases": {}}
    reads: Reads | None = None
    if memo is not None and inputs is not None:
        reads = Reads()
        types.declarations = TrackedMap(types.declarations, "declarations", reads)
        types.params = TrackedMap(types.params, "params", reads)
        reads.forget_at_start(types.forget)
    for declaration in api.declarations:
        entry = (
            memo.get(declaration.key, inputs)
            if memo is not None and inputs is not None
            else None
        )
        if entry is None:
            if reads is not None:
                reads.start()
            entry = _entry(types, declaration)
            if memo is not None and inputs is not None and reads is not None:
                memo.put(declaration.key, entry, reads.stop(), inputs)
        section, name, value = entry
        sections[section][name] = {
            **value,
            "used_in": sorted(usage.get(declaration.key, set())),
        }
    if memo is not None:
        memo.save()
    return {
        "snapshot_version": SNAPSHOT_VERSION,
        "title": api.title,
        "version": api.version,
        "methods": methods,
        **sections,
    }


def _entry(types: Types, declaration: ir.Declaration) -> Entry:
    """A declaration's entry, but for where it is used: a function of the declaration and of what ``types``
    looks up while printing it."""
    if isinstance(declaration, ir.Model):
        return (
            "models",
            declaration.name,
            {
                "fields": {
                    a.name: {
                        "type": types.field_annotation(a.of).text,
                        "shape": shape(a.of.type),
                        "required": a.of.required,
                        "wire": a.of.wire,
                    }
                    for a in names.fields(declaration)
                }
            },
        )
    if isinstance(declaration, ir.Enum):
        return (
            "enums",
            declaration.name,
            {"values": [m.value for m in declaration.members]},
        )
    return (
        "aliases",
        declaration.name,
        {
            "type": types.annotation(declaration.type).text,
            "shape": shape(declaration.type),
        },
    )


def dumps(data: dict[str, Any]) -> str:
    """The snapshot's stable text form: one line per method, model, enum and alias, so that a change shows
    as a changed line in a review (and big APIs serialise with json's fast encoder)."""
    lines = ["{"]
    sections = sorted(data)
    for i, section in enumerate(sections):
        value = data[section]
        comma = "," if i < len(sections) - 1 else ""
        if isinstance(value, dict) and value:
            lines.append(f" {json.dumps(section)}: {{")
            keys = sorted(value)
            for j, key in enumerate(keys):
                item = json.dumps(
                    value[key],
                    sort_keys=True,
                    ensure_ascii=False,
                    separators=(", ", ": "),
                )
                lines.append(
                    f"  {json.dumps(key, ensure_ascii=False)}: {item}{',' if j < len(keys) - 1 else ''}"
                )
            lines.append(f" }}{comma}")
        else:
            lines.append(
                f" {json.dumps(section)}: {json.dumps(value, sort_keys=True, ensure_ascii=False)}{comma}"
            )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _lines(text: str) -> list[tuple[str, str]] | None:
    """Each line of a ``dumps`` text as (section, line without its comma); section ``""`` for a top-level
    value. ``None`` when the text is not in that form (another version's file, or a hand-edited one).
    """
    lines = text.split("\n")
    if len(lines) < 3 or lines[0] != "{" or lines[-2:] != ["}", ""]:
        return None
    found: list[tuple[str, str]] = []
    section: str | None = None
    for line in lines[1:-2]:
        if section is None:
            if not line.startswith(' "') or line.startswith("  "):
                return None
            if line.endswith(": {"):
                section = line[1:-3]
            else:
                found.append(("", line[1:].rstrip(",")))
        elif line in (" }", " },"):
            section = None
        elif line.startswith('  "'):
            found.append((section, line[2:].rstrip(",")))
        else:
            return None
    return found if section is None else None


def changed(
    previous: str, current: str
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """Two snapshot texts (``dumps``) as data, reduced to what may differ: their top-level values and the
    entries whose line is not the same in the other. ``diff.compare`` compares entry by entry, so it finds
    the same changes in these as in the whole snapshots, without parsing the thousands of equal lines.
    ``None`` when either text is not in ``dumps``' form (or a line of it is not JSON).
    """
    old_lines, new_lines = _lines(previous), _lines(current)
    if old_lines is None or new_lines is None:
        return None
    common = set(old_lines) & set(new_lines)
    reduced: list[dict[str, Any]] = []
    for lines in (old_lines, new_lines):
        data: dict[str, Any] = {}
        for section, line in lines:
            if section and (section, line) in common:
                continue
            try:
                ((key, value),) = json.loads("{" + line + "}").items()
                place = (
                    data if not section else data.setdefault(json.loads(section), {})
                )
            except (ValueError, TypeError, AttributeError):
                return None
            if not isinstance(place, dict):
                return None
            place[key] = value
        reduced.append(data)
    return reduced[0], reduced[1]
