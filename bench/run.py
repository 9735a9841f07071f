"""`make bench`: the SDK's performance, every figure a ratio against a baseline measured in the same run.

Sections: 1 client-only (a trivial server, so the client is what is measured: raw aiohttp, plain httpx, httpx + the
aiohttp transport, the façade on each backend) at 1/16/256 in flight; 2 an expired token under 1,000 concurrent
calls; 3 end to end against the loopback sandbox; 4 bulk submit_many (100k documents, 3 interleaved rounds against a
hand-written httpx loop; 1M documents once, for the memory kept per item); 5 import time in a runtime-only environment;
6 polling cost; 7 spec-drift detection overhead (bench_drift.py); 8 OpenTelemetry on / off / not installed
(bench_otel.py). Every section runs its contenders interleaved
round by round (order alternating) and reports the median of the per-round ratios with their min and max. Prints a
table, writes bench/results.json; `bench/render.py` writes docs/benchmarks.md from it. `python bench/run.py --quick`
runs smaller sizes (a smoke test, noisier).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
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
    section: str,
    metric: str,
    value: float,
    baseline: float | None,
    unit: str,
    goal: str = "",
    *,
    ratios: list[float] | None = None,
    key: str | None = None,
    **extra: Any,
) -> None:
    """`ratios`: one per round (value/baseline of that round); the row's ratio is their median, with min and max."""
    if ratios:
        ratio: float | None = median(ratios)
        spread = (min(ratios), max(ratios))
    else:
        ratio = (value / baseline) if baseline else None
        spread = None
    ROWS.append(
        {
            "section": section,
            "metric": metric,
            "value": value,
            "baseline": baseline,
            "ratio": ratio,
            "ratio_min": spread[0] if spread else None,
            "ratio_max": spread[1] if spread else None,
            "unit": unit,
            "goal": goal,
            "key": key,
            **extra,
        }
    )
    r = f"{ratio:.3f}x" if ratio is not None else "-"
    if spread:
        r += f" [{spread[0]:.2f}-{spread[1]:.2f}]"
    b = f"{baseline:.4g}" if baseline is not None else "-"
    print(f"  {metric:<52} {value:>10.4g} {unit:<8} base {b:>9}  ratio {r:<22} {goal}", flush=True)


@contextlib.contextmanager
def trivial_server() -> Iterator[str]:
    """bench/_trivial_server.py in its own process (its CPU never competes with the client's GIL)."""
    proc = subprocess.Popen(
        [PY, str(ROOT / "bench" / "_trivial_server.py")], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env()
    )
    try:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip()
    finally:
        proc.terminate()
        proc.wait(5)


def facade(root: str, backend: str = "auto", **kw: Any) -> AmiliClient:
    return AmiliClient(CLIENT_ID, CLIENT_SECRET, base_urls=base_urls(root), max_retries=1, http_backend=backend, **kw)  # type: ignore[arg-type]


async def seed_customer(amili: AmiliClient) -> None:
    await amili.arm.customers.create_customer(
        clientno=CLIENTNO, body={"metadata": {"userId": "bench"}, "customer": {"customerNo": "1", "name": "Bench"}}
    )


async def _drive(k: int, total: int, call: Callable[[], Awaitable[Any]]) -> tuple[float, float]:
    """`total` calls by `k` workers; returns (requests/s, client CPU seconds per call)."""
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
    return total / t.wall, t.cpu / total


