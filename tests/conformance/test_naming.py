"""Names that could collide across the package: a resource named like the client itself."""

from __future__ import annotations

from typing import Any

from tests.conformance.support import BASE_URL, Reply, build, exchange

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Jobs", "version": "1"},
    "servers": [{"url": BASE_URL}],
    "paths": {
        "/jobs": {
            "get": {
                "operationId": "listJobs",
                "tags": ["jobs"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    }
                },
            }
        }
    },
}


def test_a_resource_named_like_the_client_gets_another_class_name() -> None:
    built = build(SPEC)  # the client class is Jobs; mypy (conftest) checks the package
    assert built.package.Jobs.__name__ == "Jobs"
    ex = exchange(built, lambda c: c.jobs.list(), Reply(json={}))
    names = exchange(built, lambda c: type(c.jobs).__name__, Reply(json={})).results
    assert names == ["JobsResource", "AsyncJobsResource"]
    assert ex.request.path == "/jobs"
    ex.validate()


BUILTIN_NAMED: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Errors", "version": "1"},
    "servers": [{"url": BASE_URL}],
    "paths": {
        "/orders": {
            "get": {
                "operationId": "getOrder",
                "tags": ["orders"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Order"}
                            }
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Order": {
                "type": "object",
                "properties": {"failure": {"$ref": "#/components/schemas/Exception"}},
            },
            "Exception": {
                "type": "object",
                "properties": {"code": {"type": "integer"}},
            },
        }
    },
}


def test_a_schema_named_like_a_builtin_decodes_as_itself() -> None:
    built = build(BUILTIN_NAMED)
    ex = exchange(built, lambda c: c.orders.get(), Reply(json={"failure": {"code": 7}}))
    assert type(ex.result.failure).__name__ == "ExceptionModel"
    assert ex.result.failure.code == 7
    ex.validate()
