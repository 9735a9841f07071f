"""Start and stop server processes for the scale tests."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Mapping
from pathlib import Path

HERE = Path(__file__).parent


def wait_for_port(port: int, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        if process.poll() is not None:
            raise RuntimeError(f"server on port {port} exited with {process.returncode}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"server on port {port} did not start")
        time.sleep(0.05)


@contextlib.contextmanager
def uvicorn_app(port: int, env: Mapping[str, str], *, workers: int = 1) -> Iterator[subprocess.Popen[bytes]]:
    """`uvicorn _app:app --workers N` on 127.0.0.1:port; the whole process group is stopped afterwards."""
    command = [sys.executable, "-m", "uvicorn", "_app:app", "--app-dir", str(HERE), "--host", "127.0.0.1"]
    command += ["--port", str(port), "--workers", str(workers), "--log-level", "warning"]
    process = subprocess.Popen(command, env={**os.environ, **env}, start_new_session=True)
    try:
        wait_for_port(port, process)
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
