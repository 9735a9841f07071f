"""`amili specs drift report`: a drift file summarised per operation (what departs, where, how often, since when)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from .events import DriftEvent
from .patch import PATCHABLE

__all__ = ["render_report", "summary"]


def _seen(event: DriftEvent) -> str:
    seen = event.seen
    if isinstance(seen, dict):
        if "value" in seen:
            return repr(seen["value"])
        if "status" in seen:
            return f"HTTP {seen['status']}" + (f" {seen['content_type']}" if seen.get("content_type") else "")
        if "content_type" in seen:
            return str(seen["content_type"] or "(no content type)")
        kind = str(seen.get("type", "?"))
        return f"{kind} ({seen['format']})" if seen.get("format") else kind
    return "absent" if seen is None else repr(seen)


def summary(events: Iterable[DriftEvent]) -> dict[str, Any]:
    """Per operation: departures (kind, path, seen, count, first seen) and totals; JSON-friendly."""
    operations: dict[str, Any] = {}
    by_op: dict[str, list[DriftEvent]] = defaultdict(list)
    for event in events:
        by_op[event.operation].append(event)
    for operation in sorted(by_op):
        items = sorted(by_op[operation], key=lambda e: (e.kind, e.path))
        operations[operation] = {
            "departures": len(items),
            "sightings": sum(e.count for e in items),
            "events": [
                {
                    "kind": e.kind,
                    "path": e.path,
                    "status": e.status,
                    "spec": e.spec.get("says", ""),
                    "seen": _seen(e),
                    "count": e.count,
                    "first_seen": e.first_seen,
                    "patchable": e.kind in PATCHABLE,
                }
                for e in items
            ],
        }
    total = sum(op["departures"] for op in operations.values())
    return {"operations": operations, "departures": total}


def render_report(events: Iterable[DriftEvent]) -> str:
    data = summary(events)
    if not data["operations"]:
        return "no drift recorded: every response matched the spec\n"
    lines = []
    for operation, info in data["operations"].items():
        lines.append(f"{operation}: {info['departures']} departure(s), {info['sightings']} sighting(s)")
        width = max(len(e["path"]) for e in info["events"])
        for e in info["events"]:
            mark = " " if e["patchable"] else "!"
            since = f"  since {e['first_seen'][:10]}" if e["first_seen"] else ""
            lines.append(
                f" {mark} {e['kind']:<25} {e['path']:<{width}}  HTTP {e['status']}  seen {e['seen']}"
                f" (spec: {e['spec'] or '-'})  x{e['count']}{since}"
            )
    patchable = sum(1 for info in data["operations"].values() for e in info["events"] if e["patchable"])
    lines.append("")
    lines.append(
        f"{data['departures']} departure(s) in {len(data['operations'])} operation(s); {patchable} can be proposed "
        "as a spec patch (`amili specs drift patch FILE`), those marked ! need a maintainer's review."
    )
    return "\n".join(lines) + "\n"