@contextlib.asynccontextmanager
async def contenders(root: str, token: str, *, sandbox: bool) -> AsyncIterator[dict[str, Callable[[], Awaitable[Any]]]]:
    """One GET of customer 1, the same for each contender: send, check the status, decode the JSON body."""
    import aiohttp

    from amili._transports.aiohttp import AiohttpTransport
    from amili._transports.pool import ShardedPool

    url = f"{base_urls(root)['arm']}/clients/{CLIENTNO}/customers/1"
    headers = {"Authorization": f"Bearer {token}"}
    async with contextlib.AsyncExitStack() as stack:
        session = await stack.enter_async_context(aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)))
        plain = await stack.enter_async_context(httpx.AsyncClient(limits=DEFAULT_LIMITS, timeout=DEFAULT_TIMEOUT))
        fast = await stack.enter_async_context(
            httpx.AsyncClient(transport=AiohttpTransport(limits=DEFAULT_LIMITS), timeout=DEFAULT_TIMEOUT)
        )
        sharded = await stack.enter_async_context(
            httpx.AsyncClient(transport=ShardedPool(DEFAULT_LIMITS), timeout=DEFAULT_TIMEOUT)
        )
        on_aiohttp = await stack.enter_async_context(facade(root, "aiohttp"))
        on_httpx = await stack.enter_async_context(facade(root, "httpx"))
        if sandbox:
            await seed_customer(on_aiohttp)

        async def c_aiohttp() -> None:
            async with session.get(url, headers=headers) as r:
                r.raise_for_status()
                await r.json()

        def httpx_call(client: httpx.AsyncClient) -> Callable[[], Awaitable[None]]:
            async def call() -> None:
                # Same policy as the façade's max_retries=1 (a server may close an idle keep-alive connection).
                try:
                    r = await client.get(url, headers=headers)
                except httpx.TransportError:
                    r = await client.get(url, headers=headers)
                r.raise_for_status()
                r.json()

            return call

        yield {
            "aiohttp": c_aiohttp,
            "httpx": httpx_call(plain),
            "httpx+fast": httpx_call(fast),
            "httpx+sharded": httpx_call(sharded),
            "facade/aiohttp": lambda: on_aiohttp.arm.customers.get_customer(clientno=CLIENTNO, customerno="1"),
            "facade/httpx": lambda: on_httpx.arm.customers.get_customer(clientno=CLIENTNO, customerno="1"),
        }


async def _rounds(
    calls: dict[str, Callable[[], Awaitable[Any]]], k: int, total: int, rounds: int
) -> dict[str, list[tuple[float, float]]]:
    """Every contender once per round, order rotating; per contender one (req/s, CPU/call) per round."""
    names = list(calls)
    for name in names:
        await _drive(k, min(total, 200), calls[name])  # warm-up at this level
    out: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for i in range(rounds):
        order = names[i % len(names) :] + names[: i % len(names)]
        if i % 2:
            order.reverse()
        for name in order:
            out[name].append(await _drive(k, total, calls[name]))
    return out


def _ratios(a: list[tuple[float, float]], b: list[tuple[float, float]], field: int) -> list[float]:
    return [x[field] / y[field] for x, y in zip(a, b, strict=True)]


# -- 1. client-only ------------------------------------------------------------------------------------------------


async def client_only(root: str, levels: list[int], totals: dict[int, int], rounds: int) -> None:
    print("1. client-only: GET + JSON decode against a trivial server (own process); client CPU per call, req/s")
    token = fetch_token(root)
    async with contenders(root, token, sandbox=False) as calls:
        for k in levels:
            res = await _rounds(calls, k, totals[k], rounds)
            cpu = {n: median([c for _, c in v]) * 1e6 for n, v in res.items()}
            rps = {n: median([r for r, _ in v]) for n, v in res.items()}
            print(f"  k={k}: " + ", ".join(f"{n} {cpu[n]:.0f} µs/{rps[n]:.0f} req/s" for n in res))
            fa, fh = res["facade/aiohttp"], res["facade/httpx"]
            row(
                "1",
                f"k={k}: façade CPU/call vs raw aiohttp",
                cpu["facade/aiohttp"],
                cpu["aiohttp"],
                "µs",
                "<= 3x",
                ratios=_ratios(fa, res["aiohttp"], 1),
                key=f"cpu_vs_aiohttp_{k}",
            )
            row(
                "1",
                f"k={k}: façade req/s vs plain httpx",
                rps["facade/aiohttp"],
                rps["httpx"],
                "req/s",
                ">= 3.5x" if k > 1 else "(info)",
                ratios=_ratios(fa, res["httpx"], 0),
                key=f"rps_vs_httpx_{k}",
            )
            row(
                "1",
                f"k={k}: façade req/s vs httpx + same transport",
                rps["facade/aiohttp"],
                rps["httpx+fast"],
                "req/s",
                ">= 0.9x",
                ratios=_ratios(fa, res["httpx+fast"], 0),
                key=f"rps_vs_same_{k}",
            )
            row(
                "1",
                f"k={k}: httpx+fast transport req/s vs plain httpx",
                rps["httpx+fast"],
                rps["httpx"],
                "req/s",
                "(info)",
                ratios=_ratios(res["httpx+fast"], res["httpx"], 0),
            )
            row(
                "1",
                f"k={k}: façade on httpx backend CPU/call vs plain httpx",
                cpu["facade/httpx"],
                cpu["httpx"],
                "µs",
                "<= 1.05x",
                ratios=_ratios(fh, res["httpx"], 1),
                key=f"httpx_cpu_{k}",
            )
            row(
                "1",
                f"k={k}: façade on httpx backend wall/call vs plain httpx",
                1e6 / rps["facade/httpx"],
                1e6 / rps["httpx"],
                "µs",
                "<= 1.05x",
                ratios=_ratios(res["httpx"], fh, 0),
                key=f"httpx_wall_{k}",
            )
            row(
                "1",
                f"k={k}: façade on httpx backend CPU/call vs httpx + same pool",
                cpu["facade/httpx"],
                cpu["httpx+sharded"],
                "µs",
                "(info)",
                ratios=_ratios(fh, res["httpx+sharded"], 1),
            )


