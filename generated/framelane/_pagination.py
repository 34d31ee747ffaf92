"""Cursor pages: iterate over every item of every page, or walk the pages yourself."""

from __future__ import annotations

from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from typing import Any, ClassVar, Generic, TypeVar

import pydantic

from ._base_client import AsyncAPIClient, SyncAPIClient, _raw, _raw_response
from ._settings import (
    PAGE_CURSOR_PARAM,
    PAGE_HAS_MORE_FIELD,
    PAGE_ITEMS_FIELD,
    PAGE_NEXT_CURSOR_FIELD,
    ClientError,
)
from ._types import RequestOptions

_T = TypeVar("_T")

__all__ = [
    "SyncCursorPage",
    "AsyncCursorPage",
    "AsyncPager",
    "request_page",
    "async_request_page",
]

CURSOR_PARAM = PAGE_CURSOR_PARAM
ITEMS_FIELD = PAGE_ITEMS_FIELD
NEXT_CURSOR_FIELD = PAGE_NEXT_CURSOR_FIELD
HAS_MORE_FIELD = PAGE_HAS_MORE_FIELD


def _page_problem(model: Any) -> str | None:
    """What stops a parsed list response from being a page: its items are not a list (a page that was
    built leniently may hold anything where they belong)."""
    if isinstance(model, pydantic.BaseModel) and not isinstance(
        _get(model, ITEMS_FIELD), list
    ):
        return f"{ITEMS_FIELD}: not a list of items"
    return None


def _get(model: pydantic.BaseModel, wire: str) -> Any:
    """A field of a parsed page by its wire name."""
    for name, info in type(model).model_fields.items():
        if (info.alias or name) == wire:
            # A default, not an error, for a field a leniently built page was not sent.
            return getattr(model, name, None)
    return (model.model_extra or {}).get(wire)


class _Page(Generic[_T]):
    cursor_param: ClassVar[str] = CURSOR_PARAM

    def __init__(
        self, model: pydantic.BaseModel, fetch: Callable[[str | None], Any]
    ) -> None:
        self.model = model
        items = _get(model, ITEMS_FIELD)
        self.data: list[_T] = list(items) if isinstance(items, list) else []
        has_more = _get(model, HAS_MORE_FIELD)
        self.has_more: bool | None = has_more if isinstance(has_more, bool) else None
        cursor = _get(model, NEXT_CURSOR_FIELD)
        self.next_cursor: str | None = str(cursor) if cursor not in (None, "") else None
        self._fetch = fetch

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        if self.has_more is False:
            return False
        return self.next_cursor is not None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} items={len(self.data)} has_more={self.has_more} next_cursor={self.next_cursor!r}>"


class SyncCursorPage(_Page[_T]):
    """One page of a list; iterating over it yields the items of this page and of every page after it."""

    @classmethod
    def from_model(
        cls, model: pydantic.BaseModel, fetch: Callable[[str | None], Any]
    ) -> SyncCursorPage[_T]:
        """The page of a parsed list response."""
        return cls(model, fetch)

    def get_next_page(self) -> SyncCursorPage[_T]:
        """Fetch the page after this one."""
        if not self.has_next_page():
            raise ClientError("No next page: check has_next_page() first.")
        page: SyncCursorPage[_T] = self._fetch(self.next_cursor)
        return page

    def iter_pages(self) -> Iterator[SyncCursorPage[_T]]:
        """This page and every page after it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncCursorPage(_Page[_T]):
    """One page of a list (async); ``async for`` over it yields the items of every page from this one."""

    @classmethod
    def from_model(
        cls, model: pydantic.BaseModel, fetch: Callable[[str | None], Any]
    ) -> AsyncCursorPage[_T]:
        """The page of a parsed list response."""
        return cls(model, fetch)

    async def get_next_page(self) -> AsyncCursorPage[_T]:
        """Fetch the page after this one."""
        if not self.has_next_page():
            raise ClientError("No next page: check has_next_page() first.")
        page: AsyncCursorPage[_T] = await self._fetch(self.next_cursor)
        return page

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[_T]]:
        """This page and every page after it."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


_AP = TypeVar("_AP", bound=AsyncCursorPage[Any])
_P = TypeVar("_P", bound=SyncCursorPage[Any])


class AsyncPager(Generic[_T, _AP]):
    """What an async list method returns: ``await`` it for the first page, or ``async for`` over it for every
    item of every page."""

    def __init__(self, fetch: Callable[[str | None], Awaitable[Any]]) -> None:
        self._fetch = fetch

    def __await__(self) -> Generator[Any, None, _AP]:
        return self._first().__await__()

    async def _first(self) -> _AP:
        page: _AP = await self._fetch(None)
        return page

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self._first()
        async for item in page:
            yield item


def request_page(
    client: SyncAPIClient,
    path: str,
    *,
    page: type[_P],
    cast_to: type[pydantic.BaseModel],
    options: RequestOptions,
    query: Mapping[str, Any] | None = None,
    **parts: Any,
) -> _P:
    """A GET whose answer is a page of a list; the page fetches the ones after it."""
    base_query = dict(query or {})

    def fetch(cursor: str | None) -> Any:
        current = dict(base_query)
        if cursor is not None:
            current[page.cursor_param] = cursor
        parsed: Any = client.request(
            "get",
            path,
            cast_to=cast_to,
            options=options,
            query=current,
            require=_page_problem,
            **parts,
        )
        if isinstance(parsed, pydantic.BaseModel):
            return page.from_model(parsed, fetch)
        if _raw_response.get() is not None:
            # ``with_raw_response``: the raw first page, whose ``parse()`` gives the page.
            first = parsed
            return _raw(
                first.http_response, lambda: page.from_model(first.parse(), fetch)
            )
        return parsed

    result: _P = fetch(None)
    return result


def async_request_page(
    client: AsyncAPIClient,
    path: str,
    *,
    page: type[_AP],
    item: type[_T],
    cast_to: type[pydantic.BaseModel],
    options: RequestOptions,
    query: Mapping[str, Any] | None = None,
    **parts: Any,
) -> AsyncPager[_T, _AP]:
    """A GET whose answer is a page of a list: ``await`` it for the first page, or ``async for`` over every
    item of every page."""
    base_query = dict(query or {})

    async def fetch(cursor: str | None) -> Any:
        current = dict(base_query)
        if cursor is not None:
            current[page.cursor_param] = cursor
        parsed: Any = await client.request(
            "get",
            path,
            cast_to=cast_to,
            options=options,
            query=current,
            require=_page_problem,
            **parts,
        )
        if isinstance(parsed, pydantic.BaseModel):
            return page.from_model(parsed, fetch)
        if _raw_response.get() is not None:
            # ``with_raw_response``: the raw first page, whose ``parse()`` gives the page.
            first = parsed
            return _raw(
                first.http_response, lambda: page.from_model(first.parse(), fetch)
            )
        return parsed

    return AsyncPager(fetch)
