"""Where a client's start-up cost goes (issue 30): import, import + construct, import + construct + first call.

Each sample is a fresh `python -S` process in the runtime-only environment of `run.py` section 5 (`runtime_env`),
timing three stages cumulatively: `from amili import AmiliClient`; then `AmiliClient(...)`; then one
`arm.customers.get_customer` against a loopback sandbox (token grant included, as a first call has it). Wall time
and CPU time (`time.process_time`) of the child, medians over interleaved runs; `import httpx` alone for scale.

    .venv/bin/python bench/bench_import.py [--runs 15] [--compiled] [--other DIR]

`--compiled`: bytecode as a pip install leaves it (each tree's `.pyc` written once to a private cache,
`PYTHONPYCACHEPREFIX`), instead of the default environment (`PYTHONDONTWRITEBYTECODE=1` here: every amili module
is compiled from source in every process, while the installed dependencies ship their `.pyc`).
`--other DIR`: a second runtime dir (e.g. one whose `amili` links to another checkout's src/amili) timed
interleaved with this checkout's, labelled `other`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
from pathlib import Path

import anyio
from _common import CLIENT_ID, CLIENT_SECRET, PY, base_urls, env, sandbox_server
from run import CLIENTNO, facade, runtime_env, seed_customer

CHILD = """
import time, json, sys
w0, c0 = time.perf_counter(), time.process_time()
def mark():
    return [(time.perf_counter() - w0) * 1e3, (time.process_time() - c0) * 1e3]
out = {}
if sys.argv[1] == "httpx":
    import httpx
    out["import"] = mark()
else:
    from amili import AmiliClient
    out["import"] = mark()
    client = AmiliClient(sys.argv[3], sys.argv[4], base_urls=json.loads(sys.argv[2]), max_retries=1)
    out["construct"] = mark()
    if sys.argv[1] == "call":
        import asyncio
        async def call():
            async with client:
                await client.arm.customers.get_customer(clientno=int(sys.argv[5]), customerno="1")
        asyncio.run(call())
        out["first call"] = mark()
    out["modules"] = len(sys.modules)
print(json.dumps(out))
"""


def _sample(path: Path, mode: str, urls: str, cache: str | None) -> dict[str, list[float]]:
    environ = {**env(), "PYTHONPATH": str(path)}
    if cache is not None:
        environ.pop("PYTHONDONTWRITEBYTECODE", None)
        environ["PYTHONPYCACHEPREFIX"] = cache
    argv = [PY, "-S", "-c", CHILD, mode, urls, CLIENT_ID, CLIENT_SECRET, str(CLIENTNO)]
    out = subprocess.check_output(argv, env=environ, cwd="/", text=True)
    return json.loads(out)  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--compiled", action="store_true")
    parser.add_argument("--other", type=Path, default=None)
    args = parser.parse_args()
    trees = {"this": runtime_env()}
    if args.other is not None:
        trees["other"] = args.other
    with sandbox_server() as root, tempfile.TemporaryDirectory() as tmp:

        async def seed() -> None:
            async with facade(root) as amili:
                await seed_customer(amili)

        anyio.run(seed)
        urls = json.dumps(base_urls(root))
        caches = {name: (f"{tmp}/{name}" if args.compiled else None) for name in trees}
        for name, path in trees.items():  # warm-up (writes the bytecode cache with --compiled)
            _sample(path, "call", urls, caches[name])
            _sample(path, "httpx", urls, caches[name])
        samples: dict[tuple[str, str], list[dict[str, list[float]]]] = {}
        jobs = [(name, mode) for name in trees for mode in ("httpx", "construct", "call")]
        for i in range(args.runs):
            for name, mode in jobs if i % 2 == 0 else jobs[::-1]:
                samples.setdefault((name, mode), []).append(_sample(trees[name], mode, urls, caches[name]))
    print(f"{'bytecode cached' if args.compiled else 'compiled from source (env default)'}; {args.runs} runs")
    for (name, mode), runs in samples.items():
        for stage in ("import", "construct", "first call"):
            if stage not in runs[0]:
                continue
            wall = statistics.median(r[stage][0] for r in runs)
            cpu = statistics.median(r[stage][1] for r in runs)
            lo, hi = min(r[stage][0] for r in runs), max(r[stage][0] for r in runs)
            label = "import httpx" if mode == "httpx" else f"{mode}: {stage}"
            print(f"  {name:5} {label:28} wall {wall:7.1f} ms [{lo:6.1f}-{hi:6.1f}]  cpu {cpu:7.1f} ms")
        if "modules" in runs[0]:
            print(f"  {name:5} {mode + ': modules loaded':28} {runs[0]['modules']}")


if __name__ == "__main__":
    main()
