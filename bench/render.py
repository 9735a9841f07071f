"""Write docs/benchmarks.md (issue 30's goals table, the profile of one warm call, every row) and the README's
three-line summary from bench/results.json and bench/results_profile.json (`python bench/render.py`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- section: benchmarks -->", "<!-- /section: benchmarks -->"

# Issue 30's goals: (metric, before = issue 30's figures / the previous round's run, goal, keys of the rows that
# measure it, met(key, row) test on the median).
GOALS: list[tuple[str, str, str, list[str], Any]] = [
    (
        "façade client CPU per call vs raw aiohttp, k = 1 / 16 / 256",
        "3.5x / 4.7x / 3.5x",
        "<= 2.5x / <= 2x / <= 2.5x",
        ["cpu_vs_aiohttp_1", "cpu_vs_aiohttp_16", "cpu_vs_aiohttp_256"],
        lambda key, r: r["ratio"] <= (2.0 if key.endswith("_16") else 2.5),
    ),
    (
        "façade on the httpx backend: client CPU per call vs plain httpx, k = 1 / 16 / 256",
        "1.20x / 0.53x / 0.39x",
        "<= 1.0x",
        ["httpx_cpu_1", "httpx_cpu_16", "httpx_cpu_256"],
        lambda key, r: r["ratio"] <= 1.0,
    ),
    (
        "bulk `submit_many` 100k documents: items/s vs the hand-written httpx loop",
        "0.84x",
        ">= 1.0x",
        ["bulk_items"],
        lambda key, r: r["ratio"] >= 1.0,
    ),
    (
        "bulk: client CPU vs the hand-written httpx loop",
        "2.45x",
        "<= 1.5x",
        ["bulk_cpu"],
        lambda key, r: r["ratio"] <= 1.5,
    ),
    (
        "bulk: peak RSS vs the hand-written httpx loop",
        "1.20x (77.7 vs 64.9 MB)",
        "<= 1.10x",
        ["bulk_rss"],
        lambda key, r: r["ratio"] <= 1.10,
    ),
    (
        "bulk on the httpx backend (info): items/s / client CPU / peak RSS vs the same hand loop",
        "not measured",
        "(info: not a goal)",
        ["bulk_httpx_items_per_s", "bulk_httpx_cpu_s", "bulk_httpx_peak_rss_mb"],
        None,
    ),
    (
        "bulk: peak RSS growth per item from 100k to 1M documents (what the run keeps per item)",
        "not measured (19 bytes/item from 10k to 100k)",
        "flat: <= 64 bytes/item",
        ["bulk_1m"],
        lambda key, r: r["value"] <= 64,
    ),
    (
        "`from amili import AmiliClient` vs `import httpx`, runtime-only environment",
        "1.66x (1.23x in a full venv)",
        "<= 1.10x",
        ["import"],
        lambda key, r: r["ratio"] <= 1.10,
    ),
    (
        "the same plus `AmiliClient(...)` (what the import no longer loads: httpx, attrs, models, the request path)",
        "1.53x (stop 24: the import loaded it all; compiled from source)",
        "(info: not a goal)",
        ["import_construct"],
        None,
    ),
    (
        "1,000 calls, token expired server-side: wall vs fresh token, httpx backend (aiohttp backend)",
        "1.26x (1.07x)",
        "<= 1.15x",
        ["storm_wall_httpx", "storm_wall_aiohttp"],
        lambda key, r: r["ratio"] <= 1.15,
    ),
    (
        "1,000 calls, token expired server-side: requests sent, httpx / aiohttp backend (a guarantee kept)",
        "1,100 / 1,100",
        "<= 1,100",
        ["storm_sent_httpx", "storm_sent_aiohttp"],
        lambda key, r: r["value"] <= 1100,
    ),
]


def fmt(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"


def ratio_text(r: dict[str, Any]) -> str:
    if r.get("ratio") is None:
        return "-"
    text = f"{r['ratio']:.2f}x"
    if r.get("ratio_min") is not None:
        text += f" ({r['ratio_min']:.2f}-{r['ratio_max']:.2f})"
    return text


def goals_table(rows: list[dict[str, Any]]) -> list[str]:
    by_key = {r["key"]: r for r in rows if r.get("key")}
    lines = ["| metric | before (issue 30) | now: median (min-max of rounds) | goal | met |", "|---|---|---|---|---|"]
    for metric, before, goal, keys, met in GOALS:
        found = [(k, by_key[k]) for k in keys if k in by_key]
        if not found:
            lines.append(f"| {metric} | {before} | not measured in this run | {goal} | - |")
            continue
        if keys[0].startswith("storm_sent"):  # absolute counts
            now = " / ".join(f"{fmt(r['value'])}" for _, r in found)
        elif keys[0] == "bulk_1m":
            now = " / ".join(f"{r['value']:.0f} bytes/item" for _, r in found)
        else:
            now = " / ".join(ratio_text(r) for _, r in found)
        verdicts = ["-" if met is None else "yes" if met(k, r) else "no" for k, r in found]
        ok = verdicts[0] if len(set(verdicts)) == 1 else " / ".join(verdicts)
        lines.append(f"| {metric} | {before} | {now} | {goal} | {ok} |")
    return lines


def profile_section() -> list[str]:
    path = ROOT / "bench" / "results_profile.json"
    if not path.exists():
        return []
    lines = [
        "## Where one warm call's time goes",
        "",
        "`get_customer` against the trivial server, one call in flight, 2,000 warm calls under cProfile",
        "(`bench/profile_call.py`, run by `make bench`). Each layer's share is its inclusive time minus the next",
        "layer's; the profiler inflates absolute times (shown for scale only), the shares much less.",
        "",
    ]
    for result in json.loads(path.read_text()):
        lines += [
            f"**{result['backend']} backend** ({result['profiled_us_per_call']:,.0f} µs per call under the profiler)",
            "",
            "| share | where |",
            "|---|---|",
        ]
        lines += [f"| {r['share']:.1%} | {r['layer']} |" for r in result["layers"] + result["details"]]
        lines.append("")
    return lines


def main() -> None:
    data = json.loads((ROOT / "bench" / "results.json").read_text())
    m = data["machine"]
    rows = data["rows"]
    load = ", ".join(f"{x:.1f}" for x in m.get("load_average_at_start", []))
    doc = [
        "# Benchmarks",
        "",
        "`make bench` (< 10 min) prints every row and writes `bench/results.json`; `python bench/render.py` writes",
        "this page. Each figure is a ratio against a baseline measured in the same run: contenders run interleaved",
        "round by round (order rotating), and the ratio is the median of the per-round ratios, with their min and",
        "max. Never timed assertions in tests: correctness lives in `tests/`, speed here.",
        "",
        f"Last run: {m['cpu']}, {m['cores']} cores, Python {m['python']}, httpx {m['httpx']}, {m['os']}; load",
        f"average at start {load}, {data['elapsed_s']:.0f} s.",
        "",
        "## Issue 30 goals",
        "",
        *goals_table(rows),
        "",
        *profile_section(),
        "## Sections",
        "",
        "1. **client-only**: GET + JSON decode of one customer against `bench/_trivial_server.py` (asyncio, own",
        "   process, a few µs per request), so the client is what is measured. Contenders: raw `aiohttp`, plain",
        "   `httpx.AsyncClient`, httpx with the SDK's aiohttp transport, httpx with the SDK's sharded httpx pool, the",
        "   façade on each backend. CPU is the client process's CPU time per call.",
        "2. **expired token**: 1,000 concurrent calls right after the server rotated its token (every issued one now",
        "   401), against the same burst with a valid token; requests counted by the server.",
        "3. **end to end** against the loopback sandbox (`python -m amili.sandbox`, validates every request).",
        "4. **bulk** `submit_many` of 100,000 ARM documents vs a hand-written httpx loop (same chunks, concurrency",
        "   and poll schedule; client CPU is the process's CPU time over the run), 3 rounds, order alternating; one",
        "   more round on the SDK's httpx backend (the hand loop's own HTTP stack). Peak RSS is `VmHWM` of each",
        "   measuring process; its growth per item is measured from 10,000 to 100,000 items and from 100,000 to",
        "   1,000,000 (one run of a million documents). The in-process rows are `bench/bench_batches.py`: the batch",
        "   engine against the in-process sandbox, whose stored documents and request log hold most of that RSS.",
        "5. **import**: fresh `python -S` processes whose path holds only the runtime dependencies (no dev tools:",
        "   in a dev venv `import httpx` also imports rich and click for its CLI), every module's bytecode cached as",
        "   a pip install leaves it, interleaved; the import alone (the goal) and the import plus `AmiliClient(...)`,",
        "   which now loads what the import defers.",
        "6. **polling** cost per batch under a virtual-time event loop; 7. **spec-drift detection** overhead;",
        "   8. **OpenTelemetry** on / off; 9. **profile** of one warm call (above).",
        "",
        "## Every row",
        "",
        "| # | metric | SDK | baseline | ratio (min-max) | goal |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        if "value" not in r:
            doc.append(f"| {r['section']} | {r['metric']} (exit {r.get('exit_code')}) | see results.json | | | |")
            continue
        unit = r["unit"]
        doc.append(
            f"| {r['section']} | {r['metric']} | {fmt(r['value'])} {unit} | {fmt(r['baseline'])} {unit} "
            f"| {ratio_text(r)} | {r['goal']} |"
        )
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "benchmarks.md").write_text("\n".join(doc) + "\n")

    by_key = {r["key"]: r for r in rows if r.get("key")}

    def ratio(key: str) -> str:
        return f"{by_key[key]['ratio']:.1f}x" if key in by_key and by_key[key].get("ratio") else "n/a"

    summary = [
        START,
        f"Against a trivial server at 16 in flight the façade sends {ratio('rps_vs_httpx_16')} the requests per second"
        f" of a plain `httpx.AsyncClient` (aiohttp transport, `amili-sdk[fast]`), at {ratio('cpu_vs_aiohttp_16')}"
        " the client CPU of raw aiohttp;",
        f"1,000 calls whose token expired server-side send {fmt(by_key.get('storm_sent_aiohttp', {}).get('value'))}"
        " requests, not 2,000. Every figure, how it is measured and the goals: [docs/benchmarks.md](docs/benchmarks.md)"
        " (`make bench`).",
        END,
    ]
    readme = ROOT / "README.md"
    text = readme.read_text()
    if START in text:
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        readme.write_text(head + "\n".join(summary) + tail)


if __name__ == "__main__":
    main()
