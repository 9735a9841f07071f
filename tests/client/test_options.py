"""amili._options: every client option is checked at construction — headers (the per-call header check) and every
number (NaN and ±inf refused) — with a `ConfigurationError` naming the field, never echoing a header's value."""

from __future__ import annotations

import math
from typing import Any

import httpx
import pytest

from amili import AmiliClient, ConfigurationError, RetryPolicy, StaticToken

SENT: list[httpx.Request] = []


def _client(**kwargs: Any) -> AmiliClient:
    def handler(request: httpx.Request) -> httpx.Response:
        SENT.append(request)
        return httpx.Response(200, json={"customerNo": "1", "name": "N"})

    return AmiliClient(token_provider=StaticToken("t"), transport=httpx.MockTransport(handler), **kwargs)


BAD_HEADERS = [
    ({"X-Trace": "æ"}, "X-Trace"),
    ({"X-Trace": "a\r\nX-Injected: 1"}, "X-Trace"),
    ({"X-Trace": "nul\x00"}, "X-Trace"),
    ({"X-Api-Key": "sk_live_SECRETVALUE\n"}, "X-Api-Key"),
    ({"X-Bad\nName": "v"}, "X-Bad"),
    ({"X-Number": 1.5}, "X-Number"),
]


@pytest.mark.parametrize(("headers", "name"), BAD_HEADERS)
def test_client_headers_are_checked_at_construction(headers: dict[str, Any], name: str) -> None:
    with pytest.raises(ConfigurationError) as info:
        _client(headers=headers)
    message = str(info.value)
    assert name in message and "header" in message
    assert "SECRETVALUE" not in message and "æ" not in message and "Injected" not in message


@pytest.mark.parametrize(("headers", "name"), BAD_HEADERS)
async def test_with_options_headers_are_checked_before_any_call(headers: dict[str, Any], name: str) -> None:
    SENT.clear()
    async with _client() as amili:
        with pytest.raises(ConfigurationError, match=name):
            amili.with_options(headers=headers)
        # the view is never built, so nothing bad reaches the transport
        await amili.arm.customers.get_customer(clientno=1, customerno="1")
    assert all("X-Injected" not in r.headers for r in SENT)


async def test_good_client_headers_still_reach_the_wire() -> None:
    SENT.clear()
    async with _client(headers={"X-Trace": "abc\t1", "X-Count": 3}) as amili:
        await amili.with_options(headers={"X-Other": "2"}).arm.customers.get_customer(clientno=1, customerno="1")
    assert SENT[-1].headers["X-Trace"] == "abc\t1" and SENT[-1].headers["X-Other"] == "2"
    assert SENT[-1].headers["X-Count"] == "3"  # an int is sent as its text, like a per-call header


NAN, INF = math.nan, math.inf

BAD_NUMBERS = [
    ({"timeout": NAN}, "timeout"),
    ({"timeout": INF}, "timeout"),
    ({"timeout": -INF}, "timeout"),
    ({"timeout": httpx.Timeout(NAN)}, "timeout.connect"),
    ({"timeout": httpx.Timeout(5.0, read=INF)}, "timeout.read"),
    ({"timeout": httpx.Timeout(5.0, pool=-1.0)}, "timeout.pool"),
    ({"max_response_bytes": NAN}, "max_response_bytes"),
    ({"max_response_bytes": INF}, "max_response_bytes"),
    ({"max_response_bytes": 1.5}, "max_response_bytes"),
    ({"limits": httpx.Limits(max_connections=10, keepalive_expiry=NAN)}, "limits.keepalive_expiry"),
    ({"limits": httpx.Limits(max_connections=0)}, "limits.max_connections"),
    ({"limits": httpx.Limits(max_keepalive_connections=-1)}, "limits.max_keepalive_connections"),
    ({"retry_policy": RetryPolicy(base_delay=NAN)}, "retry_policy.base_delay"),
    ({"retry_policy": RetryPolicy(max_delay=INF)}, "retry_policy.max_delay"),
    ({"retry_policy": RetryPolicy(max_delay=-1)}, "retry_policy.max_delay"),
    ({"retry_policy": RetryPolicy(factor=NAN)}, "retry_policy.factor"),
    ({"retry_policy": RetryPolicy(max_server_wait=INF)}, "retry_policy.max_server_wait"),
    ({"retry_policy": RetryPolicy(total_budget=NAN)}, "retry_policy.total_budget"),
    ({"retry_policy": RetryPolicy(total_budget=0)}, "retry_policy.total_budget"),
    ({"retry_policy": RetryPolicy(max_retries=-1)}, "max_retries"),
    ({"max_retries": -5}, "max_retries"),
]


@pytest.mark.parametrize(("kwargs", "field"), BAD_NUMBERS)
def test_non_finite_and_out_of_range_numbers_are_refused_at_construction(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(ConfigurationError, match=field.replace(".", r"\.")):
        _client(**kwargs)


@pytest.mark.parametrize(("kwargs", "field"), BAD_NUMBERS)
async def test_and_by_with_options(kwargs: dict[str, Any], field: str) -> None:
    async with _client() as amili:
        with pytest.raises(ConfigurationError, match=field.replace(".", r"\.")):
            amili.with_options(**kwargs)


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "-1"])
def test_the_timeout_variable_is_checked_too(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMILI_TIMEOUT", value)
    with pytest.raises(ConfigurationError, match="timeout"):
        _client()


def test_finite_values_and_none_timeouts_are_accepted() -> None:
    _client(
        timeout=httpx.Timeout(5.0, read=None),
        max_response_bytes=float(2**20),
        retry_policy=RetryPolicy(base_delay=0, max_delay=0),
        limits=httpx.Limits(max_connections=None, keepalive_expiry=None),
    )


@pytest.mark.parametrize(
    "timeout",
    [httpx.Timeout(NAN), httpx.Timeout(5.0, read=INF), httpx.Timeout(5.0, pool=-1.0), httpx.Timeout(5.0, write=0.0)],
)
async def test_a_per_call_httpx_timeout_is_checked_like_the_clients(timeout: httpx.Timeout) -> None:
    from amili.errors import ArgumentError

    SENT.clear()
    async with _client() as amili:
        with pytest.raises(ArgumentError, match="timeout"):
            await amili.arm.customers.get_customer(clientno=1, customerno="1", timeout=timeout)
        await amili.arm.customers.get_customer(clientno=1, customerno="1", timeout=httpx.Timeout(5.0, read=None))
    assert len(SENT) == 1


@pytest.mark.parametrize("headers", [{"X-Trace": "æ"}, {"X-Trace": "a\r\nb"}])
async def test_bad_headers_never_reach_either_backend(http_backend: str, headers: dict[str, str]) -> None:
    """Without a mock transport (the SDK's own aiohttp or httpx pool): refused before any connection is made."""
    with pytest.raises(ConfigurationError, match="X-Trace"):
        AmiliClient(token_provider=StaticToken("t"), base_url="http://127.0.0.1:9", headers=headers)
    async with AmiliClient(token_provider=StaticToken("t"), base_url="http://127.0.0.1:9") as amili:
        assert amili.options.http_backend in ("aiohttp", "httpx", "auto")
        with pytest.raises(ConfigurationError, match="X-Trace"):
            amili.with_options(headers=headers)
