"""Issue 32.2: a 429/503 `Retry-After` holds the whole API — every call of the client, and, through the shared
state's back-off record, every process sharing the state URL (memory, SQLite, PostgreSQL)."""

from __future__ import annotations

import contextlib
import http.server
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import pytest

from amili import AmiliClient, RateLimitError, StaticToken
from amili.state import open_state

HERE = Path(__file__).parent
HOLD = 2


class _Server:
    """Loopback HTTP server in a thread: 429 + `Retry-After` for the first `limited` requests, then 404s; it keeps
    every request's arrival time."""

    def __init__(self, limited: int = 1) -> None:
        self.limited = limited
        self.arrivals: list[float] = []
        self.limited_at: list[float] = []
        self.lock = threading.Lock()
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                with server.lock:
                    server.arrivals.append(time.time())
                    limit = len(server.arrivals) <= server.limited
                    if limit:
                        server.limited_at.append(time.time())
                body = b'{"status": "FAILED", "message": "no such customer"}'
                self.send_response(429 if limit else 404)
                if limit:
                    self.send_header("Retry-After", str(HOLD))
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: Any) -> None:
                return None

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.root = f"http://127.0.0.1:{self.httpd.server_address[1]}/arm"

    def during_hold(self) -> list[float]:
        """Requests that arrived while the API asked to wait (after the 429, before its `Retry-After` ran out)."""
        start = self.limited_at[-1]
        return [t - start for t in self.arrivals[self.limited :] if t < start + HOLD]


@contextlib.contextmanager
def _server(limited: int = 1) -> Iterator[_Server]:
    server = _Server(limited)
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
        thread.join(10)


# -- the record, on every backend --------------------------------------------------------------------------------


async def _record_semantics(url: str) -> None:
    state = open_state(url)
    try:
        record = state.backoff
        assert await record.get("arm x") is None
        await record.hold("arm x", 5.0, 429)
        found = await record.get("arm x")
        assert found is not None and 4.0 < found[0] <= 5.0 and found[1] == 429
        await record.hold("arm x", 1.0, 503)  # a shorter hold does not shorten a longer one
        found = await record.get("arm x")
        assert found is not None and found[0] > 4.0 and found[1] == 429
        await record.hold("other", 0.05, 503)
        await anyio.sleep(0.2)
        assert await record.get("other") is None  # over
        assert await record.get("arm x") is not None
    finally:
        await state.aclose()


@pytest.mark.parametrize("kind", ["memory", "sqlite"])
def test_the_backoff_record(kind: str, tmp_path: Path, run: Any) -> None:
    url = "memory://" if kind == "memory" else f"sqlite:///{tmp_path / 'state.db'}"
    run(_record_semantics, url)


async def test_the_backoff_record_postgres(postgres_url: str) -> None:
    await _record_semantics(postgres_url)


# -- one process ---------------------------------------------------------------------------------------------------


def _client(root: str, **options: Any) -> AmiliClient:
    return AmiliClient(environment="staging", token_provider=StaticToken("t"), base_urls={"arm": root}, **options)


async def _hold_in_one_process(state: str | None) -> None:
    with _server() as server:
        async with (
            _client(server.root, state=state, max_retries=0) as first,
            _client(server.root, state=state) as other,
        ):
            with pytest.raises(RateLimitError):
                await first.arm.customers.get_customer(clientno=1, customerno="1")
            # The same client: a call that cannot wait that long (its budget) fails at once, nothing sent.
            short = first.with_options(retry_policy=first.options.retry.__class__(total_budget=0.5))
            with pytest.raises(RateLimitError) as caught:
                await short.arm.customers.get_customer(clientno=1, customerno="1")
            assert caught.value.retry_after is not None and 0 < caught.value.retry_after <= HOLD
            assert len(server.arrivals) == 1
            # Another call of the client waits the hold out, then goes; with a shared state so does another client.
            calls = [first] if state is None else [first, other]
            with anyio.fail_after(20):
                async with anyio.create_task_group() as tg:
                    for amili in calls:
                        tg.start_soon(_expect_404, amili)
        assert server.during_hold() == []
        assert len(server.arrivals) == 1 + len(calls)


async def _expect_404(amili: AmiliClient) -> None:
    from amili import NotFoundError

    with pytest.raises(NotFoundError):
        await amili.arm.customers.get_customer(clientno=1, customerno="1")


@pytest.mark.parametrize("state", [None, "memory"])
def test_a_retry_after_holds_every_call_to_the_api(
    state: str | None, run: Any, http_backend: str, request: pytest.FixtureRequest
) -> None:
    # Before: only the call that saw the 429 waited; the next call was sent at once (and got another 429).
    if http_backend == "aiohttp" and "trio" in request.node.name:
        pytest.skip("aiohttp runs on asyncio only (trio runs with httpx's pool)")
    shared = open_state("memory://") if state == "memory" else None
    run(_hold_in_one_process, shared)


# -- four processes ------------------------------------------------------------------------------------------------


def _run_workers(state: str, tmp_path: Path, server: _Server, workers: int = 4) -> list[dict[str, Any]]:
    go = tmp_path / "go"
    processes = []
    for index in range(workers):
        config = {"index": index, "root": server.root, "state": state, "go": str(go), "stop_after": HOLD + 1.0}
        processes.append(
            subprocess.Popen(
                [sys.executable, str(HERE / "_backoff_child.py"), json.dumps(config)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=os.environ.copy(),
            )
        )
    try:
        deadline = time.monotonic() + 90  # hang guard
        while any(p.poll() is None for p in processes):
            failed = [p for p in processes if p.poll() not in (None, 0)]
            if failed:  # fail fast: one worker died
                stderr = failed[0].stderr.read() if failed[0].stderr is not None else b""
                raise AssertionError(f"a worker exited with {failed[0].returncode}: {stderr[-2000:]!r}")
            if time.monotonic() > deadline:
                raise AssertionError("the workers did not finish within 90 s")
            time.sleep(0.05)
        outputs = []
        for p in processes:
            out, err = p.communicate(timeout=10)
            assert p.returncode == 0, err.decode(errors="replace")[-2000:]
            outputs.append(json.loads(out.decode().strip().splitlines()[-1]))
        return outputs
    finally:
        for p in processes:
            if p.poll() is None:
                p.kill()
                p.wait(10)


def _four_workers(state: str, tmp_path: Path) -> None:
    with _server() as server:
        outputs = _run_workers(state, tmp_path, server)
    assert len(server.limited_at) == 1
    assert server.during_hold() == [], "requests sent while the API asked every client to wait"
    assert all(o["calls"] >= 1 for o in outputs)
    assert len(server.arrivals) > 4  # every worker did send once the hold was over


@pytest.mark.slow
def test_a_retry_after_seen_by_one_of_four_processes_holds_them_all_sqlite(tmp_path: Path, http_backend: str) -> None:
    _four_workers(f"sqlite:///{tmp_path / 'state.db'}", tmp_path)


@pytest.mark.slow
def test_a_retry_after_seen_by_one_of_four_processes_holds_them_all_postgres(
    tmp_path: Path, http_backend: str, postgres_url: str
) -> None:
    _four_workers(postgres_url, tmp_path)
