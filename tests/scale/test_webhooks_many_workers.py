"""Issue 20: webhook deliveries sent 3 times each, concurrently, to random worker processes → every handler once.

Real processes: `uvicorn --workers 4` sharing a SQLite file, and two uvicorn processes sharing a PostgreSQL server
this test starts. The sender behaves as a webhook sender must: it retries a delivery answered 503 after its
`Retry-After`, until it gets a 2xx.
"""

from __future__ import annotations

import collections
import datetime
import json
import random
import uuid
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from _procs import uvicorn_app
from _servers import free_port

from amili.webhooks import compute_signature

SECRET = "whsec-scale-0123456789"
EVENTS = 200
COPIES = 3


def deliveries() -> list[tuple[str, bytes, dict[str, str]]]:
    out = []
    for _ in range(EVENTS):
        event_id = str(uuid.uuid4())
        body = json.dumps(
            {
                "id": event_id,
                "type": "SETTLEMENT_PAID_SOMEDAY",  # unknown type: handed to "*" handlers, no model needed
                "source": "COLLECTION",
                "timeStamp": datetime.datetime.now(datetime.UTC).isoformat(),  # inside the freshness window
                "data": {"n": random.randint(0, 10**6)},
            }
        ).encode()
        for _ in range(COPIES):
            headers = {
                "Content-Type": "application/json",
                "IdempotencyKey": str(uuid.uuid4()),  # differs per copy: must not matter
                "X-Webhook-Signature": compute_signature(body, SECRET),
            }
            out.append((event_id, body, headers))
    random.shuffle(out)
    return out


async def send_all(ports: list[int]) -> collections.Counter[int]:
    """Every copy concurrently (bounded), each to a random process, each on a fresh connection; retry 503s."""
    statuses: collections.Counter[int] = collections.Counter()
    limiter = anyio.CapacityLimiter(60)
    limits = httpx.Limits(max_keepalive_connections=0)  # a new connection per request: spread over the workers
    async with httpx.AsyncClient(limits=limits, timeout=30, trust_env=False) as http:

        async def deliver(body: bytes, headers: dict[str, str]) -> None:
            async with limiter:
                for _attempt in range(60):
                    port = random.choice(ports)
                    response = await http.post(f"http://127.0.0.1:{port}/amili/webhooks", content=body, headers=headers)
                    statuses[response.status_code] += 1
                    if response.status_code < 300:
                        return
                    assert response.status_code == 503, response.text
                    await anyio.sleep(float(response.headers["Retry-After"]) * random.random())
                raise AssertionError("delivery never accepted")

        with anyio.fail_after(300):  # a hang guard, not a timing assertion
            async with anyio.create_task_group() as tg:
                for _event_id, body, headers in deliveries():
                    tg.start_soon(deliver, body, headers)
    return statuses


def check_exactly_once(log: Path, statuses: collections.Counter[int]) -> None:
    lines = log.read_text().split()
    handled = collections.Counter(lines[0::2])
    pids = set(lines[1::2])
    assert len(handled) == EVENTS, f"{EVENTS - len(handled)} events never handled"
    assert set(handled.values()) == {1}, f"handled twice: {[e for e, n in handled.items() if n > 1][:5]}"
    assert len(pids) > 1, "the deliveries reached more than one worker process"
    assert statuses[200] == EVENTS * COPIES, statuses  # each copy eventually answered 200 (once as new)
    print(f"\n{EVENTS} events x {COPIES} copies over {len(pids)} processes: statuses {dict(statuses)}")


def test_uvicorn_four_workers_sharing_sqlite(tmp_path: Path) -> None:
    log = tmp_path / "handled.log"
    env = {
        "AMILI_WEBHOOK_SECRET": SECRET,
        "AMILI_STATE_URL": f"sqlite:///{tmp_path}/state.db",
        "SCALE_HANDLED_LOG": str(log),
        "SCALE_HANDLER_DELAY": "0.2",
    }
    port = free_port()
    with uvicorn_app(port, env, workers=4):
        statuses = anyio.run(send_all, [port])
    check_exactly_once(log, statuses)


def test_two_app_processes_sharing_postgresql(tmp_path: Path, postgres_url: str) -> None:
    log = tmp_path / "handled.log"
    env = {
        "AMILI_WEBHOOK_SECRET": SECRET,
        "AMILI_STATE_URL": postgres_url,
        "SCALE_HANDLED_LOG": str(log),
        "SCALE_HANDLER_DELAY": "0.2",
    }
    ports = [free_port(), free_port()]
    with uvicorn_app(ports[0], env), uvicorn_app(ports[1], env):
        statuses = anyio.run(send_all, ports)
    check_exactly_once(log, statuses)


@pytest.fixture(autouse=True)
def _no_state_env(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("AMILI_STATE_URL", raising=False)
