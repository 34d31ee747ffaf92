"""Security on the wire: each operation sends what its own requirement asks for (any one alternative, every
scheme of it), one credential per scheme, and nothing for ``security: []``. openapi-core (which checks the
security of a request) validates every captured request."""

from __future__ import annotations

import base64
import inspect
from typing import Any

import pytest

from tests.conformance.support import BASE_URL, Reply, build, exchange

OK = {
    "200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
}


def _op(operation_id: str, security: Any = None) -> dict[str, Any]:
    op: dict[str, Any] = {
        "operationId": operation_id,
        "tags": ["things"],
        "responses": OK,
    }
    if security is not None:
        op["security"] = security
    return op


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Secured", "version": "1"},
    "servers": [{"url": BASE_URL}],
    "security": [{"headerKey": []}],
    "paths": {
        "/default": {"get": _op("byDefault")},
        "/query": {"get": _op("byQuery", [{"queryKey": []}])},
        "/basic": {"get": _op("byBasic", [{"basic": []}])},
        "/both": {"get": _op("byBoth", [{"clientId": [], "clientSecret": []}])},
        "/either": {
            "get": _op("byEither", [{"queryKey": []}, {"bearer": [], "typeHeader": []}])
        },
        "/public": {"get": _op("isPublic", [])},
        "/optional": {"get": _op("isOptional", [{}, {"headerKey": []}])},
        "/cookie": {"get": _op("byCookie", [{"cookieKey": []}])},
        "/oauth": {"get": _op("byOauth", [{"oauth": ["read"]}])},
        "/oidc": {"get": _op("byOidc", [{"oidc": []}])},
    },
    "components": {
        "securitySchemes": {
            "headerKey": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            "queryKey": {"type": "apiKey", "in": "query", "name": "api_key"},
            "cookieKey": {"type": "apiKey", "in": "cookie", "name": "session"},
            "basic": {"type": "http", "scheme": "basic"},
            "bearer": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"},
            "clientId": {"type": "apiKey", "in": "header", "name": "X-Client-Id"},
            "clientSecret": {
                "type": "apiKey",
                "in": "header",
                "name": "X-Client-Secret",
            },
            "typeHeader": {"type": "apiKey", "in": "header", "name": "X-Token-Type"},
            "oauth": {
                "type": "oauth2",
                "flows": {
                    "clientCredentials": {
                        "tokenUrl": "https://auth.example.test/token",
                        "scopes": {"read": "read things"},
                    }
                },
            },
            "oidc": {
                "type": "openIdConnect",
                "openIdConnectUrl": "https://auth.example.test/.well-known",
            },
        }
    },
}

ALL = {
    "header_key": "hk-1234",
    "query_key": "qk-5678",
    "cookie_key": "ck;= 9",
    "basic_username": "ada",
    "basic_password": "pa:ss",
    "bearer": "jwt-abc",
    "client_id": "cid-1",
    "client_secret": "csec-2",
    "type_header": "JWT",
    "oauth": "oauth-token",
    "oidc": "oidc-token",
}


@pytest.fixture(scope="module")
def built() -> Any:
    return build(SPEC)


def _auth_headers(sent: Any) -> dict[str, str]:
    names = {
        "authorization",
        "x-api-key",
        "x-client-id",
        "x-client-secret",
        "x-token-type",
        "cookie",
    }
    return {k: v for k, v in sent.headers.items() if k in names}


def test_one_keyword_argument_and_variable_per_scheme(built: Any) -> None:
    params = inspect.signature(built.package.Secured.__init__).parameters
    for name in ALL:
        assert params[name].kind is inspect.Parameter.KEYWORD_ONLY
    assert "api_key" not in params
    from importlib import import_module

    settings = import_module(built.package.__name__ + "._settings")
    assert settings.SECURITY_SCHEMES["queryKey"].env == ("SECURED_QUERY_KEY",)
    assert settings.SECURITY_SCHEMES["basic"].env == (
        "SECURED_BASIC_USERNAME",
        "SECURED_BASIC_PASSWORD",
    )


@pytest.mark.parametrize(
    ("call", "expected_headers", "expected_query"),
    [
        ("by_default", {"x-api-key": "hk-1234"}, ""),
        ("by_query", {}, "api_key=qk-5678"),
        (
            "by_basic",
            {"authorization": "Basic " + base64.b64encode(b"ada:pa:ss").decode()},
            "",
        ),
        ("by_both", {"x-client-id": "cid-1", "x-client-secret": "csec-2"}, ""),
        ("by_either", {}, "api_key=qk-5678"),
        ("is_public", {}, ""),
        ("is_optional", {"x-api-key": "hk-1234"}, ""),
        ("by_cookie", {"cookie": "session=ck%3B%3D%209"}, ""),
        ("by_oauth", {"authorization": "Bearer oauth-token"}, ""),
        ("by_oidc", {"authorization": "Bearer oidc-token"}, ""),
    ],
)
def test_each_operation_sends_its_own_requirement(
    built: Any, call: str, expected_headers: dict[str, str], expected_query: str
) -> None:
    ex = exchange(built, lambda c: getattr(c.things, call)(), Reply(json={}), **ALL)
    sent = ex.request
    assert _auth_headers(sent) == expected_headers
    assert sent.query == expected_query
    ex.validate()


