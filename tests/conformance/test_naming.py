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
