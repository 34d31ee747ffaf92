"""Checks openapi.json: it is a valid OpenAPI 3.1 document and follows the Framelane conventions.

Every convention is checked by enumerating the spec (all operations, all schemas), never against a hand-kept
list of operations, so a new endpoint is held to the same rules as the old ones. Set OPENAPI_SPEC to check
another file (handy to prove that a broken spec fails these tests).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from openapi_spec_validator import validate

SPEC_PATH = Path(
    os.environ.get("OPENAPI_SPEC", Path(__file__).resolve().parents[2] / "openapi.json")
)

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
TAGS = [
    "renders",
    "tasks",
    "uploads",
    "imports",
    "capabilities",
    "workspace",
    "api_keys",
    "webhooks",
]
PATH_PARAM_NAMES = {"render_id", "task_id", "import_id", "key_id", "webhook_id"}
HEX_PATTERN = "^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$"
WEBHOOK_EVENTS = {
    "render.completed",
    "render.failed",
    "render.progress",
    "task.completed",
    "task.failed",
    "task.progress",
    "asset.ready",
}
ELEMENT_VARIANTS = {
    "video": "VideoElement",
    "audio": "AudioElement",
    "text": "TextElement",
    "image": "ImageElement",
    "composition": "CompositionElement",
}
OPEN_ENUM_FIELDS = {
    "Effect": "EffectType",
    "Motion": "MotionType",
    "Transition": "TransitionType",
}


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def raw() -> str:
    return SPEC_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def spec(raw: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(raw)
    return loaded


def deref(spec: dict[str, Any], node: Any) -> Any:
    """Follows local `$ref`s until a non-reference node is reached."""
    seen = set()
    while isinstance(node, dict) and "$ref" in node:
        pointer = node["$ref"]
        assert pointer.startswith(
            "#/"
        ), f"only local references are used, got {pointer}"
        assert pointer not in seen, f"reference cycle at {pointer}"
        seen.add(pointer)
        target: Any = spec
        for part in pointer[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def operations(
    spec: dict[str, Any], section: str = "paths"
) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get(section, {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def op_id(path: str, method: str) -> str:
    return f"{method.upper()} {path}"


def parameters(
    spec: dict[str, Any], path: str, op: dict[str, Any], section: str = "paths"
) -> dict[tuple[str, str], dict[str, Any]]:
    """Resolved parameters of an operation, path-level ones included, keyed by (in, name)."""
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for p in spec[section][path].get("parameters", []) + op.get("parameters", []):
        p = deref(spec, p)
        out[(p["in"], p["name"])] = p
    return out


def response_schema(spec: dict[str, Any], response: Any) -> Any:
    response = deref(spec, response)
    content = response.get("content", {})
    if "application/json" not in content:
        return None
    return content["application/json"].get("schema")


def is_list_envelope(spec: dict[str, Any], schema: Any) -> bool:
    schema = deref(spec, schema)
    props = (schema or {}).get("properties", {})
    return bool({"data", "next_cursor", "has_more"} <= props.keys())


def is_job_creating(path: str, method: str) -> bool:
    return method == "post" and (path == "/v1/renders" or path.startswith("/v1/tasks/"))


def schema_types(spec: dict[str, Any], schema: Any) -> set[str]:
    """The JSON types a schema admits, looking through refs and anyOf/oneOf."""
    schema = deref(spec, schema)
    types: set[str] = set()
    t = schema.get("type")
    if isinstance(t, str):
        types.add(t)
    elif isinstance(t, list):
        types.update(t)
    for key in ("anyOf", "oneOf"):
        for sub in schema.get(key, []):
            types |= schema_types(spec, sub)
    return types


def walk(node: Any, pointer: str = "") -> Iterator[tuple[str, Any]]:
    yield pointer, node
    if isinstance(node, dict):
        for k, v in node.items():
            yield from walk(v, f"{pointer}/{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{pointer}/{i}")


def object_schemas(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema with `properties` inside a component schema, nested inline ones included."""
    if isinstance(schema, dict):
        if "properties" in schema:
            yield pointer, schema
        for key, value in schema.items():
            if key in (
                "examples",
                "example",
                "default",
                "const",
                "enum",
                "if",
                "then",
                "else",
                "not",
            ):
                continue  # values, or conditions that constrain fields declared elsewhere
            yield from object_schemas(value, f"{pointer}/{key}")
    elif isinstance(schema, list):
        for i, value in enumerate(schema):
            yield from object_schemas(value, f"{pointer}/{i}")


