"""Real PostgreSQL and Redis servers for tests: each test gets its own instance on a free loopback port.

PostgreSQL: `initdb` runs once per session into a template directory; each test copies it and starts its own
`postgres` on a free port (as the `postgres` user when the tests run as root, since PostgreSQL refuses root), and
stops it and removes the directory afterwards. A missing binary skips the test with the reason (`-ra` prints it).
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin(name: str) -> str | None:
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else shutil.which(name)


def _pg_user() -> dict[str, Any]:
    """Run PostgreSQL's binaries as `postgres` when we are root (it refuses to run as root)."""
    if os.geteuid() != 0:
        return {}
    try:
        entry = pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("PostgreSQL tests run as root need the 'postgres' user (apt-get install postgresql creates it)")
    return {"user": entry.pw_uid, "group": entry.pw_gid}


def _owned_tmpdir(prefix: str, user: dict[str, Any]) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix))
    if user:
        os.chown(path, user["user"], user["group"])
    return path


_TEMPLATE: Path | None = None


def _template(user: dict[str, Any]) -> Path:
    global _TEMPLATE
    if _TEMPLATE is None:
        initdb = _pg_bin("initdb")
        if initdb is None or _pg_bin("pg_ctl") is None:
            pytest.skip(
                "SKIPPED LOUDLY: PostgreSQL server binaries (initdb, pg_ctl) not found; "
                "install them with `apt-get install -y postgresql` (.ci/run does)"
            )
        root = _owned_tmpdir("amili-pg-template-", user)
        data = root / "data"
        subprocess.run(
            [initdb, "-D", str(data), "-U", "amili", "--auth=trust", "-E", "UTF8", "--no-sync"],
            check=True,
            capture_output=True,
            **user,
        )
        _TEMPLATE = data
    return _TEMPLATE


@contextlib.contextmanager
def postgres_server(*, durable: bool = False) -> Iterator[str]:
    """Start a throwaway PostgreSQL on 127.0.0.1:<free port>; yields its URL; stopped and removed afterwards.

    Tests run it with `fsync=off` (faster, nothing to keep); `durable=True` keeps fsync on (benchmarks)."""
    user = _pg_user()
    template = _template(user)
    root = _owned_tmpdir("amili-pg-", user)
    data = root / "data"
    subprocess.run(["cp", "-a", str(template), str(data)], check=True, **user)
    port = free_port()
    pg_ctl = _pg_bin("pg_ctl")
    assert pg_ctl is not None
    options = f"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=200"
    if not durable:
        options += " -c fsync=off"
    subprocess.run(
        [pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "-t", "60", "start"],
        check=True,
        capture_output=True,
        **user,
    )
    try:
        yield f"postgresql://amili@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], capture_output=True, **user)
        shutil.rmtree(root, ignore_errors=True)


def cleanup_template() -> None:
    global _TEMPLATE
    if _TEMPLATE is not None:
        shutil.rmtree(_TEMPLATE.parent, ignore_errors=True)
        _TEMPLATE = None


@contextlib.contextmanager
def redis_server() -> Iterator[str]:
    """Start a throwaway redis-server on 127.0.0.1:<free port> (no persistence); yields its URL."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip(
            "SKIPPED LOUDLY: redis-server not found; install it with `apt-get install -y redis-server` (.ci/run does)"
        )
    root = Path(tempfile.mkdtemp(prefix="amili-redis-"))
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(root)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start (exit {process.poll()})")
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(root, ignore_errors=True)
