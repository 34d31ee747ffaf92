"""The contract check: call one operation of the generated client against Prism and judge the exchange.

Everything is derived from ``openapi.json`` and the IR, never from a hand-kept list:

* ``operations()`` enumerates the IR's operations (``ir.Resource.operations``);
* ``build_arguments()`` builds keyword arguments from the raw JSON schemas of the parameters and of the flattened
  body (examples, defaults, enums, consts and formats; ``required`` mode passes only what the spec requires,
  ``all`` mode every field, nested objects included, with one array item per union variant);
* ``call()`` runs the method (sync or async) with an ``httpx`` transport that records every request, forwards the
  ones to the mock and answers the others (the targets of redirects) itself, so nothing leaves the machine;
* ``check_exchange()`` compares what went over the wire with what the spec declares (method, path, query keys
  and values, headers, JSON body), and ``check_result()`` the parsed result with the response.

Prism itself rejects a request that breaks the spec (422 with an ``sl-violations`` header); the wire checks add
what Prism lets through (an undeclared query parameter, an argument that was not sent at all).
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import functools
import importlib
import inspect
import json
import os
import sys
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, quote, urlsplit

import httpx
import jsonschema

from generator.targets.python import names

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi.json"
SPEC: dict[str, Any] = json.loads(SPEC_PATH.read_text())

# Where the client under test lives (a folder holding the ``framelane`` package) and, for a nested run, a mock
# that is already up. Set by the broken-template test for the pytest run it starts.
CLIENT_DIR_ENV = "CONTRACT_CLIENT_DIR"
MOCK_URL_ENV = "CONTRACT_MOCK_URL"
CLIENT_DIR = Path(os.environ.get(CLIENT_DIR_ENV) or ROOT / "generated")

API_KEY = "fl_test_contract_0123456789"
# What a redirect target (off the mock) answers: a download's artifact.
ARTIFACT = b"\x00framelane-contract-artifact\xff"

# required: only what the spec requires; all: every field, nested ones too; nulls: the required arguments plus
# null for every optional argument whose schema admits null (None must reach the wire as null, not be dropped).
Mode = Literal["required", "all", "nulls"]
MODES: tuple[Mode, ...] = ("required", "all", "nulls")
IO = Literal["sync", "async"]


# --------------------------------------------------------------------------------------------- the IR


@functools.cache
def api() -> Any:
    """The IR of ``openapi.json`` with the project's configuration."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from generator.config import load_config
    from generator.errors import Diagnostics
    from generator.loader import load
    from generator.lower import lower

    diagnostics = Diagnostics()
    return lower(
        load(SPEC_PATH, diagnostics),
        load_config(ROOT / "pyproject.toml", {}),
        diagnostics,
    )


def operations() -> list[tuple[Any, Any]]:
    """Every (resource, operation) of the IR."""
    return [(r, op) for r in api().resources for op in r.operations]


def operation_id(item: tuple[Any, Any]) -> str:
    resource, op = item
    return f"{resource.name}.{op.name}"


def spec_operations() -> set[tuple[str, str]]:
    """Every (METHOD, path) of the raw spec."""
    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    return {
        (method.upper(), path)
        for path, item in SPEC["paths"].items()
        for method in item
        if method in methods
    }


# --------------------------------------------------------------------------------------- the raw spec


