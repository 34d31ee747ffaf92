"""Every operation of the generated client, sync and async, against Prism serving openapi.json in validation
mode: with the required arguments only, with every field, and with None for every nullable optional argument;
then every documented success status, and bodies Prism makes up from the schema. The cases are enumerated from
the IR: a new operation gets its cases without anyone writing them, and fails here until the client honours the
spec for it.
"""

from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest

from generator.targets.python import names
from contract_support import (
    API_KEY,
    MODES,
    nullable_optionals,
    success_statuses,
    api,
    client_module,
    operation_id,
    operations,
    resource_class,
    run_case,
    spec_operations,
)

OPERATIONS = operations()


def test_the_ir_has_every_operation_of_the_spec() -> None:
    lowered = {(op.method.upper(), op.path) for _, op in OPERATIONS}
    assert lowered == spec_operations()
    assert len(OPERATIONS) == len(spec_operations())


@pytest.mark.parametrize("item", OPERATIONS, ids=operation_id)
def test_every_operation_is_a_method_of_the_client(item: tuple[object, object]) -> None:
    resource, op = item
    client_module()
    for io in ("sync", "async"):
        cls = resource_class(resource, io)
        method = getattr(cls, op.name, None)
        assert callable(
            method
        ), f"{cls.__name__} has no method {op.name} ({op.operation_id})"
        if io == "async" and op.pagination is None:
            assert inspect.iscoroutinefunction(
                method
            ), f"{cls.__name__}.{op.name} is not async"
        raw = getattr(cls, "with_raw_response").func(object.__new__(cls))  # type: ignore[attr-defined]
        assert callable(
            getattr(raw, op.name, None)
        ), f"{cls.__name__}.with_raw_response has no {op.name}"


CASES = [
    pytest.param(resource, op, mode, id=f"{operation_id((resource, op))}-{mode}")
    for resource, op in OPERATIONS
    for mode in MODES
    if mode != "nulls" or nullable_optionals(op)
]


def test_nulls_mode_has_cases() -> None:
    """Some operation takes a nullable optional argument, so the nulls cases are not empty."""
    assert any(p.values[2] == "nulls" for p in CASES)


@pytest.mark.parametrize("io", ["sync", "async"])
@pytest.mark.parametrize("resource,op,mode", CASES)
def test_operation_honours_the_contract(
    resource: Any, op: Any, mode: str, io: str, mock_url: str
) -> None:
    problems = run_case(resource, op, mode, io, mock_url)  # type: ignore[arg-type]
    assert (
        not problems
    ), f"{operation_id((resource, op))} ({mode}, {io}):\n" + "\n".join(problems)


DYNAMIC_RUNS = 4
RESPONSES = [
    pytest.param(
        resource, op, f"code={status}", id=f"{operation_id((resource, op))}-{status}"
    )
    for resource, op in OPERATIONS
    for status in success_statuses(op)
] + [
    pytest.param(
        resource, op, "dynamic=true", id=f"{operation_id((resource, op))}-dynamic"
    )
    for resource, op in OPERATIONS
    if op.returns_kind == "json"
]


@pytest.mark.parametrize("io", ["sync", "async"])
@pytest.mark.parametrize("resource,op,prefer", RESPONSES)
def test_every_success_response_parses(
    resource: Any, op: Any, prefer: str, io: str, mock_url: str
) -> None:
    """Each documented success status (Prism's example for it), and bodies Prism makes up from the schema."""
    runs = DYNAMIC_RUNS if prefer.startswith("dynamic") else 1
    for _ in range(runs):
        problems = run_case(resource, op, "required", io, mock_url, prefer=prefer)  # type: ignore[arg-type]
        assert (
            not problems
        ), f"{operation_id((resource, op))} ({prefer}, {io}):\n" + "\n".join(problems)


def test_the_mock_rejects_a_request_that_breaks_the_spec(mock_url: str) -> None:
    """The suite can fail: Prism answers a value outside the spec with 422 naming the violation."""
    package = client_module()
    paged = next(op for _, op in OPERATIONS if op.pagination is not None)
    resource = next(r for r, op in OPERATIONS if op is paged)
    limit = next(
        p
        for p in names.arguments(paged)
        if p.location == "query"
        and p.type.__class__.__name__ == "PrimitiveType"
        and p.type.kind == "integer"
        and p.type.constraints.ge is not None
    )
    client = getattr(package, api().client_name)(
        api_key=API_KEY, base_url=mock_url, max_retries=0
    )
    with client:
        with pytest.raises(package.APIStatusError) as caught:
            getattr(getattr(client, resource.name), paged.name)(
                **{limit.name: int(limit.type.constraints.ge) - 1}
            )
    assert caught.value.status_code == 422
    assert limit.wire in caught.value.response.headers.get("sl-violations", "")


def test_the_mock_rejects_a_missing_api_key(mock_url: str) -> None:
    package = client_module()
    resource, op = next(
        (r, op)
        for r, op in OPERATIONS
        if op.security
        and op.method == "get"
        and not any(p.location == "path" for p in op.parameters)
        and op.pagination is None
    )
    client = getattr(package, api().client_name)(
        api_key=API_KEY,
        base_url=mock_url,
        max_retries=0,
        default_headers={"Authorization": "Basic eA=="},
    )
    with client:
        with pytest.raises(package.AuthenticationError):
            getattr(getattr(client, resource.name), op.name)()


def test_async_client_runs_in_an_event_loop(mock_url: str) -> None:
    """A guard for the async cases above: they really await (a sync method returning a value would pass)."""
    package = client_module()
    resource, op = next(
        (r, op)
        for r, op in OPERATIONS
        if op.pagination is None
        and op.returns_kind == "json"
        and not any(p.required for p in op.parameters)
    )

    async def run() -> object:
        client = getattr(package, f"Async{api().client_name}")(
            api_key=API_KEY, base_url=mock_url, max_retries=0
        )
        try:
            pending = getattr(getattr(client, resource.name), op.name)()
            assert inspect.isawaitable(pending)
            return await pending
        finally:
            await client.aclose()

    assert asyncio.run(run()) is not None
