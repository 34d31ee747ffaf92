"""The wire pass's own parts, checked without the corpus: the schema conversion for hypothesis-jsonschema, the
classification of openapi-core's verdicts, the folding of a worker's report, and one small spec end to end (a
simple operation passes, the spec's defects are counted as such, not as the client's).

The corpus run (``make corpus``) is where the pass measures real specs; ``test_fast_subset.py`` runs it on a few.
"""

from __future__ import annotations

import json
import sys
import typing
import urllib.parse
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_core import OpenAPI
from openapi_core.configurations import Config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness  # noqa: E402
import wire_call  # noqa: E402
import wire_judge  # noqa: E402
import wire_report  # noqa: E402
from wire_data import Converter, draw  # noqa: E402

from tests.conformance.oracle import CoreRequest, Sent  # noqa: E402

SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Wire", "version": "1"},
    "servers": [{"url": "https://api.wire.test/v1"}],
    "paths": {
        "/items": {
            "get": {
                "operationId": "listItems",
                "parameters": [
                    {
                        "name": "limit",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "integer", "minimum": 1},
                    },
                    {"name": "tag", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "array",
                                    "items": {"$ref": "#/components/schemas/Item"},
                                }
                            }
                        },
                    }
                },
            }
        },
        "/items/{item_id}/parts/{part}": {
            "get": {
                "operationId": "getPart",
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/items/{item_id}": {
            "delete": {
                "operationId": "deleteItem",
                "parameters": [
                    {
                        "name": "item_id",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "responses": {"404": {"description": "not found"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id", "name"],
                "properties": {
                    "id": {"type": "string", "readOnly": True},
                    "name": {"type": "string", "nullable": True},
                    "child": {"$ref": "#/components/schemas/Item"},
                },
            }
        }
    },
}


def test_conversion_translates_openapi_30_and_cuts_recursion() -> None:
    converter = Converter(SPEC)
    item = {"$ref": "#/components/schemas/Item"}
    request = converter.convert(item, direction="request", full=True)
    assert request["properties"]["id"] is False  # readOnly: not sent
    assert "id" not in request["required"]
    assert request["properties"]["name"]["type"] == ["string", "null"]
    assert (
        request["properties"]["child"] is False
    )  # the recursion, cut: a finite instance
    assert request["required"] == ["name"]  # ``full``: every property kept is required
    response = converter.convert(item, direction="response", full=False)
    assert response["required"] == ["id", "name"]
    assert response["properties"]["child"] is False  # optional, and not ``full``
    values = draw(response, 2, lambda v: True)
    assert values and all(set(v) == {"id", "name"} for v in values)


def _sent(url: str, headers: dict[str, str] | None = None) -> Sent:
    return Sent("GET", httpx.URL(url), httpx.Headers(headers or {}), b"")


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        ("https://api.wire.test/v1/items", "query parameter missing"),
        ("https://api.wire.test/v1/items?limit=zero", "query parameter style"),
        ("https://api.wire.test/v1/items?limit=0", "query parameter arrives altered"),
        ("https://api.wire.test/v2/items?limit=1", "URL (server or path)"),
    ],
)
def test_openapi_core_verdicts_are_classified(url: str, kind: str) -> None:
    openapi = OpenAPI.from_dict(SPEC, config=Config(spec_validator_cls=None))
    sent = _sent(url)
    errors = list(openapi.request_validator.iter_errors(CoreRequest(sent)))
    assert [wire_call.classify(e, SPEC, sent, None)[:2] for e in errors] == [
        ("fail", kind)
    ]


def test_a_case_sensitive_bearer_scheme_is_openapi_cores_fault() -> None:
    spec = {
        **SPEC,
        "components": {
            "securitySchemes": {"token": {"type": "http", "scheme": "Bearer"}}
        },
        "security": [{"token": []}],
    }
    openapi = OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))
    sent = _sent(
        "https://api.wire.test/v1/items?limit=1", {"Authorization": "Bearer abc"}
    )
    errors = list(openapi.request_validator.iter_errors(CoreRequest(sent)))
    assert [wire_call.classify(e, spec, sent, None)[:2] for e in errors] == [
        ("harness", "openapi-core: HTTP auth scheme compared case-sensitively")
    ]


def test_a_killed_worker_counts_what_it_did_not_reach() -> None:
    report = {"stage": "exercising", "operations": {"GET /a": {"outcome": "pass"}}}
    folded = wire_report.fold(report, ["GET /a", "GET /b"])
    assert folded["wire_outcomes"] == {"pass": 1, "fail": 0, "defect": 0, "harness": 1}
    assert folded["wire_operations"]["GET /b"].startswith(
        "harness: the wire worker stopped while exercising"
    )


def test_a_small_spec_end_to_end(tmp_path: Path) -> None:
    path = tmp_path / "wire.json"
    path.write_text(json.dumps(SPEC), encoding="utf-8")
    result = harness.check_spec(
        "wire-test", path=path, timeout=120, wire=True, wire_timeout=120
    )
    assert result.imported, result.import_errors
    assert not result.wire_error
    outcomes = {op: text.split(":")[0] for op, text in result.wire_operations.items()}
    assert outcomes == {
        "GET /items": "pass",
        "GET /items/{item_id}/parts/{part}": "defect",  # {part} is declared by no parameter
        "DELETE /items/{item_id}": "defect",  # no success response
    }
    assert result.wire_reasons == {
        "defect: the path names '…', which no parameter declares": 1,
        "defect: response: no success response is documented (no 2xx, no default)": 1,
    }


