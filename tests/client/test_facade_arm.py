"""The façade against the ARM API (bearer auth, pagination, path quoting), with pytest-httpx."""

from __future__ import annotations

import re
import time
from urllib.parse import parse_qs

import anyio
import httpx
import pytest
from amili_arm.models import Customer, CustomerList
from pytest_httpx import HTTPXMock

from amili import AmiliClient, AuthenticationError, RequestValidationError

AUTH = "https://auth.staging.amili.no"
ARM = "https://api.staging.amili.no/arm/v1"
SECRET = "arm-test-secret"


def _token_response(request: httpx.Request) -> httpx.Response:
    assert parse_qs(request.content.decode())["client_secret"] == [SECRET]
    now = int(time.time())
    return httpx.Response(
        200,
        json={
            "access_token": f"tok-{time.monotonic_ns()}",
            "token_type": "Bearer",
            "expires_in": 3600,
            "expires_on": now + 3600,
        },
    )


def _client() -> AmiliClient:
    return AmiliClient("cid", SECRET, environment="staging")


def _customer(no: str) -> dict[str, object]:
    return {"clientNo": 2218, "accountNo": 500000 + int(no), "customerNo": no, "name": f"Customer {no}"}


async def test_200_concurrent_calls_cause_exactly_one_token_request(httpx_mock: HTTPXMock) -> None:
    token_calls = 0

    async def token(request: httpx.Request) -> httpx.Response:
        nonlocal token_calls
        token_calls += 1
        await anyio.sleep(0.05)
        return _token_response(request)

    httpx_mock.add_callback(token, url=f"{AUTH}/token", is_reusable=True)
    httpx_mock.add_response(url=re.compile(rf"{ARM}/clients/2218/customers/\d+"), json=_customer("1"), is_reusable=True)
    async with _client() as amili, anyio.create_task_group() as tg:
        for i in range(200):
            tg.start_soon(lambda i=i: amili.arm.customers.get_customer(clientno=2218, customerno=str(i)))
    assert token_calls == 1
    api_requests = [r for r in httpx_mock.get_requests() if "/clients/" in r.url.path]
    assert len(api_requests) == 200
    assert len({r.headers["authorization"] for r in api_requests}) == 1


async def test_401_refreshes_once_replays_once_then_raises(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(_token_response, url=f"{AUTH}/token", is_reusable=True)
    httpx_mock.add_response(url=f"{ARM}/clients/2218/customers/1", status_code=401, json={"message": "expired"})
    httpx_mock.add_response(url=f"{ARM}/clients/2218/customers/1", json=_customer("1"))
    async with _client() as amili:
        customer = await amili.arm.customers.get_customer(clientno=2218, customerno="1")
        assert isinstance(customer, Customer)
        assert customer.customer_no == "1"
        tokens = [r for r in httpx_mock.get_requests() if r.url.path == "/token"]
        assert len(tokens) == 2  # initial + one refresh

        httpx_mock.add_response(
            url=f"{ARM}/clients/2218/customers/2", status_code=401, json={"message": "no"}, is_reusable=True
        )
        with pytest.raises(AuthenticationError):
            await amili.arm.customers.get_customer(clientno=2218, customerno="2")
    hits = [r for r in httpx_mock.get_requests() if r.url.path.endswith("/customers/2")]
    assert len(hits) == 2  # original + exactly one replay


async def test_iter_walks_pages_lazily(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(_token_response, url=f"{AUTH}/token", is_reusable=True)

    def page(request: httpx.Request) -> httpx.Response:
        params = dict(request.url.params)
        n = int(params.get("pageno", "1"))
        if n > 1:
            assert params["query"] == "Q1"
        summary = {
            "pageNo": n,
            "currentPageSize": 2,
            "pageSizeLimit": 2,
            "totalPages": 3,
            "totalCount": 6,
            "maximumCount": 10000,
            "queryId": "Q1",
            "nextPage": f"{ARM}/clients/2218/customers?query=Q1&pageno={n + 1}" if n < 3 else None,
        }
        return httpx.Response(
            200, json={"summary": summary, "customers": [_customer(str(2 * n - 1)), _customer(str(2 * n))]}
        )

    httpx_mock.add_callback(page, url=re.compile(rf"{ARM}/clients/2218/customers\?.*"), is_reusable=True)
    async with _client() as amili:
        seen = [c.customer_no async for c in amili.arm.customers.list_customers.iter(clientno=2218, pagesize=2)]
        assert seen == ["1", "2", "3", "4", "5", "6"]
        # Breaking early fetches no further page.
        before = len(httpx_mock.get_requests())
        async for _ in amili.arm.customers.list_customers.iter(clientno=2218, pagesize=2):
            break
        assert len(httpx_mock.get_requests()) == before + 1
        pages = [p async for p in amili.arm.customers.list_customers.pages(clientno=2218, pagesize=2)]
        assert all(isinstance(p, CustomerList) for p in pages)
        assert len(pages) == 3


@pytest.mark.parametrize("hostile", ["../1", "a/b", "x?y=1", "#frag", "ø æ 漢", "%2F"])
async def test_hostile_path_parameters_are_quoted(httpx_mock: HTTPXMock, hostile: str) -> None:
    httpx_mock.add_callback(_token_response, url=f"{AUTH}/token", is_reusable=True)
    httpx_mock.add_response(json=_customer("1"), is_reusable=True)
    async with _client() as amili:
        await amili.arm.customers.get_customer(clientno=2218, customerno=hostile)
    request = httpx_mock.get_requests()[-1]
    raw_path = request.url.raw_path.decode()
    assert raw_path.startswith("/arm/v1/clients/2218/customers/")
    segment = raw_path.removeprefix("/arm/v1/clients/2218/customers/")
    assert "/" not in segment
    assert "?" not in segment
    assert "#" not in segment
    assert request.url.query == b""


@pytest.mark.parametrize("bad", ["..", ".", "", "  "])
async def test_dot_segments_are_refused_before_any_request(httpx_mock: HTTPXMock, bad: str) -> None:
    async with _client() as amili:
        with pytest.raises(RequestValidationError) as info:
            await amili.arm.customers.get_customer(clientno=2218, customerno=bad)
    assert info.value.field == "customerno"
    assert httpx_mock.get_requests() == []


async def test_positional_path_parameters_work(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_callback(_token_response, url=f"{AUTH}/token", is_reusable=True)
    httpx_mock.add_response(url=f"{ARM}/clients/2218/customers/7", json=_customer("7"))
    async with _client() as amili:
        customer = await amili.arm.customers.get_customer(2218, customerno="7")
    assert customer.customer_no == "7"
