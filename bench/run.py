"""`make bench`: the SDK's performance, every figure a ratio against a baseline measured in the same run.

Sections (see README "Benchmarks"): 1 per-call overhead, 2 throughput at 1/16/256 in flight, 3 token single-flight,
4 bulk submit_many, 5 import and construction time, 6 polling cost, 7 spec-drift detection overhead (bench_drift.py).
Prints a table, writes bench/results.json.
`python bench/run.py --quick` runs smaller sizes (a smoke test, figures are noisier).
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import anyio
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (
    CLIENT_ID,
    CLIENT_SECRET,
    PY,
    ROOT,
    Timer,
    base_urls,
    env,
    fetch_token,
    median,
    sandbox_server,
)

from amili import AmiliClient
from amili.client import DEFAULT_LIMITS, DEFAULT_TIMEOUT

CLIENTNO = 2218
ROWS: list[dict[str, Any]] = []


def row(
    section: str, metric: str, value: float, baseline: float | None, unit: str, goal: str = "", **extra: Any
) -> None:
    ratio = (value / baseline) if baseline else None
    ROWS.append(
        {
            "section": section,
            "metric": metric,
            "value": value,
            "baseline": baseline,
            "ratio": ratio,
            "unit": unit,
            "goal": goal,
            **extra,
        }
    )
    r = f"{ratio:.3f}x" if ratio is not None else "-"
    b = f"{baseline:.4g}" if baseline is not None else "-"
    print(f"  {metric:<46} {value:>12.4g} {unit:<9} baseline {b:>10}  ratio {r:>8}  {goal}", flush=True)


def facade(root: str, **kw: Any) -> AmiliClient:
    return AmiliClient(CLIENT_ID, CLIENT_SECRET, base_urls=base_urls(root), max_retries=1, **kw)


async def seed_customer(amili: AmiliClient) -> None:
    await amili.arm.customers.create_customer(
        clientno=CLIENTNO, body={"metadata": {"userId": "bench"}, "customer": {"customerNo": "1", "name": "Bench"}}
    )


# -- 1. per-call overhead ------------------------------------------------------------------------------------------


async def per_call(root: str, n: int, rounds: int) -> None:
    print("1. per-call overhead: sequential GET /clients/{no}/customers/{no} (loopback, server in a subprocess)")
    token = fetch_token(root)
    url = f"{base_urls(root)['arm']}/clients/{CLIENTNO}/customers/1"
    walls: dict[str, list[float]] = {"facade": [], "httpx": []}
    cpus: dict[str, list[float]] = {"facade": [], "httpx": []}
    async with facade(root) as amili, httpx.AsyncClient(limits=DEFAULT_LIMITS, timeout=DEFAULT_TIMEOUT) as plain:
        await seed_customer(amili)
        get = amili.arm.customers.get_customer
        headers = {"Authorization": f"Bearer {token}"}
        for _ in range(50):  # warm both pools and code paths
            await get(clientno=CLIENTNO, customerno="1")
            (await plain.get(url, headers=headers)).json()

        async def run_facade() -> None:
            for _ in range(n):
                await get(clientno=CLIENTNO, customerno="1")

        async def run_plain() -> None:
            for _ in range(n):
                r = await plain.get(url, headers=headers)
                r.raise_for_status()
                r.json()

        for i in range(rounds):  # interleaved, order alternating, so drift hits both alike
            order = [("facade", run_facade), ("httpx", run_plain)]
            for name, fn in order if i % 2 == 0 else order[::-1]:
                with Timer() as t:
                    await fn()
                walls[name].append(t.wall / n)
                cpus[name].append(t.cpu / n)
    row(
        "1",
        "per-call wall (median of rounds)",
        median(walls["facade"]) * 1e6,
        median(walls["httpx"]) * 1e6,
        "µs",
        "<= 1.05x",
    )
    row("1", "per-call client CPU", median(cpus["facade"]) * 1e6, median(cpus["httpx"]) * 1e6, "µs", "(info)")


# -- 2. throughput ------------------------------------------------------------------------------------------------


async def _drive(k: int, total: int, call: Any) -> float:
    remaining = total

    async def worker() -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await call()

    with Timer() as t:
        async with anyio.create_task_group() as tg:
            for _ in range(k):
                tg.start_soon(worker)
    return total / t.wall


async def throughput(root: str, levels: list[int], total: int, rounds: int) -> None:
    print("2. throughput: GETs/s with k requests in flight (loopback, server in a subprocess)")
    try:
        import aiohttp
    except ImportError:
        aiohttp = None  # type: ignore[assignment]
    token = fetch_token(root)
    url = f"{base_urls(root)['arm']}/clients/{CLIENTNO}/customers/1"
    headers = {"Authorization": f"Bearer {token}"}
    async with facade(root) as amili, httpx.AsyncClient(limits=DEFAULT_LIMITS, timeout=DEFAULT_TIMEOUT) as plain:
        await seed_customer(amili)
        get = amili.arm.customers.get_customer
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) if aiohttp else None
        try:

            async def c_facade() -> None:
                await get(clientno=CLIENTNO, customerno="1")

            async def c_httpx() -> None:
                # Same policy as the façade's max_retries=1: uvicorn closes idle keep-alive connections after 5 s.
                try:
                    r = await plain.get(url, headers=headers)
                except httpx.TransportError:
                    r = await plain.get(url, headers=headers)
                r.raise_for_status()
                r.json()

            async def c_aiohttp() -> None:
                assert session is not None
                async with session.get(url, headers=headers) as r:
                    r.raise_for_status()
                    await r.json()

            clients = [("facade", c_facade), ("httpx", c_httpx)] + ([("aiohttp", c_aiohttp)] if session else [])
            for k in levels:
                rates: dict[str, list[float]] = {name: [] for name, _ in clients}
                for _name, fn in clients:
                    await _drive(k, min(total, 200), fn)  # warm-up at this level
                for i in range(rounds):
                    order = clients if i % 2 == 0 else clients[::-1]
                    for name, fn in order:
                        rates[name].append(await _drive(k, total, fn))
                base = median(rates["httpx"])
                row("2", f"k={k}: facade req/s", median(rates["facade"]), base, "req/s", ">= 0.95x httpx")
                if session:
                    row("2", f"k={k}: aiohttp req/s (reference)", median(rates["aiohttp"]), base, "req/s", "(info)")
        finally:
            if session:
                await session.close()


# -- 3. token single-flight ---------------------------------------------------------------------------------------


async def token_single_flight(calls: int) -> None:
    """Uvicorn in a thread of this process (so the benchmark can expire tokens on the server side)."""
    print(f"3. token single-flight: {calls} concurrent GETs (loopback, uvicorn in a thread of this process)")
    import attrs

    from amili.sandbox import Sandbox, SandboxConfig

    sandbox = Sandbox(SandboxConfig(client_secret=CLIENT_SECRET, validate=False))
    with sandbox.run_in_thread() as root:
        async with facade(root, timeout=60) as amili:
            await seed_customer(amili)
            get = amili.arm.customers.get_customer
            provider: Any = amili.token_provider

            def tokens() -> int:
                return int(sandbox.state.requests_per_route["identity.create_token"])

            async def burst() -> float:
                with Timer() as t:
                    async with anyio.create_task_group() as tg:
                        for _ in range(calls):
                            tg.start_soon(lambda: get(clientno=CLIENTNO, customerno="1"))
                return t.wall

            await burst()  # warm the pool
            fresh = median([await burst() for _ in range(3)])
            stale_walls, stale_counts, revoked_walls, revoked_counts = [], [], [], []
            for _ in range(3):
                # a) cached token past its refresh time on the client: proactive single-flight refresh
                provider._token = attrs.evolve(provider._token, expires_at=time.time() - 1)
                before = tokens()
                stale_walls.append(await burst())
                stale_counts.append(tokens() - before)
                # b) token still cached but expired on the server: 1000 x 401 -> one refresh -> replay
                sandbox.expire_tokens()
                before = tokens()
                revoked_walls.append(await burst())
                revoked_counts.append(tokens() - before)
    row("3", "client-side expired: token requests (max)", max(stale_counts), 1, "requests", "== 1")
    row(
        "3",
        "client-side expired: burst wall",
        median(stale_walls) * 1e3,
        fresh * 1e3,
        "ms",
        "(added latency)",
        added_ms=(median(stale_walls) - fresh) * 1e3,
    )
    row("3", "server-side expired (401): token requests (max)", max(revoked_counts), 1, "requests", "== 1")
    row(
        "3",
        "server-side expired (401): burst wall",
        median(revoked_walls) * 1e3,
        fresh * 1e3,
        "ms",
        "(added latency)",
        added_ms=(median(revoked_walls) - fresh) * 1e3,
    )


# -- 4. bulk ------------------------------------------------------------------------------------------------------


def bulk(items: int) -> None:
    _bulk_vs_httpx(items)
    external = ROOT / "bench" / "bench_batches.py"
    if external.exists():
        # The batch engine's own 100,000-item run against the in-process sandbox (items/s, polls, peak RSS).
        proc = subprocess.run([PY, str(external)], cwd=ROOT, env=env(), capture_output=True, text=True, timeout=420)
        if proc.returncode != 0:
            raise RuntimeError(f"bench_batches.py failed:\n{proc.stderr[-3000:]}")
        figures = json.loads((ROOT / "bench" / "results_batches.json").read_text())
        print(f"  | bench_batches.py: {proc.stdout.strip().splitlines()[-2] if proc.stdout.strip() else ''}")
        goals = {"items_per_second": ">= 5,000 items/s", "peak_rss_mb": "< 250 MB"}
        for metric, key, unit in (
            ("in-process 100k: items/s", "items_per_second", "items/s"),
            ("in-process 100k: requests per batch (POST + polls)", "requests_per_batch", "requests"),
            ("in-process 100k: peak RSS", "peak_rss_mb", "MB"),
        ):
            row("4", metric, float(figures[key]), None, unit, goals.get(key, "(info)"))


def _bulk_vs_httpx(items: int) -> None:
    print(f"4. bulk: {items} ARM documents, chunks of 500, 4 in flight (loopback, server in a subprocess each)")
    results = {}
    for mode in ("facade", "httpx"):
        with sandbox_server() as root:
            proc = subprocess.run(
                [PY, str(ROOT / "bench" / "_bulk.py"), mode, root, str(items)],
                cwd=ROOT,
                env=env(),
                capture_output=True,
                text=True,
                timeout=400,
            )
        if proc.returncode != 0:
            raise RuntimeError(f"bulk {mode} failed:\n{proc.stderr[-3000:]}")
        results[mode] = json.loads(proc.stdout.strip().splitlines()[-1])
    f, h = results["facade"], results["httpx"]
    assert f["outcomes"] == items, results
    assert h["outcomes"] == items, results
    row(
        "4", "submit_many items/s (vs hand-written httpx loop)", f["items_per_s"], h["items_per_s"], "items/s", "(info)"
    )
    row("4", "peak RSS of the process", f["peak_rss_mb"], h["peak_rss_mb"], "MB", "(info)")
    row("4", "requests sent (submits + polls)", f["requests"], h["requests"], "requests", "(info)")


# -- 5. import and construction -----------------------------------------------------------------------------------


def _import_time(module: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    out = [float(subprocess.check_output([PY, "-c", code], env=env(), cwd=ROOT, text=True)) for _ in range(runs)]
    return median(out)


def startup(runs: int) -> None:
    print(f"5. import and construction (fresh subprocesses, median of {runs})")
    amili_t = _import_time("amili", runs)
    httpx_t = _import_time("httpx", runs)
    row("5", "import amili", amili_t * 1e3, httpx_t * 1e3, "ms", "< 150 ms (baseline: import httpx)")

    def per(fn: Any, n: int = 200) -> float:
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        return (time.perf_counter() - t0) / n

    httpx_c = per(lambda: httpx.AsyncClient())
    row(
        "5",
        "AmiliClient() construction",
        per(lambda: AmiliClient("id", "secret")) * 1e6,
        httpx_c * 1e6,
        "µs",
        "(baseline: httpx.AsyncClient())",
    )

    def first_use() -> None:
        c = AmiliClient("id", "secret")
        c.arm.customers.get_customer  # noqa: B018 - builds the pool, the generated clients and the namespace

    row("5", "AmiliClient() + first namespace access", per(first_use, 50) * 1e6, httpx_c * 1e6, "µs", "(info)")


# -- 6. polling cost ----------------------------------------------------------------------------------------------


def polling(delays: list[float], batches: int) -> None:
    print("6. polling cost per batch (in-process sandbox under a virtual-time event loop: no real sleeping)")
    proc = subprocess.run(
        [PY, str(ROOT / "bench" / "_polling.py"), *map(str, delays), "--batches", str(batches)],
        cwd=ROOT,
        env=env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"polling failed:\n{proc.stderr[-3000:]}")
    for entry in json.loads(proc.stdout.strip().splitlines()[-1]):
        d = entry["delay"]
        row(
            "6",
            f"delay {d:g} s: polls per batch",
            entry["polls_per_batch"],
            entry["naive_polls"],
            "polls",
            "(baseline: fixed 1 s poller)",
            detect_lag_s=entry["lag_s"],
        )
        row(
            "6",
            f"delay {d:g} s: detection lag (ratio = share of delay)",
            entry["lag_s"],
            d,
            "s",
            f"(fixed 1 s poller: {entry['naive_lag_s']:g} s)",
        )


# -- main ---------------------------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import os

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "httpx": httpx.__version__,
        "load_average_at_start": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke test")
    parser.add_argument("--only", default="1234567", help="sections to run, e.g. 15")
    args = parser.parse_args()
    q = args.quick
    started = time.perf_counter()
    info = machine()
    print(f"machine: {info}")
    loop_backend = "asyncio"
    with sandbox_server() as root:
        if "1" in args.only:
            anyio.run(per_call, root, 200 if q else 500, 3 if q else 7, backend=loop_backend)
        if "2" in args.only:
            anyio.run(throughput, root, [1, 16, 256], 300 if q else 1000, 1 if q else 3, backend=loop_backend)
        if "7" in args.only:  # spec-drift detection overhead (bench/bench_drift.py)
            from bench_drift import drift_overhead

            anyio.run(drift_overhead, root, 60 if q else 120, 5 if q else 10, row, backend=loop_backend)
    if "3" in args.only:
        anyio.run(token_single_flight, 1000, backend=loop_backend)
    if "4" in args.only:
        bulk(5_000 if q else 100_000)
    if "5" in args.only:
        startup(3 if q else 9)
    if "6" in args.only:
        polling([1, 10, 30], 3 if q else 20)
    elapsed = time.perf_counter() - started
    out = {"machine": info, "elapsed_s": elapsed, "quick": q, "rows": ROWS}
    if not q and args.only == "1234567":
        (ROOT / "bench" / "results.json").write_text(json.dumps(out, indent=2) + "\n")
    print(f"done in {elapsed:.0f} s" + ("" if q else "; bench/results.json written"))


if __name__ == "__main__":
    main()
