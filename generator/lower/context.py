"""Shared state of one lowering: the typed document, reference resolution, and the declarations made so far."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Union
from urllib.parse import unquote

from openapi_pydantic.v3 import v3_0, v3_1
from pydantic import BaseModel

from .. import ir
from .. import pointer as jp
from ..config import Config
from ..errors import Diagnostics, SpecError
from ..loader import Spec

Schema = Union[v3_0.Schema, v3_1.Schema]
Reference = Union[v3_0.Reference, v3_1.Reference]
SchemaNode = Union[Schema, Reference]

COMPONENT_PREFIX = "#/components/schemas/"


@lru_cache(maxsize=None)
def _aliases(cls: type[BaseModel]) -> dict[str, str]:
    """Wire name -> attribute name for one openapi-pydantic class."""
    table: dict[str, str] = {}
    for name, info in cls.model_fields.items():
        table[info.alias or name] = name
        table.setdefault(name, name)
    return table


def ref_of(node: Any) -> str | None:
    """The ``$ref`` of a Reference, or of a 3.1 schema that has one beside other keywords."""
    if isinstance(node, (v3_0.Reference, v3_1.Reference)):
        return node.ref
    if isinstance(node, BaseModel) and node.model_extra:
        ref = node.model_extra.get("$ref")
        if isinstance(ref, str):
            return ref
    return None


def is_set(node: BaseModel, field: str) -> bool:
    """Whether the spec wrote ``field`` (openapi-pydantic uses None both for absent and for null)."""
    return field in node.model_fields_set


class Context:
    """One lowering run."""

    def __init__(self, spec: Spec, config: Config, diagnostics: Diagnostics) -> None:
        self.spec = spec
        self.doc = spec.document
        self.config = config
        self.diagnostics = diagnostics
        self.v31 = spec.version.startswith("3.1")
        self.schema_class: type[Schema] = v3_1.Schema if self.v31 else v3_0.Schema
        components = self.doc.components
        self.component_schemas: dict[str, SchemaNode] = (
            dict(components.schemas or {}) if components else {}
        )
        # Declarations by key (a JSON pointer); names are candidates until finalize() settles them.
        self.declarations: dict[str, ir.Declaration] = {}
        self.candidates: dict[str, str] = {}
        self.kinds: dict[str, str] = {}
        self.memo: dict[str, ir.TypeRef] = {}
        # The pointers references led to, while something records them (``incremental.lowering``).
        self.reads: set[str] | None = None

    def warn(self, pointer: str, message: str) -> None:
        """Record a degradation with its location."""
        self.diagnostics.warn(pointer, message)

    def typed_at(self, pointer: str) -> Any:
        """The typed object at a ``#/...`` pointer of the document (percent-decoded when it does not resolve
        as written: RFC 6901's URI fragment form)."""
        if self.reads is not None:
            self.reads.add(pointer)
        try:
            return self._typed_at(pointer)
        except SpecError:
            if "%" not in pointer:
                raise
            return self._typed_at(unquote(pointer))

    def _typed_at(self, pointer: str) -> Any:
        node: Any = self.doc
        for token in jp.split(pointer):
            if isinstance(node, BaseModel):
                attribute = _aliases(type(node)).get(token)
                if attribute is not None and getattr(node, attribute) is not None:
                    node = getattr(node, attribute)
                elif node.model_extra and token in node.model_extra:
                    node = node.model_extra[token]
                else:
                    raise SpecError(pointer, "$ref points to nothing")
            elif isinstance(node, dict) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise SpecError(pointer, "$ref points to nothing")
        return node

    def schema_at(self, pointer: str) -> SchemaNode:
        """The schema (or reference) at ``pointer``; raw dicts found in extensions are parsed on demand."""
        node = self.typed_at(pointer)
        if isinstance(node, dict):
            if "$ref" in node and len(node) == 1:
                reference_class = v3_1.Reference if self.v31 else v3_0.Reference
                return reference_class.model_validate(node)
            return self.schema_class.model_validate(node)
        if isinstance(node, (v3_0.Schema, v3_1.Schema, v3_0.Reference, v3_1.Reference)):
            return node
        # A schema position that refers to a parameter, a media type or the like (enode.io's spec does): the
        # author's intent is a guess, so the value is read as any rather than refusing the whole spec.
        self.warn(
            pointer,
            f"$ref points to {kind_of(node)}, not a schema; read as any",
        )
        return self.schema_class.model_validate({})

    def deref(self, node: SchemaNode, pointer: str) -> tuple[Schema, str]:
        """Follow references until a schema; returns it with its own pointer."""
        seen: set[str] = set()
        while True:
            ref = ref_of(node)
            if ref is None or (
                isinstance(node, (v3_0.Schema, v3_1.Schema)) and _has_keywords(node)
            ):
                assert isinstance(node, (v3_0.Schema, v3_1.Schema))
                return node, pointer
            if ref in seen:
                raise SpecError(pointer, f"$ref cycle with no schema in it at {ref}")
            seen.add(ref)
            if not ref.startswith("#"):
                raise SpecError(pointer, f"unresolved $ref {ref}")
            node, pointer = self.schema_at(ref), ref


def kind_of(node: Any) -> str:
    """``a Parameter``, ``a list``, ``an integer``: what a reference found instead of a schema."""
    if isinstance(node, BaseModel):
        name = type(node).__name__
    else:
        name = {bool: "boolean", int: "integer", float: "number", str: "string"}.get(
            type(node), type(node).__name__
        )
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


_ANNOTATIONS = frozenset(
    {
        "description",
        "title",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "default",
        "summary",
        "$comment",
    }
)


def _has_keywords(schema: Schema) -> bool:
    """Whether a 3.1 schema with ``$ref`` also constrains the value (beyond annotations)."""
    keys = set(schema.model_fields_set) | set(schema.model_extra or {})
    return bool(
        keys - _ANNOTATIONS - {"$ref"} - {k for k in keys if k.startswith("x-")}
    )


def has_constraining_keywords(schema: Schema) -> bool:
    """Public form of ``_has_keywords`` for the schema lowerer."""
    return _has_keywords(schema)
