"""Methods: keyword-only arguments, positional and percent-encoded path parameters, omitted arguments left out,
``None`` as null only where the spec allows it, nested bodies as models or dicts, tolerant response models,
and raw access."""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
from pathlib import Path
from typing import Any

import pytest

import framelane
from framelane.models.job_status import JobStatus
from framelane.models.text_element import TextElement

from .conftest import Harness
from .scripted import Reply, ScriptedServer, job

SPEC = json.loads((Path(__file__).resolve().parents[2] / "openapi.json").read_text())


def test_resources_have_one_method_per_operation(h: Harness) -> None:
    client = h.make()
    for resource, method in [
        ("renders", "create"),
        ("renders", "retrieve"),
        ("renders", "list"),
        ("renders", "cancel"),
        ("renders", "download"),
        ("tasks", "transcribe"),
        ("tasks", "remove_background"),
        ("workspace", "usage"),
        ("uploads", "create"),
        ("webhooks", "rotate_secret"),
        ("api_keys", "revoke"),
        ("imports", "create"),
        ("capabilities", "retrieve"),
    ]:
        assert callable(getattr(getattr(client, resource), method)), (resource, method)


def test_arguments_are_keyword_only(h: Harness, server: ScriptedServer) -> None:
    client = h.make()
    with pytest.raises(TypeError):
        client.renders.create(1920)
    with pytest.raises(TypeError):
        client.tasks.transcribe("https://cdn.example/a.mp3")
    with pytest.raises(TypeError):
        client.renders.retrieve("r1", 5)  # `wait` is keyword-only
    assert server.count == 0