def resolve(node: Any) -> Any:
    """``node`` with a local ``$ref`` followed (repeatedly); anything else unchanged."""
    seen = 0
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"]
        assert pointer.startswith(
            "#/"
        ), f"only local $refs are supported, got {pointer}"
        target: Any = SPEC
        for part in pointer[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        node = (
            {**target, **siblings} if siblings and isinstance(target, dict) else target
        )
        seen += 1
        assert seen < 50, f"$ref loop at {pointer}"
    return node


def raw_operation(op: Any) -> dict[str, Any]:
    return SPEC["paths"][op.path][op.method.lower()]


def raw_parameters(op: Any) -> dict[tuple[str, str], dict[str, Any]]:
    """The operation's parameters (path-level ones too) by (location, wire name), ``$ref``s followed."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (
        SPEC["paths"][op.path].get("parameters", []),
        raw_operation(op).get("parameters", []),
    ):
        for param in source:
            param = resolve(param)
            found[(param["in"], param["name"])] = param
    return found


def raw_body_schema(op: Any) -> dict[str, Any]:
    body = resolve(raw_operation(op)["requestBody"])
    return resolve(body["content"][op.body.content_type]["schema"])


def parameter_schema(op: Any, param: Any) -> tuple[Any, list[Any]]:
    """The JSON schema of an IR parameter and the examples the spec gives beside it."""
    if param.location == "body":
        body = object_view(raw_body_schema(op))
        return body["properties"][param.wire], []
    raw = raw_parameters(op)
    key = (param.location, param.wire)
    if param.location == "header":
        key = next(
            (k for k in raw if k[0] == "header" and k[1].lower() == param.wire.lower()),
            key,
        )
    assert (
        key in raw
    ), f"{op.method} {op.path}: parameter {key} is in the IR but not in the spec"
    spec_param = raw[key]
    examples: list[Any] = []
    if "example" in spec_param:
        examples.append(spec_param["example"])
    for example in (spec_param.get("examples") or {}).values():
        example = resolve(example)
        if isinstance(example, dict) and "value" in example:
            examples.append(example["value"])
    return spec_param.get("schema", {}), examples


def object_view(schema: Any) -> dict[str, Any]:
    """An object schema with its ``allOf`` parts merged (properties and required lists)."""
    schema = resolve(schema)
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    merged["properties"] = dict(schema.get("properties", {}))
    merged["required"] = list(schema.get("required", []))
    for part in schema.get("allOf", []):
        part = object_view(part)
        merged["properties"].update(part["properties"])
        merged["required"] += [
            r for r in part["required"] if r not in merged["required"]
        ]
    return merged


# ------------------------------------------------------------------------------------ JSON Schema checks


def _validator(schema: Any) -> jsonschema.Draft202012Validator:
    # The schema sits in a copy of the spec's root, so "#/components/schemas/..." refs resolve.
    if isinstance(schema, dict):
        root = {**schema, "components": SPEC["components"]}
    else:
        root = schema
    return jsonschema.Draft202012Validator(root)


def schema_errors(schema: Any, value: Any) -> list[str]:
    """Why ``value`` breaks ``schema`` (empty when it is valid)."""
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
        for error in _validator(schema).iter_errors(value)
    ]


def json_equal(a: Any, b: Any) -> bool:
    """JSON equality where date-times are compared as instants with their offsets (``Z`` equals ``+00:00``)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(json_equal(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(json_equal(x, y) for x, y in zip(a, b))
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if isinstance(a, str) and isinstance(b, str) and a != b:
        da, db = _datetime(a), _datetime(b)
        return da is not None and db is not None and da == db
    return a == b and type(a) is type(b)


def json_diff(sent: Any, expected: Any, path: str = "") -> str:
    """Where two JSON documents first differ (sent, then expected)."""
    if isinstance(sent, dict) and isinstance(expected, dict):
        for key in list(sent) + [k for k in expected if k not in sent]:
            if key not in expected:
                return f"{path}/{key} sent ({sent[key]!r:.200}), not expected"
            if key not in sent:
                return f"{path}/{key} expected ({expected[key]!r:.200}), not sent"
            if not json_equal(sent[key], expected[key]):
                return json_diff(sent[key], expected[key], f"{path}/{key}")
    if (
        isinstance(sent, list)
        and isinstance(expected, list)
        and len(sent) == len(expected)
    ):
        for index, (a, b) in enumerate(zip(sent, expected)):
            if not json_equal(a, b):
                return json_diff(a, b, f"{path}/{index}")
    return f"{path or '(root)'}: sent {sent!r:.200}, expected {expected!r:.200}"


def _datetime(text: str) -> tuple[datetime.datetime, Any] | None:
    if len(text) < 19 or text[4] != "-" or text[10] not in "Tt ":
        return None
    try:
        value = datetime.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        return None
    return value.replace(tzinfo=None), value.utcoffset()


# ----------------------------------------------------------------------------------------- value builder

_FORMATS: dict[str, Any] = {
    "date-time": "2024-05-06T07:08:09Z",
    "date": "2024-05-06",
    "time": "07:08:09Z",
    "uri": "https://example.com/contract/file.mp4",
    "url": "https://example.com/contract/file.mp4",
    "uri-reference": "https://example.com/contract/file.mp4",
    "email": "contract@example.com",
    "uuid": "0b6f2c9e-3d7a-4f7e-9a55-2f3c1d0e8b71",
    "hostname": "example.com",
    "ipv4": "192.0.2.1",
    "byte": "Y29udHJhY3Q=",
}


class BuildError(AssertionError):
    """The builder could not make a value the schema accepts: teach it, or give the schema an example."""


class ValueBuilder:
    """Builds one JSON value that a schema accepts, preferring what the spec itself offers."""

    def __init__(self, mode: Mode, max_depth: int = 6) -> None:
        self.mode = mode
        self.max_depth = max_depth

    def build(
        self,
        schema: Any,
        *,
        extra_examples: Sequence[Any] = (),
        where: str = "",
        depth: int = 0,
    ) -> Any:
        value = self._build(schema, list(extra_examples), where, depth)
        problems = schema_errors(schema, value)
        if problems:
            raise BuildError(
                f"{where}: built {value!r}, which the schema rejects: {problems[:3]}"
            )
        return value

    def _valid(self, schema: Any, value: Any) -> bool:
        return not schema_errors(schema, value)

    def _build(self, schema: Any, examples: list[Any], where: str, depth: int) -> Any:
        if schema is True or schema == {}:
            return examples[0] if examples else "contract"
        original = schema
        schema = resolve(schema)
        if "const" in schema:
            return schema["const"]
        is_object = self._is_object(schema)
        # What the spec offers beside the schema comes first, then its own examples, then its default.
        offered = list(examples)
        offered += list(schema.get("examples") or [])
        if "example" in schema:
            offered.append(schema["example"])
        if "default" in schema:
            offered.append(schema["default"])
        if not is_object or not schema.get("properties"):
            for candidate in offered:
                if self.mode == "all" and (
                    (candidate is None and self._allows_non_null(schema))
                    or (candidate == [] and depth < self.max_depth)
                ):
                    continue  # every field: a value rather than null, items rather than []
                if self._valid(original, candidate):
                    return copy.deepcopy(candidate)
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None] or schema["enum"]
            return values[0]
        for keyword in ("oneOf", "anyOf"):
            if keyword in schema:
                variants = sorted(
                    schema[keyword], key=lambda v: resolve(v).get("type") == "null"
                )
                for variant in variants:
                    try:
                        value = self.build(
                            self._with_siblings(schema, keyword, variant),
                            where=where,
                            depth=depth,
                        )
                    except BuildError:
                        continue
                    if self._valid(original, value):
                        return value
                raise BuildError(
                    f"{where}: no variant of {keyword} gives a valid value"
                )
        if "allOf" in schema:
            return self._object(object_view(schema), where, depth)
        kind = schema.get("type")
        if isinstance(kind, list):
            kinds = [k for k in kind if k != "null"] or ["null"]
            return self._build({**schema, "type": kinds[0]}, [], where, depth)
        if kind is None:
            kind = "object" if "properties" in schema else "string"
        if kind == "object":
            return self._object(schema, where, depth)
        if kind == "array":
            return self._array(schema, where, depth)
        if kind == "string":
            return self._string(schema, where)
        if kind == "integer":
            return self._integer(schema)
        if kind == "number":
            return self._number(schema)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        raise BuildError(f"{where}: no value for a schema of type {kind!r}")

    @staticmethod
    def _with_siblings(schema: dict[str, Any], keyword: str, variant: Any) -> Any:
        rest = {
            k: v
            for k, v in schema.items()
            if k not in (keyword, "examples", "example", "default", "discriminator")
        }
        if not rest or set(rest) <= {
            "description",
            "title",
            "deprecated",
            "readOnly",
            "writeOnly",
            "nullable",
        }:
            return variant
        return {"allOf": [rest, variant]}

    @staticmethod
    def _is_object(schema: dict[str, Any]) -> bool:
        kind = schema.get("type")
        return (
            kind == "object"
            or (isinstance(kind, list) and "object" in kind)
            or "properties" in schema
        )

    @staticmethod
    def _allows_non_null(schema: dict[str, Any]) -> bool:
        kind = schema.get("type")
        if isinstance(kind, list):
            return any(k != "null" for k in kind)
        for keyword in ("anyOf", "oneOf"):
            if keyword in schema:
                return any(resolve(v).get("type") != "null" for v in schema[keyword])
        return kind != "null"

    def _object(self, schema: dict[str, Any], where: str, depth: int) -> Any:
        schema = object_view(schema)
        properties: dict[str, Any] = schema["properties"]
        required: list[str] = schema["required"]
        deep = depth >= self.max_depth
        names = [
            name
            for name, sub in properties.items()
            if name in required
            or (self.mode == "all" and not deep and not resolve(sub).get("readOnly"))
        ]
        for name in list(
            names
        ):  # dependentRequired: a present property brings its partners
            for partner in schema.get("dependentRequired", {}).get(name, []):
                if partner not in names:
                    names.append(partner)
        value = {
            name: self._build(properties[name], [], f"{where}.{name}", depth + 1)
            for name in names
        }
        if not properties and self.mode == "all" and not deep:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) or extra is True:
                value["contract_key"] = self._build(
                    extra if isinstance(extra, dict) else {}, [], where, depth + 1
                )
        return value

    def _array(self, schema: dict[str, Any], where: str, depth: int) -> Any:
        items = schema.get("items", {})
        low = schema.get("minItems", 0)
        high = schema.get("maxItems")
        deep = depth >= self.max_depth
        if self.mode == "required" or deep:
            count = low
        else:
            count = max(low, 1)
        resolved = resolve(items)
        variants = resolved.get("oneOf") or resolved.get("anyOf")
        if self.mode == "all" and not deep and variants:
            # One item per variant, so every member of the union goes over the wire once.
            values = []
            for variant in variants:
                if resolve(variant).get("type") == "null":
                    continue
                values.append(self.build(variant, where=f"{where}[]", depth=depth + 1))
            values = [v for v in values if self._valid(items, v)]
            if high is not None:
                values = values[:high]
            while len(values) < low:
                values.append(self.build(items, where=f"{where}[]", depth=depth + 1))
            return values
        if count == 0:
            return []
        if high is not None:
            count = min(count, high)
        return [
            self.build(items, where=f"{where}[{i}]", depth=depth + 1)
            for i in range(count)
        ]

    def _string(self, schema: dict[str, Any], where: str) -> str:
        low = schema.get("minLength", 0)
        high = schema.get("maxLength")
        if schema.get("format") in _FORMATS:
            value = _FORMATS[schema["format"]]
        elif "pattern" in schema:
            value = _from_pattern(schema["pattern"])
        else:
            value = "contract"
        if len(value) < low:
            value = value + "x" * (low - len(value))
        if high is not None and len(value) > high:
            value = value[:high]
        return value

    @staticmethod
    def _bounds(
        schema: dict[str, Any],
    ) -> tuple[float | None, float | None, bool, bool]:
        low, high = schema.get("minimum"), schema.get("maximum")
        low_open = high_open = False
        if isinstance(schema.get("exclusiveMinimum"), (int, float)) and not isinstance(
            schema.get("exclusiveMinimum"), bool
        ):
            low, low_open = schema["exclusiveMinimum"], True
        if isinstance(schema.get("exclusiveMaximum"), (int, float)) and not isinstance(
            schema.get("exclusiveMaximum"), bool
        ):
            high, high_open = schema["exclusiveMaximum"], True
        return low, high, low_open, high_open

    def _integer(self, schema: dict[str, Any]) -> int:
        low, high, low_open, high_open = self._bounds(schema)
        if low is not None:
            value = int(low) + (1 if low_open or int(low) < low else 0)
        elif high is not None:
            value = min(1, int(high) - (1 if high_open else 0))
        else:
            value = 1
        return value

    def _number(self, schema: dict[str, Any]) -> float:
        low, high, low_open, high_open = self._bounds(schema)
        candidates = [1.5, 0.5, 2.5]
        if low is not None:
            candidates = (
                [low + 1.5, low + 0.5] if low_open else [low + 1.5, low + 0.5, low]
            )
        if high is not None:
            candidates = [
                c for c in candidates if c < high or (c == high and not high_open)
            ]
            candidates.append(
                (low + high) / 2
                if low is not None
                else high - (0.5 if high_open else 0)
            )
        for value in candidates:
            if (low is None or value > low or (value == low and not low_open)) and (
                high is None or value < high or (value == high and not high_open)
            ):
                return value
        raise BuildError(f"no number within {schema}")


@functools.cache
def _from_pattern(pattern: str) -> str:
    """The simplest string matching ``pattern`` (hypothesis shrinks to it, deterministically)."""
    import hypothesis
    from hypothesis import strategies as st

    return hypothesis.find(
        st.from_regex(pattern),
        lambda s: True,
        settings=hypothesis.settings(database=None, max_examples=50),
    )


# ------------------------------------------------------------------------------------------ arguments


@dataclass
class Case:
    """One call: which operation, with which arguments, as what they should appear on the wire."""

    resource: Any
    op: Any
    mode: Mode
    # Python keyword arguments (path parameters included) and the JSON value each one stands for.
    kwargs: dict[str, Any] = field(default_factory=dict)
    wire_values: dict[str, Any] = field(default_factory=dict)
    # Prism's ``Prefer`` header: ``code=202`` picks a documented response, ``dynamic=true`` makes its body up
    # from the schema instead of taking the example.
    prefer: str | None = None


def client_module() -> Any:
    """The ``framelane`` package under test (from ``CLIENT_DIR``)."""
    if str(CLIENT_DIR) not in sys.path:
        sys.path.insert(0, str(CLIENT_DIR))
    module = importlib.import_module(api().package_name)
    origin = Path(module.__file__ or "").resolve()
    assert origin.is_relative_to(
        CLIENT_DIR.resolve()
    ), f"imported {module.__name__} from {origin}, not from {CLIENT_DIR}"
    return module


def resource_class(resource: Any, io: IO) -> type:
    module = importlib.import_module(
        f"{api().package_name}.resources.{resource.module}"
    )
    name = resource.class_name if io == "sync" else f"Async{resource.class_name}"
    return getattr(module, name)


def nullable_optionals(op: Any) -> list[Any]:
    """The optional parameters whose schema admits null (what ``nulls`` mode sets to None)."""
    return [
        p
        for p in names.arguments(op)
        if not p.required
        and p.location != "path"
        and schema_errors(parameter_schema(op, p)[0], None) == []
    ]


def build_case(resource: Any, op: Any, mode: Mode) -> Case:
    """The arguments of one call, built from the spec."""
    if mode == "nulls":
        case = build_case(resource, op, "required")
        case.mode = "nulls"
        for param in nullable_optionals(op):
            case.wire_values[param.name] = None
        return case
    case = Case(resource, op, mode)
    builder = ValueBuilder(mode)
    for param in names.arguments(op):
        if not (param.required or param.location == "path" or mode == "all"):
            continue
        schema, examples = parameter_schema(op, param)
        value = builder.build(
            schema,
            extra_examples=examples + list(param.examples),
            where=f"{op.operation_id}:{param.wire}",
        )
        case.wire_values[param.name] = value
    if (
        op.body is not None
        and not op.body.flattened
        and (op.body.required or mode == "all")
    ):
        schema = raw_body_schema(op)
        case.wire_values[names.body_argument(op)] = builder.build(
            schema, where=f"{op.operation_id}:body"
        )
    return case


def _strip_not_given(annotation: Any, not_given: type) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = tuple(a for a in typing.get_args(annotation) if a is not not_given)
        return typing.Union[args] if len(args) > 1 else args[0]
    return annotation


def python_arguments(case: Case, io: IO) -> dict[str, Any]:
    """The case's arguments as the method takes them.

    ``required`` and ``nulls`` modes pass the JSON values as they are (dicts for models, strings for enums);
    ``all`` mode turns each into the method's declared type first (models, enums, dates), so both ways in are
    covered.
    """
    if case.mode != "all":
        return copy.deepcopy(case.wire_values)
    import pydantic

    package = client_module()
    not_given = importlib.import_module(f"{package.__name__}._types").NotGiven
    method = getattr(resource_class(case.resource, io), case.op.name)
    hints = typing.get_type_hints(method, include_extras=True)
    arguments = {}
    for name, value in case.wire_values.items():
        assert (
            name in hints
        ), f"{case.op.operation_id}: the method has no argument {name!r} (IR parameter)"
        annotation = _strip_not_given(hints[name], not_given)
        adapter = pydantic.TypeAdapter(annotation)
        arguments[name] = adapter.validate_python(value)
    return arguments


# --------------------------------------------------------------------------------------- the transport


@dataclass
class Exchange:
    request: httpx.Request
    body: bytes
    response: httpx.Response | None = None
    content: bytes = b""
    to_mock: bool = True


class _Router:
    def __init__(self, mock_url: str) -> None:
        target = urlsplit(mock_url)
        self.mock = (target.hostname, target.port)
        self.exchanges: list[Exchange] = []

    def is_mock(self, request: httpx.Request) -> bool:
        return (request.url.host, request.url.port) == self.mock

    @staticmethod
    def artifact(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"Content-Type": "application/octet-stream"},
            content=ARTIFACT,
            request=request,
        )


