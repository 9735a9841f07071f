"""Issue 14: bounded resources, honest DELETE retries, token edge cases, and no secret anywhere a traceback looks.

Each test would have failed before its fix (noted per test).
"""

from __future__ import annotations

import gc
import gzip
import json
import os
import sys
import time
import traceback
import tracemalloc
import zlib
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import anyio
import httpx
import pytest

from amili import (
    AmiliClient,
    AmiliError,
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RetryPolicy,
    StaticToken,
)
from amili.auth import (
    MIN_TOKEN_LIFETIME,
    BasicCredentials,
    CachedTokenProvider,
    ClientCredentials,
    PartnerCredentials,
    Token,
    parse_expiry,
)
from amili.errors import ResponseDecodingError, ResponseTooLargeError
from amili.sandbox import FaultKind, FaultRule, Sandbox
from amili.webhooks import HmacSha256Verifier, WebhookReceiver

SECRET = "s3cr3t-VALUE-never-shown"
CLIENT = 2218
FAST = RetryPolicy(max_retries=3, base_delay=0.001, max_delay=0.002)


def _arm_client(handler: Any, **options: Any) -> AmiliClient:
    return AmiliClient(
        environment="staging",
        token_provider=StaticToken("tok"),
        transport=httpx.MockTransport(handler),
        **options,
    )


# -- 6. DELETE whose response was lost --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [FaultKind.DROP_AFTER, FaultKind.ERROR_AFTER])
async def test_delete_whose_response_was_lost_reports_success(kind: FaultKind) -> None:
    """Before: the retry's 404 surfaced as NotFoundError although this call deleted the customer."""
    rule = FaultRule(kind=kind, operation="arm.customers.delete_customer", times=1, status=500)
    async with AmiliClient.sandbox(retry_policy=FAST, faults=[rule], seed=3) as amili:
        body: Any = {"metadata": {"userId": "u"}, "customer": {"customerNo": "77", "name": "Gone Soon"}}
        await amili.arm.customers.create_customer(clientno=CLIENT, body=body)
        raw = await amili.arm.customers.delete_customer.raw(clientno=CLIENT, customerno="77")
        assert raw.status_code == 200
        assert raw.headers["x-amili-deleted-on-retry"] == "true"
        assert raw.parsed.result == "DELETED"
        assert amili.simulator is not None
        statuses = [r.status for r in amili.simulator.requests if r.operation == "arm.customers.delete_customer"]
        assert statuses[-1] == 404 and len(statuses) == 2
        with pytest.raises(NotFoundError):
            await amili.arm.customers.get_customer(clientno=CLIENT, customerno="77")


@pytest.mark.amili_sandbox(seed=3)
async def test_delete_of_a_missing_resource_is_still_not_found(amili_sandbox: Sandbox) -> None:
    """Neighbour: no earlier attempt may have deleted it, so a plain 404 stays NotFoundError."""
    async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=FAST) as amili:
        with pytest.raises(NotFoundError):
            await amili.arm.customers.delete_customer(clientno=CLIENT, customerno="404")


@pytest.mark.amili_sandbox(
    faults=[
        FaultRule(kind=FaultKind.ERROR, operation="arm.customers.delete_customer", times=1, status=503, retry_after=0)
    ],
    seed=3,
)
async def test_delete_after_a_503_that_did_not_process_is_not_found(amili_sandbox: Sandbox) -> None:
    """Neighbour: a 503 proves the first attempt was not processed, so a later 404 is a real 404."""
    async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=FAST) as amili:
        with pytest.raises(NotFoundError):
            await amili.arm.customers.delete_customer(clientno=CLIENT, customerno="404")


# -- 7. bounded response bodies ---------------------------------------------------------------------------------


def _bomb(size: int, encoding: str) -> bytes:
    zeros = b"\0" * size
    if encoding == "gzip":
        return gzip.compress(zeros, compresslevel=9)
    return zlib.compress(zeros, 9)


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_compression_bomb_is_refused_without_holding_it(encoding: str) -> None:
    """Before: the whole 64 MiB was decompressed into memory (and a 1 GiB bomb would have been too)."""
    bomb = _bomb(64 * 1024 * 1024, encoding)

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Encoding": encoding, "Content-Type": "application/json"}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(bomb))  # streamed, as from a socket

    amili = _arm_client(handler, max_response_bytes=1024 * 1024)
    gc.collect()
    tracemalloc.start()
    try:
        with pytest.raises(ResponseTooLargeError) as caught:
            await amili.arm.customers.get_customer(clientno=CLIENT, customerno="1")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(caught.value, AmiliError)
    assert caught.value.limit == 1024 * 1024
    assert "max_response_bytes" in str(caught.value)
    assert peak < 12 * 1024 * 1024, f"peak {peak:,} bytes"


