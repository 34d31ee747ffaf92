"""Lenient response parsing (the default) and ``strict_response_validation``.

A server that drifts from its spec must not cost the caller the whole answer: a response that does not match
its schema is built as received (nested models still built, datetimes and enums still parsed where they can
be, the rest kept as sent), and a required field the server left out raises ``AttributeError`` when read,
naming the model and the field. ``strict_response_validation=True`` restores full validation: then the same
response raises ``APIResponseValidationError`` naming the fields. Webhooks verify strictly and parse the same
way. ``to_dict()`` and ``to_json()`` give back what was received.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import time
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import Field

import framelane
from framelane._construct import construct
from framelane._models import BaseModel
from framelane.models import Job, JobOutput, JobStatus
from framelane.models.render_completed_event import RenderCompletedEvent
from framelane.models.unknown_webhook_event import UnknownWebhookEvent

from tests.drift import ODD_VALUES, drifted

from .conftest import API_KEY, Harness
from .scripted import Recorded, Reply, ScriptedServer, job

SECRET = "whsec_lenient_1"


def without(data: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in keys}


def every_item(h: Harness, pager: Any) -> list[Any]:
    """Every item of every page, with ``for`` (sync) or ``async for`` (async)."""
    if not h.is_async:
        return list(pager)

    async def collect() -> list[Any]:
        return [item async for item in pager]

    result: list[Any] = h.run(collect())
    return result


# ------------------------------------------------------------------------------------------ one object


def test_a_job_without_a_required_field_is_still_returned(
    h: Harness, server: ScriptedServer
) -> None:
    sent = without(
        job("render_1", "completed", output={"url": "https://cdn/o.mp4"}),
        "workspace_id",
    )
    server.route("GET", "/v1/renders/render_1", Reply(json=sent))
    result = h.run(h.make().renders.retrieve("render_1"))
    assert type(result) is Job
    # What fits is still built and parsed: the nested model, the enum, the datetimes.
    assert result.id == "render_1"
    assert result.status is JobStatus.COMPLETED
    assert result.created_at == datetime.datetime(
        2024, 1, 1, tzinfo=datetime.timezone.utc
    )
    assert type(result.output) is JobOutput and result.output.url == "https://cdn/o.mp4"
    # The missing field: a clear AttributeError, naming the model and the field.
    with pytest.raises(AttributeError, match=r"Job\.workspace_id") as info:
        result.workspace_id  # noqa: B018
    assert "strict_response_validation" in str(info.value)
    assert not hasattr(result, "workspace_id")
    assert getattr(result, "workspace_id", "absent") == "absent"
    # An optional field not sent is its default, as always; an unknown name is still the usual error.
    assert result.progress_percent is None
    with pytest.raises(AttributeError, match="no_such_field"):
        result.no_such_field  # noqa: B018
    assert result.to_dict() == sent


def test_values_of_the_wrong_type_are_kept_as_received(
    h: Harness, server: ScriptedServer
) -> None:
    sent = job(
        "render_1",
        "queued",
        progress_percent="half",
        updated_at="yesterday",
        output=["not", "an", "object"],
        error={"code": 7},
        metadata={"a": 1},
    )
    server.route("GET", "/v1/renders/render_1", Reply(json=sent))
    result = h.run(h.make().renders.retrieve("render_1"))
    assert result.progress_percent == "half"
    assert result.updated_at == "yesterday"
    assert result.output == ["not", "an", "object"]
    assert result.metadata == {"a": 1}
    # A nested object is still its model, with its own drift kept.
    assert type(result.error).__name__ == "JobError" and result.error.code == 7
    # The datetime that was readable is parsed.
    assert isinstance(result.created_at, datetime.datetime)
    assert result.to_dict() == sent
    assert json.loads(result.to_json()) == sent


def test_an_unknown_enum_value_and_extra_fields_are_kept(
    h: Harness, server: ScriptedServer
) -> None:
    sent = without(job("render_1", "paused_for_review", shiny=True), "kind")
    server.route("GET", "/v1/renders/render_1", Reply(json=sent))
    result = h.run(h.make().renders.retrieve("render_1"))
    assert result.status.value == "paused_for_review"
    assert result.model_extra == {"shiny": True}
    assert result.to_dict() == sent


def test_strict_response_validation_raises_naming_the_fields(
    h: Harness, server: ScriptedServer
) -> None:
    sent = {**without(job(), "workspace_id"), "progress_percent": "half"}
    server.route("GET", "/v1/renders/render_1", Reply(json=sent))
    client = h.make(strict_response_validation=True)
    assert client.strict_response_validation is True
    with pytest.raises(framelane.APIResponseValidationError) as info:
        h.run(client.renders.retrieve("render_1"))
    assert "workspace_id" in str(info.value) and "progress_percent" in str(info.value)
    assert info.value.body == sent
    assert info.value.status_code == 200


def test_with_options_turns_strict_validation_on_and_off(
    h: Harness, server: ScriptedServer
) -> None:
    server.route(
        "GET", "/v1/renders/render_1", Reply(json=without(job(), "workspace_id"))
    )
    lenient = h.make()
    assert lenient.strict_response_validation is False
    strict = lenient.with_options(strict_response_validation=True)
    with pytest.raises(framelane.APIResponseValidationError, match="workspace_id"):
        h.run(strict.renders.retrieve("render_1"))
    # Other settings leave the option as it was; it can be turned off again.
    assert strict.with_options(timeout=5.0).strict_response_validation is True
    relaxed = strict.with_options(strict_response_validation=False)
    assert h.run(relaxed.renders.retrieve("render_1")).id == "render_1"
    assert h.run(lenient.renders.retrieve("render_1")).id == "render_1"


def test_a_valid_response_is_the_same_either_way(
    h: Harness, server: ScriptedServer
) -> None:
    sent = job(
        "render_1", "completed", output={"url": "https://cdn/o.mp4", "width": 640}
    )
    server.route("GET", "/v1/renders/render_1", Reply(json=sent))
    lenient = h.run(h.make().renders.retrieve("render_1"))
    strict = h.run(h.make(strict_response_validation=True).renders.retrieve("render_1"))
    assert lenient == strict
    assert lenient.workspace_id == "ws_1"


@pytest.mark.parametrize(
    "reply",
    [
        Reply(json=[job()]),
        Reply(json="render_1"),
        Reply(json=None),
        Reply(body="<html>oops</html>"),
    ],
    ids=["an array", "a string", "null", "not JSON"],
)
def test_a_body_that_is_not_even_an_object_fails_leniently_too(
    h: Harness, server: ScriptedServer, reply: Reply
) -> None:
    """There is nothing to build a model from: lenient parsing is for objects that drifted."""
    server.route("GET", "/v1/renders/render_1", reply)
    with pytest.raises(framelane.APIResponseValidationError):
        h.run(h.make().renders.retrieve("render_1"))


def test_raw_response_parse_is_lenient_too(h: Harness, server: ScriptedServer) -> None:
    server.route(
        "GET", "/v1/renders/render_1", Reply(json=without(job(), "workspace_id"))
    )
    raw = h.run(h.make().renders.with_raw_response.retrieve("render_1"))
    assert raw.parse().id == "render_1"
    strict = h.make(strict_response_validation=True)
    raw = h.run(strict.renders.with_raw_response.retrieve("render_1"))
    with pytest.raises(framelane.APIResponseValidationError, match="workspace_id"):
        raw.parse()


# ------------------------------------------------------------------------------------------ pages


def drifting_pages(request: Recorded) -> Reply:
    """Two pages of tasks; one item of the first lacks ``workspace_id``, one of the second is not a job."""
    if request.query.get("cursor", [None])[0] is None:
        items: list[Any] = [
            job("task_1"),
            without(job("task_2"), "workspace_id"),
            job("task_3"),
        ]
        return Reply(json={"data": items, "next_cursor": "c2", "has_more": True})
    return Reply(
        json={
            "data": [job("task_4"), "task_5?"],
            "next_cursor": None,
            "has_more": False,
        }
    )


def test_a_page_with_one_bad_item_still_lists(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/tasks", drifting_pages)
    items = every_item(h, h.make().tasks.list())
    assert [getattr(i, "id", i) for i in items] == [
        "task_1",
        "task_2",
        "task_3",
        "task_4",
        "task_5?",
    ]
    assert all(type(i) is Job for i in items[:4])
    assert items[0].workspace_id == "ws_1"
    with pytest.raises(AttributeError, match=r"Job\.workspace_id"):
        items[1].workspace_id  # noqa: B018
    first = h.run(h.make().tasks.list())
    assert (first.has_more, first.next_cursor, len(first.data)) == (True, "c2", 3)


def test_a_page_with_one_bad_item_fails_when_strict(
    h: Harness, server: ScriptedServer
) -> None:
    server.route("GET", "/v1/tasks", drifting_pages)
    with pytest.raises(
        framelane.APIResponseValidationError, match=r"data\.1\.workspace_id"
    ):
        every_item(h, h.make(strict_response_validation=True).tasks.list())


def test_a_page_whose_cursor_fields_drifted_ends(
    h: Harness, server: ScriptedServer
) -> None:
    """``has_more`` of the wrong type and no ``next_cursor``: the page lists its items and is the last."""
    server.route(
        "GET", "/v1/tasks", Reply(json={"data": [job("task_1")], "has_more": "maybe"})
    )
    page = h.run(h.make().tasks.list())
    assert [j.id for j in page.data] == ["task_1"]
    assert page.has_next_page() is False
    assert len(server.requests) == 1


# ------------------------------------------------------------------------------------------ webhooks


def signed(
    body: bytes, *, at: float | None = None, secret: str = SECRET
) -> dict[str, str]:
    """The signature header, computed here with hmac (not by the client)."""
    t = int(time.time() if at is None else at)
    digest = hmac.new(
        secret.encode(), f"{t}.".encode() + body, hashlib.sha256
    ).hexdigest()
    return {"Framelane-Signature": f"t={t},v1={digest}"}


DRIFTED_EVENT = {
    "id": "evt_1",
    "type": "render.completed",
    "created_at": "not a time",
    "data": without(job("render_1", "completed"), "workspace_id"),
}


def test_a_signed_event_that_drifted_is_returned(h: Harness) -> None:
    body = json.dumps(DRIFTED_EVENT).encode()
    event = h.make().webhooks.unwrap(body, signed(body), secret=SECRET)
    assert type(event) is RenderCompletedEvent
    assert event.type == "render.completed"
    assert event.created_at == "not a time"
    assert type(event.data) is Job and event.data.status is JobStatus.COMPLETED
    with pytest.raises(AttributeError, match=r"Job\.workspace_id"):
        event.data.workspace_id  # noqa: B018
    assert event.to_dict() == DRIFTED_EVENT


def test_an_unknown_event_type_that_drifted_is_the_unknown_variant(h: Harness) -> None:
    sent = {"id": "evt_2", "type": "render.exploded", "data": ["shards"]}
    body = json.dumps(sent).encode()
    event = h.make().webhooks.unwrap(body, signed(body), secret=SECRET)
    assert type(event) is UnknownWebhookEvent
    assert event.type.value == "render.exploded"
    assert event.to_dict() == sent


def test_a_drifted_event_is_refused_when_strict_naming_the_fields(h: Harness) -> None:
    body = json.dumps(DRIFTED_EVENT).encode()
    hooks = h.make(strict_response_validation=True).webhooks
    with pytest.raises(framelane.WebhookVerificationError) as info:
        hooks.unwrap(body, signed(body), secret=SECRET)
    assert "workspace_id" in str(info.value) and "created_at" in str(info.value)
    assert "error(s)" not in str(info.value)


@pytest.mark.parametrize("strict", [False, True])
def test_verification_stays_strict_for_drifted_events(h: Harness, strict: bool) -> None:
    body = json.dumps(DRIFTED_EVENT).encode()
    hooks = h.make(strict_response_validation=strict).webhooks
    for headers, why in [
        (signed(body, secret="whsec_other"), "No signature matches"),
        (signed(body, at=time.time() - 3600), "tolerance"),
        (signed(body + b" "), "No signature matches"),
        ({}, "Missing"),
    ]:
        with pytest.raises(framelane.WebhookVerificationError, match=why):
            hooks.unwrap(body, headers, secret=SECRET)


# ------------------------------------------------------------------------------------------ to_dict / to_json


class Sample(BaseModel):
    """A model with a wire name that differs from its Python name (Framelane's have none)."""

    wire_name: str = Field(alias="wireName")
    when: datetime.datetime | None = None
    status: JobStatus | None = None
    note: str | None = None
    count: int = 0


SAMPLE = {
    "wireName": "x",
    "when": "2024-01-01T00:00:00Z",
    "status": "queued",
    "note": None,
}


def test_to_dict_options() -> None:
    sample = Sample.model_validate(SAMPLE)
    assert sample.to_dict() == SAMPLE
    assert sample.to_dict(by_alias=False) == {
        **without(SAMPLE, "wireName"),
        "wire_name": "x",
    }
    assert sample.to_dict(exclude_none=True) == without(SAMPLE, "note")
    assert sample.to_dict(exclude_unset=False) == {**SAMPLE, "count": 0}
    python = sample.to_dict(mode="python")
    assert python["when"] == datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)
    assert python["status"] is JobStatus.QUEUED
    assert (
        isinstance(sample.to_dict()["status"], str)
        and type(sample.to_dict()["status"]) is str
    )


