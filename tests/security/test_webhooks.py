"""Webhook verification of the generated Framelane client rejects every forged or replayed delivery, and decides
with ``hmac.compare_digest`` (constant time).

Signatures are computed here with ``hmac`` directly (``t=<unix>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">``),
independently of the client. Every rejection is a ``WebhookVerificationError`` (a ``FramelaneError``), and the
secret never appears in its message.
"""

from __future__ import annotations

import ast
import asyncio
import hashlib
import hmac
import inspect
import json
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.helpers import ROOT

if str(ROOT / "generated") not in sys.path:
    sys.path.insert(0, str(ROOT / "generated"))

import framelane  # noqa: E402
from framelane import _webhooks  # noqa: E402

SECRET = "whsec_Hostile5ecret77"
EVENT = {
    "id": "evt_1",
    "type": "render.completed",
    "created_at": "2024-01-01T00:00:00Z",
    "data": {
        "id": "render_1",
        "kind": "render",
        "workspace_id": "ws_1",
        "status": "completed",
        "created_at": "2024-01-01T00:00:00Z",
        "updated_at": "2024-01-01T00:00:00Z",
    },
}
BODY = json.dumps(EVENT, indent=2).encode()


def digest(body: bytes, t: int | str, secret: str = SECRET) -> str:
    return hmac.new(
        secret.encode(), f"{t}.".encode() + body, hashlib.sha256
    ).hexdigest()


def header(value: str) -> dict[str, str]:
    return {"Framelane-Signature": value}


def now() -> int:
    return int(time.time())


@pytest.fixture(scope="module", params=["sync", "async"])
def hooks(request: pytest.FixtureRequest) -> Iterator[Any]:
    cls = framelane.AsyncFramelane if request.param == "async" else framelane.Framelane
    client: Any = cls(api_key="sk_unused", base_url="http://127.0.0.1:9")
    yield client.webhooks
    if request.param == "async":
        asyncio.run(client.aclose())
    else:
        client.close()


def test_a_genuine_delivery_is_accepted(hooks: Any) -> None:
    t = now()
    event = hooks.unwrap(BODY, header(f"t={t},v1={digest(BODY, t)}"), secret=SECRET)
    assert event.id == "evt_1"


def _forgeries() -> dict[str, tuple[bytes, dict[str, str]]]:
    t = now()
    good = digest(BODY, t)
    tampered = BODY.replace(b"completed", b"cancelled", 1)
    assert tampered != BODY
    return {
        "wrong secret": (BODY, header(f"t={t},v1={digest(BODY, t, 'whsec_other')}")),
        "empty secret used to sign": (BODY, header(f"t={t},v1={digest(BODY, t, '')}")),
        "tampered body": (tampered, header(f"t={t},v1={good}")),
        "body re-serialised": (
            json.dumps(EVENT).encode(),
            header(f"t={t},v1={good}"),
        ),
        "tampered timestamp": (BODY, header(f"t={t + 1},v1={good}")),
        "fresh timestamp appended to a stale delivery": (
            BODY,
            header(f"t={t - 3600},v1={digest(BODY, t - 3600)},t={t}"),
        ),
        "missing header": (BODY, {}),
        "header under another name": (BODY, {"X-Signature": f"t={t},v1={good}"}),
        "empty header": (BODY, header("")),
        "no timestamp": (BODY, header(f"v1={good}")),
        "no signature": (BODY, header(f"t={t}")),
        "no equals sign": (BODY, header(f"t{t}v1{good}")),
        "garbage": (BODY, header("\x00\xff;;==,,")),
        "timestamp not a number": (BODY, header(f"t=abc,v1={good}")),
        "timestamp with a sign": (
            BODY,
            header(f"t=+{t},v1={digest(BODY, '+' + str(t))}"),
        ),
        "timestamp with non-ASCII digits": (
            BODY,
            header(
                f"t={str(t).translate(str.maketrans('0123456789', '٠١٢٣٤٥٦٧٨٩'))},v1={good}"
            ),
        ),
        "huge timestamp": (BODY, header(f"t={'9' * 5000},v1={good}")),
        "non-ASCII signature": (BODY, header(f"t={t},v1=é{good[1:]}")),
        "truncated signature": (BODY, header(f"t={t},v1={good[:32]}")),
        "signature of another scheme": (BODY, header(f"t={t},v0={good}")),
        "several signatures, none valid": (
            BODY,
            header(
                f"t={t},v1={digest(BODY, t, 'a')},v1={digest(BODY, t, 'b')},v1={good[::-1]}"
            ),
        ),
        "replay outside the tolerance": (
            BODY,
            header(f"t={t - 301},v1={digest(BODY, t - 301)}"),
        ),
        "from the future outside the tolerance": (
            BODY,
            header(f"t={t + 301},v1={digest(BODY, t + 301)}"),
        ),
        "replay a day old": (
            BODY,
            header(f"t={t - 86400},v1={digest(BODY, t - 86400)}"),
        ),
    }