def test_a_scheme_relative_server_is_judged_in_both_schemes() -> None:
    spec = {**SPEC, "servers": [{"url": "//api.wire.test/v1"}]}
    sent = _sent("https://api.wire.test/v1/items?limit=1")
    assert [type(e).__name__ for e in _errors(_raw(spec), sent)] == ["ServerNotFound"]
    for url in (
        "https://api.wire.test/v1/items?limit=1",
        "http://api.wire.test/v1/items?limit=1",
    ):
        assert _errors(wire_judge.judge(spec), _sent(url)) == []
    assert [
        type(e).__name__
        for e in _errors(
            wire_judge.judge(spec), _sent("https://other.test/v1/items?limit=1")
        )
    ] == ["ServerNotFound"]


def test_a_path_with_an_empty_first_segment_stays_on_its_host() -> None:
    # redhat.com: ``https://cloud.redhat.com/{basePath}``, ``basePath`` defaulting to ``/api/...``
    spec = {
        **SPEC,
        "servers": [
            {
                "url": "https://api.wire.test/{base}",
                "variables": {"base": {"default": "/v1"}},
            }
        ],
    }
    sent = _sent("https://api.wire.test//v1/items?limit=1")
    assert _errors(wire_judge.judge(spec), sent) == []
    request = CoreRequest(sent)
    assert urllib.parse.urljoin(request.host_url, request.path) == (
        "https://api.wire.test//v1/items"
    )


def test_a_server_variable_holding_a_slash_is_judged_as_its_default() -> None:
    # ebay.com: ``https://api.ebay.com{basePath}``, ``basePath`` defaulting to ``/sell/v1``
    spec = {
        **SPEC,
        "servers": [
            {
                "url": "https://api.wire.test{base}",
                "variables": {"base": {"default": "/v1/x"}},
            }
        ],
    }
    sent = _sent("https://api.wire.test/v1/x/items?limit=1")
    assert [type(e).__name__ for e in _errors(_raw(spec), sent)] == ["ServerNotFound"]
    assert _errors(wire_judge.judge(spec), sent) == []
    wrong = _sent("https://api.wire.test/v2/x/items?limit=1")
    assert [type(e).__name__ for e in _errors(wire_judge.judge(spec), wrong)] == [
        "ServerNotFound"
    ]


def test_a_server_with_its_default_port_is_judged_without_it() -> None:
    spec = {**SPEC, "servers": [{"url": "https://api.wire.test:443/v1"}]}
    sent = _sent("https://api.wire.test/v1/items?limit=1")  # as httpx sends it
    assert [type(e).__name__ for e in _errors(_raw(spec), sent)] == ["ServerNotFound"]
    assert (
        list(wire_judge.judge(spec).request_validator.iter_errors(CoreRequest(sent)))
        == []
    )


# ------------------------------------------------------------------------------------------------------------
# Where openapi-core 0.23.1 or the spec is at fault: each reproduction runs openapi-core alone (``raw``) on a
# minimal spec, then the wire pass's judging oracle (``wire_judge.judge``) and classification on the same request.


def _raw(spec: dict[str, Any]) -> OpenAPI:
    return OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))


def _spec(
    operation: dict[str, Any], route: str = "/x", method: str = "get"
) -> dict[str, Any]:
    operation.setdefault("responses", {"200": {"description": "ok"}})
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "servers": [{"url": "https://api.wire.test"}],
        "paths": {route: {method: operation}},
    }


def _errors(openapi: OpenAPI, sent: Sent) -> list[Exception]:
    return list(openapi.request_validator.iter_errors(CoreRequest(sent)))


def _verdicts(
    spec: dict[str, Any], sent: Sent, media: str | None = None
) -> list[tuple[str, str]]:
    route, item = next(iter(spec["paths"].items()))
    method = next(iter(item))
    return [
        wire_call.classify(e, spec, sent, media, route, method)[:2]
        for e in _errors(wire_judge.judge(spec), sent)
    ]


DEEP = _spec(
    {
        "parameters": [
            {  # Stripe's ``expand``
                "name": "expand",
                "in": "query",
                "style": "deepObject",
                "explode": True,
                "schema": {"type": "array", "items": {"type": "string"}},
            },
            {  # Stripe's ``created``
                "name": "created",
                "in": "query",
                "style": "deepObject",
                "explode": True,
                "schema": {
                    "anyOf": [
                        {"type": "object", "properties": {"gt": {"type": "integer"}}},
                        {"type": "integer"},
                    ]
                },
            },
            {
                "name": "range",
                "in": "query",
                "style": "deepObject",
                "explode": True,
                "schema": {
                    "anyOf": [
                        {"type": "object", "properties": {"gt": {"type": "integer"}}},
                        {"type": "object", "properties": {"lt": {"type": "integer"}}},
                    ]
                },
            },
            {
                "name": "obj",
                "in": "query",
                "style": "deepObject",
                "explode": True,
                "schema": {
                    "type": "object",
                    "properties": {
                        "gt": {"type": "integer"},
                        "a-b": {"type": "string"},
                    },
                },
            },
        ]
    }
)


def test_openapi_core_rejects_an_absent_deep_object_parameter_of_a_non_object_schema() -> (
    None
):
    sent = _sent("https://api.wire.test/x")
    causes = [repr(e.__cause__) for e in _errors(_raw(DEEP), sent)]
    assert causes == [
        "DeserializeError('deepObject', 'expand')",
        "DeserializeError('deepObject', 'created')",
        "DeserializeError('deepObject', 'range')",
    ]
    assert _verdicts(DEEP, sent) == []  # absent is absent