def test_to_json_options() -> None:
    sample = Sample.model_validate(SAMPLE)
    assert sample.to_json() == json.dumps(SAMPLE, indent=2)
    assert sample.to_json(indent=None) == json.dumps(SAMPLE, separators=(",", ":"))
    assert json.loads(sample.to_json(by_alias=False))["wire_name"] == "x"
    assert "note" not in json.loads(sample.to_json(exclude_none=True))
    assert json.loads(sample.to_json(exclude_unset=False))["count"] == 0


def test_to_dict_of_a_leniently_built_model_is_what_was_received() -> None:
    sent = {"wireName": 5, "when": "later", "status": {"odd": True}, "extra": [1]}
    sample = construct(Sample, sent)
    assert sample.to_dict() == sent
    assert sample.to_dict(mode="python") == sent
    assert json.loads(sample.to_json()) == sent
    assert sample.to_dict(by_alias=False) == {
        **without(sent, "wireName"),
        "wire_name": 5,
    }


# ------------------------------------------------------------------------------------------ random drift

FULL_JOB = job(
    "task_1",
    "completed",
    task_type="transcribe",
    progress_percent=100,
    progress_stage="encoding",
    output={"url": "https://cdn/o.json", "width": None, "size_bytes": 12},
    error={"code": "timeout", "message": "slow"},
    metadata={"order": "42"},
    completed_at="2024-01-01T00:01:00Z",
)


