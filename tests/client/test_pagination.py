"""Pagination: list methods return a page that iterates over every item of every page (sync: ``for``; async:
``async for`` and ``await``), fetching the next page with ``cursor=next_cursor`` while ``has_more``.
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

import framelane

from .conftest import Harness
from .scripted import Recorded, Reply, ScriptedServer, job

PAGES = {
    None: (["render_1", "render_2"], "c2"),
    "c2": (["render_3", "render_4"], "c3"),
    "c3": (["render_5"], None),
}
ALL = ["render_1", "render_2", "render_3", "render_4", "render_5"]


def three_pages(request: Recorded) -> Reply:
    cursor = request.query.get("cursor", [None])[0]
    ids, next_cursor = PAGES[cursor]
    return Reply(
        json={
            "data": [job(i) for i in ids],
            "next_cursor": next_cursor,
            "has_more": next_cursor is not None,
        }
    )


def bounded(iterable: Any, limit: int = 20) -> list[Any]:
    """At most ``limit`` items (so a pager that never ends fails, not hangs)."""
    return list(itertools.islice(iterable, limit))


def cursors(server: ScriptedServer) -> list[str | None]:
    return [r.query.get("cursor", [None])[0] for r in server.requests]


@pytest.fixture
def paged(server: ScriptedServer) -> ScriptedServer:
    server.route("GET", "/v1/renders", three_pages)
    server.route("GET", "/v1/tasks", three_pages)
    return server


# ------------------------------------------------------------------------------------------ sync


def test_iterating_walks_all_three_pages(
    paged: ScriptedServer, sync_h: Harness
) -> None:
    client = sync_h.make()
    assert [j.id for j in bounded(client.renders.list(limit=2, status="queued"))] == ALL
    assert cursors(paged) == [None, "c2", "c3"]
    assert all(
        r.query["limit"] == ["2"] and r.query["status"] == ["queued"]
        for r in paged.requests
    )


def test_sync_page_attributes_and_navigation(
    paged: ScriptedServer, sync_h: Harness
) -> None:
    with sync_h.make() as client:
        first = client.tasks.list(limit=2)
        assert isinstance(first, framelane.SyncCursorPage)
        assert [j.id for j in first.data] == ["render_1", "render_2"]
        assert isinstance(first.data[0], framelane.models.job.Job)
        assert (first.has_more, first.next_cursor, first.has_next_page()) == (
            True,
            "c2",
            True,
        )
        assert paged.count == 1  # nothing fetched ahead
        second = first.get_next_page()
        assert [j.id for j in second.data] == ["render_3", "render_4"]
        assert paged.requests[-1].query == {"limit": ["2"], "cursor": ["c2"]}
        pages = bounded(first.iter_pages())
        assert [[j.id for j in p.data] for p in pages] == [
            ["render_1", "render_2"],
            ["render_3", "render_4"],
            ["render_5"],
        ]
        last = pages[-1]
        assert (last.has_more, last.next_cursor, last.has_next_page()) == (
            False,
            None,
            False,
        )
        with pytest.raises(framelane.FramelaneError):
            last.get_next_page()
        # Iterating from the second page covers it and what follows.
        assert [j.id for j in bounded(second)] == ALL[2:]


def test_sync_iteration_is_lazy(paged: ScriptedServer, sync_h: Harness) -> None:
    with sync_h.make() as client:
        for item in client.renders.list(limit=2):
            assert item.id == "render_1"
            break
        assert paged.count == 1
        taken = []
        for item in client.renders.list(limit=2):
            taken.append(item.id)
            if len(taken) == 3:
                break
        assert (
            paged.count == 3
        )  # the first page again, then the second; never the third


def test_stops_when_has_more_is_false_even_with_a_cursor(
    server: ScriptedServer, h: Harness
) -> None:
    server.route(
        "GET",
        "/v1/renders",
        Reply(json={"data": [job()], "next_cursor": "c9", "has_more": False}),
    )
    client = h.make()
    first = h.run(client.renders.list())
    assert first.has_next_page() is False
    if not h.is_async:
        assert [j.id for j in first] == ["render_1"]
    assert server.count == 1


def test_stops_without_a_cursor_even_if_has_more(
    server: ScriptedServer, h: Harness
) -> None:
    server.route(
        "GET",
        "/v1/renders",
        Reply(json={"data": [job()], "next_cursor": None, "has_more": True}),
    )
    client = h.make()
    first = h.run(client.renders.list())
    assert first.has_next_page() is False
    if not h.is_async:
        assert [j.id for j in first] == ["render_1"]
    assert server.count == 1


def test_an_error_on_a_later_page_is_raised(server: ScriptedServer, h: Harness) -> None:
    def reply(request: Recorded) -> Reply:
        if "cursor" in request.query:
            return Reply(
                404, json={"error": {"code": "not_found", "message": "cursor expired"}}
            )
        return three_pages(request)

    server.route("GET", "/v1/renders", reply)
    client = h.make()
    first = h.run(client.renders.list())
    with pytest.raises(framelane.NotFoundError, match="cursor expired"):
        h.run(first.get_next_page())


def test_other_list_methods_page_too(server: ScriptedServer, h: Harness) -> None:
    def keys(request: Recorded) -> Reply:
        cursor = request.query.get("cursor", [None])[0]
        item = {
            "id": f"key_{cursor or 0}",
            "name": "k",
            "created_at": "2024-01-01T00:00:00Z",
            "key_prefix": "sk_",
        }
        return Reply(
            json={
                "data": [item],
                "next_cursor": None if cursor else "1",
                "has_more": not cursor,
            }
        )

    server.route("GET", "/v1/api-keys", keys)
    client = h.make()
    first = h.run(client.api_keys.list())
    second = h.run(first.get_next_page())
    assert [k.id for k in first.data + second.data] == ["key_0", "key_1"]


# ------------------------------------------------------------------------------------------ async


async def _collect(iterable: Any, limit: int = 20) -> list[Any]:
    """The items of an async iterable, stopping after ``limit`` (so a pager that never ends fails, not hangs)."""
    items = []
    async for item in iterable:
        items.append(item)
        if len(items) >= limit:
            break
    return items


def test_async_for_walks_all_three_pages(
    paged: ScriptedServer, async_h: Harness
) -> None:
    h = async_h
    client = h.make()
    pager = client.renders.list(limit=2, status="queued")
    assert isinstance(pager, framelane.AsyncPager)
    assert [j.id for j in h.run(_collect(pager))] == ALL
    assert cursors(paged) == [None, "c2", "c3"]
    assert all(
        r.query["limit"] == ["2"] and r.query["status"] == ["queued"]
        for r in paged.requests
    )


def test_async_await_gives_the_first_page(
    paged: ScriptedServer, async_h: Harness
) -> None:
    h = async_h
    client = h.make()
    first = h.run(client.tasks.list(limit=2))
    assert isinstance(first, framelane.AsyncCursorPage)
    assert [j.id for j in first.data] == ["render_1", "render_2"]
    assert (first.has_more, first.next_cursor, first.has_next_page()) == (
        True,
        "c2",
        True,
    )
    assert paged.count == 1
    second = h.run(first.get_next_page())
    assert [j.id for j in second.data] == ["render_3", "render_4"]
    pages = h.run(_collect(first.iter_pages()))
    assert [len(p.data) for p in pages] == [2, 2, 1]
    assert pages[-1].has_next_page() is False
    with pytest.raises(framelane.FramelaneError):
        h.run(pages[-1].get_next_page())
    assert [j.id for j in h.run(_collect(second))] == ALL[2:]


def test_async_iteration_is_lazy(paged: ScriptedServer, async_h: Harness) -> None:
    h = async_h
    client = h.make()

    async def first_only() -> str:
        async for item in client.renders.list(limit=2):
            return str(item.id)
        raise AssertionError("empty")

    assert h.run(first_only()) == "render_1"
    assert paged.count == 1


def test_per_call_options_apply_to_every_page(
    paged: ScriptedServer, sync_h: Harness
) -> None:
    client = sync_h.make()
    items = list(
        client.renders.list(
            limit=2, extra_query={"beta": "1"}, extra_headers={"X-Trace": "t"}
        )
    )
    assert len(items) == 5
    assert [r.query.get("beta") for r in paged.requests] == [["1"]] * 3
    assert [r.header("X-Trace") for r in paged.requests] == ["t"] * 3