@pytest.mark.parametrize(
    ("query", "verdict"),
    [
        ("expand[0]=a", ("defect", wire_judge.DeepObjectNotObject.reason)),
        ("created[gt]=1", ("defect", wire_judge.DeepObjectNotObject.reason)),
        (
            "range[gt]=1",
            (
                "harness",
                "openapi-core: deepObject on an object schema not spelled 'type: object' (a composition)",
            ),
        ),
        ("obj[gt]=1&obj[a-b]=x", None),
        ("obj[gt]=x", ("fail", "query parameter style")),
        ("obj=1", ("fail", "query parameter style")),
        ("obj[gt][lt]=1", ("defect", wire_judge.DeepObjectUndefined.reason)),
    ],
)
def test_deep_object_parameters_are_judged_where_openapi_defines_them(
    query: str, verdict: tuple[str, str] | None
) -> None:
    assert _verdicts(DEEP, _sent(f"https://api.wire.test/x?{query}")) == (
        [verdict] if verdict else []
    )


def test_openapi_core_takes_a_deep_object_key_outside_word_characters_for_absence() -> (
    None
):
    sent = _sent("https://api.wire.test/x?obj[a-b]=x")
    required = json.loads(json.dumps(DEEP))
    required["paths"]["/x"]["get"]["parameters"][3]["required"] = True
    assert [type(e).__name__ for e in _errors(_raw(required), sent)][
        -1
    ] == "MissingRequiredParameter"
    assert _verdicts(required, sent) == []


FORM = _spec(
    {
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string"},
                            "expand": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                    "encoding": {"expand": {"style": "deepObject", "explode": True}},
                }
            },
        }
    },
    method="post",
)


def _form(body: bytes, media: str = "application/x-www-form-urlencoded") -> Sent:
    return Sent(
        "POST",
        httpx.URL("https://api.wire.test/x"),
        httpx.Headers({"content-type": media}),
        body,
    )


def test_openapi_core_rejects_every_form_body_with_a_deep_object_array_field() -> None:
    sent = _form(b"name=a")  # no ``expand`` at all
    assert [repr(e.__cause__) for e in _errors(_raw(FORM), sent)] == [
        "DeserializeError('deepObject', 'expand')"
    ]
    assert _verdicts(FORM, sent, "application/x-www-form-urlencoded") == []
    assert _verdicts(
        FORM, _form(b"name=a&expand[0]=b"), "application/x-www-form-urlencoded"
    ) == [("defect", wire_judge.DeepObjectNotObject.reason)]


MULTIPART = _spec(
    {
        "requestBody": {
            "required": True,
            "content": {
                "multipart/form-data": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "user_id": {
                                "type": "integer"
                            },  # telegram.org, evemarketer.com
                            "overwrite": {"type": "boolean"},  # superset
                            "chat_id": {
                                "anyOf": [{"type": "integer"}, {"type": "string"}]
                            },
                            "markup": {
                                "anyOf": [
                                    {
                                        "type": "object",
                                        "properties": {"a": {"type": "boolean"}},
                                    }
                                ]
                            },
                        },
                    }
                }
            },
        }
    },
    method="post",
)


def _multipart(**parts: str) -> Sent:
    body = b"".join(
        f'--B\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in parts.items()
    )
    return _form(body + b"--B--\r\n", "multipart/form-data; boundary=B")


def test_openapi_core_leaves_multipart_text_parts_uncast() -> None:
    sent = _multipart(user_id="0", overwrite="false", chat_id="0", markup='{"a":true}')
    messages = [
        getattr(e, "message", "")
        for e in _errors(_raw(MULTIPART), sent)[0].__cause__.schema_errors
    ]
    assert (
        "'0' is not of type 'integer'" in messages
        and "'false' is not of type 'boolean'" in messages
    )
    assert any("b'0'" in m for m in messages)  # a part of an untyped schema stays bytes
    assert _verdicts(MULTIPART, sent, "multipart/form-data") == []
    # the cast is openapi-core's own: what is not an integer is still not one
    assert _verdicts(MULTIPART, _multipart(user_id="zero"), "multipart/form-data") == [
        ("fail", "multipart body arrives altered")
    ]


def test_openapi_core_judges_header_parameters_openapi_ignores() -> None:
    spec = _spec(
        {
            "parameters": [
                {
                    "name": "Accept",
                    "in": "header",
                    "required": True,
                    "schema": {"enum": ["application/x.v2+json"]},
                }
            ]
        }
    )
    sent = _sent("https://api.wire.test/x", {"Accept": "application/json"})
    assert [type(e).__name__ for e in _errors(_raw(spec), sent)] == ["InvalidParameter"]
    assert _verdicts(spec, sent) == []


def test_an_invalid_default_of_an_absent_parameter_is_the_specs_defect() -> None:
    # ably.io's ``limit``: ``{"type": "integer", "default": "100"}``; openapi-core validates the default instead
    spec = _spec(
        {
            "parameters": [
                {
                    "name": "limit",
                    "in": "query",
                    "schema": {"type": "integer", "default": "100"},
                }
            ]
        }
    )
    sent = _sent("https://api.wire.test/x")
    assert [type(e).__name__ for e in _errors(_raw(spec), sent)] == ["InvalidParameter"]
    assert _verdicts(spec, sent) == [
        (
            "defect",
            "a parameter's default does not satisfy its schema (openapi-core judges the default of an absent parameter)",
        )
    ]
    # sent, the same verdict is the client's
    assert _verdicts(spec, _sent("https://api.wire.test/x?limit=x")) == [
        ("fail", "query parameter style")
    ]


