"""Issue 25.1: no secret in the traceback locals of a failed call, on either HTTP backend.

The bearer token, the Basic header (`Basic base64(user:password)`, the legacy `/webapi`), its base64 part and the
password: none may be found by walking every frame of the raised exception — its traceback, the tracebacks of its
`__cause__`/`__context__` chain — looking at the repr of every local, into containers and attrs/dataclass fields,
and at `vars()` of every local (what `pytest --showlocals`, rich tracebacks and Sentry show). Failure kinds:
connection refused, reset mid-body, timeout, 5xx after retries, protocol error."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterator
from types import FrameType, TracebackType
from typing import Any

import anyio
import attrs
import pytest
from _raw_http import raw_http_server
from _servers import free_port

from amili import AmiliClient, AmiliError, APIConnectionError, InternalServerError, RetryPolicy, StaticToken, auth

TOKEN = "tok-BEARER-never-shown-7f3a"
USER, PASSWORD = "legacy-user", "pw-BASIC-never-shown-91c2"
CREDENTIALS = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
CLIENT_SECRET = "client-SECRET-never-shown-5d0e"
SECRETS = [TOKEN, PASSWORD, CREDENTIALS, f"Basic {CREDENTIALS}", f"Bearer {TOKEN}", CLIENT_SECRET]
FAST = RetryPolicy(max_retries=2, base_delay=0.001, max_delay=0.002)

OK_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
FAILURES: dict[str, list[bytes] | None] = {
    "refused": None,
    "reset-mid-body": [OK_HEAD + b"Content-Length: 1000\r\n\r\n" + b'{"customerNo": "1", "na'],
    "timeout": [b""],
    "5xx-after-retries": [b"HTTP/1.1 500 Internal Server Error\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}"],
    "protocol-error": [b"NOT HTTP AT ALL\r\n\r\n"],
    "broken-chunk-mid-body": [OK_HEAD + b"Transfer-Encoding: chunked\r\n\r\n5\r\n" + b'{"cus\r\n', b"zz\r\n"],
}


def _frames(exc: BaseException) -> Iterator[FrameType]:
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
        if isinstance(current, BaseExceptionGroup):
            todo += list(current.exceptions)


def _shown(value: Any, depth: int = 0, seen: set[int] | None = None) -> Iterator[str]:
    """The repr of `value`, and of what a traceback renderer would expand: container items, attrs/dataclass fields
    (those shown in their repr)."""
    seen = set() if seen is None else seen
    if id(value) in seen or depth > 6:
        return
    seen.add(id(value))
    try:
        yield repr(value)
    except Exception:  # a repr that fails shows nothing
        return
    children: list[Any] = []
    if isinstance(value, dict):
        children = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple | set | frozenset):
        children = list(value)
    elif attrs.has(type(value)):
        children = [getattr(value, f.name, None) for f in attrs.fields(type(value)) if f.repr]
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        children = [getattr(value, f.name, None) for f in dataclasses.fields(value) if f.repr]
    for child in children:
        yield from _shown(child, depth + 1, seen)


def _leaks(exc: BaseException) -> list[str]:
    found = []
    for frame in _frames(exc):
        if frame.f_code.co_filename == __file__:
            continue  # this test's own frames hold the credentials it configures
        for name, value in frame.f_locals.items():
            texts = list(_shown(value))
            inner = getattr(value, "__dict__", None)
            if isinstance(inner, dict):
                texts += list(_shown(inner))
            for secret in SECRETS:
                if any(secret in text for text in texts):
                    where = "/".join(frame.f_code.co_filename.rsplit("/", 2)[-2:])
                    found.append(f"{where}:{frame.f_code.co_name}: {name}")
                    break
    return sorted(set(found))


async def _failed_call(failure: str, backend: str, scheme: str) -> BaseException:
    reply = FAILURES[failure]
    async with _Server(reply, reset=failure == "reset-mid-body") as (root, heads):
        options: dict[str, Any] = {
            "environment": "staging",
            "base_urls": {
                "arm": f"{root}/arm/v1",
                "autocollect.legacy_webapi": f"{root}/webapi",
                "identity": f"{root}/identity",
            },
            "http_backend": backend,
            "retry_policy": FAST,
            "timeout": 0.5 if failure == "timeout" else 10,
        }
        if scheme == "bearer":
            options["token_provider"] = StaticToken(TOKEN)
        elif scheme == "basic":
            options["basic_auth"] = (USER, PASSWORD)
        else:  # the token request itself fails
            options.update(client_id="id", client_secret=CLIENT_SECRET)
        with anyio.fail_after(20), pytest.raises(AmiliError) as caught:
            await _call(AmiliClient(**options), scheme)
    sent = {"bearer": f"Bearer {TOKEN}", "basic": f"Basic {CREDENTIALS}", "client-credentials": "/identity/token"}[
        scheme
    ]
    assert reply is None or (heads and all(sent.encode() in head for head in heads))  # the credentials went out
    return caught.value


async def _call(amili: AmiliClient, scheme: str) -> None:
    async with amili:
        if scheme != "basic":
            await amili.arm.customers.get_customer(clientno=2218, customerno="1")
        else:
            await amili.autocollect.legacy_webapi.get_legacy_batch(senderid="S1")  # type: ignore[attr-defined]


class _Server:
    """A raw server for `reply`, or (None) a port nobody listens on."""

    def __init__(self, reply: list[bytes] | None, *, reset: bool) -> None:
        self._reply = reply
        self._reset = reset
        self._server: Any = None

    async def __aenter__(self) -> tuple[str, list[bytes]]:
        """The root URL, and the heads of the requests the server read."""
        if self._reply is None:
            return f"http://127.0.0.1:{free_port()}", []
        self._server = raw_http_server(self._reply, reset=self._reset)
        server = await self._server.__aenter__()
        return server.root, server.heads

    async def __aexit__(self, *exc: object) -> None:
        if self._server is not None:
            await self._server.__aexit__(*exc)


@pytest.mark.parametrize("scheme", ["bearer", "basic", "client-credentials"])
@pytest.mark.parametrize("failure", list(FAILURES))
async def test_no_secret_in_the_traceback_locals_of_a_failed_call(
    failure: str, scheme: str, http_backend: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before (aiohttp): the `headers` local of the aiohttp transport and aiohttp's own frames (its request object,
    its header multidicts) showed the bearer token / the Basic header; (httpx) httpcore's request, in `vars()`."""
    monkeypatch.setattr(auth, "TOKEN_REQUEST_MIN_TIMEOUT", 1.0)  # a hanging token endpoint: a 1 s fetch, not 10 s
    exc = await _failed_call(failure, http_backend, scheme)
    expected = InternalServerError if failure.startswith("5xx") else APIConnectionError  # it was sent, and failed
    if scheme == "client-credentials" and failure == "protocol-error":
        expected = AmiliError
    assert isinstance(exc, expected), repr(exc)
    leaks = _leaks(exc)
    assert not leaks, "\n".join(leaks)
    for secret in SECRETS:
        assert secret not in str(exc) and secret not in repr(exc)


@pytest.mark.parametrize("scheme", ["bearer", "basic", "client-credentials"])
@pytest.mark.parametrize("failure", list(FAILURES))
def test_no_secret_in_the_traceback_locals_under_trio(
    failure: str, scheme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """httpx's pool under trio (aiohttp runs on asyncio only): trio's own frames are cleared the same way."""
    monkeypatch.setattr(auth, "TOKEN_REQUEST_MIN_TIMEOUT", 1.0)

    async def main() -> BaseException:
        return await _failed_call(failure, "httpx", scheme)

    exc = anyio.run(main, backend="trio")
    leaks = _leaks(exc)
    assert not leaks, "\n".join(leaks)
