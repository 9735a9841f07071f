"""Helpers shared by the benchmark scripts: a loopback sandbox in a subprocess, timing, tokens."""

from __future__ import annotations

import contextlib
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CLIENT_ID = "sandbox"
CLIENT_SECRET = "bench-secret"  # the sandbox's own test credential, not a real secret


@contextlib.contextmanager
def sandbox_server(*extra: str) -> Iterator[str]:
    """`python -m amili.sandbox --port 0` in its own process (its CPU never competes with the client's GIL)."""
    proc = subprocess.Popen(
        [PY, "-m", "amili.sandbox", "--port", "0", "--client-secret", CLIENT_SECRET, *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        match = re.search(r"(http://\S+)", line)
        if not match:
            raise RuntimeError(f"sandbox did not start: {line!r}")
        root = match.group(1)
        # Drain the rest of the banner so the pipe never fills.
        for _ in range(6):
            proc.stdout.readline()
        yield root
    finally:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def base_urls(root: str) -> dict[str, str]:
    from amili.sandbox.pipeline import PREFIXES

    return {api: root + prefix for api, prefix in PREFIXES.items()}


def fetch_token(root: str) -> str:
    r = httpx.post(
        root + "/identity/token",
        data={"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
    )
    r.raise_for_status()
    return str(r.json()["access_token"])


def median(values: list[float]) -> float:
    return statistics.median(values)


class Timer:
    """Wall and process-CPU time of a block."""

    def __enter__(self) -> Timer:
        self.w0, self.c0 = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.w0
        self.cpu = time.process_time() - self.c0


def peak_rss_mb() -> float:
    """This process's own peak RSS: `VmHWM` from /proc/self/status. Not `ru_maxrss`, which on Linux a child
    inherits from its parent across fork/exec (so a small child reports the parent's peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource  # not Linux: ru_maxrss (bytes on macOS)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def env() -> dict[str, str]:
    e = dict(os.environ)
    e.pop("AMILI_LOG", None)
    return e
