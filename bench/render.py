"""Write docs/benchmarks.md (issue 19's goals table + every row) and the README's three-line summary from
bench/results.json (`python bench/render.py`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
START, END = "<!-- section: benchmarks -->", "<!-- /section: benchmarks -->"

# Issue 19's goals: (metric, "today" before this work, goal, keys of the rows that measure it, met(ratio) test).
GOALS: list[tuple[str, str, str, list[str], Any]] = [
    (
        "façade CPU per call vs raw aiohttp, k = 1 / 16 / 256",
        "4.3x / 13.9x / 15.2x",
        "<= 3x",
        ["cpu_vs_aiohttp_1", "cpu_vs_aiohttp_16", "cpu_vs_aiohttp_256"],
        lambda r: r <= 3.0,
    ),
    (
        "façade req/s vs plain httpx.AsyncClient, k = 16 / 256",
        "0.93x / 0.94x",
        ">= 3.5x",
        ["rps_vs_httpx_16", "rps_vs_httpx_256"],
        lambda r: r >= 3.5,
    ),
    (
        "façade req/s vs httpx + the same (aiohttp) transport, k = 1 / 16 / 256",
        "-",
        ">= 0.9x",
        ["rps_vs_same_1", "rps_vs_same_16", "rps_vs_same_256"],
        lambda r: r >= 0.9,
    ),
    (
        "1,000 calls, token expired server-side: wall vs fresh token (aiohttp / httpx backend)",
        "1.9x",
        "<= 1.15x",
        ["storm_wall_aiohttp", "storm_wall_httpx"],
        lambda r: r <= 1.15,
    ),
    (
        "1,000 calls, token expired server-side: requests sent (aiohttp / httpx backend)",
        "2,000",
        "<= 1,100",
        ["storm_sent_aiohttp", "storm_sent_httpx"],
        None,
    ),
    (
        "`from amili import AmiliClient` vs `import httpx`, runtime-only environment",
        "1.30x",
        "<= 1.10x",
        ["import"],
        lambda r: r <= 1.10,
    ),
    (
        "per-call CPU, façade on the httpx backend vs plain httpx, k = 1 / 16 / 256",
        "1.11-1.18x",
        "<= 1.05x",
        ["httpx_cpu_1", "httpx_cpu_16", "httpx_cpu_256"],
        lambda r: r <= 1.05,
    ),
    (
        "per-call wall, façade on the httpx backend vs plain httpx, k = 1 / 16 / 256",
        "1.11x",
        "<= 1.05x",
        ["httpx_wall_1", "httpx_wall_16", "httpx_wall_256"],
        lambda r: r <= 1.05,
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
    lines = ["| metric | before (issue 19) | now: median (min-max of rounds) | goal | met |", "|---|---|---|---|---|"]
    for metric, before, goal, keys, met in GOALS:
        found = [by_key[k] for k in keys if k in by_key]
        if not found:
            lines.append(f"| {metric} | {before} | not measured in this run | {goal} | - |")
            continue
        if met is None:  # absolute counts
            now = " / ".join(f"{fmt(r['value'])}" for r in found)
            ok = all(r["value"] <= 1100 for r in found)
        else:
            now = " / ".join(ratio_text(r) for r in found)
            ok = all(met(r["ratio"]) for r in found)
        lines.append(f"| {metric} | {before} | {now} | {goal} | {'yes' if ok else 'no'} |")
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
        f"average at start {load} (a shared machine: other jobs ran alongside), {data['elapsed_s']:.0f} s.",
        "",
        "## Issue 19 goals",
        "",
        *goals_table(rows),
        "",
        "## Sections",
        "",
        "1. **client-only**: GET + JSON decode of one customer against `bench/_trivial_server.py` (asyncio, own",
        "   process, a few µs per request), so the client is what is measured. Contenders: raw `aiohttp`, plain",
        "   `httpx.AsyncClient`, httpx with the SDK's aiohttp transport, httpx with the SDK's sharded httpx pool, the",
        "   façade on each backend. CPU is the client process's CPU time per call.",
        "2. **expired token**: 1,000 concurrent calls right after the server rotated its token (every issued one now",
        "   401), against the same burst with a valid token; requests counted by the server.",
        "3. **end to end** against the loopback sandbox (`python -m amili.sandbox`, validates every request).",
        "4. **bulk** `submit_many` vs a hand-written httpx loop; peak RSS is `VmHWM` of each measuring process.",
        "5. **import**: fresh `python -S` processes whose path holds only the runtime dependencies (no dev tools:",
        "   in a dev venv `import httpx` also imports rich and click for its CLI), pairs interleaved.",
        "6. **polling** cost per batch under a virtual-time event loop; 7. **spec-drift detection** overhead.",
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
        "## Benchmarks",
        "",
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