def test_path_values_are_decoded_after_matching() -> None:
    spec = _spec(
        {
            "parameters": [
                {
                    "name": "at",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string", "format": "date-time"},
                }
            ]
        },
        route="/days/{at}",
    )
    sent = _sent("https://api.wire.test/days/2000-01-01T00%3A00%3A00Z")
    found = _raw(spec).request_validator._find_path(CoreRequest(sent))
    assert found.path_result.variables == {
        "at": "2000-01-01T00%3A00%3A00Z"
    }  # openapi-core's, still encoded
    assert _verdicts(spec, sent) == []
    slash = _sent(
        "https://api.wire.test/days/a%2Fb"
    )  # one segment still, decoded to ``a/b``
    request = CoreRequest(slash)
    assert [str(e) for e in _errors(_raw(spec), slash)] == [
        "Invalid path parameter: at"
    ]
    list(_raw(spec).request_validator.iter_errors(request))
    assert request.parameters.path == {"at": "a/b"}


def test_a_form_body_of_a_string_schema_is_read_as_an_empty_object_by_openapi_core() -> (
    None
):
    # spoonacular.com ``POST /recipes/visualizeRecipe``: a multipart body of ``type: string``
    spec = _spec(
        {
            "requestBody": {
                "required": True,
                "content": {"multipart/form-data": {"schema": {"type": "string"}}},
            }
        },
        method="post",
    )
    sent = _multipart(title="x")
    assert "{} is not of type 'string'" in str(_errors(_raw(spec), sent)[0].__cause__)
    assert _verdicts(spec, sent, "multipart/form-data") == [
        (
            "harness",
            "openapi-core: a form or multipart body of a non-object schema is read as {}",
        )
    ]
    # nothing sent at all is still the client's
    assert _verdicts(
        spec, _form(b"", "multipart/form-data"), "multipart/form-data"
    ) == [("fail", "body missing")]
    # a form body of a string schema (spoonacular.com ``POST /recipes/cuisine``) likewise
    form = json.loads(json.dumps(spec))
    form["paths"]["/x"]["post"]["requestBody"]["content"] = {
        "application/x-www-form-urlencoded": {"schema": {"type": "string"}}
    }
    media = "application/x-www-form-urlencoded"
    sent = _form(b"title=Pork+roast")
    assert "{} is not of type 'string'" in str(_errors(_raw(form), sent)[0].__cause__)
    assert _verdicts(form, sent, media) == [
        (
            "harness",
            "openapi-core: a form or multipart body of a non-object schema is read as {}",
        )
    ]


def test_a_model_or_its_typeddict_is_built_as_the_model_keeping_undeclared_keys() -> (
    None
):
    # journy.io: ``{"": null}`` is valid for an object that declares other properties; pydantic's smart union
    # would pick the TypedDict and drop the key, so that the harness itself altered the value.
    import pydantic
    from typing_extensions import TypedDict

    class Thing(pydantic.BaseModel):
        model_config = pydantic.ConfigDict(extra="allow")
        a: int | None = None

    class ThingParam(TypedDict, total=False):
        a: int

    class NotGiven:
        pass

    value = wire_call.convert(Thing | ThingParam | NotGiven, {"": None})
    assert isinstance(value, Thing) and value.model_extra == {"": None}
    items = wire_call.convert(typing.Sequence[Thing | ThingParam], [{"b": 1}])
    assert [type(i) for i in items] == [Thing] and items[0].model_extra == {"b": 1}


def test_a_required_form_field_planned_as_null_or_empty_is_not_judged() -> None:
    body = {"media": "multipart/form-data", "value": {"chat_id": 0, "photo": None}}
    assert wire_call._null_form_fields(body) == ["photo"]
    assert wire_call._null_form_fields({**body, "media": "application/json"}) == []
    form = {
        "media": "application/x-www-form-urlencoded",
        "value": {"a": [], "b": [1], "c": {"d": [], "e": 1}, "f": {"g": None}},
    }
    assert wire_call._null_form_fields(form) == ["a", "c.d", "f"]
    # only a required field's absence is put down to it
    spec = json.loads(json.dumps(MULTIPART))
    spec["paths"]["/x"]["post"]["requestBody"]["content"]["multipart/form-data"][
        "schema"
    ]["required"] = ["markup"]
    (problem,) = _errors(wire_judge.judge(spec), _multipart(user_id="0"))
    assert wire_call._only_missing(problem, ["markup"])
    assert not wire_call._only_missing(problem, ["user_id"])
    (problem,) = _errors(wire_judge.judge(spec), _multipart(user_id="x"))
    assert not wire_call._only_missing(problem, ["markup"])


