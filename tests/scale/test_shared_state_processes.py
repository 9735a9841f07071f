"""Issue 20: processes sharing PostgreSQL — one token request for a fleet, completion webhooks wake other replicas."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import anyio
import pytest
from _procs import HERE, uvicorn_app
from _servers import free_port

from amili import AmiliClient
from amili.sandbox import Sandbox, SandboxConfig

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


@pytest.fixture(autouse=True)
def _no_state_env(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.delenv("AMILI_STATE_URL", raising=False)


def test_eight_processes_starting_at_once_make_one_token_request(postgres_url: str) -> None:
    sandbox = Sandbox(SandboxConfig(seed=1))
    with sandbox.run_in_thread() as root:
        creds = sandbox.credentials
        config = {
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "base_urls": sandbox.base_urls(root),
            "state": postgres_url,
            "start_at": time.time() + 3.0,  # after every interpreter has started
        }
        children = [
            subprocess.Popen(
                [sys.executable, str(HERE / "_child.py"), "token", json.dumps(config)],
                stdout=subprocess.PIPE,
            )
            for _ in range(8)
        ]
        outputs = []
        for child in children:
            out, _ = child.communicate(timeout=120)
            assert child.returncode == 0
            outputs.append(json.loads(out.decode().strip().splitlines()[-1])["token"])
        token_requests = [r for r in sandbox.requests if r.path.endswith("/token")]
    assert len(set(outputs)) == 1, "every process holds the same token"
    assert len(token_requests) == 1, f"{len(token_requests)} token requests for 8 processes"


def test_without_a_shared_cache_each_process_fetches_its_own_token() -> None:
    """The baseline the test above improves on (and proof that its count can fail)."""
    sandbox = Sandbox(SandboxConfig(seed=1))
    with sandbox.run_in_thread() as root:
        creds = sandbox.credentials
        config = {
            "client_id": creds.client_id,
            "client_secret": creds.client_secret,
            "base_urls": sandbox.base_urls(root),
            "state": "memory://",
            "start_at": time.time() + 2.0,
        }
        children = [
            subprocess.Popen([sys.executable, str(HERE / "_child.py"), "token", json.dumps(config)]) for _ in range(3)
        ]
        assert [c.wait(120) for c in children] == [0, 0, 0]
        assert len([r for r in sandbox.requests if r.path.endswith("/token")]) == 3


def test_completion_webhook_received_by_process_b_wakes_wait_in_process_a(postgres_url: str, tmp_path: Path) -> None:
    """A (this test) submits a batch and waits; the sandbox sends BATCH_COMPLETED to B (another process), whose
    receiver publishes it through PostgreSQL; A's `wait()` returns at once without further polls."""
    port = free_port()
    secret = "whsec-scale-batches"
    sandbox = Sandbox(SandboxConfig(seed=2, batch_delay=0.5))
    sandbox.register_webhook(url=f"http://127.0.0.1:{port}/amili/webhooks", secret=secret)
    env = {"AMILI_WEBHOOK_SECRET": secret, "AMILI_STATE_URL": postgres_url, "SCALE_HANDLED_LOG": str(tmp_path / "l")}
    with uvicorn_app(port, env), sandbox.run_in_thread() as root:
        creds = sandbox.credentials

        async def main() -> tuple[float, float, int]:
            async with AmiliClient(
                creds.client_id, creds.client_secret, base_urls=sandbox.base_urls(root), state=postgres_url
            ) as amili:
                amili.batches.first_delay = 3600.0  # without a wake-up, the first poll would come in an hour
                org = str(uuid.uuid4())
                invoices = [
                    {"invoiceNumber": f"I-{i}", "type": "NOTICE", "originalInvoiceAmount": 10} for i in range(3)
                ]
                handle = await amili.autocollect.invoices.submit(org, invoices)
                delivered_at = [0.0]

                async def watch_delivery() -> None:  # when B answered the sandbox's BATCH_COMPLETED delivery
                    while not any(d.event == "BATCH_COMPLETED" and d.status for d in sandbox.webhook_deliveries):  # noqa: ASYNC110 - another thread sets it
                        await anyio.sleep(0.005)
                    delivered_at[0] = time.time()

                with anyio.fail_after(60):  # hang guard
                    async with anyio.create_task_group() as tg:
                        tg.start_soon(watch_delivery)
                        result = await handle.wait(timeout=None)
                assert result.state.value == "SUCCESS"
                delivered = next(d for d in sandbox.webhook_deliveries if d.event == "BATCH_COMPLETED")
                assert delivered.status == 200
                return delivered_at[0], time.time(), amili.batches.polls

        delivered_at, returned_at, polls = anyio.run(main, backend="asyncio")
    assert polls == 1, "woken by the webhook another process received: one poll (the one reading the result)"
    print(
        f"\nwait() returned {returned_at - delivered_at:+.3f} s after B answered the webhook (reported, not asserted)"
    )
