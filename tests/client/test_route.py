"""Issue 26.5 / 30: one request path. An operation's request is built from its server's template and meets three
objects on its way to the socket (retry engine → connection gate with auth → sending backend); a caller's
`transport=` or `http_client=` takes httpx's general path instead, and both send the same request."""

from __future__ import annotations

import json

import anyio
import httpx
import pytest
from _raw_http import raw_http_server

from amili import AmiliClient, AuthenticationError, StaticToken, Token
from amili import _extensions as _ext
from amili._route import Route
from amili._transports.gate import ConnectionGate
from amili.retry import RetryTransport

CUSTOMER = json.dumps({"customerNo": "a b/1", "name": "Bench", "accountNo": 500001, "clientNo": 2218}).encode()
REPLY = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(CUSTOMER), CUSTOMER)


def _head(raw: bytes) -> tuple[str, list[tuple[str, str]]]:
    lines = raw.decode().split("\r\n")
    headers = [tuple(h.split(": ", 1)) for h in lines[1:]]
    return lines[0], sorted((k.lower(), v) for k, v in headers if k.lower() != "x-amili-attempt")  # type: ignore[misc]


def _client(root: str, http_backend: str) -> AmiliClient:
    """A client of the raw server's ARM API on `http_backend`, with a fixed token."""
    return AmiliClient(
        environment="staging",
        token_provider=StaticToken("tok"),
        base_urls={"arm": f"{root}/arm/v1"},
        http_backend=http_backend,  # type: ignore[arg-type]
    )


async def _get(amili: AmiliClient) -> None:
    with anyio.fail_after(10):
        customer = await amili.arm.customers.get_customer(clientno=2218, customerno="a b/1", expand="x&y")
    assert customer.customer_no == "a b/1"


async def test_template_and_general_path_send_the_same_request(http_backend: str) -> None:
    async with raw_http_server(REPLY) as server:
        common = {
            "environment": "staging",
            "token_provider": StaticToken("tok"),
            "base_urls": {"arm": f"{server.root}/arm/v1"},
            "headers": {"X-Team": "bench"},
        }
        async with AmiliClient(**common, http_backend=http_backend) as amili:  # type: ignore[arg-type]
            assert isinstance(getattr(amili._core().send("arm"), "__self__", None), Route)
            await _get(amili)
        async with httpx.AsyncClient() as own, AmiliClient(**common, http_client=own) as general:  # type: ignore[arg-type]
            assert not isinstance(getattr(general._core().send("arm"), "__self__", None), Route)
            await _get(general)
    template, through_httpx = (_head(h) for h in server.heads)
    assert template[0] == "GET /arm/v1/clients/2218/customers/a%20b%2F1?expand=x%26y HTTP/1.1"
    assert template == through_httpx
    assert ("authorization", "Bearer tok") in template[1]
    assert ("x-team", "bench") in template[1]


async def test_at_most_three_objects_between_the_operation_and_the_socket(http_backend: str) -> None:
    async with (
        raw_http_server(REPLY) as server,
        _client(server.root, http_backend) as amili,
    ):
        await _get(amili)
        route = amili._core().send("arm").__self__  # type: ignore[attr-defined]
        engine = route._engine
        assert isinstance(engine, RetryTransport)
        gate = engine._inner
        assert isinstance(gate, ConnectionGate)
        backend = gate._send.__self__  # the backend's own `handle_async_request`, called directly
        expected = "AiohttpTransport" if http_backend == "aiohttp" else "ShardedPool"
        assert type(backend).__name__ == expected


async def test_event_hooks_of_a_callers_http_client_see_every_request() -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.raw_path.decode())

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=CUSTOMER, headers={"Content-Type": "application/json"})

    own = httpx.AsyncClient(transport=httpx.MockTransport(server), event_hooks={"request": [hook]})
    async with (
        own,
        AmiliClient(
            environment="staging",
            token_provider=StaticToken("tok"),
            base_urls={"arm": "https://arm.test/v1"},
            http_client=own,
        ) as amili,
    ):
        await _get(amili)
    assert seen == ["/v1/clients/2218/customers/a%20b%2F1?expand=x%26y"]