def test_a_path_holding_a_character_no_uri_holds_is_the_specs_defect() -> None:
    spec = _spec({}, route='/files/{id}/dossier"')  # loket.nl
    spec["paths"]['/files/{id}/dossier"']["get"]["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    sent = _sent("https://api.wire.test/files/1/dossier%22")
    assert _verdicts(spec, sent) == [
        (
            "defect",
            "the path holds a character a URI cannot carry (RFC 3986): no request can match it",
        )
    ]


def test_undeclared_body_fields_are_told_from_declared_ones() -> None:
    # ndhm.gov.in requires ``transactionId`` at the top and declares it inside ``auth`` only
    spec = _spec(
        {
            "requestBody": {
                "content": {
                    "application/json": {
                        "schema": {
                            "allOf": [{"properties": {"auth": {"type": "object"}}}],
                            "properties": {"requestId": {"type": "string"}},
                            "required": ["requestId", "transactionId"],
                        }
                    }
                }
            }
        },
        method="post",
    )
    assert wire_call.declared_properties(spec, "/x", "post", "application/json") == {
        "auth",
        "requestId",
    }


def test_an_encoding_style_is_ignored_in_multipart_up_to_openapi_3_1_0() -> None:
    # stripe.com ``POST /v1/files``: ``file_link_data`` has ``style: deepObject`` in a multipart body
    spec = _spec(
        {
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "link": {
                                    "type": "object",
                                    "properties": {"create": {"type": "boolean"}},
                                }
                            },
                        },
                        "encoding": {"link": {"style": "deepObject", "explode": True}},
                    }
                },
            }
        },
        method="post",
    )

    def sent(part: bytes) -> Sent:
        body = (
            b'--B\r\nContent-Disposition: form-data; name="link"\r\n'
            b"Content-Type: application/json\r\n\r\n" + part + b"\r\n--B--\r\n"
        )
        return _form(body, "multipart/form-data; boundary=B")

    # openapi-core looks for ``link[create]`` parts, finds none, and judges nothing of the JSON part
    assert _errors(_raw(spec), sent(b'{"create":"no"}')) == []
    assert _verdicts(spec, sent(b'{"create":true}'), "multipart/form-data") == []
    assert _verdicts(spec, sent(b'{"create":"no"}'), "multipart/form-data") == [
        ("fail", "multipart body arrives altered")
    ]
    # from 3.1.1 on, the style applies to multipart too (a JSON part is then not in deepObject form)
    assert _errors(wire_judge.judge({**spec, "openapi": "3.1.1"}), sent(b"{}")) != []


# ------------------------------------------------------------------------------------------ opaque bodies


XML_SPEC = _spec(
    {
        "requestBody": {
            "required": True,
            "content": {
                "application/xml": {
                    "schema": {
                        "type": "object",
                        "required": ["id"],
                        "properties": {"id": {"type": "integer"}},
                    }
                }
            },
        },
        "responses": {
            "200": {
                "description": "ok",
                "content": {
                    "image/png": {"schema": {"type": "object", "properties": {"a": {}}}}
                },
            }
        },
    },
    method="post",
)
XML_BODY = b'<?xml version="1.0"?><x><id>1</id></x>'


def _posted(body: bytes, media: str) -> Sent:
    return Sent(
        "POST",
        httpx.URL("https://api.wire.test/x"),
        httpx.Headers({"content-type": media}),
        body,
    )


def test_openapi_core_validates_opaque_bodies_against_their_schema_as_data() -> None:
    # mastercard.com masterpassqr ``POST .../reversals``: a well-formed XML body of an object schema
    sent = _posted(XML_BODY, "application/xml")
    (error,) = _errors(_raw(XML_SPEC), sent)
    assert "is not of type 'object'" in str(error.__cause__.schema_errors[0])  # type: ignore[union-attr]
    assert _verdicts(XML_SPEC, sent, "application/xml") == []
    # openapi-core's own reading still judges: another media type, XML that does not parse, no body
    assert _verdicts(
        XML_SPEC, _posted(XML_BODY, "application/json"), "application/xml"
    ) == [("fail", "content type (a application/xml body)")]
    assert _verdicts(
        XML_SPEC, _posted(b"<x><id>", "application/xml"), "application/xml"
    ) == [("fail", "application/xml body encoding")]
    assert _verdicts(XML_SPEC, _posted(b"", "application/xml"), "application/xml") == [
        ("fail", "body missing")
    ]


def test_an_opaque_body_must_arrive_as_the_bytes_passed_in_its_media_type() -> None:
    planned = {
        "media": "application/xml",
        "value": wire_call.from_plan_value({"__bytes__": "PHg+PC94Pg=="}),
    }  # <x></x>
    assert (
        wire_call._opaque_body_problems(
            planned, _posted(b"<x></x>", "application/xml"), "full"
        )
        == []
    )
    assert [
        k
        for k, _ in wire_call._opaque_body_problems(
            planned, _posted(b'"PHg+PC94Pg=="', "application/xml"), "full"
        )
    ] == ["application/xml body arrives altered"]
    assert [
        k
        for k, _ in wire_call._opaque_body_problems(
            planned, _posted(b"<x></x>", "application/octet-stream"), "full"
        )
    ] == ["content type (a application/xml body)"]
    # JSON, forms and multipart are openapi-core's to judge
    assert (
        wire_call._opaque_body_problems(
            {**planned, "media": "application/json"},
            _posted(b"{}", "application/json"),
            "full",
        )
        == []
    )


def test_openapi_core_validates_opaque_responses_against_their_schema_as_data() -> None:
    from tests.conformance.oracle import CoreResponse, Reply

    request = CoreRequest(_posted(XML_BODY, "application/xml"))
    png = Reply(
        status=200, content=b"\x89PNG\r\n", headers={"Content-Type": "image/png"}
    )
    raw = list(
        _raw(XML_SPEC).response_validator.iter_errors(request, CoreResponse(png))
    )
    assert "is not of type 'object'" in str(raw[0].__cause__.schema_errors[0])  # type: ignore[union-attr]
    judged = wire_judge.judge(XML_SPEC).response_validator
    assert list(judged.iter_errors(request, CoreResponse(png))) == []
    # another media type, or another status, is still an error
    json_reply = Reply(
        status=200, content=b"{}", headers={"Content-Type": "application/json"}
    )
    assert list(judged.iter_errors(request, CoreResponse(json_reply)))
    assert list(
        judged.iter_errors(
            request,
            CoreResponse(
                Reply(status=201, content=b"x", headers={"Content-Type": "image/png"})
            ),
        )
    )