FORGERIES = sorted(_forgeries())


@pytest.mark.parametrize("case", FORGERIES)
def test_a_forged_delivery_is_rejected(case: str, hooks: Any) -> None:
    body, headers = _forgeries()[case]
    for check in (hooks.unwrap, hooks.verify_signature):
        with pytest.raises(framelane.WebhookVerificationError) as caught:
            check(body, headers, secret=SECRET)
        assert isinstance(caught.value, framelane.FramelaneError)
        assert SECRET not in str(caught.value)


def test_one_valid_signature_among_several_is_accepted(hooks: Any) -> None:
    """Secret rotation: a sender signs with the old and the new secret; either one may be the endpoint's."""
    t = now()
    value = f"t={t},v1={digest(BODY, t, 'whsec_old')},v1={digest(BODY, t)}"
    assert hooks.unwrap(BODY, header(value), secret=SECRET).id == "evt_1"


def test_a_valid_signature_on_a_body_that_is_not_an_event_is_a_typed_error(
    hooks: Any,
) -> None:
    t = now()
    for body in (
        b"not json",
        b"[]",
        b"null",
        b"{" * 10,
        b"\xff\xfe",
    ):
        with pytest.raises(framelane.WebhookVerificationError):
            hooks.unwrap(body, header(f"t={t},v1={digest(body, t)}"), secret=SECRET)
    # A genuine event that lacks fields is built leniently (tests/client/test_lenient.py), not refused.
    body = b'{"type": "render.completed"}'
    event = hooks.unwrap(body, header(f"t={t},v1={digest(body, t)}"), secret=SECRET)
    assert type(event).__name__ == "RenderCompletedEvent"
    # An event type this client does not know yet (the server is newer) is kept, not refused.
    body = b'{"type": "new.event", "id": "evt_2"}'
    event = hooks.unwrap(body, header(f"t={t},v1={digest(body, t)}"), secret=SECRET)
    assert type(event).__name__ == "UnknownWebhookEvent"
    # Its tag is an UnknownTag (which equals no known tag, as type checkers see it) holding the type sent.
    assert event.type.value == "new.event" and event.id == "evt_2"


def test_no_secret_is_an_error(hooks: Any) -> None:
    t = now()
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.unwrap(BODY, header(f"t={t},v1={digest(BODY, t)}"), secret="")


def test_the_comparison_is_hmac_compare_digest(
    monkeypatch: pytest.MonkeyPatch, hooks: Any
) -> None:
    """The decision is ``hmac.compare_digest``'s: a spy sees every candidate signature, and whatever it
    answers is what verification concludes (so no other comparison, ``==`` or otherwise, decides).
    """
    calls: list[tuple[bytes, bytes]] = []
    answer = {"value": False}

    def spy(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return answer["value"]

    monkeypatch.setattr(_webhooks.hmac, "compare_digest", spy)
    t = now()
    good = digest(BODY, t)
    # A genuine signature, but the comparison says no: rejected.
    with pytest.raises(framelane.WebhookVerificationError):
        hooks.verify_signature(BODY, header(f"t={t},v1={good},v1=00"), secret=SECRET)
    assert len(calls) == 2  # every candidate compared, not only up to a match
    assert {bytes(b) for _, b in calls} == {good.encode(), b"00"}
    assert all(bytes(a) == good.encode() for a, _ in calls)
    # A forged signature, but the comparison says yes: accepted. So it alone decides.
    answer["value"] = True
    calls.clear()
    hooks.verify_signature(BODY, header(f"t={t},v1=forged"), secret=SECRET)
    assert calls == [(good.encode(), b"forged")]


def test_the_source_compares_only_with_compare_digest() -> None:
    """In the generated source, the signature check calls ``hmac.compare_digest`` and compares no digest with
    ``==``/``!=``/``in``."""
    tree = ast.parse(inspect.getsource(_webhooks))
    function = next(
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.FunctionDef) and n.name == "verify_signature"
    )
    calls = [
        n
        for n in ast.walk(function)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr == "compare_digest"
        and isinstance(n.func.value, ast.Name)
        and n.func.value.id == "hmac"
    ]
    assert len(calls) == 1
    for node in ast.walk(function):
        if isinstance(node, ast.Compare):
            names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
            assert not names & {
                "expected",
                "candidate",
                "signatures",
            }, ast.unparse(node)