class _Rotating:
    """Hands out tok-1, then tok-2 after an invalidation (counts both)."""

    def __init__(self) -> None:
        self.issued = 1
        self.invalidated: list[str] = []

    async def get_token(self) -> Token:
        return Token(f"tok-{self.issued}", expires_at=4e9)

    def invalidate(self, token: Token | None = None) -> None:
        self.invalidated.append(token.value if token else "")
        self.issued += 1


@pytest.mark.parametrize("accepted", ["tok-2", "never"])
async def test_a_401_is_answered_in_the_gate_by_one_refresh_and_one_replay(accepted: str) -> None:
    sent: list[str | None] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("authorization"))
        if request.headers.get("authorization") == f"Bearer {accepted}":
            return httpx.Response(200, content=CUSTOMER, headers={"Content-Type": "application/json"})
        return httpx.Response(401, json={"message": "token expired"})

    provider = _Rotating()
    async with AmiliClient(
        environment="staging",
        token_provider=provider,
        base_urls={"arm": "https://arm.test/v1"},
        transport=httpx.MockTransport(server),
    ) as amili:
        if accepted == "never":
            with pytest.raises(AuthenticationError):
                await _get(amili)
        else:
            await _get(amili)
    assert sent == ["Bearer tok-1", "Bearer tok-2"]  # refreshed once, replayed once, never looped
    assert provider.invalidated == ["tok-1"]


async def test_a_request_without_a_body_carries_client_headers_changed_after_the_first_call() -> None:
    """Issue 30: a GET starts from the server's prepared headers; a change to the client's own headers (a
    generated client's `with_headers` updates them in place) is in the next request, as with httpx's own build."""
    async with AmiliClient(
        environment="staging", token_provider=StaticToken("tok"), base_urls={"arm": "http://127.0.0.1:9/arm/v1"}
    ) as amili:
        route = amili._core().send("arm").__self__  # type: ignore[attr-defined]
        kwargs = {"method": "GET", "url": "/clients/2218/customers/1", "headers": {"X-Call": "c"}}
        first = route._request(kwargs, {})
        # The template also carries the retry engine's first `X-Amili-Attempt` (it sets the later ones itself).
        reference = httpx.Request(
            "GET",
            "http://127.0.0.1:9/arm/v1/clients/2218/customers/1",
            headers={**route._headers, "X-Amili-Attempt": "1", "X-Call": "c"},
        )
        assert first.headers.multi_items() == reference.headers.multi_items()
        assert first.content == b""
        # What the layers below skip for it: the attempt header (already there), aiohttp's default headers (all set).
        assert first.extensions[_ext.ATTEMPT_PREPARED] is True
        assert first.extensions[_ext.DEFAULT_HEADERS_SET] is True
        amili._core().http_client("arm").headers.update({"X-Later": "1"})
        second = route._request(kwargs, {})
        assert second.headers["x-later"] == "1"
        assert second.headers["x-call"] == "c"


async def test_the_attempt_header_is_sent_once_per_attempt_on_the_template_path(http_backend: str) -> None:
    # The template's prepared headers carry the first attempt's `X-Amili-Attempt: 1`; the retry engine sets the
    # later ones: each attempt says its own number, once.
    busy = b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    async with (
        raw_http_server(busy) as server,
        _client(server.root, http_backend) as amili,
    ):
        with anyio.fail_after(10), pytest.raises(Exception):  # noqa: B017, PT011 - the 503's typed error
            await amili.arm.customers.get_customer(clientno=2218, customerno="1")
    attempts = [
        [
            v
            for k, v in (tuple(h.split(": ", 1)) for h in head.decode().split("\r\n")[1:])
            if k.lower() == "x-amili-attempt"
        ]
        for head in server.heads
    ]
    assert attempts == [["1"], ["2"], ["3"]]