def test_a_raw_response_must_come_back_as_the_bytes_or_text_given() -> None:
    class Download:
        def __init__(self, content: bytes) -> None:
            self.content = content

        def read(self) -> bytes:
            return self.content

    body = b"<wire>test</wire>"
    assert wire_call._raw_mismatch(Download(body), body) == ""
    assert wire_call._raw_mismatch("<wire>test</wire>", body) == ""
    assert wire_call._raw_mismatch(body, body) == ""
    assert wire_call._raw_mismatch(Download(b"other"), body).startswith("other bytes")
    assert wire_call._raw_mismatch({"wire": "test"}, body) == "a dict"
    assert wire_call._raw_mismatch(None, body) == "a NoneType"


# ---------------------------------------------------------------------------------------------- planning


def _planner(spec: dict[str, Any]) -> Any:
    from wire_plan import Planner
    from wire_spec import oracle

    return Planner(spec, oracle(spec), 2)


def test_header_values_are_drawn_from_the_field_value_space() -> None:
    from wire_spec import FIELD_VALUE_PATTERN, plain_strings

    schema = {"type": "string"}
    narrowed = plain_strings(schema, top=True, pattern=FIELD_VALUE_PATTERN)
    import re

    pattern = re.compile(narrowed["pattern"])
    assert pattern.search("Bearer a,b; c=d/e") and pattern.search("a\tb")
    assert (
        not pattern.search(" a")
        and not pattern.search("a ")
        and not pattern.search("a\r\nb")
    )
    # items inside a header's array keep URL-unreserved: their delimiter is ','
    array = plain_strings(
        {"type": "array", "items": schema}, top=True, pattern=FIELD_VALUE_PATTERN
    )
    assert array["items"]["pattern"] == "^[A-Za-z0-9._~-]+$"
    spec = _spec(
        {
            "parameters": [
                {
                    "name": "X-Note",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string", "minLength": 12},
                }
            ]
        }
    )
    plan = _planner(spec).plan("/x", "get")
    ((where, name, value),) = plan["variants"][0]["params"]
    assert (where, name) == ("header", "X-Note") and len(value) >= 12
    assert pattern.search(value)


def test_an_optional_parameter_no_request_can_carry_is_left_out_and_said_so() -> None:
    # data2crm.com: a pattern written with its delimiters, anchors inside (``/^...$/``), matches no string
    literal = {
        "type": "string",
        "format": "date",
        "pattern": "/^\\d{4}-\\d{2}-\\d{2}$/",
    }
    # visma.com ``sortings``: an array of objects in the query, which no style serializes
    objects = {
        "type": "array",
        "items": {"type": "object", "properties": {"key": {"type": "string"}}},
    }
    spec = _spec(
        {
            "parameters": [
                {"name": "X-At", "in": "header", "schema": literal},
                {"name": "sortings", "in": "query", "schema": objects},
                {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            ]
        }
    )
    plan = _planner(spec).plan("/x", "get")
    full = plan["variants"][0]
    assert [p[1] for p in full["params"]] == ["limit"]
    assert (
        len(full["omitted"]) == 2 and "regular expression literal" in full["omitted"][0]
    )
    assert "no style of OpenAPI serializes" in full["omitted"][1]
    # required, the operation is the spec's defect
    spec["paths"]["/x"]["get"]["parameters"][0]["required"] = True
    plan = _planner(spec).plan("/x", "get")
    assert "regular expression literal" in plan["defect"]


def test_draws_that_fail_fall_back_to_format_seeds_and_allowed_empty_values() -> None:
    spec = _spec(
        {
            "parameters": [
                # unicourt.com: an RFC 3339 date-time of exactly 25 characters; its example has 24
                {
                    "name": "date",
                    "in": "query",
                    "required": True,
                    "example": "2025-10-15T13:53:25.067Z",
                    "schema": {
                        "type": "string",
                        "format": "date-time",
                        "minLength": 25,
                        "maxLength": 25,
                    },
                },
                # tomtom.com ``styles``: "must be used and left blank"
                {
                    "name": "styles",
                    "in": "query",
                    "required": True,
                    "allowEmptyValue": True,
                    "schema": {"type": "string", "enum": [""]},
                },
            ]
        }
    )
    plan = _planner(spec).plan("/x", "get")
    assert plan["variants"][0]["params"] == [
        ["query", "date", "2017-12-20T12:54:24+00:00"],
        ["query", "styles", ""],
    ]


def test_bodies_are_planned_so_that_the_wire_can_carry_them() -> None:
    text = _spec(
        {
            "requestBody": {
                "required": True,
                "content": {
                    # influxdata.com ``POST /write``: "" is valid, and on the wire an empty body is no body
                    "text/plain": {"schema": {"type": "string", "format": "byte"}}
                },
            }
        },
        method="post",
    )
    full, required = _planner(text).plan("/x", "post")["variants"]
    assert full["body"]["value"] != "" and required["body"]["value"] != ""
    form = _spec(
        {
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            # twilio.com: required arrays without minItems, drawn as [] (which no form spells)
                            "type": "object",
                            "required": ["a", "b"],
                            "properties": {
                                "a": {"type": "array", "items": {"type": "string"}},
                                "b": {"type": "string", "nullable": True},
                            },
                        }
                    }
                },
            }
        },
        method="post",
    )
    for variant in _planner(form).plan("/x", "post")["variants"]:
        assert wire_call._null_form_fields(variant["body"]) == []
    xml = _planner(XML_SPEC).plan("/x", "post")
    assert wire_call.from_plan_value(xml["variants"][0]["body"]["value"]).startswith(
        b"<?xml"
    )
    assert xml["response"]["raw"] and "unjudged" not in xml["response"]