# -- 2. expired token under load -----------------------------------------------------------------------------------


async def _count(control: httpx.AsyncClient) -> dict[str, int]:
    return dict((await control.get("/_count")).json())


async def token_storm(root: str, calls: int, rounds: int) -> None:
    print(f"2. {calls} concurrent calls; token valid vs expired server-side (401) just before; trivial server")
    for backend in ("aiohttp", "httpx"):
        async with facade(root, backend, timeout=60) as amili, httpx.AsyncClient(base_url=root) as control:

            async def burst(get: Any = amili.arm.customers.get_customer) -> float:
                with Timer() as t:
                    async with anyio.create_task_group() as tg:
                        for _ in range(calls):
                            tg.start_soon(lambda: get(clientno=CLIENTNO, customerno="1"))
                return t.wall

            await burst()  # token fetched, pool warm
            fresh, expired, sent, tokens = [], [], [], []
            for i in range(rounds):
                for kind in ("fresh", "expired") if i % 2 == 0 else ("expired", "fresh"):
                    if kind == "fresh":
                        fresh.append(await burst())
                        continue
                    await control.post("/_expire")
                    before = await _count(control)
                    expired.append(await burst())
                    after = await _count(control)
                    sent.append(after["api"] - before["api"])
                    tokens.append(after["token"] - before["token"])
        ratios = [e / f for e, f in zip(expired, fresh, strict=True)]
        row(
            "2",
            f"{backend}: wall, expired vs fresh token",
            median(expired) * 1e3,
            median(fresh) * 1e3,
            "ms",
            "<= 1.15x",
            ratios=ratios,
            key=f"storm_wall_{backend}",
        )
        row(
            "2",
            f"{backend}: requests sent for {calls} calls (max)",
            max(sent),
            calls,
            "requests",
            "<= 1,100",
            key=f"storm_sent_{backend}",
            token_requests=max(tokens),
        )


# -- 3. end to end against the sandbox -----------------------------------------------------------------------------


async def end_to_end(root: str, levels: list[int], total: int, rounds: int) -> None:
    print("3. end to end: the same GET against the loopback sandbox (validates every request; own process)")
    token = fetch_token(root)
    async with contenders(root, token, sandbox=True) as calls:
        del calls["httpx+fast"], calls["httpx+sharded"], calls["facade/httpx"]
        for k in levels:
            res = await _rounds(calls, k, total, rounds)
            rps = {n: median([r for r, _ in v]) for n, v in res.items()}
            row(
                "3",
                f"k={k}: façade req/s vs plain httpx",
                rps["facade/aiohttp"],
                rps["httpx"],
                "req/s",
                "(info)",
                ratios=_ratios(res["facade/aiohttp"], res["httpx"], 0),
            )
            row(
                "3",
                f"k={k}: façade req/s vs raw aiohttp",
                rps["facade/aiohttp"],
                rps["aiohttp"],
                "req/s",
                "(info)",
                ratios=_ratios(res["facade/aiohttp"], res["aiohttp"], 0),
            )


# -- 4. bulk ------------------------------------------------------------------------------------------------------


def bulk(items: int, rounds: int = 1, million: bool = False) -> None:
    _bulk_vs_httpx(items, rounds, million)
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


def _bulk_run(mode: str, items: int) -> dict[str, Any]:
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
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["outcomes"] == items, result
    return result


