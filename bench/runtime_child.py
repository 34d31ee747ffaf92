"""Per-call benchmarks of the generated client against hand-written httpx + pydantic, in a process of their own.

    python bench/runtime_child.py --port PORT --rounds N [--package framelane]

Prints one JSON object: for each benchmark, the median seconds per call of ours and of the baseline. Each pair
is measured in interleaved rounds (a batch of ours, a batch of the baseline, the order alternating), so that
the load of the machine drifts over both alike; every batch lasts about ``BATCH_SECONDS``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import handwritten  # noqa: E402
import httpx  # noqa: E402
import server  # noqa: E402

BATCH_SECONDS = 0.05
CANNED_JOB = json.dumps(server.job()).encode()
CANNED_LIST = json.dumps(server.job_list()).encode()
JSON = {"content-type": "application/json"}

Sync = Callable[[], Any]
Async = Callable[[], Awaitable[Any]]


def _calls_per_batch(fn: Sync) -> int:
    for _ in range(3):
        fn()
    started = time.perf_counter()
    n = 0
    while time.perf_counter() - started < 0.02 or n < 3:
        fn()
        n += 1
    per_call = (time.perf_counter() - started) / n
    return max(1, int(BATCH_SECONDS / per_call))


async def _acalls_per_batch(fn: Async) -> int:
    for _ in range(3):
        await fn()
    started = time.perf_counter()
    n = 0
    while time.perf_counter() - started < 0.02 or n < 3:
        await fn()
        n += 1
    per_call = (time.perf_counter() - started) / n
    return max(1, int(BATCH_SECONDS / per_call))


def _summary(times: dict[str, list[float]], calls: int) -> dict[str, float]:
    """Each side's median seconds per call, and the median of the per-round ratios ours/base (each round's two
    batches ran back to back, so their ratio cancels most of the drift in the machine's load).
    """
    ratios = [a / b for a, b in zip(times["ours"], times["base"])]
    return {
        "ours": statistics.median(times["ours"]),
        "base": statistics.median(times["base"]),
        "ratio": statistics.median(ratios),
        "calls": float(calls),
    }


def _pair(ours: Sync, base: Sync, rounds: int) -> dict[str, float]:
    k = min(_calls_per_batch(ours), _calls_per_batch(base))
    times: dict[str, list[float]] = {"ours": [], "base": []}
    for r in range(rounds):
        order = [("ours", ours), ("base", base)]
        if r % 2:
            order.reverse()
        for name, fn in order:
            started = time.perf_counter()
            for _ in range(k):
                fn()
            times[name].append((time.perf_counter() - started) / k)
    return _summary(times, k * rounds)


async def _apair(ours: Async, base: Async, rounds: int) -> dict[str, float]:
    k = min(await _acalls_per_batch(ours), await _acalls_per_batch(base))
    times: dict[str, list[float]] = {"ours": [], "base": []}
    for r in range(rounds):
        order = [("ours", ours), ("base", base)]
        if r % 2:
            order.reverse()
        for name, fn in order:
            started = time.perf_counter()
            for _ in range(k):
                await fn()
            times[name].append((time.perf_counter() - started) / k)
    return _summary(times, k * rounds)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--package", default="framelane")
    args = parser.parse_args()
    base_url = f"http://127.0.0.1:{args.port}"

    import importlib

    package = importlib.import_module(args.package)
    generated_job = importlib.import_module(f"{args.package}.models.job").Job
    generated_list = importlib.import_module(f"{args.package}.models.job_list").JobList
    client = package.Framelane(api_key="sk_bench", base_url=base_url, max_retries=0)
    http = httpx.Client()
    results: dict[str, Any] = {}

    # The first call of each kind in a fresh process (model schemas are built on first use).
    started = time.perf_counter()
    client.renders.retrieve("render_00000001")
    results["first_call"] = {"ours": time.perf_counter() - started}
    started = time.perf_counter()
    handwritten.retrieve(http, base_url)
    results["first_call"]["base"] = time.perf_counter() - started

    payload = server.job()
    page = server.job_list()
    rounds = args.rounds
    results["wire_get"] = _pair(
        lambda: http.get(f"{base_url}/v1/renders/render_00000001").content,
        lambda: http.get(f"{base_url}/v1/renders/render_00000001").content,
        rounds,
    )
    results["sync_get"] = _pair(
        lambda: client.renders.retrieve("render_00000001"),
        lambda: handwritten.retrieve(http, base_url),
        rounds,
    )
    results["sync_post"] = _pair(
        lambda: client.renders.create(
            width=1920, height=1080, elements=[{"type": "text", "text": "hi"}]
        ),
        lambda: handwritten.create(http, base_url),
        rounds,
    )
    results["sync_list"] = _pair(
        lambda: client.renders.list(limit=100).data,
        lambda: handwritten.list_jobs(http, base_url),
        max(5, rounds // 2),
    )
    results["parse_job"] = _pair(
        lambda: generated_job.model_validate(payload),
        lambda: handwritten.Job.model_validate(payload),
        rounds,
    )
    results["parse_list"] = _pair(
        lambda: generated_list.model_validate(page),
        lambda: handwritten.JobList.model_validate(page),
        max(5, rounds // 2),
    )
    raw_page = json.dumps(page).encode()
    results["parse_list_json"] = _pair(
        lambda: generated_list.model_validate(json.loads(raw_page)),
        lambda: generated_list.model_validate_json(raw_page),
        max(5, rounds // 2),
    )

    # The same calls through httpx.MockTransport: no socket, no server, so only the client side's CPU
    # (building the request, httpx's machinery, parsing) is timed; the same canned answers as the server's.
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(202, content=CANNED_JOB, headers=JSON)
        if request.url.path == "/v1/renders":
            return httpx.Response(200, content=CANNED_LIST, headers=JSON)
        return httpx.Response(200, content=CANNED_JOB, headers=JSON)

    mock_http = httpx.Client(transport=httpx.MockTransport(handler))
    mock_client = package.Framelane(
        api_key="sk_bench",
        base_url=base_url,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    results["mock_sync_get"] = _pair(
        lambda: mock_client.renders.retrieve("render_00000001"),
        lambda: handwritten.retrieve(mock_http, base_url),
        rounds,
    )
    results["mock_sync_post"] = _pair(
        lambda: mock_client.renders.create(
            width=1920, height=1080, elements=[{"type": "text", "text": "hi"}]
        ),
        lambda: handwritten.create(mock_http, base_url),
        rounds,
    )

    sample = client.renders.retrieve("render_00000001")
    results["check"] = {
        "ours_type": type(sample).__module__ + "." + type(sample).__qualname__,
        "list_items": len(client.renders.list(limit=100).data),
    }
    client.close()
    http.close()

    async def run_async() -> None:
        aclient = package.AsyncFramelane(
            api_key="sk_bench", base_url=base_url, max_retries=0
        )
        ahttp = httpx.AsyncClient()
        results["async_get"] = await _apair(
            lambda: aclient.renders.retrieve("render_00000001"),
            lambda: handwritten.aretrieve(ahttp, base_url),
            rounds,
        )
        results["async_post"] = await _apair(
            lambda: aclient.renders.create(
                width=1920, height=1080, elements=[{"type": "text", "text": "hi"}]
            ),
            lambda: handwritten.acreate(ahttp, base_url),
            rounds,
        )

        async def alist() -> Any:
            return (await aclient.renders.list(limit=100)).data

        results["async_list"] = await _apair(
            alist,
            lambda: handwritten.alist_jobs(ahttp, base_url),
            max(5, rounds // 2),
        )

        async def ahandler(request: httpx.Request) -> httpx.Response:
            return handler(request)

        amock_http = httpx.AsyncClient(transport=httpx.MockTransport(ahandler))
        amock_client = package.AsyncFramelane(
            api_key="sk_bench",
            base_url=base_url,
            max_retries=0,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(ahandler)),
        )
        results["mock_async_get"] = await _apair(
            lambda: amock_client.renders.retrieve("render_00000001"),
            lambda: handwritten.aretrieve(amock_http, base_url),
            rounds,
        )
        await aclient.aclose()
        await ahttp.aclose()

    asyncio.run(run_async())
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
