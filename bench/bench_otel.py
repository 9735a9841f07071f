"""Cost of OpenTelemetry (issue 31): the same `get_customer` call with opentelemetry not installed (the baseline),
with `telemetry=False`, on with the API alone (no SDK: no-op tracer and meter), and on with the SDK recording every
span and metric (in-memory exporter and reader) — ratios against the baseline.

Each mode runs in a process of its own (the "not installed" one hides `opentelemetry` from the import system), kept
alive and driven round by round in a rotating order, so the modes take every position alike. Client CPU per call is
the figure that matters (the part telemetry adds to); wall time is for information (loopback, shared machine).
`python bench/bench_otel.py [--quick]` writes bench/results_otel.json; `bench/run.py --only 8` runs it as a section.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import CLIENT_ID, CLIENT_SECRET, PY, ROOT, Timer, base_urls, median, sandbox_server

CLIENTNO = 2218
MODES = ["not installed", "off", "on, API only (no SDK)", "on, SDK recording"]
Row = Callable[..., None]


def _worker(mode: str, root: str, n: int) -> None:
    """One mode's process: warm up, then answer each `go` line with the per-call CPU and wall time of n calls."""
    if mode == "not installed":
        sys.modules["opentelemetry"] = None  # type: ignore[assignment]  # as if the extra were not installed
    import anyio

    from amili import AmiliClient

    kwargs: dict[str, Any] = {}
    clear: Callable[[], None] = lambda: None  # noqa: E731
    if mode == "off":
        kwargs["telemetry"] = False
    elif mode == "on, SDK recording":
        from opentelemetry.sdk.metrics import MeterProvider
        from opentelemetry.sdk.metrics.export import InMemoryMetricReader
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import SimpleSpanProcessor
        from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

        from amili.telemetry import Telemetry

        exporter = InMemorySpanExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
        meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
        kwargs["telemetry"] = Telemetry(tracer_provider=tracer_provider, meter_provider=meter_provider)
        clear = exporter.clear

    async def main() -> None:
        async with AmiliClient(CLIENT_ID, CLIENT_SECRET, base_urls=base_urls(root), max_retries=1, **kwargs) as amili:
            if mode == "not installed":
                assert amili._telemetry is None
                assert not any(v is not None for k, v in sys.modules.items() if k.startswith("opentelemetry"))
            elif mode != "off":
                assert amili._telemetry is not None
            body: Any = {"metadata": {"userId": "bench"}, "customer": {"customerNo": "1", "name": "Bench"}}
            with contextlib.suppress(Exception):  # another worker created it first
                await amili.arm.customers.create_customer(clientno=CLIENTNO, body=body)
            for _ in range(50):
                await amili.arm.customers.get_customer(clientno=CLIENTNO, customerno="1")
            print("ready", flush=True)
            for line in sys.stdin:
                if line.strip() != "go":
                    break
                with Timer() as t:
                    for _ in range(n):
                        await amili.arm.customers.get_customer(clientno=CLIENTNO, customerno="1")
                clear()
                print(json.dumps({"cpu": t.cpu / n, "wall": t.wall / n}), flush=True)

    anyio.run(main)


def otel_overhead(root: str, n: int, rounds: int, row: Row) -> dict[str, Any]:
    print("8. OpenTelemetry: get_customer not installed / off / on (API only) / on (SDK recording), CPU per call")
    workers = {
        mode: subprocess.Popen(
            [PY, __file__, "--worker", mode, root, str(n)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for mode in MODES
    }
    try:
        for mode, proc in workers.items():
            assert proc.stdout is not None
            line = proc.stdout.readline().strip()
            assert line == "ready", f"{mode}: {line!r}"
        cpus: dict[str, list[float]] = {m: [] for m in MODES}
        walls: dict[str, list[float]] = {m: [] for m in MODES}
        for i in range(rounds):
            order = MODES[i % len(MODES) :] + MODES[: i % len(MODES)]
            for mode in order if (i // len(MODES)) % 2 == 0 else order[::-1]:
                proc = workers[mode]
                assert proc.stdin is not None
                assert proc.stdout is not None
                proc.stdin.write("go\n")
                proc.stdin.flush()
                result = json.loads(proc.stdout.readline())
                cpus[mode].append(result["cpu"])
                walls[mode].append(result["wall"])
    finally:
        for proc in workers.values():
            if proc.stdin is not None:
                proc.stdin.close()
        for proc in workers.values():
            proc.wait(timeout=60)
    base_cpu, base_wall = median(cpus["not installed"]), median(walls["not installed"])
    results: dict[str, Any] = {"not installed": {"cpu_us": base_cpu * 1e6, "wall_us": base_wall * 1e6}}
    goals = {"off": "~1x (one attribute check)", "on, API only (no SDK)": "(info)", "on, SDK recording": "(info)"}
    base = "not installed"
    for mode in MODES[1:]:
        cpu, wall = median(cpus[mode]), median(walls[mode])
        # the ratio of each round (same moment, same load), then their median: steadier on a shared machine
        cpu_ratios = [c / b for c, b in zip(cpus[mode], cpus[base], strict=True)]
        wall_ratios = [w / b for w, b in zip(walls[mode], walls[base], strict=True)]
        row("8", f"get_customer: {mode} client CPU", cpu * 1e6, base_cpu * 1e6, "µs", goals[mode], ratios=cpu_ratios)
        row("8", f"get_customer: {mode} wall", wall * 1e6, base_wall * 1e6, "µs", "(info)", ratios=wall_ratios)
        results[mode] = {"cpu_ratio": median(cpu_ratios), "wall_ratio": median(wall_ratios), "cpu_us": cpu * 1e6}
    return results


def _print_row(
    section: str,
    metric: str,
    value: float,
    baseline: float | None,
    unit: str,
    goal: str = "",
    *,
    ratios: list[float] | None = None,
) -> None:
    middle = median(ratios) if ratios else (value / baseline if baseline else None)
    ratio = f"{middle:.3f}x" if middle is not None else "-"
    if ratios:
        ratio += f" [{min(ratios):.2f}-{max(ratios):.2f}]"
    print(f"  {metric:<52} {value:>10.4g} {unit:<3} baseline {baseline or 0:>10.4g}  ratio {ratio:>8}  {goal}")


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        _worker(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    started = time.perf_counter()
    with sandbox_server() as root:
        results = otel_overhead(root, 100 if args.quick else 300, 6 if args.quick else 12, _print_row)
    results["elapsed_s"] = time.perf_counter() - started
    if not args.quick:
        (ROOT / "bench" / "results_otel.json").write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