# --------------------------------------------------------------------------- document level


def test_validates_as_openapi_31(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"] == "3.1.0"


def test_file_is_pretty_printed_with_two_spaces_and_ordered(
    raw: str, spec: dict[str, Any]
) -> None:
    assert raw == json.dumps(spec, indent=2, ensure_ascii=False) + "\n"
    assert list(spec) == [
        "openapi",
        "info",
        "servers",
        "security",
        "tags",
        "paths",
        "webhooks",
        "components",
    ]


def test_info_and_servers(spec: dict[str, Any]) -> None:
    info = spec["info"]
    assert info["title"] == "Framelane API"
    assert info["version"]
    for topic in ("Authentication", "Idempotency", "Errors", "Rate limits", "Jobs"):
        assert f"## {topic}" in info["description"], topic
    assert spec["servers"][0]["url"] == "https://api.framelane.io"


def test_bearer_security_is_global(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert scheme["type"] == "http" and scheme["scheme"] == "bearer"
    assert spec["security"] == [{"bearerAuth": []}]


def test_tags_are_exactly_the_eight_resources(spec: dict[str, Any]) -> None:
    assert [t["name"] for t in spec["tags"]] == TAGS
    assert all(t.get("description") for t in spec["tags"])


def test_no_openapi_30_nullable_keyword(spec: dict[str, Any]) -> None:
    offenders = [
        p for p, node in walk(spec) if isinstance(node, dict) and "nullable" in node
    ]
    assert offenders == []


def test_all_references_resolve(spec: dict[str, Any]) -> None:
    for pointer, node in walk(spec):
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            deref(spec, node)  # raises KeyError on a dangling reference


# --------------------------------------------------------------------------- operations


def test_enough_operations(spec: dict[str, Any]) -> None:
    assert len(list(operations(spec))) >= 26


def test_operation_ids_present_unique_and_prefixed_by_tag(spec: dict[str, Any]) -> None:
    ids = []
    for path, method, op in operations(spec):
        where = op_id(path, method)
        assert re.fullmatch(r"[a-z][a-z0-9_]*", op.get("operationId", "")), where
        assert len(op.get("tags", [])) == 1 and op["tags"][0] in TAGS, where
        assert op["operationId"].startswith(op["tags"][0] + "_"), where
        assert op.get("summary") and op.get("description"), where
        ids.append(op["operationId"])
    ids += [op.get("operationId") for _, _, op in operations(spec, "webhooks")]
    assert all(ids)
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


def test_every_tag_is_used(spec: dict[str, Any]) -> None:
    used = {op["tags"][0] for _, _, op in operations(spec)}
    assert used == set(TAGS)


def test_capabilities_is_public_and_the_rest_authenticated(
    spec: dict[str, Any],
) -> None:
    assert spec["paths"]["/v1/capabilities"]["get"]["security"] == []
    for path, method, op in operations(spec):
        if op.get("security") == []:
            assert path == "/v1/capabilities", op_id(path, method)
        else:
            assert "401" in op["responses"], op_id(path, method)


def test_request_bodies_are_required_json(spec: dict[str, Any]) -> None:
    for section in ("paths", "webhooks"):
        for path, method, op in operations(spec, section):
            if "requestBody" in op:
                body = deref(spec, op["requestBody"])
                assert body.get("required") is True, op_id(path, method)
                assert list(body["content"]) == ["application/json"], op_id(
                    path, method
                )
                assert "$ref" in body["content"]["application/json"]["schema"], op_id(
                    path, method
                )
            elif method in ("post", "put", "patch") and section == "paths":
                assert path.endswith(
                    "/rotate-secret"
                ), f"{op_id(path, method)} has no body"


def test_path_parameters_match_the_template(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        in_template = set(re.findall(r"\{([^}]+)\}", path))
        assert in_template <= PATH_PARAM_NAMES, path
        declared = {
            name for (where, name) in parameters(spec, path, op) if where == "path"
        }
        assert declared == in_template, op_id(path, method)
        for name in declared:
            assert parameters(spec, path, op)[("path", name)]["required"] is True


def test_job_creating_posts(spec: dict[str, Any]) -> None:
    found = 0
    for path, method, op in operations(spec):
        ok_schemas = {
            code: response_schema(spec, r)
            for code, r in op["responses"].items()
            if code in ("200", "202")
        }
        returns_job = any(
            s == {"$ref": "#/components/schemas/Job"} for s in ok_schemas.values()
        )
        if method == "post" and returns_job:
            assert is_job_creating(
                path, method
            ), f"{op_id(path, method)} creates a job outside renders/tasks"
        if not is_job_creating(path, method):
            continue
        found += 1
        where = op_id(path, method)
        key = parameters(spec, path, op).get(("header", "Idempotency-Key"))
        assert key is not None, where
        assert key.get("required", False) is False, where
        assert deref(spec, key["schema"])["type"] == "string", where
        assert {"$ref": "#/components/parameters/IdempotencyKey"} in op[
            "parameters"
        ], where
        assert {"200", "202", "409"} <= op["responses"].keys(), where
        for code in ("200", "202"):
            assert response_schema(spec, op["responses"][code]) == {
                "$ref": "#/components/schemas/Job"
            }, where
    assert found == 5  # POST /v1/renders and the four task endpoints


def test_list_operations_page_with_cursor(spec: dict[str, Any]) -> None:
    lists = []
    for path, method, op in operations(spec):
        schema = response_schema(spec, op["responses"].get("200", {"description": ""}))
        if method != "get" or schema is None or not is_list_envelope(spec, schema):
            assert not op["operationId"].endswith(
                "_list"
            ), f"{op_id(path, method)} is named list but is not one"
            continue
        where = op_id(path, method)
        lists.append(op["operationId"])
        assert "$ref" in schema, f"{where}: the list schema must be a named component"
        params = parameters(spec, path, op)
        limit = params.get(("query", "limit"))
        assert limit is not None and not limit.get("required", False), where
        assert deref(spec, limit["schema"]) == {
            "type": "integer",
            "minimum": 1,
            "maximum": 100,
            "default": 20,
        }, where
        cursor = params.get(("query", "cursor"))
        assert cursor is not None and not cursor.get("required", False), where
        assert deref(spec, cursor["schema"])["type"] == "string", where
        body = deref(spec, schema)
        assert set(body["required"]) >= {"data", "next_cursor", "has_more"}, where
        data = deref(spec, body["properties"]["data"])
        assert data["type"] == "array" and "$ref" in data["items"], where
        assert schema_types(spec, body["properties"]["next_cursor"]) == {
            "string",
            "null",
        }, where
        assert schema_types(spec, body["properties"]["has_more"]) == {"boolean"}, where
    assert len(lists) >= 4, lists


def test_list_filters(spec: dict[str, Any]) -> None:
    tasks = parameters(spec, "/v1/tasks", spec["paths"]["/v1/tasks"]["get"])
    renders = parameters(spec, "/v1/renders", spec["paths"]["/v1/renders"]["get"])
    for params, names in ((tasks, {"type", "status"}), (renders, {"status"})):
        for name in names:
            p = params[("query", name)]
            assert not p.get("required", False)
            assert "null" in schema_types(spec, p["schema"])


def test_job_retrieve_takes_wait(spec: dict[str, Any]) -> None:
    for path, method, op in operations(spec):
        if method == "get" and re.fullmatch(r"/v1/(renders|tasks)/\{\w+\}", path):
            wait = deref(spec, parameters(spec, path, op)[("query", "wait")]["schema"])
            assert (
                wait["type"] == "integer"
                and wait["minimum"] == 0
                and wait["maximum"] == 25
            )


def test_downloads_redirect(spec: dict[str, Any]) -> None:
    downloads = [(p, m, o) for p, m, o in operations(spec) if p.endswith("/download")]
    assert len(downloads) == 2
    for path, method, op in downloads:
        found = deref(spec, op["responses"]["302"])
        assert "content" not in found
        location = deref(spec, found["headers"]["Location"])
        assert deref(spec, location["schema"])["format"] == "uri"
        assert "409" in op["responses"]


def test_error_responses_use_the_envelope(spec: dict[str, Any]) -> None:
    envelope = {"$ref": "#/components/schemas/ErrorResponse"}
    count = 0
    for path, method, op in operations(spec):
        assert "429" in op["responses"], op_id(path, method)
        for code, response in op["responses"].items():
            if code[0] in "45":
                count += 1
                assert (
                    response_schema(spec, response) == envelope
                ), f"{op_id(path, method)} {code}"
    for name, response in spec["components"]["responses"].items():
        assert response_schema(spec, response) == envelope, name
    assert count > 0


def test_429_and_503_carry_retry_after(spec: dict[str, Any]) -> None:
    seen = 0
    for path, method, op in operations(spec):
        for code, response in op["responses"].items():
            if code in ("429", "503"):
                seen += 1
                header = deref(
                    spec, deref(spec, response).get("headers", {}).get("Retry-After")
                )
                assert header is not None, f"{op_id(path, method)} {code}"
                assert deref(spec, header["schema"])["type"] == "integer"
    assert seen > 0


def test_error_code_catalogue_is_documented(spec: dict[str, Any]) -> None:
    codes = spec["components"]["schemas"]["ErrorCode"]["enum"]
    code_doc = spec["components"]["schemas"]["ErrorBody"]["properties"]["code"][
        "description"
    ]
    for code in codes:
        assert f"`{code}`" in code_doc, code
        assert f"`{code}`" in spec["info"]["description"], code
    for required in (
        "unauthorized",
        "not_found",
        "idempotency_key_reused",
        "job_not_cancellable",
        "job_not_completed",
        "validation_error",
        "rate_limited",
        "service_unavailable",
    ):
        assert required in codes


# --------------------------------------------------------------------------- schemas


def test_enough_component_schemas(spec: dict[str, Any]) -> None:
    assert len(spec["components"]["schemas"]) >= 40


def test_every_schema_and_property_is_described(spec: dict[str, Any]) -> None:
    missing = []
    for name, schema in spec["components"]["schemas"].items():
        if not schema.get("description"):
            missing.append(name)
        for pointer, obj in object_schemas(schema, name):
            for prop, sub in obj["properties"].items():
                if not (isinstance(sub, dict) and sub.get("description")):
                    missing.append(f"{pointer}/properties/{prop}")
    assert missing == []


def test_required_fields_exist(spec: dict[str, Any]) -> None:
    for name, schema in spec["components"]["schemas"].items():
        for pointer, obj in object_schemas(schema, name):
            assert set(obj.get("required", [])) <= obj["properties"].keys(), pointer


def test_colour_fields_use_the_hex_pattern(spec: dict[str, Any]) -> None:
    checked = 0
    for name, schema in spec["components"]["schemas"].items():
        for prop, sub in schema.get("properties", {}).items():
            if prop.endswith("_color") or prop == "color_overlay":
                checked += 1
                assert sub.get("pattern") == HEX_PATTERN, f"{name}.{prop}"
    assert checked >= 10


def test_element_union(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    element = schemas["Element"]
    assert element["discriminator"]["propertyName"] == "type"
    mapping = element["discriminator"]["mapping"]
    assert mapping == {
        k: f"#/components/schemas/{v}" for k, v in ELEMENT_VARIANTS.items()
    }
    assert sorted(r["$ref"] for r in element["oneOf"]) == sorted(mapping.values())
    for value, name in ELEMENT_VARIANTS.items():
        variant = schemas[name]
        assert variant["properties"]["type"]["const"] == value
        assert "type" in variant["required"]
    nested = schemas["CompositionElement"]["properties"]["elements"]
    assert nested["items"] == {"$ref": "#/components/schemas/Element"}


def test_drifting_enums_stay_open(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for holder, enum_name in OPEN_ENUM_FIELDS.items():
        assert schemas[enum_name]["type"] == "string" and schemas[enum_name]["enum"]
        field = schemas[holder]["properties"]["type"]
        assert field["anyOf"] == [
            {"$ref": f"#/components/schemas/{enum_name}"},
            {"type": "string"},
        ], holder
    assert "fade" in schemas["Transition"]["properties"]["type"]["examples"]


def test_shared_enums_are_components(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in (
        "JobStatus",
        "JobKind",
        "TaskType",
        "ProgressStage",
        "OutputFormat",
        "BlendMode",
        "FontStyle",
        "TextAlign",
        "TextDecoration",
        "TextWrap",
        "WordAnimationStyle",
        "Easing",
        "MotionScope",
        "SpeechModel",
        "Plan",
        "PlanStatus",
        "ImportStatus",
        "WebhookEventType",
    ):
        assert schemas[name]["type"] == "string" and schemas[name]["enum"], name
    assert schemas["ImportStatus"]["enum"] == ["processing", "ready", "failed"]
    assert set(schemas["WebhookEventType"]["enum"]) == WEBHOOK_EVENTS
    assert schemas["Dimension"]["anyOf"] == [
        {
            "type": "number",
            "description": schemas["Dimension"]["anyOf"][0]["description"],
        },
        {
            "type": "string",
            "description": schemas["Dimension"]["anyOf"][1]["description"],
        },
    ]
    assert schemas["Metadata"]["additionalProperties"] == {"type": "string"}
    assert schemas["Capabilities"]["additionalProperties"] is True


# --------------------------------------------------------------------------- webhooks


def test_webhook_events(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    assert set(spec["webhooks"]) == WEBHOOK_EVENTS
    union = schemas["WebhookEvent"]
    assert union["discriminator"]["propertyName"] == "type"
    assert set(union["discriminator"]["mapping"]) == WEBHOOK_EVENTS
    assert sorted(r["$ref"] for r in union["oneOf"]) == sorted(
        union["discriminator"]["mapping"].values()
    )
    for event, item in spec["webhooks"].items():
        op = item["post"]
        assert op["operationId"] == "webhook_" + event.replace(".", "_")
        signature = parameters(spec, event, op, "webhooks")[
            ("header", "Framelane-Signature")
        ]
        assert signature["required"] is True and "v1=" in signature["description"]
        assert "200" in op["responses"]
        payload = deref(
            spec, op["requestBody"]["content"]["application/json"]["schema"]
        )
        assert set(payload["required"]) >= {"id", "type", "created_at", "data"}, event
        assert payload["properties"]["type"] == {
            **payload["properties"]["type"],
            "type": "string",
            "const": event,
        }
        assert (
            union["discriminator"]["mapping"][event]
            == op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        )
        data = payload["properties"]["data"]["$ref"].rsplit("/", 1)[1]
        assert data == ("Asset" if event == "asset.ready" else "Job"), event


def test_examples_match_their_schemas(spec: dict[str, Any]) -> None:
    from jsonschema import Draft202012Validator

    def errors(schema: dict[str, Any], value: Any) -> list[str]:
        validator = Draft202012Validator({**schema, "components": spec["components"]})
        return [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(value)]

    problems, checked = [], 0
    for name, schema in spec["components"]["schemas"].items():
        for i, example in enumerate(schema.get("examples", [])):
            checked += 1
            problems += [f"{name} example {i} {e}" for e in errors(schema, example)]
        for prop, sub in schema.get("properties", {}).items():
            for example in sub.get("examples", []):
                checked += 1
                problems += [f"{name}.{prop} {e}" for e in errors(sub, example)]
    for name, response in spec["components"]["responses"].items():
        media = response["content"]["application/json"]
        values = (
            [media["example"]]
            if "example" in media
            else [e["value"] for e in media.get("examples", {}).values()]
        )
        for value in values:
            checked += 1
            problems += [f"response {name} {e}" for e in errors(media["schema"], value)]
    assert problems == []
    assert checked > 50
