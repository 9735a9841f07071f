"""Lazy iteration over Amili's two pagination styles.

* ARM (`style: page`): the server stores the query; the response `summary` carries `queryId`, `pageNo`,
  `totalPages` and a `nextPage` URL; the next page is fetched with `query=<queryId>&pageno=<n>`.
* AutoCollect (`style: cursor`): `PageToken` in, `summary.nextPageToken` out, until no token comes back.

Pages are fetched only when the caller asks for the next item, so `break` costs no further requests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Coroutine, Generator
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._models import field as _field
from .errors import ResponseValidationError
from .operations import Operation, OperationMeta, Returns

if TYPE_CHECKING:
    from .client import ApiContext

__all__ = ["PageCall", "PaginatedOperation", "paginated_operation"]

P = ParamSpec("P")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741

_MAX_PAGES = 100_000


class PageCall(Coroutine[Any, Any, T], Generic[T, I]):
    """What calling a list operation gives: `await` it for the first page, or `async for` over it for every item
    of every page (pages are fetched as the loop needs them, as openai's list calls do).

    A coroutine (asyncio's `create_task` and `gather` take it); nothing is sent until it is awaited or iterated."""

    __slots__ = ("_args", "_coro", "_kwargs", "_op")

    def __init__(self, op: PaginatedOperation[Any, T, I], args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        self._op = op
        self._args = args
        self._kwargs = kwargs
        self._coro: Coroutine[Any, Any, T] | None = None

    def _first_page(self) -> Coroutine[Any, Any, T]:
        if self._coro is None:
            self._coro = self._op.first_page(*self._args, **self._kwargs)
        return self._coro

    def __await__(self) -> Generator[Any, None, T]:
        return self._first_page().__await__()

    def send(self, value: Any) -> Any:
        return self._first_page().send(value)

    def throw(self, *args: Any) -> Any:
        return self._first_page().throw(*args)

    def close(self) -> None:
        if self._coro is not None:
            self._coro.close()

    def __aiter__(self) -> AsyncIterator[I]:
        return self._op.iter(*self._args, **self._kwargs)

    def __repr__(self) -> str:
        return f"<PageCall {self._op.meta.qualname}>"


class PaginatedOperation(Operation[P, T], Generic[P, T, I]):
    """A list operation: `await op(...)` for one page, `async for item in op(...)` (or `.iter()`) for every item,
    `.pages()` for every page."""

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> PageCall[T, I]:
        return PageCall(self, args, kwargs)

    async def first_page(self, *args: Any, **kwargs: Any) -> T:
        return (await self.raw(*args, **kwargs)).parsed

    async def pages(self, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        pagination = self.meta.pagination or {}
        style = pagination.get("style")
        params: dict[str, Any] = self._bind(args, kwargs)
        seen: set[str] = set()
        for _ in range(_MAX_PAGES):
            page = (await self._send(dict(params))).parsed
            yield page
            nxt = _next_params(self.meta, page, style)
            if not nxt:
                return
            marker = repr(sorted(nxt.items()))
            if marker in seen:
                raise ResponseValidationError(
                    f"{self.meta.qualname}: server returned the same next-page marker twice",
                    status_code=200,
                    request_id=None,
                    body=None,
                    operation=self.meta.qualname,
                )
            seen.add(marker)
            params.update(nxt)

    async def iter(self, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[I]:
        items_attr = (self.meta.pagination or {}).get("items_attr", "data")
        async for page in self.pages(*args, **kwargs):
            items = _field(page, items_attr)
            if items is None:
                continue
            for item in items:
                yield item


def _next_params(meta: OperationMeta, page: Any, style: str | None) -> dict[str, Any] | None:
    pagination = meta.pagination or {}
    summary = _field(page, "summary")
    if summary is None:
        return None
    if style == "cursor":
        token = _field(summary, "next_page_token", "nextPageToken")
        if not token:
            return None
        return {pagination["token_param"]: str(token)}
    # ARM page style.
    query_param, page_param = pagination.get("query_param", "query"), pagination.get("page_param", "pageno")
    page_no = _field(summary, "page_no", "pageNo")
    total_pages = _field(summary, "total_pages", "totalPages")
    if isinstance(page_no, int) and isinstance(total_pages, int) and page_no >= total_pages:
        return None
    next_url = _field(summary, "next_page", "nextPage")
    if isinstance(next_url, str) and next_url:
        qs = parse_qs(urlsplit(next_url).query)
        query = next(iter(qs.get("query", [])), None)
        pageno = next(iter(qs.get("pageno", [])), None)
        if query and pageno and pageno.isdigit():
            return {query_param: query, page_param: int(pageno)}
    query_id = _field(summary, "query_id", "queryId")
    if query_id and isinstance(page_no, int) and isinstance(total_pages, int) and page_no < total_pages:
        return {query_param: str(query_id), page_param: page_no + 1}
    return None


def paginated_operation(
    context: ApiContext,
    signature: Callable[P, Any],
    returns: Returns[T],
    items: Returns[I],
    meta: OperationMeta,
) -> PaginatedOperation[P, T, I]:
    """Typed constructor used by the generated namespaces for list operations."""
    return PaginatedOperation(context, meta)
