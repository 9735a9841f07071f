"""One journal, many processes (issue 14.3): real child processes start `submit_many` on the same journal file at
the same moment. Exactly one drives the run; the others get `JournalLockedError` or wait for it and replay; no
document is sent twice and nobody dies with a raw sqlite3 error."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import anyio
import pytest
from _reliability_helpers import CLIENTNO, seed_customers

from amili import AmiliClient
from amili.sandbox import Sandbox, SandboxConfig

HERE = Path(__file__).resolve().parent
N = 400  # 16 chunks: more than one window (concurrency x 4), so chunks are begun while others wait
CHUNKS = N // 25
SECRET = "journal-test-secret"


def _start(root: str, journal: Path, out: Path, lock_timeout: float) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(HERE)}
    args = [sys.executable, str(HERE / "_journal_child.py"), root, SECRET, str(journal), str(N), str(out)]
    return subprocess.Popen(
        [*args, str(lock_timeout)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


@pytest.mark.slow
@pytest.mark.parametrize("lock_timeout", [0.0, 60.0], ids=["refuse", "wait"])
def test_processes_sharing_a_journal_send_each_document_once(tmp_path: Path, lock_timeout: float) -> None:
    sandbox = Sandbox(SandboxConfig(client_secret=SECRET, batch_delay=2.0))
    journal = tmp_path / "journal.sqlite"
    with sandbox.run_in_thread() as root:

        async def seed() -> None:
            async with AmiliClient("sandbox", SECRET, base_urls=sandbox.base_urls(root)) as amili:
                await seed_customers(amili)

        anyio.run(seed)
        before = len(sandbox.requests)
        children = [_start(root, journal, tmp_path / "out0.json", lock_timeout)]
        # The others start once the first is sending, so their runs overlap for sure.
        deadline = time.monotonic() + 60
        while not any(r.operation == "arm.documents.create_documents_batch" for r in sandbox.requests[before:]):
            assert time.monotonic() < deadline and children[0].poll() is None
            time.sleep(0.005)
        children += [_start(root, journal, tmp_path / f"out{i}.json", lock_timeout) for i in (1, 2)]
        results = [(child.wait(timeout=180), *child.communicate()) for child in children]

    codes = [code for code, _, _ in results]
    for code, _, stderr in results:
        assert code in (0, 3), stderr[-3000:]
        assert "Traceback" not in stderr, stderr[-3000:]
    if lock_timeout == 0:
        assert 0 in codes
        for code, stdout, _ in results:
            if code == 3:
                assert "another live process" in json.loads(stdout)["locked"]
    else:
        assert codes == [0, 0, 0]  # the others waited for the lease, then replayed the journal
    finished = [json.loads((tmp_path / f"out{i}.json").read_text()) for i, c in enumerate(codes) if c == 0]
    for result in finished:
        assert sorted(o["index"] for o in result["outcomes"]) == list(range(N))
        assert all(o["ok"] for o in result["outcomes"])
    assert sum(1 for r in finished if r["resumed"] == 0) == 1  # exactly one process drove the run
    posts = [r for r in sandbox.requests if r.operation == "arm.documents.create_documents_batch"]
    assert len(posts) == CHUNKS
    counts = sandbox.state.counts()
    assert counts["arm"][str(CLIENTNO)]["documents"] == N
    assert counts["duplicates"].get("arm.documentNo", 0) == 0