class RecordingTransport(httpx.BaseTransport, _Router):
    """Forwards requests for the mock, answers every other host itself; records both."""

    def __init__(self, mock_url: str) -> None:
        _Router.__init__(self, mock_url)
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        exchange = Exchange(request, body, to_mock=self.is_mock(request))
        self.exchanges.append(exchange)
        if not exchange.to_mock:
            exchange.response = self.artifact(request)
            exchange.content = ARTIFACT
            return exchange.response
        response = self.inner.handle_request(request)
        exchange.content = response.read()
        exchange.response = httpx.Response(
            response.status_code,
            headers=response.headers,
            content=exchange.content,
            request=request,
        )
        return exchange.response

    def close(self) -> None:
        self.inner.close()


class AsyncRecordingTransport(httpx.AsyncBaseTransport, _Router):
    def __init__(self, mock_url: str) -> None:
        _Router.__init__(self, mock_url)
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        exchange = Exchange(request, body, to_mock=self.is_mock(request))
        self.exchanges.append(exchange)
        if not exchange.to_mock:
            exchange.response = self.artifact(request)
            exchange.content = ARTIFACT
            return exchange.response
        response = await self.inner.handle_async_request(request)
        exchange.content = await response.aread()
        exchange.response = httpx.Response(
            response.status_code,
            headers=response.headers,
            content=exchange.content,
            request=request,
        )
        return exchange.response

    async def aclose(self) -> None:
        await self.inner.aclose()