def test_openapi_core_applies_a_read_only_schema_to_a_whole_parameter() -> None:
    # GitHub ``GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}``: ``alert-number`` is readOnly
    spec = _spec(
        {
            "parameters": [
                {
                    "name": "n",
                    "in": "path",
                    "required": True,
                    "schema": {"$ref": "#/components/schemas/Number"},
                }
            ]
        },
        route="/x/{n}",
    )
    spec["components"] = {"schemas": {"Number": {"type": "integer", "readOnly": True}}}

    def sent(value: str) -> Sent:
        return Sent(
            "GET", httpx.URL(f"https://api.wire.test/x/{value}"), httpx.Headers(), b""
        )

    (error,) = _errors(_raw(spec), sent("42"))
    assert "read-only" in str(error.__cause__.schema_errors[0])  # type: ignore[union-attr]
    assert _verdicts(spec, sent("42")) == []
    assert _verdicts(spec, sent("x")) == [("fail", "path parameter style")]
    # the component keeps it where it is a property; the planner draws against the judging copy
    judged = wire_judge.judged_document(spec)
    assert judged["components"]["schemas"]["Number"]["readOnly"] is True
    from wire_plan import Planner
    from wire_spec import oracle

    plan = Planner(spec, oracle(judged), 2).plan("/x/{n}", "get")
    assert isinstance(plan["variants"][0]["params"][0][2], int)
    # digitalocean.com ``ssh_key_identifier``: an anyOf of two readOnly properties' schemas
    # (its references point into a response schema's ``allOf/0/properties``)
    spec["components"]["schemas"]["Keys"] = {
        "allOf": [{"properties": {"key": {"type": "string", "readOnly": True}}}]
    }
    spec["paths"]["/x/{n}"]["get"]["parameters"][0]["schema"] = {
        "anyOf": [
            {"$ref": "#/components/schemas/Number"},
            {"$ref": "#/components/schemas/Keys/allOf/0/properties/key"},
        ]
    }
    assert _errors(_raw(spec), sent("42")) and _verdicts(spec, sent("42")) == []


def test_openapi_core_demands_content_in_an_answer_to_head() -> None:
    # kubernetes.io ``HEAD /api/v1/namespaces/{namespace}/pods/{name}/proxy``: its 200 documents a body
    from tests.conformance.oracle import CoreResponse, Reply

    spec = _spec(
        {
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {"application/json": {"schema": {"type": "object"}}},
                }
            }
        },
        method="head",
    )
    request = CoreRequest(
        Sent("HEAD", httpx.URL("https://api.wire.test/x"), httpx.Headers(), b"")
    )
    empty = CoreResponse(Reply(status=200))
    assert [
        type(e).__name__
        for e in _raw(spec).response_validator.iter_errors(request, empty)
    ] == ["MissingData"]
    judged = wire_judge.judge(spec).response_validator
    assert list(judged.iter_errors(request, empty)) == []
    # an undocumented status, or content that is sent, is still judged
    assert list(judged.iter_errors(request, CoreResponse(Reply(status=404))))
    wrong = Reply(
        status=200, content=b"[]", headers={"Content-Type": "application/json"}
    )
    assert list(judged.iter_errors(request, CoreResponse(wrong)))
    # another method still needs its content
    spec["paths"]["/x"]["get"] = spec["paths"]["/x"]["head"]
    get = CoreRequest(
        Sent("GET", httpx.URL("https://api.wire.test/x"), httpx.Headers(), b"")
    )
    assert [
        type(e).__name__
        for e in wire_judge.judge(spec).response_validator.iter_errors(get, empty)
    ] == ["MissingData"]


def test_passes_without_an_uncarriable_parameter_are_counted_apart() -> None:
    report = {
        "stage": "done",
        "operations": {
            "GET /a": {
                "outcome": "pass",
                "omitted": [
                    "header parameter 'X-At': no instance: the pattern '/^x$/'"
                ],
            },
            "GET /b": {"outcome": "pass"},
        },
    }
    folded = wire_report.fold(report, ["GET /a", "GET /b"])
    assert folded["wire_outcomes"]["pass"] == 2
    assert folded["wire_omitted"] == {
        "header parameter '…': no instance: the pattern '…'": 1
    }
    result = harness.Result(
        spec="s", wire_ops=2, **{k: v for k, v in folded.items() if k != "wire_ops"}
    )
    lines = wire_report.summary([result])
    assert any("without an optional parameter" in line for line in lines)