def _bulk_vs_httpx(items: int, rounds: int, million: bool) -> None:
    print(
        f"4. bulk: {items} ARM documents, chunks of 500, 4 in flight (loopback, server in a subprocess each); "
        f"{rounds} interleaved rounds"
    )
    facades, loops = [], []
    for i in range(rounds):  # order alternates: neither side always runs on a warmer machine
        pair = ("facade", "httpx") if i % 2 == 0 else ("httpx", "facade")
        runs = {mode: _bulk_run(mode, items) for mode in pair}
        facades.append(runs["facade"])
        loops.append(runs["httpx"])

    def mid(runs: list[dict[str, Any]], field: str) -> float:
        return median([r[field] for r in runs])

    def per_round(field: str) -> list[float]:
        return [f[field] / h[field] for f, h in zip(facades, loops, strict=True)]

    for metric, field, unit, goal, key in (
        ("submit_many items/s (vs hand-written httpx loop)", "items_per_s", "items/s", ">= 1.0x", "bulk_items"),
        ("submit_many client CPU (vs hand-written httpx loop)", "cpu_s", "s", "<= 1.5x", "bulk_cpu"),
        ("peak RSS of the process", "peak_rss_mb", "MB", "<= 1.10x", "bulk_rss"),
    ):
        row("4", metric, mid(facades, field), mid(loops, field), unit, goal, ratios=per_round(field), key=key)
    # The same on the httpx backend (one round, after the goal rows): the hand loop's own HTTP stack, so the two differ
    # by the SDK alone; the default backend (aiohttp, `fast` extra) loads ~10 MB of aiohttp the hand loop does not.
    on_httpx = _bulk_run("facade-httpx", items)
    for metric, field, unit in (
        ("on the httpx backend: items/s", "items_per_s", "items/s"),
        ("on the httpx backend: client CPU", "cpu_s", "s"),
        ("on the httpx backend: peak RSS", "peak_rss_mb", "MB"),
    ):
        row("4", metric, on_httpx[field], mid(loops, field), unit, "(info)", key=f"bulk_httpx_{field}")
    # Memory per item: the peak's growth between sizes (the documents are generated lazily: what grows is kept).
    small = _bulk_run("facade", items // 10)
    growth = (mid(facades, "peak_rss_mb") - small["peak_rss_mb"]) * 1e6 / (items - items // 10)
    row("4", f"peak RSS growth per item, {items // 10:,} -> {items:,} items", growth, None, "bytes", "(info)")
    if million:
        big = _bulk_run("facade", 1_000_000)
        growth = (big["peak_rss_mb"] - mid(facades, "peak_rss_mb")) * 1e6 / (1_000_000 - items)
        row(
            "4", f"peak RSS growth per item, {items:,} -> 1,000,000 items", growth, None, "bytes", "flat", key="bulk_1m"
        )
        row("4", "1,000,000 items: submit_many items/s", big["items_per_s"], None, "items/s", "(info)")
        row("4", "1,000,000 items: peak RSS", big["peak_rss_mb"], None, "MB", "(info)")
    row("4", "requests sent (submits + polls)", facades[0]["requests"], loops[0]["requests"], "requests", "(info)")


# -- 5. import time ---------------------------------------------------------------------------------------------


def runtime_env() -> Path:
    """A directory holding only amili's runtime dependencies (links into this venv), used with `python -S`: what a
    runtime-only install imports, without the dev tools (in a dev venv `import httpx` also imports rich and click
    for httpx's CLI)."""
    import importlib.metadata as md

    from packaging.requirements import Requirement

    target = ROOT / ".tools" / "bench-runtime"
    if target.exists():
        for link in target.iterdir():
            link.unlink()
    target.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    pending = [Requirement(r) for r in md.distribution("amili-sdk").requires or []]
    pending = [r for r in pending if not (r.marker and not r.marker.evaluate({"extra": ""}))]
    while pending:
        req = pending.pop()
        if req.name.lower() in seen:
            continue
        seen.add(req.name.lower())
        dist = md.distribution(req.name)
        tops = {f.parts[0] for f in dist.files or [] if f.parts[0] not in ("..", "__pycache__")}
        for top in tops - {t for t in tops if t.endswith((".dist-info", ".pth", ".data"))}:
            (target / top).symlink_to(Path(str(dist.locate_file(top))))
        for raw in dist.requires or []:
            sub = Requirement(raw)
            if not (sub.marker and not sub.marker.evaluate({"extra": ""})):
                pending.append(sub)
    (target / "amili").symlink_to(ROOT / "src" / "amili")
    for generated in (ROOT / "generated").glob("amili_*"):
        (target / generated.name).symlink_to(generated)
    return target


def _import_time(statement: str, path: Path) -> float:
    """Bytecode as a pip install leaves it, for every module on both sides: written once to a private cache
    (`PYTHONPYCACHEPREFIX`), even where the environment says PYTHONDONTWRITEBYTECODE (otherwise amili, linked from
    the checkout, would be compiled from source in every process while httpx ships its `.pyc`)."""
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    environ = {**env(), "PYTHONPATH": str(path), "PYTHONPYCACHEPREFIX": str(ROOT / ".tools" / "bench-pycache")}
    environ.pop("PYTHONDONTWRITEBYTECODE", None)
    return float(subprocess.check_output([PY, "-S", "-c", code], env=environ, cwd="/", text=True))


def startup(runs: int) -> None:
    print(f"5. import time in a runtime-only environment (fresh `python -S` processes, {runs} interleaved pairs)")
    path = runtime_env()
    # The import defers the rest of the SDK (httpx included) to `AmiliClient(...)`: the second row keeps the moved
    # cost in view (bench/bench_import.py adds the first call, and compares from-source imports).
    built = "from amili import AmiliClient; AmiliClient('id', 'secret')"
    order = ["import httpx", "from amili import AmiliClient", built]
    for statement in order:  # writes the bytecode cache
        _import_time(statement, path)
    samples: list[dict[str, float]] = []
    for i in range(runs):
        samples.append({s: _import_time(s, path) for s in (order if i % 2 == 0 else order[::-1])})
    for statement, label, goal, key in (
        (order[1], "from amili import AmiliClient vs import httpx", "<= 1.10x", "import"),
        (built, "from amili import AmiliClient + AmiliClient(...)", "", "import_construct"),
    ):
        row(
            "5",
            label,
            median([t[statement] for t in samples]) * 1e3,
            median([t["import httpx"] for t in samples]) * 1e3,
            "ms",
            goal,
            ratios=[t[statement] / t["import httpx"] for t in samples],
            key=key,
        )


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
    parser.add_argument("--no-million", action="store_true", help="section 4 without its 1,000,000-document run")
    parser.add_argument("--only", default="123456789", help="sections to run, e.g. 15 (9: profile of one call)")
    args = parser.parse_args()
    q = args.quick
    started = time.perf_counter()
    info = machine()
    print(f"machine: {info}")
    levels = [1, 16, 256]
    if "1" in args.only or "2" in args.only:
        with trivial_server() as root:
            if "1" in args.only:
                totals = {1: 100, 16: 300, 256: 500} if q else {1: 300, 16: 1000, 256: 1500}
                anyio.run(client_only, root, levels, totals, 2 if q else 5)
            if "2" in args.only:
                anyio.run(token_storm, root, 1000, 2 if q else 6)
    if "3" in args.only or "7" in args.only or "8" in args.only:
        with sandbox_server() as root:
            if "3" in args.only:
                anyio.run(end_to_end, root, levels, 100 if q else 400, 1 if q else 3)
            if "7" in args.only:  # spec-drift detection overhead (bench/bench_drift.py)
                from bench_drift import drift_overhead

                anyio.run(drift_overhead, root, 60 if q else 120, 5 if q else 10, row)
            if "8" in args.only:  # OpenTelemetry on / off / not installed (bench/bench_otel.py)
                from bench_otel import otel_overhead

                otel_overhead(root, 100 if q else 300, 6 if q else 12, row)
    if "4" in args.only:
        bulk(5_000 if q else 100_000, 1 if q else 3, million=not (q or args.no_million))
    if "5" in args.only:
        startup(4 if q else 15)
    if "6" in args.only:
        polling([1, 10, 30], 3 if q else 20)
    if "9" in args.only:  # where one warm call's time goes (bench/profile_call.py -> results_profile.json)
        subprocess.run([PY, str(ROOT / "bench" / "profile_call.py")], cwd=ROOT, env=env(), check=True, timeout=300)
    elapsed = time.perf_counter() - started
    out = {"machine": info, "elapsed_s": elapsed, "quick": q, "rows": ROWS}
    if not q and args.only == "123456789":
        (ROOT / "bench" / "results.json").write_text(json.dumps(out, indent=2) + "\n")
    written = not q and args.only == "123456789"
    print(f"done in {elapsed:.0f} s" + ("; bench/results.json written" if written else ""))


if __name__ == "__main__":
    main()