# -------------------------------------------------------------------------------------------- the call


@dataclass
class Outcome:
    result: Any
    exchanges: list[Exchange]
    # What reading a binary result gave (downloads), read while the client was open.
    read: bytes | None = None
    # The items of a page, as iterating over it (sync) or ``async for`` (async) gave them.
    items: list[Any] | None = None
    mock_url: str = ""
    # The pages that iterating over a list result fetched, in order.
    pages: list[Exchange] | None = None


class ContractFailure(AssertionError):
    pass


def _describe(exchanges: list[Exchange]) -> str:
    lines = []
    for exchange in exchanges:
        request = exchange.request
        lines.append(f"  > {request.method} {request.url}")
        if exchange.body:
            lines.append(f"    body {exchange.body[:600]!r}")
        if exchange.response is not None:
            lines.append(f"  < {exchange.response.status_code}")
            violations = exchange.response.headers.get("sl-violations")
            if violations:
                lines.append(f"    sl-violations: {violations}")
            if exchange.response.status_code >= 400:
                lines.append(f"    {exchange.content[:400]!r}")
    return "\n".join(lines)


def call(case: Case, io: IO, mock_url: str) -> Outcome:
    """Run the case's method against the mock; a status error becomes a failure that shows the exchange."""
    package = client_module()
    kwargs = python_arguments(case, io)
    if case.prefer:
        kwargs["extra_headers"] = {"Prefer": case.prefer}
    if io == "sync":
        transport = RecordingTransport(mock_url)
        http = httpx.Client(transport=transport, follow_redirects=False, timeout=30)
        client = getattr(package, api().client_name)(
            api_key=API_KEY, base_url=mock_url, max_retries=0, http_client=http
        )
        try:
            method = getattr(getattr(client, case.resource.name), case.op.name)
            try:
                result = method(**kwargs)
                outcome = Outcome(result, transport.exchanges)
                if case.op.returns_kind in ("binary", "redirect"):
                    outcome.read = result.read()
                if case.op.pagination is not None:
                    outcome.items = list(_bounded(iter(result), 1000))
                    outcome.pages = [e for e in transport.exchanges if e.to_mock]
                    outcome.exchanges = outcome.pages[:1]
            except package.APIError as error:
                raise ContractFailure(
                    f"{operation_id((case.resource, case.op))} ({case.mode}, {io}) failed: {error}\n"
                    + _describe(transport.exchanges)
                ) from None
        finally:
            http.close()
        return outcome

    async def run() -> Outcome:
        transport = AsyncRecordingTransport(mock_url)
        http = httpx.AsyncClient(
            transport=transport, follow_redirects=False, timeout=30
        )
        client = getattr(package, f"Async{api().client_name}")(
            api_key=API_KEY, base_url=mock_url, max_retries=0, http_client=http
        )
        try:
            method = getattr(getattr(client, case.resource.name), case.op.name)
            try:
                result = method(**kwargs)
                if case.op.pagination is not None:
                    items = []
                    async for item in result:
                        items.append(item)
                        if len(items) >= 1000:
                            break
                    first = len(transport.exchanges)
                    result = await result  # the first page itself
                    outcome = Outcome(result, transport.exchanges[first:], items=items)
                    outcome.pages = transport.exchanges[:first]
                    return outcome
                if inspect.isawaitable(result):
                    result = await result
                outcome = Outcome(result, transport.exchanges)
                if case.op.returns_kind in ("binary", "redirect"):
                    outcome.read = await result.read()
                return outcome
            except package.APIError as error:
                raise ContractFailure(
                    f"{operation_id((case.resource, case.op))} ({case.mode}, {io}) failed: {error}\n"
                    + _describe(transport.exchanges)
                ) from None
        finally:
            await http.aclose()

    return asyncio.run(run())