async def test_plain_body_over_the_limit_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"customerNo": "1", "name": "x" * 5000})

    with pytest.raises(ResponseTooLargeError):
        await _arm_client(handler, max_response_bytes=4096).arm.customers.get_customer(clientno=CLIENT, customerno="1")


async def test_compressed_body_within_the_limit_is_decoded() -> None:
    payload = json.dumps({"customerNo": "1", "name": "Zipped"}).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Encoding": "gzip", "Content-Type": "application/json"}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(gzip.compress(payload)))

    customer = await _arm_client(handler).arm.customers.get_customer(clientno=CLIENT, customerno="1")
    assert customer.name == "Zipped"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
async def test_corrupt_compressed_body_is_a_typed_error(encoding: str) -> None:
    """Before: a raw `httpx.DecodingError` escaped."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"Content-Encoding": encoding}, stream=httpx.ByteStream(b"\x1f\x8b not gzip")
        )

    with pytest.raises(ResponseDecodingError) as caught:
        await _arm_client(handler).arm.customers.get_customer(clientno=CLIENT, customerno="1")
    assert isinstance(caught.value, AmiliError)
    assert "arm.customers.get_customer" in str(caught.value)


async def test_error_keeps_only_an_excerpt_of_a_huge_body() -> None:
    """Before: the whole 4 MB error body was kept on the exception."""
    huge = {"message": "boom", "detail": "y" * 4_000_000}

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, json=huge)

    with pytest.raises(InternalServerError) as caught:
        await _arm_client(handler, max_retries=0).arm.customers.get_customer(clientno=CLIENT, customerno="1")
    assert len(str(caught.value.body)) < 3000
    assert len(str(caught.value)) < 3000


# -- 8. a call's timeout is a deadline --------------------------------------------------------------------------


async def _trickle_server(stop: anyio.Event, headers_slow: bool, *, task_status: Any) -> None:
    """HTTP/1.1 on loopback that answers every request one byte per 100 ms."""

    async def serve(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            data = b""
            while b"\r\n\r\n" not in data:
                data += await stream.receive()
            head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
            body = b'{"customerNo": "1", "name": "' + b"a" * 160 + b'"}' + b" " * 8
            payload = head + body if headers_slow else body
            if not headers_slow:
                await stream.send(head)
            for byte in payload:
                await stream.send(bytes([byte]))
                await anyio.sleep(0.1)

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    port = listener.extra(anyio.abc.SocketAttribute.local_port)
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, serve)
        task_status.started(port)
        await stop.wait()
        tg.cancel_scope.cancel()


@pytest.mark.parametrize("headers_slow", [False, True])
async def test_trickling_server_cannot_hold_a_call_past_its_timeout(headers_slow: bool, http_backend: str) -> None:
    """Before: each read got its own 1 s, so 200 bytes at 10/s held the call for ~20 s per attempt."""
    stop = anyio.Event()
    async with anyio.create_task_group() as tg:
        port = await tg.start(_trickle_server, stop, headers_slow)
        amili = AmiliClient(
            environment="staging",
            token_provider=StaticToken("tok"),
            base_urls={"arm": f"http://127.0.0.1:{port}/arm/v1"},
            timeout=1,
            max_retries=0,
        )
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            async with amili:
                await amili.arm.customers.get_customer(clientno=CLIENT, customerno="1")
        took = time.monotonic() - started
        stop.set()
    assert took < 3.0, f"held for {took:.1f} s with timeout=1"


# -- 9. token lifetimes -----------------------------------------------------------------------------------------


def _token_server(payload: dict[str, Any], counter: list[int]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            counter[0] += 1
            return httpx.Response(200, json={"access_token": f"t{counter[0]}", "token_type": "Bearer", **payload})
        return httpx.Response(200, json={"customerNo": "1", "name": "n"})

    return handler


@pytest.mark.parametrize("expires", [{"expires_in": 0}, {"expires_in": -50}, {}])
async def test_degenerate_token_lifetime_does_not_fetch_a_token_per_call(expires: dict[str, Any]) -> None:
    """Before: `expires_in: 0` (or negative) meant a token request before every call; missing was an error."""
    counter = [0]
    amili = AmiliClient(
        "id", SECRET, environment="staging", transport=httpx.MockTransport(_token_server(expires, counter))
    )
    async with amili:
        for _ in range(20):
            await amili.arm.customers.get_customer(clientno=CLIENT, customerno="1")
        token = await amili.token_provider.get_token()  # type: ignore[union-attr]
    assert counter[0] == 1
    assert token.lifetime >= MIN_TOKEN_LIFETIME


@pytest.fixture
def foreign_tz() -> Iterator[None]:
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform: cannot change the process time zone")
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old
        time.tzset()


def test_expiry_without_zone_is_utc_whatever_the_process_tz(foreign_tz: None) -> None:
    assert parse_expiry("2030-01-01T00:00:00") == 1893456000.0
    assert parse_expiry("2030-01-01T00:00:00Z") == 1893456000.0
    assert parse_expiry("2030-01-01T01:00:00+01:00") == 1893456000.0
    assert parse_expiry("not a date") is None


async def test_partner_token_expiry_without_zone_is_utc(foreign_tz: None) -> None:
    expires = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() + 7200))

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"Token": "p", "Expires": expires})

    async with AmiliClient(
        environment="staging",
        token_provider=StaticToken("x"),
        transport=httpx.MockTransport(handler),
        base_urls={"partner": "https://partner.example/"},
    ) as amili:
        amili.partner  # builds the generated partner client  # noqa: B018
        partner = amili._core().generated_client("partner")
        provider = PartnerCredentials("pid", SECRET, partner=partner)
        token = await provider.get_token()
    assert abs(token.expires_at - (time.time() + 7200)) < 60


# -- 10. one exception object per waiting caller ----------------------------------------------------------------


async def test_token_outage_raises_a_fresh_exception_per_waiter() -> None:
    """Before: all 1,000 callers re-raised one object, whose traceback grew by a few frames per caller."""

    async def fetch() -> Token:
        await anyio.sleep(0.05)
        raise APIConnectionError("identity.tokens.create_token: ConnectError while fetching a token")

    provider = CachedTokenProvider(fetch)
    errors: list[BaseException] = []

    async def one() -> None:
        try:
            await provider.get_token()
        except APIConnectionError as exc:
            errors.append(exc)

    async with anyio.create_task_group() as tg:
        for _ in range(1000):
            tg.start_soon(one)
    assert len(errors) == 1000
    assert len({id(e) for e in errors}) == 1000
    assert all(type(e) is APIConnectionError and "ConnectError" in str(e) for e in errors)
    depth = max(len(traceback.extract_tb(e.__traceback__)) for e in errors)
    assert depth < 10, depth
    assert provider.fetch_count == 1


# -- 14. secrets never in traceback locals ----------------------------------------------------------------------


def _frames(exc: BaseException) -> Iterator[Any]:
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        tb: TracebackType | None = current.__traceback__
        while tb is not None:
            yield tb.tb_frame
            tb = tb.tb_next
        todo += [current.__cause__, current.__context__]


def _assert_no_secret_in_locals(exc: BaseException, secret: str) -> None:
    for frame in _frames(exc):
        for name, value in frame.f_locals.items():
            shown = repr(value)
            assert secret not in shown, f"{frame.f_code.co_name}: local {name!r} shows the secret"
            inner = getattr(value, "__dict__", None)
            if isinstance(inner, dict):
                assert secret not in repr(inner), f"{frame.f_code.co_name}: vars({name}) shows the secret"


def _token_failures() -> list[tuple[str, Any]]:
    def status(code: int) -> Any:
        return lambda request: httpx.Response(code, json={"error": "invalid_client"})

    def connect(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    def timeout(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    def garbage(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"<html>not a token</html>")

    return [
        ("401", status(401)),
        ("500", status(500)),
        ("connect", connect),
        ("timeout", timeout),
        ("garbage", garbage),
    ]


@pytest.mark.parametrize(("case", "handler"), _token_failures(), ids=[c for c, _ in _token_failures()])
async def test_token_endpoint_failure_leaves_no_secret_in_traceback_locals(case: str, handler: Any) -> None:
    """Before: `body`/`kwargs` locals of the token request held the client secret in plain text."""
    async with AmiliClient(
        "id", SECRET, environment="staging", transport=httpx.MockTransport(handler), max_retries=0
    ) as amili:
        with pytest.raises(AmiliError) as caught:
            await amili.arm.customers.get_customer(clientno=CLIENT, customerno="1")
    assert SECRET not in str(caught.value)
    _assert_no_secret_in_locals(caught.value, SECRET)
    rendered = "".join(traceback.TracebackException.from_exception(caught.value, capture_locals=True).format())
    assert SECRET not in rendered


async def test_partner_token_failure_leaves_no_secret_in_traceback_locals() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"Message": "bad"})

    async with AmiliClient(
        environment="staging",
        token_provider=StaticToken("x"),
        transport=httpx.MockTransport(handler),
        partner_credentials=("pid", SECRET),
        base_urls={"partner": "https://partner.example/"},
        max_retries=0,
    ) as amili:
        with pytest.raises(AuthenticationError) as caught:
            await amili.partner.companies.list_companies()  # type: ignore[attr-defined]
    _assert_no_secret_in_locals(caught.value, SECRET)


async def test_token_request_still_sends_the_secret_on_the_wire() -> None:
    """The redaction is for people, not for the server: the form body carries the real secret."""
    seen: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            seen.append(request.read())
            return httpx.Response(200, json={"access_token": "t", "token_type": "Bearer", "expires_in": 3600})
        return httpx.Response(200, json={"customerNo": "1", "name": "n"})

    async with AmiliClient("id", SECRET, environment="staging", transport=httpx.MockTransport(handler)) as amili:
        await amili.arm.customers.get_customer(clientno=CLIENT, customerno="1")
    assert seen and f"client_secret={SECRET}".encode() in seen[0]


def test_public_objects_show_no_secret_in_vars_or_repr() -> None:
    holders: list[Any] = [
        ClientCredentials("id", SECRET, identity=None),  # type: ignore[arg-type]
        PartnerCredentials("id", SECRET, partner=None),
        BasicCredentials("user", SECRET),
        HmacSha256Verifier(SECRET),
        HmacSha256Verifier([SECRET, SECRET + "-old"]),
        WebhookReceiver(secret=SECRET),
        AmiliClient(
            "id", SECRET, environment="staging", basic_auth=("user", SECRET), partner_credentials=("p", SECRET)
        ),
    ]
    for holder in holders:
        assert SECRET not in repr(holder)
        assert SECRET not in str(vars(holder)), type(holder).__name__
        for value in vars(holder).values():
            assert SECRET not in repr(getattr(value, "__dict__", {})), type(holder).__name__
    assert BasicCredentials("user", SECRET).password == SECRET  # still usable by the code that needs it


def test_basic_credentials_header_and_equality() -> None:
    creds = BasicCredentials("user", "pw")
    assert creds.header() == "Basic dXNlcjpwdw=="
    assert creds == BasicCredentials("user", "pw") and creds != BasicCredentials("user", "other")


def test_every_escape_is_an_amili_error() -> None:
    for cls in (ResponseTooLargeError, ResponseDecodingError):
        assert issubclass(cls, AmiliError)
    assert sys.modules["amili"].ResponseTooLargeError is ResponseTooLargeError


# -- 12 (tokens). A token that cannot go into a header is refused before anything is sent ------------------------


@pytest.mark.parametrize("bad", ["tok\r\nX-Evil: 1", "tok\x00", "tøk", "two words", ""])
def test_static_token_with_header_breaking_characters_is_refused(bad: str) -> None:
    """Before: a raw UnicodeEncodeError or httpx's header error only when the request was built."""
    from amili import RequestValidationError

    with pytest.raises(RequestValidationError) as caught:
        StaticToken(bad)
    assert caught.value.field == "token"
    assert bad not in str(caught.value) or not bad


@pytest.mark.parametrize("bad", ["tok\r\nX-Evil: 1", "tøk"])
async def test_token_endpoint_returning_an_unusable_token_is_a_typed_error_and_not_retried(bad: str) -> None:
    from amili import ResponseValidationError

    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        return httpx.Response(200, json={"access_token": bad, "token_type": "Bearer", "expires_in": 3600})

    async with AmiliClient("id", SECRET, environment="staging", transport=httpx.MockTransport(handler)) as amili:
        with pytest.raises(ResponseValidationError):
            await amili.arm.customers.get_customer(clientno=CLIENT, customerno="1")
    assert calls == ["/token"]  # the API was never called with it
