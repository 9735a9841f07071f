"""Issue 25.7: malformed chunked framing is a protocol error at once, on both HTTP backends (aiohttp's parser
failing mid-body used to leave the call waiting for its whole deadline, then report a timeout)."""

from __future__ import annotations

import time

import anyio
import pytest
from _raw_http import raw_http_server

from amili import AmiliClient, APIConnectionError, APITimeoutError, StaticToken

HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
FIRST = HEAD + b"5\r\n" + b'{"cus' + b"\r\n"
BROKEN: dict[str, list[bytes]] = {
    # The broken line arrives after the first chunk was parsed (a separate write): the parser fails mid-body.
    "bad-size-line-mid-body": [FIRST, b"zz\r\n" + b'tomerNo": "1"}'],
    "size-overflow-mid-body": [FIRST, b"fffffffffffffffffffffffff\r\n{}"],
    "chunk-longer-than-its-size-mid-body": [FIRST, b"2\r\ntomerNo\r\n0\r\n\r\n"],
    "bad-size-line-first": [HEAD + b"nonsense\r\n{}\r\n0\r\n\r\n"],
    "bad-size-line-in-one-write": [FIRST + b"zz\r\n" + b'tomerNo": "1"}'],
}


@pytest.mark.parametrize("reply", list(BROKEN.values()), ids=list(BROKEN))
async def test_broken_chunked_framing_is_a_protocol_error_at_once(reply: list[bytes], http_backend: str) -> None:
    """Before (aiohttp): the call waited out its timeout (60 s for each of 3 attempts by default) and raised APITimeoutError.
    Here the timeout is 30 s: the hang guard (10 s) fails the test if the call waits for it."""
    async with raw_http_server(reply) as server:
        started = time.monotonic()
        with anyio.fail_after(10), pytest.raises(APIConnectionError) as caught:
            async with AmiliClient(
                environment="staging",
                token_provider=StaticToken("tok"),
                base_urls={"arm": f"{server.root}/arm/v1"},
                http_backend=http_backend,  # type: ignore[arg-type]
                timeout=30,
            ) as amili:
                await amili.arm.customers.get_customer(clientno=2218, customerno="1")
        took = time.monotonic() - started
    assert not isinstance(caught.value, APITimeoutError), caught.value
    assert "RemoteProtocolError" in str(caught.value), str(caught.value)
    assert server.requests == 3  # a GET: retried like any dropped connection, each attempt failing at once
    assert took < 10  # (the hang guard already held it to that)


def test_a_read_timeout_as_large_as_the_attempt_deadline_is_left_to_the_retry_engine() -> None:
    """Under the retry engine the attempt's deadline (the largest timeout) bounds every read, so aiohttp is not
    asked to re-arm a read timer it could never fire first; a smaller read timeout, or no engine above, keeps it."""
    import httpx

    from amili import _extensions as _ext
    from amili._transports.aiohttp import AiohttpTransport
    from amili.retry import AttemptPhase

    transport = AiohttpTransport(limits=httpx.Limits(max_connections=1))

    def timeout(spec: httpx.Timeout, *, scoped: bool) -> object:
        request = httpx.Request("GET", "http://127.0.0.1:9/", extensions={"timeout": spec.as_dict()})
        if scoped:
            request.extensions[_ext.PHASE] = AttemptPhase(scope=object())
        return transport._timeout(request)

    default = httpx.Timeout(connect=5.0, read=60.0, write=60.0, pool=10.0)
    assert timeout(default, scoped=True).sock_read is None  # type: ignore[attr-defined]
    assert timeout(default, scoped=False).sock_read == 60.0  # type: ignore[attr-defined]
    short_read = httpx.Timeout(connect=5.0, read=2.0, write=60.0, pool=10.0)
    assert timeout(short_read, scoped=True).sock_read == 2.0  # type: ignore[attr-defined]
    assert timeout(default, scoped=True).sock_connect == 5.0  # type: ignore[attr-defined]
