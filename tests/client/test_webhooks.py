"""Webhooks: ``unwrap`` and ``verify_signature`` check ``Framelane-Signature`` (``t=...,v1=...``, HMAC-SHA256
hex of ``"{t}.{raw body}"``) against the raw bytes, with a timestamp tolerance, and return the typed event.

The signatures here are computed independently of the client (``hmac`` directly), so a client that signed
the wrong string would fail."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest

import framelane
from framelane.models.asset_ready_event import AssetReadyEvent
from framelane.models.render_completed_event import RenderCompletedEvent
from framelane.models.task_failed_event import TaskFailedEvent

from .scripted import job

SECRET = "whsec_9f8e7d6c5b4a"
EVENT = {
    "id": "evt_1",
    "type": "render.completed",
    "created_at": "2024-01-01T00:00:00Z",
    "data": job("render_1", "completed", output={"url": "https://cdn.example/o.mp4"}),
}
BODY = json.dumps(
    EVENT, indent=1
).encode()  # the raw body, with the sender's own whitespace


def digest(body: bytes, timestamp: int | str, secret: str = SECRET) -> str:
    return hmac.new(
        secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256
    ).hexdigest()


def signed(
    body: bytes = BODY, *, at: float | None = None, secret: str = SECRET
) -> dict[str, str]:
    t = int(time.time() if at is None else at)
    return {"Framelane-Signature": f"t={t},v1={digest(body, t, secret)}"}


@pytest.fixture(scope="module", params=["sync", "async"])
def hooks(request: pytest.FixtureRequest) -> Iterator[Any]:
    """``client.webhooks`` of either client (verification does no I/O, so no server is needed)."""
    cls = framelane.AsyncFramelane if request.param == "async" else framelane.Framelane
    client: Any = cls(api_key="sk_unused", base_url="http://127.0.0.1:9")
    yield client.webhooks
    if request.param == "async":
        asyncio.run(client.aclose())
    else:
        client.close()


def test_valid_delivery_gives_the_typed_event(hooks: Any) -> None:
    event = hooks.unwrap(BODY, signed(), secret=SECRET)
    assert isinstance(event, RenderCompletedEvent)
    assert (event.id, event.type) == ("evt_1", "render.completed")
    assert isinstance(event.data, framelane.models.job.Job)
    assert event.data.output.url == "https://cdn.example/o.mp4"
    assert hooks.verify_signature(BODY, signed(), secret=SECRET) is None


def test_str_payload_and_any_header_case(hooks: Any) -> None:
    headers = {
        "framelane-signature": signed()["Framelane-Signature"],
        "Content-Type": "application/json",
    }
    assert hooks.unwrap(BODY.decode(), headers, secret=SECRET).id == "evt_1"


def test_the_signature_covers_the_raw_bytes(hooks: Any) -> None:
    reserialized = json.dumps(json.loads(BODY)).encode()  # same JSON, other whitespace
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(reserialized, signed(BODY), secret=SECRET)


@pytest.mark.parametrize(
    "event",
    [
        {
            "id": "e2",
            "type": "task.failed",
            "created_at": "2024-01-01T00:00:00Z",
            "data": job("task_1", "failed"),
        },
        {
            "id": "e3",
            "type": "asset.ready",
            "created_at": "2024-01-01T00:00:00Z",
            "data": {
                "id": "asset_1",
                "source_url": "https://cdn.example/a.mp4",
                "kind": "video",
                "created_at": "2024-01-01T00:00:00Z",
            },
        },
    ],
)
def test_the_event_class_follows_type(hooks: Any, event: dict[str, Any]) -> None:
    body = json.dumps(event).encode()
    result = hooks.unwrap(body, signed(body), secret=SECRET)
    assert (
        type(result)
        is {"task.failed": TaskFailedEvent, "asset.ready": AssetReadyEvent}[
            event["type"]
        ]
    )
    assert result.id == event["id"]


def test_an_event_type_the_client_does_not_know_is_kept(hooks: Any) -> None:
    body = json.dumps(
        {
            "id": "e9",
            "type": "render.exploded",
            "created_at": "2024-01-01T00:00:00Z",
            "shards": 3,
        }
    ).encode()
    result = hooks.unwrap(body, signed(body), secret=SECRET)
    assert result.to_dict() == {
        "id": "e9",
        "type": "render.exploded",
        "created_at": "2024-01-01T00:00:00Z",
        "shards": 3,
    }


def test_tampered_body_is_rejected(hooks: Any) -> None:
    headers = signed()
    tampered = BODY.replace(b"render_1", b"render_2")
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(tampered, headers, secret=SECRET)
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.verify_signature(tampered, headers, secret=SECRET)


def test_tampered_timestamp_is_rejected(hooks: Any) -> None:
    t = int(time.time())
    headers = {"Framelane-Signature": f"t={t - 10},v1={digest(BODY, t)}"}
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(BODY, headers, secret=SECRET)


def test_wrong_secret_is_rejected(hooks: Any) -> None:
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(BODY, signed(secret="whsec_other"), secret=SECRET)


@pytest.mark.parametrize("offset", [-301, 301, -3600])
def test_stale_or_future_timestamps_are_rejected(hooks: Any, offset: int) -> None:
    with pytest.raises(framelane.WebhookVerificationError, match="tolerance"):
        hooks.unwrap(BODY, signed(at=time.time() + offset), secret=SECRET)


def test_timestamps_within_the_tolerance_pass(hooks: Any) -> None:
    assert hooks.unwrap(BODY, signed(at=time.time() - 290), secret=SECRET).id == "evt_1"
    assert hooks.unwrap(BODY, signed(at=time.time() + 290), secret=SECRET).id == "evt_1"


def test_tolerance_is_a_parameter(hooks: Any) -> None:
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(BODY, signed(at=time.time() - 60), secret=SECRET, tolerance=30)
    assert (
        hooks.unwrap(
            BODY, signed(at=time.time() - 3000), secret=SECRET, tolerance=3600
        ).id
        == "evt_1"
    )


def test_any_matching_v1_is_accepted(hooks: Any) -> None:
    t = int(time.time())
    good = digest(BODY, t)
    old = digest(BODY, t, "whsec_rotated_away")
    for value in (
        f"t={t},v1={old},v1={good}",
        f"t={t},v1={good},v1={old}",
        f"t={t}, v0=abc, v1={good}",
    ):
        assert (
            hooks.unwrap(BODY, {"Framelane-Signature": value}, secret=SECRET).id
            == "evt_1"
        ), value
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(
            BODY,
            {"Framelane-Signature": f"t={t},v1={old},v1={'0' * 64}"},
            secret=SECRET,
        )


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "garbage",
        "t=1700000000",
        "v1=" + "a" * 64,
        "t=soon,v1=" + "a" * 64,
        "t=,v1=" + "a" * 64,
        "t=" + "9" * 400 + ",v1=" + "a" * 64,
        "t=-1,v1=" + "a" * 64,
        "t={now},v1=é" + "a" * 63,
        "t={now},v1=",
        "t={now};v1={sig}",
    ],
)
def test_missing_or_malformed_header_is_rejected(hooks: Any, value: str | None) -> None:
    now = int(time.time())
    headers = (
        {}
        if value is None
        else {"Framelane-Signature": value.format(now=now, sig=digest(BODY, now))}
    )
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(BODY, headers, secret=SECRET)
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.verify_signature(BODY, headers, secret=SECRET)


def test_secret_from_the_environment(
    hooks: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(
        framelane.WebhookVerificationError, match="FRAMELANE_WEBHOOK_SECRET"
    ):
        hooks.unwrap(BODY, signed())
    monkeypatch.setenv("FRAMELANE_WEBHOOK_SECRET", SECRET)
    assert hooks.unwrap(BODY, signed()).id == "evt_1"
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(BODY, signed(secret="whsec_other"))
    # An explicit secret wins over the environment.
    assert (
        hooks.unwrap(BODY, signed(secret="whsec_other"), secret="whsec_other").id
        == "evt_1"
    )


@pytest.mark.parametrize("body", [b"not json", b"[]", b'"render.completed"'])
def test_a_signed_payload_that_is_not_an_event_is_rejected(
    hooks: Any, body: bytes
) -> None:
    """Not JSON, or JSON that is not an object: there is no event to build, leniently or not."""
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(body, signed(body), secret=SECRET)
    assert hooks.verify_signature(body, signed(body), secret=SECRET) is None


def test_secret_never_in_the_error(hooks: Any) -> None:
    with pytest.raises(framelane.WebhookVerificationError) as info:
        hooks.unwrap(BODY, signed(secret="whsec_other"), secret=SECRET)
    assert SECRET not in str(info.value)
    assert digest(BODY, int(time.time())) not in str(info.value)


def test_verification_error_is_a_framelane_error() -> None:
    assert issubclass(framelane.WebhookVerificationError, framelane.FramelaneError)
