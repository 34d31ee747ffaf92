"""``readOnly`` and ``writeOnly`` required properties: the models serve requests and responses alike, so such a
property is required in neither. A response leaves out the write-only ones (a password) and a request body
leaves out the read-only ones (the id the server assigns); both must still be valid for the model.
"""

from __future__ import annotations

import json
from typing import Any

import pydantic
import pytest

from tests.conformance.models import api, build, models, read, ref
from tests.conformance.support import Reply, exchange

ACCOUNT = {
    "type": "object",
    "required": ["id", "name", "password"],
    "properties": {
        "id": {"type": "string", "readOnly": True},
        "name": {"type": "string"},
        "password": {"type": "string", "writeOnly": True},
    },
}
# Read-only through a reference: the flag is on the referenced schema (openapi-core only sees it beside the
# property, so this one is checked on the model, not on the wire).
STAMPED = {
    "type": "object",
    "required": ["created", "note"],
    "properties": {"created": ref("Timestamp"), "note": {"type": "string"}},
}


def _spec(openapi: str) -> dict[str, Any]:
    return api(
        {
            "Account": ACCOUNT,
            "Stamped": STAMPED,
            "Timestamp": {"type": "string", "readOnly": True},
            # Inherited through allOf, the flags hold too.
            "Admin": {
                "allOf": [
                    ref("Account"),
                    {
                        "type": "object",
                        "required": ["level"],
                        "properties": {"level": {"type": "integer"}},
                    },
                ]
            },
        },
        {"account": ref("Account"), "admin": ref("Admin")},
        openapi=openapi,
        paths={
            "/stamps": {
                "post": {
                    "operationId": "create_stamp",
                    "tags": ["stamps"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": ref("Stamped")}},
                    },
                    "responses": {
                        "201": {
                            "description": "created",
                            "content": {"application/json": {"schema": ref("Stamped")}},
                        }
                    },
                }
            },
            "/accounts": {
                "post": {
                    "operationId": "create_account",
                    "tags": ["accounts"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": ref("Account")}},
                    },
                    "responses": {
                        "201": {
                            "description": "created",
                            "content": {"application/json": {"schema": ref("Account")}},
                        }
                    },
                }
            },
        },
    )


# openapi-core applies the read/write rule of OpenAPI 3.0 ("required takes effect on the response only") but
# reads 3.1's readOnly and writeOnly as the plain annotations of JSON Schema, so the wire tests below are judged
# on the 3.0 spec; the 3.1 one gets the same models, checked directly.
SPECS = [_spec("3.0.3"), _spec("3.1.0")]
WIRE = SPECS[0]


@pytest.fixture(params=SPECS, ids=["3.0", "3.1"])
def built(request: pytest.FixtureRequest) -> Any:
    return build(request.param)


def test_a_response_without_its_write_only_properties_decodes() -> None:
    built = build(WIRE)
    account = read(
        built,
        "account",
        {
            "id": "a1",
            "name": "Ada",
        },
    )
    assert isinstance(account, models(built).Account)
    assert (account.id, account.name) == ("a1", "Ada")
    assert account.password is None


def test_an_inherited_write_only_property_is_not_required_either() -> None:
    built = build(WIRE)
    admin = read(
        built, "admin", {"id": "a2", "name": "Bo", "created": "2024", "level": 3}
    )
    assert isinstance(admin, models(built).Admin)
    assert admin.level == 3 and admin.password is None


def test_a_request_leaves_out_the_read_only_properties() -> None:
    built = build(WIRE)
    answer = {
        "id": "a1",
        "name": "Ada",
    }
    done = exchange(
        built,
        lambda client: client.accounts.create(name="Ada", password="secret"),
        Reply(status=201, json=answer),
    )
    done.validate()
    assert json.loads(done.request.body) == {"name": "Ada", "password": "secret"}
    assert isinstance(done.result, models(built).Account)
    assert done.result.id == "a1"


def test_the_models_require_neither_read_only_nor_write_only_properties(
    built: Any,
) -> None:
    account = models(built).Account(name="Ada", password="secret")
    assert account.to_dict() == {"name": "Ada", "password": "secret"}
    answer = models(built).Account.model_validate({"id": "a1", "name": "Ada"})
    assert answer.id == "a1" and answer.password is None
    fields = models(built).Account.model_fields
    assert not fields["id"].is_required() and not fields["password"].is_required()
    assert fields["name"].is_required()
    stamped = models(built).Stamped
    assert not stamped.model_fields["created"].is_required()
    assert stamped.model_fields["note"].is_required()
    assert stamped(note="n").to_dict() == {"note": "n"}


def test_a_full_answer_still_decodes() -> None:
    """3.1 only: openapi-core takes a write-only property in a 3.0 answer for an error."""
    built = build(SPECS[1])
    account = read(
        built,
        "account",
        {"id": "a1", "name": "Ada", "password": "p"},
    )
    assert (account.id, account.password) == ("a1", "p")


def test_other_required_properties_stay_required(built: Any) -> None:
    with pytest.raises(pydantic.ValidationError):
        models(built).Account.model_validate({"id": "a1", "created": "x"})
    with pytest.raises(pydantic.ValidationError):
        models(built).Admin.model_validate({"name": "Bo"})


def test_a_flattened_body_leaves_out_a_property_read_only_by_reference() -> None:
    built = build(WIRE)
    done = exchange(
        built,
        lambda client: client.stamps.create(note="n"),
        Reply(status=201, json={"created": "2024-05-01", "note": "n"}),
    )
    # Not judged by openapi-core: it does not follow the reference to see that ``created`` is read-only.
    assert json.loads(done.request.body) == {"note": "n"}
    assert done.result.created == "2024-05-01"
