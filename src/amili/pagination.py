"""Lazy iteration over Amili's two pagination styles.

* ARM (`style: page`): the server stores the query; the response `summary` carries `queryId`, `pageNo`,
  `totalPages` and a `nextPage` URL; the next page is fetched with `query=<queryId>&pageno=<n>`.
* AutoCollect (`style: cursor`): `PageToken` in, `summary.nextPageToken` out, until no token comes back.

Pages are fetched only when the caller asks for the next item, so `break` costs no further requests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar
from urllib.parse import parse_qs, urlsplit

from ._models import field as _field
from .errors import ResponseValidationError
from .operations import Operation, OperationMeta, Returns

if TYPE_CHECKING:
    from .client import ApiContext

__all__ = ["PaginatedOperation", "paginated_operation"]

P = ParamSpec("P")
T = TypeVar("T")
I = TypeVar("I")  # noqa: E741

_MAX_PAGES = 100_000


class PaginatedOperation(Operation[P, T], Generic[P, T, I]):
    """A list operation: call it for one page, `.pages()` for every page, `.iter()` for every item."""

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
    build: Callable[..., dict[str, Any]],
    parse: Callable[..., Any],
    returns: Returns[T],
    items: Returns[I],
    meta: OperationMeta,
) -> PaginatedOperation[P, T, I]:
    """Typed constructor used by the generated namespaces for list operations."""
    return PaginatedOperation(context, build, parse, meta, signature)
