"""Spec edits for the incremental tests: each takes a spec (as ``tests.property.specs`` makes them) and a draw
function, and returns the edited copy. Together they cover what a user's spec goes through: operations and
schemas added, removed and renamed, descriptions edited, enum values and fields added, keys reordered.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from tests.property.specs import ref, reorder

Spec = dict[str, Any]
Edit = Callable[[Spec, st.DrawFn], Spec]


def _operations(spec: Spec) -> list[tuple[str, str]]:
    return sorted(
        (path, method)
        for path, item in spec["paths"].items()
        for method in item
        if method in ("get", "post", "put", "patch", "delete")
    )


def _objects(spec: Spec) -> list[str]:
    return sorted(
        n for n, s in spec["components"]["schemas"].items() if s.get("type") == "object"
    )


def add_operation(spec: Spec, draw: st.DrawFn) -> Spec:
    new = copy.deepcopy(spec)
    path, method = draw(st.sampled_from(_operations(new)))
    copied = copy.deepcopy(new["paths"][path][method])
    suffix = draw(st.sampled_from(["copy", "search", "export"]))
    copied["operationId"] = f"{copied.get('operationId', 'op')}_{suffix}"
    new["paths"].setdefault(f"{path}/{suffix}", {})[method] = copied
    return new


def remove_operation(spec: Spec, draw: st.DrawFn) -> Spec:
    new = copy.deepcopy(spec)
    operations = _operations(new)
    if len(operations) < 2:
        return new
    path, method = draw(st.sampled_from(operations))
    del new["paths"][path][method]
    if not new["paths"][path]:
        del new["paths"][path]
    return new


def rename_operation(spec: Spec, draw: st.DrawFn) -> Spec:
    new = copy.deepcopy(spec)
    path, method = draw(st.sampled_from(_operations(new)))
    operation = new["paths"][path][method]
    operation["operationId"] = draw(
        st.sampled_from(["renamed", "fetch_all", "list", "r0_list"])
    ) + str(len(path))
    return new


def retag_operation(spec: Spec, draw: st.DrawFn) -> Spec:
    new = copy.deepcopy(spec)
    path, method = draw(st.sampled_from(_operations(new)))
    new["paths"][path][method]["tags"] = [
        draw(st.sampled_from(["orders", "misc", "archive"]))
    ]
    return new


def edit_description(spec: Spec, draw: st.DrawFn) -> Spec:
    new = copy.deepcopy(spec)
    text = draw(st.sampled_from(["Lists things.", "A *new* text.", 'Quotes " and \\.']))
    if draw(st.booleans()):
        path, method = draw(st.sampled_from(_operations(new)))
        new["paths"][path][method][
            draw(st.sampled_from(["summary", "description"]))
        ] = text
    else:
        name = draw(st.sampled_from(sorted(new["components"]["schemas"])))
        new["components"]["schemas"][name]["description"] = text
    return new


def add_schema(spec: Spec, draw: st.DrawFn) -> Spec:
    new = copy.deepcopy(spec)
    name = draw(st.sampled_from(["Zebra", "Order2", "Note"]))
    target = draw(st.sampled_from(_objects(new)))
    new["components"]["schemas"][name] = {
        "type": "object",
        "properties": {"stripes": {"type": "integer"}, "other": {"$ref": ref(target)}},
    }
    if draw(st.booleans()):
        # Used by an operation too (a new response type).
        path, method = draw(st.sampled_from(_operations(new)))
        responses = new["paths"][path][method]["responses"]
        responses["202"] = {
            "description": "Accepted",
            "content": {"application/json": {"schema": {"$ref": ref(name)}}},
        }
    return new


def _replace_refs(node: Any, old: str, new: Any) -> Any:
    if isinstance(node, dict):
        if node.get("$ref") == old:
            return copy.deepcopy(new)
        return {k: _replace_refs(v, old, new) for k, v in node.items()}
    if isinstance(node, list):
        return [_replace_refs(v, old, new) for v in node]
    return node


def remove_schema(spec: Spec, draw: st.DrawFn) -> Spec:
    names = sorted(spec["components"]["schemas"])
    if len(names) < 2:
        return copy.deepcopy(spec)
    name = draw(st.sampled_from(names))
    new = _replace_refs(spec, ref(name), {"type": "string"})
    del new["components"]["schemas"][name]
    if not _objects(new):
        return copy.deepcopy(spec)
    return new


def rename_schema(spec: Spec, draw: st.DrawFn) -> Spec:
    name = draw(st.sampled_from(sorted(spec["components"]["schemas"])))
    renamed = draw(st.sampled_from(["Renamed", "Customer", "Order"]))
    if renamed in spec["components"]["schemas"]:
        return copy.deepcopy(spec)
    new = _replace_refs(spec, ref(name), {"$ref": ref(renamed)})
    schemas = new["components"]["schemas"]
    new["components"]["schemas"] = {
        (renamed if key == name else key): value for key, value in schemas.items()
    }
    return new


def add_enum_value(spec: Spec, draw: st.DrawFn) -> Spec:
    new = copy.deepcopy(spec)
    enums = sorted(n for n, s in new["components"]["schemas"].items() if "enum" in s)
    if not enums:
        return new
    values = new["components"]["schemas"][draw(st.sampled_from(enums))]["enum"]
    values.append(f"value-{len(values)}")
    return new


def add_field(spec: Spec, draw: st.DrawFn) -> Spec:
    new = copy.deepcopy(spec)
    name = draw(st.sampled_from(_objects(new)))
    field = draw(st.sampled_from(["extra_field", "status", "id"]))
    new["components"]["schemas"][name]["properties"][field] = draw(
        st.sampled_from([{"type": "string"}, {"type": "integer", "nullable": True}])
    )
    return new


def reorder_keys(spec: Spec, draw: st.DrawFn) -> Spec:
    return reorder(spec)


EDITS: list[Edit] = [
    add_operation,
    remove_operation,
    rename_operation,
    retag_operation,
    edit_description,
    add_schema,
    remove_schema,
    rename_schema,
    add_enum_value,
    add_field,
    reorder_keys,
]


def dump(spec: Spec) -> str:
    """The spec as the file a user edits (JSON: the edits keep it valid)."""
    return json.dumps(spec, indent=1)
