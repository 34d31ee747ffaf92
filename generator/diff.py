"""What a spec change means for the client's users: added, removed and changed methods, parameters, fields,
enum values and models, each marked breaking or not.

Breaking, for code written against the old client: a removed method, model, enum value or parameter; a new
required parameter, or an optional one made required; a parameter or request field whose type no longer
accepts what it did; a response field removed, or whose type now admits values it did not (code reading it
meets something new); a changed return type. Additions of optional things are not breaking.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Any

from .shapes import accepts


@dataclass(frozen=True, order=True)
class Change:
    """One change of the client's API."""

    breaking: bool
    kind: str
    target: str
    detail: str = ""


def _widened(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether the type of ``new`` (a snapshot entry) accepts every value the type of ``old`` did. Entries of
    snapshots older than shapes only compare their annotations: a change is then taken as a narrowing.
    """
    if "shape" in old and "shape" in new:
        return accepts(new["shape"], old["shape"])
    return bool(old.get("type") == new.get("type"))


def compare(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    """The changes from snapshot ``old`` to snapshot ``new``, breaking ones first."""
    changes: list[Change] = []
    add = changes.append
    old_methods, new_methods = old.get("methods", {}), new.get("methods", {})
    for name in sorted(set(old_methods) - set(new_methods)):
        add(Change(True, "method removed", name, old_methods[name].get("http", "")))
    for name in sorted(set(new_methods) - set(old_methods)):
        add(Change(False, "method added", name, new_methods[name].get("http", "")))
    for name in sorted(set(old_methods) & set(new_methods)):
        before, after = old_methods[name], new_methods[name]
        if before.get("returns") != after.get("returns"):
            # Code reading the answer meets only what it met before when the new type is within the old.
            narrowed = "returns_shape" in before and "returns_shape" in after
            add(
                Change(
                    not (
                        narrowed
                        and accepts(before["returns_shape"], after["returns_shape"])
                    ),
                    "return type changed",
                    name,
                    f"{before.get('returns')} -> {after.get('returns')}",
                )
            )
        old_params, new_params = before.get("params", {}), after.get("params", {})
        for param in sorted(set(old_params) - set(new_params)):
            add(Change(True, "parameter removed", f"{name}({param})"))
        for param in sorted(set(new_params) - set(old_params)):
            required = new_params[param].get("required", False)
            add(
                Change(
                    required,
                    "parameter added",
                    f"{name}({param})",
                    "required" if required else "optional",
                )
            )
        for param in sorted(set(old_params) & set(new_params)):
            p_old, p_new = old_params[param], new_params[param]
            if not p_old.get("required") and p_new.get("required"):
                add(Change(True, "parameter now required", f"{name}({param})"))
            elif p_old.get("required") and not p_new.get("required"):
                add(Change(False, "parameter now optional", f"{name}({param})"))
            if p_old.get("type") != p_new.get("type"):
                breaking = not _widened(p_old, p_new)
                add(
                    Change(
                        breaking,
                        "parameter type changed",
                        f"{name}({param})",
                        f"{p_old['type']} -> {p_new['type']}",
                    )
                )
            if p_old.get("wire") != p_new.get("wire") or p_old.get("in") != p_new.get(
                "in"
            ):
                add(
                    Change(
                        False,
                        "parameter moved",
                        f"{name}({param})",
                        f"{p_old.get('in')} {p_old.get('wire')} -> {p_new.get('in')} {p_new.get('wire')}",
                    )
                )
    for section, label in (("models", "model"), ("enums", "enum"), ("aliases", "type")):
        old_items, new_items = old.get(section, {}), new.get(section, {})
        for name in sorted(set(old_items) - set(new_items)):
            add(Change(True, f"{label} removed", name))
        for name in sorted(set(new_items) - set(old_items)):
            add(Change(False, f"{label} added", name))
    for name in sorted(set(old.get("models", {})) & set(new.get("models", {}))):
        changes.extend(_model_changes(name, old["models"][name], new["models"][name]))
    for name in sorted(set(old.get("enums", {})) & set(new.get("enums", {}))):
        before_values, after_values = (
            old["enums"][name]["values"],
            new["enums"][name]["values"],
        )
        for value in [v for v in before_values if v not in after_values]:
            add(Change(True, "enum value removed", f"{name}.{value}"))
        for value in [v for v in after_values if v not in before_values]:
            add(Change(False, "enum value added", f"{name}.{value}"))
    for name in sorted(set(old.get("aliases", {})) & set(new.get("aliases", {}))):
        before_alias, after_alias = old["aliases"][name], new["aliases"][name]
        before_type, after_type = before_alias["type"], after_alias["type"]
        if before_type != after_type:
            used = set(after_alias.get("used_in", []))
            breaking = _type_change_breaks(before_alias, after_alias, used)
            add(
                Change(breaking, "type changed", name, f"{before_type} -> {after_type}")
            )
    return sorted(changes, key=lambda c: (not c.breaking, c.kind, c.target))


def _type_change_breaks(
    before: dict[str, Any], after: dict[str, Any], used: set[str]
) -> bool:
    """Requests need the new type to accept the old values; responses need the old type to cover the new."""
    if "request" in used and not _widened(before, after):
        return True
    if "response" in used and not _widened(after, before):
        return True
    return not used and before.get("type") != after.get("type")


def _model_changes(
    name: str, before: dict[str, Any], after: dict[str, Any]
) -> list[Change]:
    changes: list[Change] = []
    used = set(after.get("used_in", [])) | set(before.get("used_in", []))
    old_fields, new_fields = before.get("fields", {}), after.get("fields", {})
    for field in sorted(set(old_fields) - set(new_fields)):
        changes.append(Change(True, "field removed", f"{name}.{field}"))
    for field in sorted(set(new_fields) - set(old_fields)):
        required = new_fields[field].get("required", False)
        # A new required field breaks code that builds the model; a reader only gains a field.
        changes.append(
            Change(
                required and "request" in used,
                "field added",
                f"{name}.{field}",
                "required" if required else "optional",
            )
        )
    for field in sorted(set(old_fields) & set(new_fields)):
        f_old, f_new = old_fields[field], new_fields[field]
        if f_old.get("type") != f_new.get("type"):
            breaking = _type_change_breaks(f_old, f_new, used)
            changes.append(
                Change(
                    breaking,
                    "field type changed",
                    f"{name}.{field}",
                    f"{f_old['type']} -> {f_new['type']}",
                )
            )
        if not f_old.get("required") and f_new.get("required") and "request" in used:
            changes.append(Change(True, "field now required", f"{name}.{field}"))
        if f_old.get("required") and not f_new.get("required") and "response" in used:
            changes.append(
                Change(
                    True,
                    "field now optional",
                    f"{name}.{field}",
                    "may be missing from responses",
                )
            )
    return changes


def render_text(changes: list[Change]) -> str:
    """The report for people."""
    if not changes:
        return "No API changes.\n"
    breaking = sum(1 for c in changes if c.breaking)
    lines = [f"API changes: {len(changes)} ({breaking} breaking)"]
    for change in changes:
        mark = "BREAKING" if change.breaking else "        "
        detail = f"  [{change.detail}]" if change.detail else ""
        lines.append(f"  {mark}  {change.kind}: {change.target}{detail}")
    return "\n".join(lines) + "\n"


def render_json(changes: list[Change]) -> str:
    """The report for tools."""
    data = {
        "breaking": sum(1 for c in changes if c.breaking),
        "changes": [asdict(c) for c in changes],
    }
    return json.dumps(data, indent=2, sort_keys=True) + "\n"
