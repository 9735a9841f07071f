"""Pagination, directly: ARM's page style (query id + page number, or `nextPage`), AutoCollect's cursor style, and
a server that repeats its next-page marker (issue 15 acceptance: direct tests)."""

from __future__ import annotations

import uuid

import httpx
import pytest

from amili import AmiliClient, ResponseValidationError, StaticToken

ORG = str(uuid.uuid4())


def _client(handler: httpx.MockTransport) -> AmiliClient:
    return AmiliClient(token_provider=StaticToken("t"), transport=handler, max_retries=0)


async def test_arm_page_style_follows_query_id_and_page_number() -> None:
    seen: list[dict[str, str]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        seen.append(params)
        page = int(params.get("pageno", "1"))
        return httpx.Response(
            200,
            json={
                "customers": [{"customerNo": f"{page}-a"}, {"customerNo": f"{page}-b"}],
                "summary": {"pageNo": page, "totalPages": 3, "queryId": "q-1"},
            },
        )

    async with _client(httpx.MockTransport(handler)) as amili:
        numbers = [c.customer_no async for c in amili.arm.customers.list_customers.iter(clientno=7, pagesize=2)]
    assert numbers == ["1-a", "1-b", "2-a", "2-b", "3-a", "3-b"]
    assert seen[0] == {"pagesize": "2"}
    assert seen[1] == {"pagesize": "2", "query": "q-1", "pageno": "2"}
    assert seen[2]["pageno"] == "3"


async def test_arm_next_page_link_wins() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        pageno = request.url.params.get("pageno")
        if pageno is None:
            summary = {"pageNo": 1, "totalPages": 2, "nextPage": "https://x/clients/7/customers?query=link&pageno=2"}
            return httpx.Response(200, json={"customers": [{"customerNo": "1"}], "summary": summary})
        assert request.url.params["query"] == "link"
        return httpx.Response(200, json={"customers": [{"customerNo": "2"}], "summary": {"pageNo": 2, "totalPages": 2}})

    async with _client(httpx.MockTransport(handler)) as amili:
        pages = [p async for p in amili.arm.customers.list_customers.pages(clientno=7)]
    assert len(pages) == 2


async def test_cursor_style_follows_next_page_token_until_absent() -> None:
    tokens: list[str | None] = []

    def handler(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("pageToken")
        tokens.append(token)
        nxt = {None: "c2", "c2": "c3", "c3": None}[token]
        summary = {"nextPageToken": nxt} if nxt else {}
        return httpx.Response(200, json={"data": [{"caseNumber": token or "first"}], "summary": summary})

    async with _client(httpx.MockTransport(handler)) as amili:
        cases = [s.case_number async for s in amili.autocollect.settlements.list_settlements.iter(organization_id=ORG)]
    assert tokens == [None, "c2", "c3"]
    assert cases == ["first", "c2", "c3"]


async def test_a_repeated_next_page_marker_stops_with_a_typed_error() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(200, json={"data": [], "summary": {"nextPageToken": "same"}})

    async with _client(httpx.MockTransport(handler)) as amili:
        with pytest.raises(ResponseValidationError, match="same next-page marker"):
            async for _ in amili.autocollect.settlements.list_settlements.iter(organization_id=ORG):
                pass
    assert calls == 2  # the second page repeats the first one's marker: stopped instead of looping forever


async def test_a_page_without_summary_is_the_last() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"customers": [{"customerNo": "1"}]})

    async with _client(httpx.MockTransport(handler)) as amili:
        items = [c async for c in amili.arm.customers.list_customers.iter(clientno=7)]
    assert len(items) == 1