def _bounded(iterator: Iterator[Any], limit: int) -> Iterator[Any]:
    for index, item in enumerate(iterator):
        if index >= limit:
            raise ContractFailure(
                f"a page iterated over more than {limit} items (a loop over the same page?)"
            )
        yield item


# ---------------------------------------------------------------------------------------- the checks


def _problem(problems: list[str], text: str) -> None:
    problems.append(text)


def _expected_query(param: Any, value: Any) -> list[str]:
    """The query values one argument must appear as (form style; the spec's others are checked the same way)."""
    style = param.style or "form"
    if isinstance(value, list):
        items = [_scalar(v) for v in value]
        if style == "form" and param.explode:
            return items
        separator = {"spaceDelimited": " ", "pipeDelimited": "|"}.get(style, ",")
        return [separator.join(items)]
    if isinstance(value, dict):
        raise ContractFailure(
            f"the contract check cannot judge an object in the query ({param.wire}) yet"
        )
    return [_scalar(value)]


def _scalar(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if value is None:
        return ""
    return str(value)


def check_exchange(case: Case, outcome: Outcome) -> list[str]:
    """What in the request(s) breaks the spec or drops/renames an argument; empty when all is well."""
    op = case.op
    problems: list[str] = []
    to_mock = [e for e in outcome.exchanges if e.to_mock]
    if not to_mock:
        return ["no request reached the mock"]
    exchange = to_mock[0]
    request = exchange.request
    if request.method != op.method.upper():
        _problem(
            problems, f"method {request.method}, the spec says {op.method.upper()}"
        )
    # Path: the template with each path argument percent-encoded.
    expected_path = op.path
    for param in names.arguments(op):
        if param.location == "path":
            expected_path = expected_path.replace(
                "{" + param.wire + "}",
                quote(_scalar(case.wire_values[param.name]), safe=""),
            )
    base_path = urlsplit(outcome.mock_url).path.rstrip("/")
    if request.url.raw_path.decode().split("?")[0] != base_path + expected_path:
        _problem(
            problems,
            f"path {request.url.raw_path.decode()!r}, expected {expected_path!r}",
        )
    # Query: every key declared by the spec, every argument present under its wire name with its value.
    declared = {wire for (location, wire) in raw_parameters(op) if location == "query"}
    sent = parse_qsl(request.url.query.decode(), keep_blank_values=True)
    for key, _ in sent:
        if key not in declared:
            _problem(
                problems,
                f"query parameter {key!r} is not declared by the spec (declared: {sorted(declared)})",
            )
    for param in names.arguments(op):
        if param.location != "query" or param.name not in case.wire_values:
            continue
        value = case.wire_values[param.name]
        got = [v for k, v in sent if k == param.wire]
        if value is None:
            continue
        expected = _expected_query(param, value)
        if not got:
            _problem(
                problems,
                f"argument {param.name}={value!r} was not sent as query parameter {param.wire!r}",
            )
        elif got != expected:
            _problem(
                problems,
                f"query parameter {param.wire!r} is {got!r}, expected {expected!r}",
            )
    # Headers.
    for param in names.arguments(op):
        if param.location != "header":
            continue
        got = request.headers.get(param.wire)
        if param.name in case.wire_values:
            if got != _scalar(case.wire_values[param.name]):
                _problem(
                    problems,
                    f"header {param.wire!r} is {got!r}, expected {case.wire_values[param.name]!r}",
                )
        elif param.wire == op.idempotency_header and not got:
            _problem(
                problems,
                f"no {param.wire} header: the client must make one up for {op.operation_id}",
            )
    if op.security and request.headers.get("authorization") != f"Bearer {API_KEY}":
        _problem(
            problems,
            f"Authorization header is {request.headers.get('authorization')!r}",
        )
    # Body.
    if op.body is not None:
        expected_body: Any
        if op.body.flattened:
            expected_body = {
                p.wire: case.wire_values[p.name]
                for p in names.arguments(op)
                if p.location == "body" and p.name in case.wire_values
            }
        else:
            expected_body = case.wire_values.get(names.body_argument(op))
        if op.body.kind != "json":
            raise ContractFailure(
                f"the contract check cannot judge a {op.body.kind} body yet ({op.operation_id})"
            )
        if not exchange.body:
            if op.body.required or expected_body not in (None, {}):
                _problem(problems, f"no body sent; expected {expected_body!r}")
        else:
            content_type = request.headers.get("content-type", "")
            if not content_type.startswith(op.body.content_type):
                _problem(
                    problems,
                    f"Content-Type {content_type!r}, expected {op.body.content_type!r}",
                )
            try:
                sent_body = json.loads(exchange.body)
            except ValueError:
                _problem(problems, f"body is not JSON: {exchange.body[:200]!r}")
            else:
                if not json_equal(sent_body, expected_body):
                    _problem(
                        problems,
                        f"body differs from the arguments: {json_diff(sent_body, expected_body)}",
                    )
                for error in schema_errors(raw_body_schema(op), sent_body):
                    _problem(problems, f"body breaks the spec: {error}")
    elif exchange.body:
        _problem(
            problems,
            f"a body was sent, the operation has none: {exchange.body[:200]!r}",
        )
    return problems


def _models_type(ref: Any) -> Any:
    package = client_module()
    models = importlib.import_module(f"{package.__name__}.models")
    return getattr(models, ref.name)


def check_result(case: Case, outcome: Outcome, io: IO) -> list[str]:
    """Whether the parsed result is what the operation promises, and matches the response it came from."""
    import pydantic

    op = case.op
    problems: list[str] = []
    package = client_module()
    to_mock = [e for e in outcome.exchanges if e.to_mock]
    response = to_mock[0].response
    assert response is not None
    documented = set(raw_operation(op)["responses"])
    if case.prefer and case.prefer.startswith("code="):
        asked = case.prefer.removeprefix("code=")
        if str(response.status_code) != asked:
            _problem(
                problems, f"asked the mock for {asked}, got {response.status_code}"
            )
    if (
        str(response.status_code) not in documented
        and f"{str(response.status_code)[0]}XX" not in documented
    ):
        _problem(
            problems,
            f"status {response.status_code} is not documented ({sorted(documented)})",
        )
    result = outcome.result
    if op.returns_kind == "redirect":
        binary = importlib.import_module(f"{package.__name__}._downloads")
        cls = binary.BinaryResponse if io == "sync" else binary.AsyncBinaryResponse
        if not isinstance(result, cls):
            _problem(
                problems, f"result is {type(result).__name__}, expected {cls.__name__}"
            )
        if not 300 <= response.status_code < 400:
            _problem(
                problems, f"the mock answered {response.status_code}, not a redirect"
            )
        location = response.headers.get("location")
        followed = outcome.exchanges[1:]
        if not followed:
            _problem(problems, f"the redirect to {location!r} was not followed")
        else:
            target = followed[0].request
            if str(target.url) != str(
                httpx.URL(str(response.request.url)).join(location or "")
            ):
                _problem(
                    problems, f"followed to {target.url}, Location was {location!r}"
                )
            if target.method != "GET":
                _problem(problems, f"followed the redirect with {target.method}")
            if not followed[0].to_mock and "authorization" in target.headers:
                _problem(problems, "the API key was sent to the redirect's other host")
        if outcome.read != ARTIFACT:
            _problem(
                problems,
                f"reading the download gave {outcome.read!r}, expected the artifact's bytes",
            )
        return problems
    if op.returns_kind == "empty":
        if result is not None:
            _problem(problems, f"result is {result!r}, expected None")
        if response.status_code not in (204, 205) and to_mock[0].content.strip():
            _problem(
                problems, f"an empty result from a {response.status_code} with a body"
            )
        return problems
    if op.returns_kind != "json":
        raise ContractFailure(
            f"the contract check has no assertion for returns_kind {op.returns_kind!r} yet"
        )
    if len(to_mock) != 1:
        _problem(problems, f"{len(to_mock)} requests for one call")
    try:
        document = json.loads(to_mock[0].content)
    except ValueError:
        return [f"the mock's answer is not JSON: {to_mock[0].content[:200]!r}"]
    returns = op.returns
    if op.pagination is not None:
        pages = importlib.import_module(f"{package.__name__}._pagination")
        cls = pages.SyncCursorPage if io == "sync" else pages.AsyncCursorPage
        if not isinstance(result, cls):
            return [f"result is {type(result).__name__}, expected {cls.__name__}"]
        page_model = _models_type(returns)
        if not isinstance(result.model, page_model):
            _problem(
                problems,
                f"page model is {type(result.model).__name__}, expected {page_model.__name__}",
            )
        scheme = op.pagination.scheme
        items = document.get(scheme.items_field)
        item_type = _runtime_type(op.pagination.item)
        if len(result.data) != len(items or []):
            _problem(
                problems,
                f"page has {len(result.data)} items, the response {len(items or [])}",
            )
        for index, item in enumerate(result.data):
            if not _is_instance(item, item_type):
                _problem(
                    problems,
                    f"item {index} is {type(item).__name__}, expected {item_type}",
                )
            if not json_equal(_dump(item), items[index]):
                _problem(
                    problems,
                    f"item {index} dumps to {_dump(item)!r}, the response had {items[index]!r}",
                )
        if result.has_more != document.get(scheme.has_more_field):
            _problem(
                problems,
                f"has_more is {result.has_more!r}, the response says {document.get(scheme.has_more_field)!r}",
            )
        if result.next_cursor != document.get(scheme.next_cursor_field):
            _problem(
                problems,
                f"next_cursor is {result.next_cursor!r}, the response says {document.get(scheme.next_cursor_field)!r}",
            )
        problems += _check_iteration(case, outcome)
        return problems
    if returns is None:
        return [f"returns_kind json without a return type ({op.operation_id})"]
    expected_type = _runtime_type(returns)
    if not _is_instance(result, expected_type):
        _problem(
            problems, f"result is {type(result).__name__}, expected {expected_type}"
        )
    reference = pydantic.TypeAdapter(expected_type).validate_python(document)
    if not json_equal(_dump(result), _dump(reference)):
        _problem(
            problems,
            "the result differs from parsing the response with its declared type",
        )
    if not json_equal(_dump(result), document):
        _problem(
            problems,
            f"the result dumps to another document than the response: "
            f"{json_diff(_dump(result), document)} (sent = dumped, expected = response)",
        )
    return problems


def _check_iteration(case: Case, outcome: Outcome) -> list[str]:
    """Iterating over a page walked the pages by their cursors and yielded every item of each, in order."""
    scheme = case.op.pagination.scheme
    problems: list[str] = []
    pages = outcome.pages or []
    if not pages:
        return ["iterating over the page fetched no page"]
    expected: list[Any] = []
    first_query = _query_without(pages[0].request, scheme.cursor_param)
    for index, page in enumerate(pages):
        document = json.loads(page.content)
        expected += document.get(scheme.items_field) or []
        if index == 0:
            continue
        previous = json.loads(pages[index - 1].content)
        cursor = dict(parse_qsl(page.request.url.query.decode())).get(
            scheme.cursor_param
        )
        if cursor != previous.get(scheme.next_cursor_field):
            _problem(
                problems,
                f"page {index + 1} was asked with {scheme.cursor_param}={cursor!r}, "
                f"the page before gave {scheme.next_cursor_field}={previous.get(scheme.next_cursor_field)!r}",
            )
        if _query_without(page.request, scheme.cursor_param) != first_query:
            _problem(
                problems,
                f"page {index + 1} dropped or changed the first page's query: {page.request.url}",
            )
    last = json.loads(pages[-1].content)
    if (
        last.get(scheme.has_more_field)
        and last.get(scheme.next_cursor_field)
        and len(outcome.items or []) < 1000
    ):
        _problem(
            problems,
            "iteration stopped while the last page said has_more with a next cursor",
        )
    items = [_dump(item) for item in outcome.items or []]
    if not json_equal(items, expected[: len(items)]) or len(items) != len(expected):
        _problem(
            problems,
            f"iterating gave {len(items)} items, the {len(pages)} page(s) held {len(expected)}: "
            f"{json_diff(items, expected)}",
        )
    return problems


def _query_without(request: httpx.Request, name: str) -> list[tuple[str, str]]:
    return sorted((k, v) for k, v in parse_qsl(request.url.query.decode()) if k != name)


def _runtime_type(ref: Any) -> Any:
    kind = type(ref).__name__
    if kind == "DeclRef":
        return _models_type(ref)
    if kind == "ListType":
        return list[_runtime_type(ref.item)]  # type: ignore[misc]
    raise ContractFailure(
        f"the contract check has no assertion for a result of type {ref!r} yet"
    )


def _is_instance(value: Any, expected: Any) -> bool:
    import pydantic

    if isinstance(expected, type):
        return isinstance(value, expected)
    if typing.get_origin(expected) is list:
        (item,) = typing.get_args(expected)
        return isinstance(value, list) and all(_is_instance(v, item) for v in value)
    # An alias (a union, a map...): the value must be what the alias validates to.
    try:
        again = pydantic.TypeAdapter(expected).validate_python(value)
    except pydantic.ValidationError:
        return False
    return json_equal(_dump(again), _dump(value))


def _dump(value: Any) -> Any:
    import pydantic

    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return pydantic.TypeAdapter(Any).dump_python(
        value, mode="json", by_alias=True, exclude_unset=True
    )


def success_statuses(op: Any) -> list[str]:
    """The documented success (2xx) and redirect (3xx) statuses of an operation."""
    return sorted(s for s in raw_operation(op)["responses"] if s[:1] in ("2", "3"))


def run_case(
    resource: Any,
    op: Any,
    mode: Mode,
    io: IO,
    mock_url: str,
    prefer: str | None = None,
) -> list[str]:
    """Build, call and check one case; the problems found (empty: the contract holds)."""
    case = build_case(resource, op, mode)
    case.prefer = prefer
    outcome = call(case, io, mock_url)
    outcome.mock_url = mock_url
    problems = check_exchange(case, outcome) + check_result(case, outcome, io)
    if problems:
        problems.append("exchange:\n" + _describe(outcome.exchanges))
    return problems