def test_openapi_core_may_judge_a_request_by_another_paths_operation() -> None:
    # clever-cloud.com ``GET /organisations/{id}/payments/billings/{bid}.pdf`` beside ``.../{bid}``
    spec = _spec({})
    spec["paths"] = {
        "/b/{bid}": {
            "get": {
                "parameters": [
                    {
                        "name": "bid",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "integer"},
                    }
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
        "/b/{bid}.pdf": {
            "get": {
                "parameters": [
                    {
                        "name": "bid",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                    {
                        "name": "lang",
                        "in": "query",
                        "required": True,
                        "schema": {"type": "string"},
                    },
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
    }

    def sent(url: str) -> CoreRequest:
        return CoreRequest(Sent("GET", httpx.URL(url), httpx.Headers(), b""))

    right = sent("https://api.wire.test/b/x.pdf?lang=en")
    whole = wire_judge.judge(spec).request_validator
    assert str(whole._find_path(right).path_result.pattern) == "/b/{bid}"
    assert [type(e).__name__ for e in whole.iter_errors(right)] == [
        "ParameterValidationError"
    ]  # 'x.pdf': no integer
    alone = wire_judge.judge_alone(spec, "/b/{bid}.pdf").request_validator
    assert list(alone.iter_errors(right)) == []
    # the operation called still judges what it is sent: a missing parameter, a path of another operation
    assert [
        type(e).__name__
        for e in alone.iter_errors(sent("https://api.wire.test/b/x.pdf"))
    ] == ["MissingRequiredParameter"]
    assert [
        type(e).__name__ for e in alone.iter_errors(sent("https://api.wire.test/b/1"))
    ] == ["PathNotFound"]


def test_a_multipart_body_of_a_non_object_schema_is_the_specs_defect() -> None:
    # spoonacular.com ``POST /recipes/visualizeRecipe``: parts are an object's properties
    spec = _spec(
        {
            "requestBody": {
                "required": True,
                "content": {"multipart/form-data": {"schema": {"type": "string"}}},
            }
        },
        method="post",
    )
    assert "has no parts to send" in _planner(spec).plan("/x", "post")["defect"]
    # codat.io's attachments: a binary string
    spec["paths"]["/x"]["post"]["requestBody"]["content"]["multipart/form-data"][
        "schema"
    ]["format"] = "binary"
    assert "has no parts to send" in _planner(spec).plan("/x", "post")["defect"]
    # a form body of a string schema is planned (the client sends the string as the encoded form)
    spec["paths"]["/x"]["post"]["requestBody"]["content"] = {
        "application/x-www-form-urlencoded": {
            "schema": {"type": "string", "example": "a=1"}
        }
    }
    assert _planner(spec).plan("/x", "post")["variants"][0]["body"]["value"] == "a=1"


def test_a_schema_whose_type_is_a_schema_is_the_specs_defect(tmp_path: Path) -> None:
    import wire

    # codat.io ``Item.definitions.itemType``: ``{"type": {"type": "string", "enum": [...]}}``
    spec = _spec(
        {
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "required": ["itemType"],
                            "properties": {
                                "itemType": {"type": {"type": "string", "enum": ["a"]}}
                            },
                        }
                    }
                },
            }
        },
        method="post",
    )
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    planned = wire.plan_spec(path, 2, None)["operations"]["POST /x"]
    assert "neither a string nor an array of strings" in planned["defect"]


def test_openapi_core_keeps_the_repeated_parts_of_an_array_of_objects_as_bytes() -> (
    None
):
    # telegram.org ``POST /sendMediaGroup``: ``media``, an array of an anyOf of objects, one JSON part each
    spec = _spec(
        {
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                "media": {
                                    "type": "array",
                                    "items": {
                                        "anyOf": [
                                            {
                                                "type": "object",
                                                "required": ["type"],
                                                "properties": {
                                                    "type": {"type": "string"}
                                                },
                                            }
                                        ]
                                    },
                                }
                            },
                        }
                    }
                },
            }
        },
        method="post",
    )

    def parts(*values: str) -> Sent:
        body = b"".join(
            f'--B\r\nContent-Disposition: form-data; name="media"\r\n\r\n{v}\r\n'.encode()
            for v in values
        )
        return _form(body + b"--B--\r\n", "multipart/form-data; boundary=B")

    sent = parts('{"type":"photo"}', '{"type":"video"}')
    (error,) = _errors(_raw(spec), sent)
    assert 'b\'{"type":"photo"}\'' in str(error.__cause__.schema_errors[0])  # type: ignore[union-attr]
    assert _verdicts(spec, sent, "multipart/form-data") == []
    # an item that is not such an object is still refused
    assert _verdicts(spec, parts('{"kind":"photo"}', "x"), "multipart/form-data") == [
        ("fail", "multipart body arrives altered")
    ]


def test_a_response_of_a_media_range_or_a_form_is_fed_back_as_raw_bytes() -> None:
    def reply(media: str) -> dict[str, Any]:
        spec = _spec(
            {"responses": {"200": {"description": "ok", "content": {media: {}}}}}
        )
        return dict(_planner(spec).plan("/x", "get")["response"])

    # elevenlabs.io ``audio/*``: a type inside the range (openapi-core finds the key by it)
    audio = reply("audio/*")
    assert audio["media"] == "audio/mpeg" and audio["raw"] and "unjudged" not in audio
    assert reply("*/*")["media"] == "application/json"
    # xtrf.eu: a multipart response without a schema; raw bytes are no multipart document
    form = reply("multipart/form-data")
    assert form["raw"] and "cannot read raw bytes" in form["unjudged"]


def test_a_format_beside_a_length_is_drawn_from_seeds_that_meet_it() -> None:
    converter = Converter({"openapi": "3.0.3"})
    exact = {"type": "string", "format": "date-time", "minLength": 25, "maxLength": 25}
    converted = converter.convert(exact, direction="response", full=True)
    assert converted["enum"] == ["2017-12-20T12:54:24+00:00"]
    # no seed of that length, or no length at all: the format as hypothesis draws it
    assert "enum" not in converter.convert(
        {**exact, "minLength": 40, "maxLength": 40}, direction="response", full=True
    )
    assert "enum" not in converter.convert(
        {"type": "string", "format": "date-time"}, direction="response", full=True
    )
