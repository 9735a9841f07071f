"""The sending transports (aiohttp's pool, httpx's pool) over real sockets: where a failure happened decides whether a
write may be sent again. A raw TCP server scripts each exchange, so the test sees exactly what reached the wire.

Every test runs on both backends (`http_backend` fixture); "no duplicate POST" is counted on the server.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest

from amili import AmiliClient, APIConnectionError, APITimeoutError, ConfigurationError
from amili._transports import chosen_backend
from amili.auth import StaticToken
from amili.errors import ResponseTooLargeError
from amili.retry import RetryPolicy

# Parses as a customer (GET) and as a result envelope (POST).
CUSTOMER = json.dumps({"customerNo": "1", "name": "Owe", "accountNo": 500001, "status": "OK", "result": "OK"}).encode()
FAST = RetryPolicy(max_retries=2, base_delay=0.001, max_delay=0.002)


class RawServer:
    """Answers each request per a script: "ok", "drop" (read the request, close), "slow" (read, wait 2 s),
    "truncate" (headers promise more body than sent, close), "close" (close before reading). Records every request
    it read in full."""

    def __init__(self) -> None:
        self.script: list[str] = []
        self.seen: list[tuple[str, str, dict[str, str]]] = []
        self.connections = 0
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._stop = False
        self._threads: list[threading.Thread] = []

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> RawServer:
        self._sock.settimeout(0.1)
        accept = threading.Thread(target=self._accept, daemon=True)
        accept.start()
        self._threads.append(accept)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop = True
        for thread in self._threads:
            thread.join(5)
        self._sock.close()

    def _accept(self) -> None:
        while not self._stop:
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _next(self) -> str:
        return self.script.pop(0) if self.script else "ok"

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        buffer = b""
        with conn:
            while not self._stop:
                action = self._next()
                if action == "close":
                    return
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buffer += chunk
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:])}
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    buffer += conn.recv(65536)
                buffer = buffer[length:]
                self.seen.append((method, path, headers))
                if action == "drop":
                    return
                if action == "slow":
                    time.sleep(2.0)
                    return
                if action == "big":
                    conn.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4000000\r\n\r\n"
                    )
                    with contextlib.suppress(OSError):
                        for _ in range(100):
                            conn.sendall(b" " * 40_000)
                    return
                if action == "truncate":
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{")
                    return
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(CUSTOMER)}\r\n\r\n".encode()
                    + CUSTOMER
                )

    def count(self, method: str) -> int:
        return sum(m == method for m, _, _ in self.seen)


@pytest.fixture
def server() -> Iterator[RawServer]:
    with RawServer() as s:
        yield s


def client(root: str, **kw: Any) -> AmiliClient:
    return AmiliClient(token_provider=StaticToken("t"), base_urls={"arm": f"{root}/arm/v1"}, retry_policy=FAST, **kw)


BODY: Any = {"metadata": {"userId": "u"}, "customer": {"customerNo": "1", "name": "Owe"}}


async def _post(amili: AmiliClient) -> Any:
    return await amili.arm.customers.create_customer(clientno=2218, body=BODY)


async def _get(amili: AmiliClient) -> Any:
    return await amili.arm.customers.get_customer(clientno=2218, customerno="1")


async def test_post_dropped_after_it_was_written_is_not_sent_again(server: RawServer, http_backend: str) -> None:
    server.script = ["ok", "drop"]
    async with client(server.root) as amili:
        await _get(amili)  # a pooled keep-alive connection, which the drop then hits
        with pytest.raises(APIConnectionError):
            await _post(amili)
        assert chosen_backend(amili._core().retry._inner) == http_backend
        assert amili.retries == 0
    assert server.count("POST") == 1  # never twice


async def test_post_dropped_on_a_fresh_connection_is_not_sent_again(server: RawServer, http_backend: str) -> None:
    server.script = ["drop"]
    async with client(server.root) as amili:
        with pytest.raises(APIConnectionError):
            await _post(amili)
    assert server.count("POST") == 1


async def test_post_with_truncated_answer_or_read_timeout_is_not_sent_again(
    server: RawServer, http_backend: str
) -> None:
    server.script = ["truncate", "slow"]
    async with client(server.root, timeout=httpx.Timeout(5.0, read=0.5)) as amili:
        with pytest.raises(APIConnectionError):
            await _post(amili)
        with pytest.raises(APITimeoutError):
            await _post(amili)
    assert server.count("POST") == 2  # one each


async def test_dropped_post_with_idempotency_key_is_sent_again(server: RawServer, http_backend: str) -> None:
    server.script = ["drop"]
    async with client(server.root) as amili:
        created = await _post(amili.with_options(headers={"Idempotency-Key": "k-1"}))
        assert created.customer_no == "1"
    assert server.count("POST") == 2
    assert [h["idempotency-key"] for _, _, h in server.seen] == ["k-1", "k-1"]


async def test_refused_connection_is_not_sent_so_a_post_is_retried(http_backend: str) -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed on exit: nothing listens there afterwards
    async with client(f"http://127.0.0.1:{port}") as amili:
        with pytest.raises(APIConnectionError) as info:
            await _post(amili)
        assert "ConnectError" in str(info.value)
        assert amili.retries == FAST.max_retries  # "never reached the server": safe to repeat


async def test_dropped_get_is_sent_exactly_once_per_engine_attempt(server: RawServer, http_backend: str) -> None:
    # aiohttp would silently resend an idempotent request on a failed pooled connection; it must not: with
    # max_retries=0 the server sees the GET once.
    server.script = ["ok", "drop"]
    async with client(server.root, max_retries=0) as amili:
        await _get(amili)
        with pytest.raises(APIConnectionError):
            await _get(amili)
    assert server.count("GET") == 2
    server.script = ["ok", "drop"]
    async with client(server.root) as amili:
        await _get(amili)
        assert (await _get(amili)).customer_no == "1"  # the engine's own retry
        assert amili.retries == 1
    assert server.count("GET") == 5


async def test_keep_alive_connections_are_reused_not_churned(server: RawServer, http_backend: str) -> None:
    async with client(server.root) as amili:
        for _ in range(3):
            async with anyio.create_task_group() as tg:
                for _ in range(30):
                    tg.start_soon(_get, amili)
    assert server.count("GET") == 90
    assert server.connections <= 30  # the second and third bursts reuse the first burst's connections


async def test_path_parameters_reach_the_wire_quoted(server: RawServer, http_backend: str) -> None:
    async with client(server.root) as amili:
        await amili.arm.customers.get_customer(clientno=2218, customerno="a b/%2e%2e?x")
    assert server.seen[-1][1] == "/arm/v1/clients/2218/customers/a%20b%2F%252e%252e%3Fx"


def test_backend_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMILI_HTTP_BACKEND", raising=False)
    assert AmiliClient(token_provider=StaticToken("t")).options.http_backend == "auto"
    with pytest.raises(ConfigurationError, match="http_backend"):
        AmiliClient(http_backend="curl")  # type: ignore[arg-type]
    monkeypatch.setenv("AMILI_HTTP_BACKEND", "nope")
    with pytest.raises(ConfigurationError, match=r"http_backend \(AMILI_HTTP_BACKEND\) must be one of"):
        AmiliClient()


@pytest.mark.parametrize(("loop", "expected"), [("asyncio", "aiohttp"), ("trio", "httpx")])
def test_auto_is_aiohttp_on_asyncio_and_httpx_under_trio(
    server: RawServer, loop: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AMILI_HTTP_BACKEND", raising=False)

    async def main() -> str | None:
        async with client(server.root) as amili:
            await _get(amili)
            return chosen_backend(amili._core().retry._inner)

    assert anyio.run(main, backend=loop) == expected


def test_aiohttp_backend_under_trio_is_a_clear_error(server: RawServer) -> None:
    async def main() -> None:
        async with client(server.root, http_backend="aiohttp") as amili:
            await _get(amili)

    with pytest.raises(ConfigurationError, match="asyncio"):
        anyio.run(main, backend="trio")


async def test_httpx_pool_never_queues_more_than_it_can_serve(server: RawServer) -> None:
    """300 concurrent calls, 20 connections: the gate admits 20, each httpcore shard holds at most its own size (so
    httpcore's per-event scans stay O(shard²), not O(queue * connections)), and no more than 20 connections open."""
    from amili._transports.pool import SHARD_SIZE, ShardedPool

    peak_requests, peak_connections = 0, 0
    async with client(server.root, http_backend="httpx", limits=httpx.Limits(max_connections=20)) as amili:
        await _get(amili)
        pool = amili._core().retry._inner.inner.inner  # gate → auto → sharded pool
        assert isinstance(pool, ShardedPool)

        async def sample() -> None:
            nonlocal peak_requests, peak_connections
            while True:
                for shard in pool.shards:
                    peak_requests = max(peak_requests, len(shard._pool._requests))
                peak_connections = max(peak_connections, sum(len(s._pool.connections) for s in pool.shards))
                await anyio.lowlevel.checkpoint()

        async with anyio.create_task_group() as outer:
            outer.start_soon(sample)
            async with anyio.create_task_group() as tg:
                for _ in range(300):
                    tg.start_soon(_get, amili)
            outer.cancel_scope.cancel()
    assert server.count("GET") == 301
    assert 0 < peak_requests <= SHARD_SIZE
    assert peak_connections <= 20


async def test_httpx_pool_never_hands_one_connection_to_two_requests(
    server: RawServer, httpcore_second_rounds: list[int]
) -> None:
    """httpcore gives the same idle connection to every request that arrives before the first of them starts using it;
    all but one fail with `ConnectionNotAvailable` and scan the pool again. With 5-connection shards 88 % of a
    1,000-call burst took that second round, and twice as many after a token expiry. One request per httpcore pool at
    a time: none does (after a token expiry: `test_gate.py`)."""
    limits = httpx.Limits(max_connections=20)
    async with client(server.root, http_backend="httpx", limits=limits) as amili, anyio.create_task_group() as tg:
        for _ in range(300):
            tg.start_soon(_get, amili)
    assert server.count("GET") == 300
    assert httpcore_second_rounds == [0]


async def test_httpx_pool_keeps_light_traffic_on_one_warm_connection(server: RawServer) -> None:
    async with client(server.root, http_backend="httpx") as amili:
        for _ in range(20):
            await _get(amili)
        pool = amili._core().retry._inner.inner.inner
        assert sum(len(s._pool.connections) for s in pool.shards) == 1


async def test_body_size_bound_holds_while_the_body_streams_in(server: RawServer, http_backend: str) -> None:
    server.script = ["big"]
    async with client(server.root, max_response_bytes=100_000, max_retries=0) as amili:
        with pytest.raises(ResponseTooLargeError):
            await _get(amili)
        assert (await _get(amili)).customer_no == "1"  # the aborted connection was not reused mid-body


def test_every_pool_of_the_process_shares_one_verifying_ssl_context() -> None:
    """Building a verifying context costs milliseconds and holds the parsed CA bundle (~0.5 MB): every httpx shard
    and aiohttp session of every client gets the same one; a caller's own context or `verify=False` is kept."""
    import ssl

    from amili._transports.pool import ShardedPool
    from amili._transports.tls import ssl_for, verifying_context

    own = ssl.create_default_context()
    first, second = ShardedPool(httpx.Limits()), ShardedPool(httpx.Limits(max_connections=3))
    assert first._ssl is second._ssl is verifying_context()
    assert ssl_for(True) is verifying_context()
    assert ssl_for(own) is own
    assert ssl_for(False) is False
    assert ShardedPool(httpx.Limits(), verify=own)._ssl is own
