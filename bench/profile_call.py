"""Where one warm call's time goes: `get_customer` against bench/_trivial_server.py, one call in flight, under
cProfile, on each backend. Each layer's share is its inclusive time minus the next layer's (cProfile counts a
coroutine only while it runs, so these are CPU shares; the profiler inflates absolute times, shares less so).
Writes bench/results_profile.json (rendered by bench/render.py); `make bench` runs it last."""

from __future__ import annotations

import cProfile
import json
import pstats
import sys
from pathlib import Path
from typing import Any

import anyio

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import CLIENTNO, facade, trivial_server

ROOT = Path(__file__).resolve().parent.parent
CALLS = 2000

_OPERATION = "façade `Operation` (input checks, parse to the model, typed errors, telemetry hook)"
# (label, file suffix, function name): outermost first; each layer's own share excludes the next one's.
LAYERS = {
    "aiohttp": [
        (_OPERATION, "operations.py", "__call__"),
        ("`Route.send` (request from the server's template)", "_route.py", "send"),
        ("retry engine (policy, overload guard, deadline, bounded read)", "retry.py", "handle_async_request"),
        ("connection gate (admission, credentials)", "gate.py", "handle_async_request"),
        ("SDK's aiohttp backend (httpx Request -> aiohttp, Response back)", "aiohttp.py", "handle_async_request"),
        ("aiohttp's `ClientSession._request` (writing, waiting for the head)", "client.py", "_request"),
    ],
    "httpx": [
        (_OPERATION, "operations.py", "__call__"),
        ("`Route.send` (request from the server's template)", "_route.py", "send"),
        ("retry engine (policy, overload guard, deadline, bounded read)", "retry.py", "handle_async_request"),
        ("connection gate (admission, credentials)", "gate.py", "handle_async_request"),
        ("SDK's sharded httpx pool", "pool.py", "handle_async_request"),
        ("httpx's `AsyncHTTPTransport` / httpcore", "default.py", "handle_async_request"),
    ],
}
DETAILS = [
    ("of which: building the `Customer` model from the JSON (`from_dict`)", "customer.py", "from_dict"),
    ("of which: reading the body (bounded)", "_body.py", "read_bounded"),
    ("of which: the overload guard (budget, breaker, back-off: `_overload.py`'s own time)", "_overload.py", "*"),
    ("of which: the telemetry hook (`telemetry.py`'s own time; no provider set here, so skipped)", "telemetry.py", "*"),
    ("of which: building httpx `Request` / `Response` / `Headers` (the largest `__init__`)", "_models.py", "__init__"),
]


def _inclusive(stats: pstats.Stats, suffix: str, name: str) -> float:
    """The function's inclusive time; for `*`, the own (exclusive) time of every function in the file."""
    total = 0.0
    for (path, _line, func), (_cc, _nc, tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        if not path.endswith(suffix):
            continue
        if name == "*":
            total += tt
        elif func == name:
            total = max(total, ct)
    return total


async def _profile(root: str, backend: str) -> dict[str, Any]:
    async with facade(root, backend) as amili:
        get = amili.arm.customers.get_customer
        for _ in range(300):
            await get(clientno=CLIENTNO, customerno="1")
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(CALLS):
            await get(clientno=CLIENTNO, customerno="1")
        profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt  # type: ignore[attr-defined]
    layers = LAYERS[backend]
    inclusive = [_inclusive(stats, suffix, name) for _, suffix, name in layers]
    rows = []
    for i, (label, _, _) in enumerate(layers):
        own = inclusive[i] - (inclusive[i + 1] if i + 1 < len(layers) else 0.0)
        rows.append({"layer": label, "share": own / total})
    rows.append(
        {
            "layer": "outside the call's frames (event loop, socket callbacks, aiohttp/h11 parsing)",
            "share": (total - inclusive[0]) / total,
        }
    )
    details = [{"layer": label, "share": _inclusive(stats, s, n) / total} for label, s, n in DETAILS]
    return {
        "backend": backend,
        "calls": CALLS,
        "profiled_us_per_call": total / CALLS * 1e6,
        "layers": rows,
        "details": details,
    }


def main() -> None:
    out = []
    with trivial_server() as root:
        for backend in ("aiohttp", "httpx"):
            result = anyio.run(_profile, root, backend)
            out.append(result)
            print(f"{backend}: {result['profiled_us_per_call']:.0f} µs per call under cProfile")
            for r in result["layers"] + result["details"]:
                print(f"  {r['share']:6.1%}  {r['layer']}")
    (ROOT / "bench" / "results_profile.json").write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