def mock_client(body: Any, **options: Any) -> framelane.Framelane:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    return framelane.Framelane(
        api_key=API_KEY,
        base_url="https://api.test",
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        **options,
    )


@settings(max_examples=60, deadline=None)
@given(drifted(FULL_JOB))
def test_random_drift_never_fails_and_round_trips(sent: dict[str, Any]) -> None:
    with mock_client(sent) as client:
        result = client.renders.retrieve("task_1")
    assert type(result) is Job
    assert result.to_dict() == sent
    assert json.loads(result.to_json(indent=None)) == sent
    for name in ("id", "kind", "workspace_id", "status", "created_at", "updated_at"):
        if name not in sent:
            with pytest.raises(AttributeError, match=rf"Job\.{name}"):
                getattr(result, name)
    if any(name not in sent for name in ("id", "workspace_id", "created_at")):
        with mock_client(sent, strict_response_validation=True) as strict:
            with pytest.raises(framelane.APIResponseValidationError):
                strict.renders.retrieve("task_1")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.one_of(drifted(FULL_JOB), ODD_VALUES), min_size=1, max_size=4))
def test_random_drift_in_a_page_still_lists_every_item(items: list[Any]) -> None:
    with mock_client({"data": items, "has_more": False, "next_cursor": None}) as client:
        listed = list(client.tasks.list())
    assert len(listed) == len(items)
    for got, sent in zip(listed, items):
        if isinstance(sent, dict):
            assert type(got) is Job and got.to_dict() == sent
        else:
            assert got == sent