def test_path_parameters_are_positional_and_percent_encoded(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/renders/a%2Fb", Reply(json=job("render_a/b")))
    server.route(
        "DELETE", "/v1/renders/x%20y%3Fz%23w", Reply(json=job("render_x", "cancelled"))
    )
    client = h.make()
    assert h.run(client.renders.retrieve("a/b")).id == "render_a/b"
    assert h.run(client.renders.cancel(render_id="x y?z#w")).status == "cancelled"
    assert [r.path for r in server.requests] == [
        "/v1/renders/a%2Fb",
        "/v1/renders/x%20y%3Fz%23w",
    ]
    assert [r.query for r in server.requests] == [{}, {}]


def test_omitted_arguments_are_not_sent(h: Harness, server: ScriptedServer) -> None:
    server.route("POST", "/v1/renders", Reply(202, json=job()))
    server.route("GET", "/v1/renders/r1", Reply(json=job()))
    server.route(
        "GET",
        "/v1/renders",
        Reply(json={"data": [], "next_cursor": None, "has_more": False}),
    )
    client = h.make()
    h.run(client.renders.create(width=1920, height=1080))
    h.run(client.renders.retrieve("r1"))
    h.run(client.renders.list(limit=5))
    create, retrieve, listing = server.requests
    assert create.json() == {"width": 1920, "height": 1080}
    assert create.header("Content-Type") == "application/json"
    assert retrieve.target == "/v1/renders/r1"
    assert listing.query == {"limit": ["5"]}


def test_a_call_without_body_arguments_sends_no_body(
    h: Harness, server: ScriptedServer
) -> None:
    usage = {
        "period_start": "2024-01-01T00:00:00Z",
        "period_end": "2024-02-01T00:00:00Z",
        "render_minutes": 12.5,
        "task_count": 3,
        "egress_bytes": 1024,
    }
    server.route("GET", "/v1/workspace/usage", Reply(json=usage))
    client = h.make()
    assert h.run(client.workspace.usage()).render_minutes == 12.5
    assert server.requests[0].body_size == 0
    assert server.requests[0].header("Content-Type") is None


def test_none_is_sent_as_null_where_the_spec_allows_it(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("POST", "/v1/renders", Reply(202, json=job()))
    server.route("POST", "/v1/tasks/transcribe", Reply(202, json=job("task_1")))
    client = h.make()
    h.run(
        client.renders.create(
            width=640, height=360, output_filename=None, webhook_url=None
        )
    )
    h.run(
        client.tasks.transcribe(source_url="https://cdn.example/a.mp3", language=None)
    )
    assert server.requests[0].json() == {
        "width": 640,
        "height": 360,
        "output_filename": None,
        "webhook_url": None,
    }
    assert server.requests[1].json() == {
        "source_url": "https://cdn.example/a.mp3",
        "language": None,
    }


def _nullable(schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    if types == "null" or (isinstance(types, list) and "null" in types):
        return True
    return any(_nullable(s) for s in schema.get("anyOf", []) + schema.get("oneOf", []))


@pytest.mark.parametrize(
    ("resource", "method", "schema"),
    [
        ("renders", "create", "RenderRequest"),
        ("tasks", "transcribe", "TranscribeTaskRequest"),
        ("uploads", "create", "UploadRequest"),
        ("imports", "create", "ImportRequest"),
    ],
)
def test_none_is_accepted_exactly_where_the_spec_allows_null(
    resource: str, method: str, schema: str
) -> None:
    module = importlib.import_module(f"framelane.resources.{resource}")
    for prefix in ("", "Async"):
        function = getattr(getattr(module, prefix + resource.title()), method)
        params = inspect.signature(function).parameters
        properties = SPEC["components"]["schemas"][schema]["properties"]
        assert set(properties) <= set(params), set(properties) - set(params)
        for name, prop in properties.items():
            annotation = str(params[name].annotation)
            accepts_none = "None" in [part.strip() for part in annotation.split("|")]
            assert accepts_none == _nullable(prop), (schema, name, annotation)


def test_nested_bodies_accept_models_or_dicts(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("POST", "/v1/renders", Reply(202, json=job()))
    client = h.make()
    as_model = TextElement(type="text", text="Hello", duration=2.5, time=0)
    as_dict = {"type": "text", "text": "Hello", "duration": 2.5, "time": 0}
    h.run(client.renders.create(elements=[as_model], metadata={"project": "p1"}))
    h.run(client.renders.create(elements=[as_dict], metadata={"project": "p1"}))
    sent_model, sent_dict = (r.json() for r in server.requests)
    assert (
        sent_model
        == sent_dict
        == {"elements": [as_dict], "metadata": {"project": "p1"}}
    )


def test_typed_dict_params_are_sent_as_written(
    h: Harness, server: ScriptedServer
) -> None:
    """A TypedDict is a dict: sent as it is, with the models, enum members and enum values nested in it
    serialised by wire name, at any depth (a composition holding elements holding effects).
    """
    from framelane.models.blend_mode import BlendMode
    from framelane.models.output_format import OutputFormat
    from framelane.params import CompositionElementParam, TextElementParam

    server.route("POST", "/v1/renders", Reply(202, json=job()))
    client = h.make()
    text: TextElementParam = {
        "type": "text",
        "text": "Hi",
        "duration": 1,
        "blend_mode": BlendMode.MULTIPLY,
    }
    composition: CompositionElementParam = {
        "type": "composition",
        "elements": [text, TextElement(type="text", text="Model", duration=2)],
        "blend_mode": "screen",
    }
    h.run(
        client.renders.create(
            elements=[composition], output_format=OutputFormat("avif")
        )
    )
    (sent,) = (r.json() for r in server.requests)
    assert sent == {
        "elements": [
            {
                "type": "composition",
                "elements": [
                    {
                        "type": "text",
                        "text": "Hi",
                        "duration": 1,
                        "blend_mode": "multiply",
                    },
                    {"type": "text", "text": "Model", "duration": 2},
                ],
                "blend_mode": "screen",
            }
        ],
        "output_format": "avif",
    }


def test_enum_arguments_go_by_value(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders",
        Reply(json={"data": [], "next_cursor": None, "has_more": False}),
    )
    server.route("POST", "/v1/renders", Reply(202, json=job()))
    client = h.make()
    h.run(client.renders.list(status=JobStatus.COMPLETED))
    h.run(client.renders.create(output_format="webm", alpha=True))
    assert server.requests[0].query == {"status": ["completed"]}
    assert server.requests[1].json() == {"output_format": "webm", "alpha": True}


def test_responses_are_typed_models(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET",
        "/v1/renders/r1",
        Reply(
            json=job(
                status="completed",
                output={
                    "url": "https://cdn.example/o.mp4",
                    "width": 1920,
                    "height": 1080,
                },
            )
        ),
    )
    client = h.make()
    result = h.run(client.renders.retrieve("r1"))
    assert isinstance(result, framelane.models.job.Job)
    assert result.status is JobStatus.COMPLETED
    assert result.created_at == datetime.datetime(
        2024, 1, 1, tzinfo=datetime.timezone.utc
    )
    assert result.output is not None and result.output.width == 1920


def test_unknown_fields_and_enum_values_are_kept(
    h: Harness, server: ScriptedServer
) -> None:
    body = job(
        status="paused_for_review",
        priority=7,
        progress_stage="warping_time",
        output={"url": "https://cdn.example/o.mp4", "codec": "av1"},
    )
    server.route("GET", "/v1/renders/r1", Reply(json=body))
    client = h.make()
    result = h.run(client.renders.retrieve("r1"))
    assert result.status == "paused_for_review"
    assert isinstance(result.status, JobStatus)
    assert result.status.value == "paused_for_review"
    assert result.progress_stage.value == "warping_time"
    assert result.model_extra == {"priority": 7}
    assert result.output.model_extra == {"codec": "av1"}
    assert result.to_dict()["priority"] == 7
    assert result.to_dict()["status"] == "paused_for_review"


def test_empty_response_returns_none(h: Harness, server: ScriptedServer) -> None:
    server.route("DELETE", "/v1/api-keys/key_1", Reply(204))
    client = h.make()
    assert h.run(client.api_keys.revoke("key_1")) is None
    assert server.to("DELETE", "/v1/api-keys/key_1")


def test_a_success_body_of_the_wrong_shape_is_a_validation_error_when_strict(
    h: Harness, server: ScriptedServer
) -> None:
    """With ``strict_response_validation`` (lenient parsing is the default: tests/client/test_lenient.py)."""
    server.route(
        "GET",
        "/v1/renders/r1",
        Reply(json={"id": "render_1"}),
        Reply(body="<html>oops</html>"),
    )
    client = h.make(strict_response_validation=True)
    with pytest.raises(framelane.APIResponseValidationError, match="status"):
        h.run(client.renders.retrieve("r1"))
    with pytest.raises(framelane.APIResponseValidationError, match="oops"):
        h.run(client.renders.retrieve("r1"))


# ------------------------------------------------------------------------------------------ raw access


def test_raw_response(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "POST",
        "/v1/renders",
        Reply(202, json=job("render_9"), headers={"X-Request-Id": "req_abc"}),
    )
    client = h.make()
    raw = h.run(client.renders.with_raw_response.create(width=640, height=360))
    assert isinstance(raw, framelane.APIResponse)
    assert raw.status_code == 202
    assert raw.headers["x-request-id"] == "req_abc"
    assert raw.request_id == "req_abc"
    parsed = raw.parse()
    assert isinstance(parsed, framelane.models.job.Job) and parsed.id == "render_9"
    # The wrapper affects that call only.
    assert h.run(client.renders.create(width=640, height=360)).id == "render_9"


def test_raw_response_of_every_method_exists(h: Harness) -> None:
    client = h.make()
    for resource in (
        "renders",
        "tasks",
        "uploads",
        "imports",
        "workspace",
        "api_keys",
        "webhooks",
        "capabilities",
    ):
        res = getattr(client, resource)
        raw = res.with_raw_response
        public = [
            n
            for n, v in inspect.getmembers(type(res), inspect.isfunction)
            if not n.startswith("_")
            and n not in ("wait", "upload", "unwrap", "verify_signature", "sign")
        ]
        assert public, resource
        for name in public:
            assert callable(getattr(raw, name)), (resource, name)
            kinds = [
                p.kind
                for p in inspect.signature(getattr(res, name)).parameters.values()
            ]
            assert kinds[-1] is inspect.Parameter.VAR_KEYWORD, (
                resource,
                name,
            )  # timeout=, extra_headers=, ...


def test_raw_response_of_an_empty_answer(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "DELETE", "/v1/api-keys/key_1", Reply(204, headers={"X-Request-Id": "req_1"})
    )
    client = h.make()
    raw = h.run(client.api_keys.with_raw_response.revoke("key_1"))
    assert (raw.status_code, raw.request_id, raw.parse()) == (204, "req_1", None)


def test_raw_response_of_a_list_parses_to_a_page(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET",
        "/v1/renders",
        lambda r: Reply(
            json={
                "data": [job("render_1" if "cursor" not in r.query else "render_2")],
                "next_cursor": None if "cursor" in r.query else "c2",
                "has_more": "cursor" not in r.query,
            },
            headers={"X-Request-Id": "req_list"},
        ),
    )
    client = h.make()
    raw = h.run(client.renders.with_raw_response.list())
    assert raw.status_code == 200 and raw.request_id == "req_list"
    first = raw.parse()
    assert [j.id for j in first.data] == ["render_1"]
    assert first.has_more is True and first.next_cursor == "c2"
    second = h.run(first.get_next_page())
    assert [j.id for j in second.data] == ["render_2"]


def test_helper_signatures(h: Harness) -> None:
    client = h.make()
    upload = inspect.signature(client.uploads.upload).parameters
    assert list(upload)[:3] == ["file", "content_type", "filename"]
    assert upload["file"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    assert (
        upload["content_type"].kind is inspect.Parameter.KEYWORD_ONLY
        and upload["content_type"].default is None
    )
    assert (
        upload["filename"].kind is inspect.Parameter.KEYWORD_ONLY
        and upload["filename"].default is None
    )
    for method in (client.webhooks.unwrap, client.webhooks.verify_signature):
        params = inspect.signature(method).parameters
        assert list(params) == ["payload", "headers", "secret", "tolerance"]
        assert (params["secret"].default, params["tolerance"].default) == (None, 300)
        assert params["secret"].kind is inspect.Parameter.KEYWORD_ONLY
    for method in (client.renders.download, client.tasks.download):
        first = next(iter(inspect.signature(method).parameters.values()))
        assert first.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD


def test_signatures_and_params_resolve_at_run_time() -> None:
    """Annotations are strings (``from __future__ import annotations``): every name a method's signature uses
    is imported, so ``typing.get_type_hints`` resolves it, and a params type can be a pydantic TypeAdapter.
    """
    import typing

    import pydantic

    from framelane.params import ElementParam

    resources = Path(framelane.__file__).parent / "resources"
    checked = 0
    for path in sorted(resources.glob("[!_]*.py")):
        module = importlib.import_module(f"framelane.resources.{path.stem}")
        for cls in vars(module).values():
            if inspect.isclass(cls) and cls.__module__ == module.__name__:
                for name, method in inspect.getmembers(cls, inspect.isfunction):
                    if not name.startswith("_"):
                        typing.get_type_hints(method)
                        checked += 1
    assert checked > 50
    adapter = pydantic.TypeAdapter(ElementParam)
    value = {"type": "text", "text": "Hi", "duration": 1}
    assert (
        adapter.dump_python(adapter.validate_python(value), exclude_unset=True) == value
    )
