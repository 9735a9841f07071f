"""Crash and resume: a child process running submit_many with a journal is SIGKILLed at a random point; rerunning
with the same journal ends with each item exactly once in the sandbox and every outcome reported."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import anyio
import pytest
from _reliability_helpers import CLIENTNO, seed_customers

from amili import AmiliClient
from amili.sandbox import Sandbox, SandboxConfig

HERE = Path(__file__).resolve().parent
N = 400
SECRET = "crash-test-secret"


def _child(api: str, root: str, journal: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(HERE)}
    args = [sys.executable, str(HERE / "_crash_child.py"), api, root, SECRET, str(journal), str(N), str(out)]
    return subprocess.Popen(args, env=env, stderr=subprocess.PIPE)


@pytest.mark.parametrize(("api", "seed"), [("arm", 1), ("arm", 2), ("arm", 3), ("autocollect", 4), ("autocollect", 5)])
def test_sigkill_then_resume_is_exactly_once(tmp_path: Path, api: str, seed: int, http_backend: str) -> None:
    # The child inherits AMILI_HTTP_BACKEND from the `http_backend` fixture.
    rng = random.Random(seed)
    sandbox = Sandbox(SandboxConfig(client_secret=SECRET, batch_delay=0.3))
    journal, out = tmp_path / "journal.sqlite", tmp_path / "outcomes.json"
    with sandbox.run_in_thread() as root:

        async def seed_data() -> None:
            async with AmiliClient("sandbox", SECRET, base_urls=sandbox.base_urls(root)) as amili:
                await seed_customers(amili)

        anyio.run(seed_data)
        before = len(sandbox.requests)
        kill_after = rng.randint(1, 12)  # child requests seen by the sandbox (token, 8 submits, polls)
        child = _child(api, root, journal, out)
        while len(sandbox.requests) - before < kill_after and child.poll() is None:
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert not out.exists()  # it really died mid-run

        rerun = _child(api, root, journal, out)
        _, stderr = rerun.communicate(timeout=120)
        assert rerun.returncode == 0, stderr.decode()[-3000:]

    outcomes = json.loads(out.read_text())
    counts = Counter(o["index"] for o in outcomes)
    assert sorted(counts) == list(range(N))
    assert set(counts.values()) == {1}
    assert all(o["ok"] for o in outcomes), [o for o in outcomes if not o["ok"]][:3]
    state = sandbox.state.counts()
    if api == "arm":
        assert state["arm"][str(CLIENTNO)]["documents"] == N
        assert state["duplicates"].get("arm.documentNo", 0) == 0
        # Counted at the sandbox, not trusting it to refuse duplicates: no document was accepted twice.
        accepted: Counter[str] = Counter()
        for r in sandbox.requests:
            if r.operation == "arm.documents.create_documents_batch" and r.status == 202:
                accepted.update(d["documentNo"] for d in json.loads(r.body)["documents"])
        assert len(accepted) == N
        assert set(accepted.values()) == {1}
    else:
        (org,) = state["autocollect"]
        assert state["autocollect"][org]["invoices"] == N
        assert state["duplicates"].get("autocollect.invoice", 0) == 0
