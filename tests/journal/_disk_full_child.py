"""Child of test_journal_sqlite_disk_full: a real "disk full" for the SQLite journal, by the file-size limit
(`RLIMIT_FSIZE`, no root needed; SIGXFSZ ignored so writes fail with EFBIG instead of killing the process).

`when` says when the disk fills: `lease` (before the run starts: taking the lease fails) or `midrun` (once the first
chunk was accepted: recording it fails, and so does giving the lease back). Prints one JSON line: the error the run
raised, the descriptors still open on the journal's files, and how a rerun in the same process went once space was
freed."""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import uuid
from pathlib import Path
from typing import Any

import anyio

from amili import AmiliClient, RetryPolicy
from amili.journal import SQLiteJournal

HARD = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
KEPT: list[BaseException] = []
"""The errors, kept as a caller (a logger, an error reporter) keeps them: their frames must not hold the journal open."""


def fill_disk(journal: Path) -> None:
    """From now on no file may grow: the journal's files are exactly as large as the disk allows."""
    sizes = [p.stat().st_size for p in journal.parent.glob(journal.name + "*")]
    resource.setrlimit(resource.RLIMIT_FSIZE, (max(sizes, default=0), HARD))


def free_disk() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (HARD, HARD))


def open_fds(journal: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(journal)):
            found.append(target)
    return sorted(found)


def items(n: int) -> list[dict[str, Any]]:
    return [{"invoiceNumber": f"I{i}", "type": "NOTICE", "originalInvoiceAmount": 100 + i} for i in range(n)]


async def run_once(amili: AmiliClient, org: str, journal: Path) -> dict[str, Any]:
    try:
        async with amili.autocollect.invoices.submit_many(
            org, items(6), chunk_size=2, concurrency=1, journal=journal, run_name="disk-full"
        ) as run:
            outcomes = await run.collect()
    except Exception as exc:
        KEPT.append(exc)
        return {"error": type(exc).__name__, "message": str(exc), "notes": getattr(exc, "__notes__", [])}
    return {"ok": sum(o.ok for o in outcomes), "resumed": run.summary.resumed_chunks}


async def main(folder: str, when: str) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    journal = Path(folder) / "journal.sqlite"
    org = str(uuid.uuid4())
    amili = AmiliClient.sandbox(batch_delay=0.01, retry_policy=RetryPolicy(base_delay=0.001, max_delay=0.002))
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.02
    original_submitted, original_connect = SQLiteJournal.submitted, SQLiteJournal._connect

    async def submitted(self: SQLiteJournal, *args: Any, **kwargs: Any) -> None:
        fill_disk(journal)  # the first chunk was accepted: recording it is the first write to fail
        await original_submitted(self, *args, **kwargs)

    def connect(self: SQLiteJournal) -> Any:
        conn = original_connect(self)
        fill_disk(journal)  # the journal opened: taking the lease is the first write to fail
        return conn

    async with amili:
        if when == "lease":
            SQLiteJournal._connect = connect  # type: ignore[method-assign]
        else:
            SQLiteJournal.submitted = submitted  # type: ignore[method-assign]
        first = await run_once(amili, org, journal)
        fds = open_fds(journal)
        SQLiteJournal.submitted, SQLiteJournal._connect = original_submitted, original_connect  # type: ignore[method-assign]
        free_disk()
        with anyio.fail_after(20):
            rerun = await run_once(amili, org, journal)
        fds_after_rerun = open_fds(journal)
    print(json.dumps({"first": first, "fds": fds, "rerun": rerun, "fds_after_rerun": fds_after_rerun}))


if __name__ == "__main__":
    anyio.run(main, sys.argv[1], sys.argv[2])