def test_the_second_alternative_when_the_first_cannot_be_met(built: Any) -> None:
    held = {k: v for k, v in ALL.items() if k != "query_key"}
    ex = exchange(built, lambda c: c.things.by_either(), Reply(json={}), **held)
    assert _auth_headers(ex.request) == {
        "authorization": "Bearer jwt-abc",
        "x-token-type": "JWT",
    }
    assert ex.request.query == ""
    ex.validate()


def test_optional_credentials_are_left_out_when_the_client_has_none(built: Any) -> None:
    ex = exchange(built, lambda c: c.things.is_optional(), Reply(json={}))
    assert _auth_headers(ex.request) == {}
    ex.validate()


def test_a_public_operation_sends_nothing_even_with_every_credential(
    built: Any,
) -> None:
    ex = exchange(built, lambda c: c.things.is_public(), Reply(json={}), **ALL)
    assert _auth_headers(ex.request) == {} and ex.request.query == ""


def test_no_alternative_met_is_an_error_before_sending_naming_what_would_do(
    built: Any,
) -> None:
    sent: list[Any] = []
    error = built.package.SecuredError
    for is_async in (False, True):
        import httpx

        def handler(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, json={})

        client = built.client(
            httpx.MockTransport(handler), is_async=is_async, client_id="cid-1"
        )
        with pytest.raises(error) as caught:
            result = client.things.by_either()
            if is_async:
                import asyncio

                asyncio.run(result)
        message = str(caught.value)
        assert "query_key= (or SECURED_QUERY_KEY)" in message
        assert (
            "bearer= (or SECURED_BEARER) and type_header= (or SECURED_TYPE_HEADER)"
            in message
        )
        with pytest.raises(error, match="client_secret="):
            result = client.things.by_both()
            if is_async:
                import asyncio

                asyncio.run(result)
    assert sent == []


def test_credentials_come_from_the_environment(
    built: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECURED_CLIENT_ID", "env-id")
    monkeypatch.setenv("SECURED_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("SECURED_BASIC_USERNAME", "grace")
    ex = exchange(built, lambda c: c.things.by_both(), Reply(json={}))
    assert _auth_headers(ex.request) == {
        "x-client-id": "env-id",
        "x-client-secret": "env-secret",
    }
    ex = exchange(built, lambda c: c.things.by_basic(), Reply(json={}))
    assert (
        ex.request.headers["authorization"]
        == "Basic " + base64.b64encode(b"grace:").decode()
    )


def test_with_options_keeps_every_credential(built: Any) -> None:
    ex = exchange(
        built,
        lambda c: c.with_options(timeout=5).things.by_both(),
        Reply(json={}),
        **ALL,
    )
    assert _auth_headers(ex.request) == {
        "x-client-id": "cid-1",
        "x-client-secret": "csec-2",
    }


def test_no_secret_in_repr_or_errors(built: Any) -> None:
    ex = exchange(
        built, lambda c: repr(c) + repr(c._credentials), Reply(json={}), **ALL
    )
    for secret in ALL.values():
        if len(secret) >= 4:
            assert secret not in ex.result


SINGLE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Single", "version": "1"},
    "servers": [{"url": BASE_URL}],
    "paths": {"/me": {"get": _op("me", [{"token": []}])}},
    "components": {
        "securitySchemes": {"token": {"type": "apiKey", "in": "query", "name": "key"}}
    },
}


def test_a_single_scheme_keeps_api_key_and_its_variable(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = build(SINGLE)
    params = inspect.signature(built.package.Single.__init__).parameters
    assert params["api_key"].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    monkeypatch.setenv("SINGLE_API_KEY", "from-env")
    ex = exchange(built, lambda c: c.things.me(), Reply(json={}))
    assert ex.request.query == "key=from-env"
    ex.validate()


BASIC_ONLY: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Basic", "version": "1"},
    "servers": [{"url": BASE_URL}],
    "security": [{"http": []}],
    "paths": {"/me": {"get": _op("me")}},
    "components": {"securitySchemes": {"http": {"type": "http", "scheme": "basic"}}},
}


def test_a_single_basic_scheme_takes_username_and_password() -> None:
    built = build(BASIC_ONLY)
    ex = exchange(
        built, lambda c: c.things.me(), Reply(json={}), username="u", password="p"
    )
    assert (
        ex.request.headers["authorization"]
        == "Basic " + base64.b64encode(b"u:p").decode()
    )
    ex.validate()
