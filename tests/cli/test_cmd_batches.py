"""Issue 24.1 on the command line: `submit --settle-window/--resend-on-absence`, and `amili batches resolve`, which
settles the UNKNOWN_FATE items a journalled run left open, starting nothing new."""

from __future__ import annotations

import io
import json
import os
import time
from collections import Counter
from pathlib import Path

import pytest

from amili.cli import main
from amili.sandbox import FaultKind, FaultRule, Sandbox

DOCS = "arm.documents.create_documents_batch"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("AMILI_"):
            monkeypatch.delenv(name)


@pytest.fixture
def served(served_sandbox: tuple[Sandbox, str]) -> tuple[Sandbox, str]:
    """`served_sandbox` (the test's marker sets its batch delay) with two customers of client 7."""
    sandbox, _ = served_sandbox
    for i in range(2):
        sandbox.state.arm_client(7).customers[str(i)] = {"customerNo": str(i), "accountNo": 1 + i, "clientNo": 7}
    return served_sandbox


def remote(root: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    # `-o table`: these tests read the human summary (piped output defaults to json)
    code = main(["--environment", "sandbox", "--base-url", root, "-o", "table", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def posted(sandbox: Sandbox) -> Counter[str]:
    counts: Counter[str] = Counter()
    for r in sandbox.requests:
        if r.operation == DOCS:
            counts.update(d["documentNo"] for d in json.loads(r.body)["documents"])
    return counts


def documents_file(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "documents.csv"
    path.write_text("documentNo,customerNo\n" + "".join(f"D{i},{i % 2}\n" for i in range(n)))
    return path


@pytest.mark.amili_sandbox(batch_delay=1.0)
def test_resolve_settles_what_the_settle_window_left_unknown(served: tuple[Sandbox, str], tmp_path: Path) -> None:
    sandbox, root = served
    sandbox.add_fault(FaultRule(FaultKind.DROP_AFTER, operation=DOCS, times=1))
    path, journal, out = documents_file(tmp_path, 4), tmp_path / "j.sqlite", tmp_path / "out.jsonl"
    argv = ["arm", "documents", "submit", str(path), "--clientno", "7", "--journal", str(journal)]
    code, text, err = remote(root, *argv, "--settle-window", "0.2", "--out", str(out))
    assert code == 3, err
    assert "4 item(s): 0 succeeded, 4 failed" in text
    assert {json.loads(line)["status"] for line in out.read_text().splitlines()} == {"UNKNOWN_FATE"}
    assert "settle window" in text
    deadline = time.monotonic() + 15
    while len(sandbox.state.arm_clients[7].documents) < 4:  # the queued batch is processed after the run gave up
        assert time.monotonic() < deadline, "the sandbox never processed the batch"
        time.sleep(0.02)

    code, text, err = remote(root, "batches", "resolve", *argv[:2], *argv[3:])
    assert code == 0, err
    assert "4 item(s): 4 succeeded, 0 failed" in text
    code, text, _ = remote(root, "batches", "resolve", *argv[:2], *argv[3:])  # settled: replayed from the journal
    assert code == 0
    assert posted(sandbox) == Counter({f"D{i}": 1 for i in range(4)})


@pytest.mark.amili_sandbox(batch_delay=1.0)
def test_resolve_starts_nothing_the_journal_never_began(served: tuple[Sandbox, str], tmp_path: Path) -> None:
    sandbox, root = served
    path = documents_file(tmp_path, 3)
    code, _, err = remote(
        root, "batches", "resolve", "arm", "documents", str(path), "--clientno", "7", "--journal", str(tmp_path / "j")
    )
    assert code != 0
    assert "never begun" in err
    assert posted(sandbox) == Counter()
    code, _, err = remote(root, "batches", "resolve", "arm", "documents", str(path), "--clientno", "7")
    assert code == 2
    assert "--journal is required" in err


@pytest.mark.amili_sandbox(batch_delay=1.0)
def test_resend_on_absence_is_an_explicit_flag(served: tuple[Sandbox, str], tmp_path: Path) -> None:
    # A 500 before processing: without the flag the documents are UNKNOWN_FATE; with it they are sent again.
    sandbox, root = served
    sandbox.add_fault(FaultRule(FaultKind.ERROR, status=500, operation=DOCS, times=2))
    path = documents_file(tmp_path, 2)
    argv = ["arm", "documents", "submit", str(path), "--clientno", "7", "--settle-window", "0.2"]
    code, text, _ = remote(root, *argv)
    assert code == 3
    assert "0 succeeded, 2 failed" in text
    code, text, err = remote(root, *argv, "--resend-on-absence")
    assert code == 0, err
    assert "2 succeeded, 0 failed" in text
    assert posted(sandbox) == Counter({"D0": 3, "D1": 3})  # the lost one, the second lost one, the opted-in resend
