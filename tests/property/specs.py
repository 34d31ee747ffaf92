"""Hypothesis strategies for whole OpenAPI specs, and the spec changes the stability tests apply."""

from __future__ import annotations

import copy
import keyword
from typing import Any

from hypothesis import strategies as st

WORDS = [
    "Order",
    "Customer",
    "Invoice",
    "Item",
    "Address",
    "Payment",
    "Refund",
    "Note",
    "Tag",
    "Label",
    "Shipment",
]
FIELDS = [
    "id",
    "name",
    "total",
    "createdAt",
    "status",
    "tags",
    "note_text",
    "parent",
    "count",
    "isActive",
    "from",
]
ENUM_VALUES = [
    "open",
    "closed",
    "ASC",
    "asc",
    "in-progress",
    "1080p",
    "",
    "a b",
    "render.completed",
]
TAGS = ["orders", "customers", "billing", "user accounts", "misc"]


def ref(name: str) -> str:
    """A reference to a component schema (names escaped as JSON pointer tokens)."""
    return "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1")


def _primitive() -> st.SearchStrategy[dict[str, Any]]:
    return st.sampled_from(
        [
            {"type": "string"},
            {"type": "integer"},
            {"type": "number"},
            {"type": "boolean"},
            {"type": "string", "format": "date-time"},
            {"type": "array", "items": {"type": "string"}},
            {"type": "string", "nullable": True},
        ]
    )


@st.composite
def specs(
    draw: st.DrawFn, names: st.SearchStrategy[str] | None = None
) -> dict[str, Any]:
    """A valid OpenAPI 3.0 spec: a few object schemas (which may refer to each other, cycles included), a few
    enums, and per tag a list, a retrieve and a create operation."""
    schema_names = draw(
        st.lists(
            names if names is not None else st.sampled_from(WORDS),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    enum_names = draw(
        st.lists(st.sampled_from(["Status", "Kind", "Level"]), max_size=2, unique=True)
    )
    schemas: dict[str, Any] = {}
    for name in enum_names:
        values = draw(
            st.lists(st.sampled_from(ENUM_VALUES), min_size=1, max_size=4, unique=True)
        )
        schemas[name] = {"type": "string", "enum": values}
    targets = schema_names + enum_names
    for name in schema_names:
        fields = draw(
            st.lists(st.sampled_from(FIELDS), min_size=1, max_size=4, unique=True)
        )
        properties: dict[str, Any] = {}
        for field in fields:
            if draw(st.booleans()) and targets:
                properties[field] = {"$ref": ref(draw(st.sampled_from(targets)))}
            else:
                properties[field] = draw(_primitive())
        required = [f for f in fields if draw(st.booleans())]
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        schemas[name] = schema
    tags = draw(st.lists(st.sampled_from(TAGS), min_size=1, max_size=3, unique=True))
    paths: dict[str, Any] = {}
    for i, tag in enumerate(tags):
        model = draw(st.sampled_from(schema_names))
        segment = f"r{i}"
        target = {"$ref": ref(model)}
        paths[f"/{segment}"] = {
            "get": {
                "operationId": f"{segment}_list",
                "tags": [tag],
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}}
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": target}
                            }
                        },
                    }
                },
            },
            "post": {
                "operationId": f"{segment}_create",
                "tags": [tag],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": target}},
                },
                "responses": {
                    "201": {
                        "description": "OK",
                        "content": {"application/json": {"schema": target}},
                    }
                },
            },
        }
        paths[f"/{segment}/{{item_id}}"] = {
            "get": {
                "operationId": f"{segment}_retrieve",
                "tags": [tag],
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": target}},
                    }
                },
            }
        }
    return {
        "openapi": "3.0.3",
        "info": {"title": "Random", "version": "1.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    }


def reorder(spec: dict[str, Any]) -> dict[str, Any]:
    """The same spec with every mapping's keys in reverse order, except property and enum order (which mean
    something: field order, value order)."""

    def walk(node: Any, parent: str) -> Any:
        if isinstance(node, dict):
            keys = (
                list(node) if parent in ("properties",) else list(reversed(list(node)))
            )
            return {k: walk(node[k], k) for k in keys}
        if isinstance(node, list):
            return [walk(item, parent) for item in node]
        return node

    return walk(copy.deepcopy(spec), "")


def identifierish(text: str) -> bool:
    return text.isidentifier() and not keyword.iskeyword(text)
