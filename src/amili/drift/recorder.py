"""The drift file: JSONL, one `event` line per (operation, path, kind), plus `tally` lines with counts.

A process writes at most `MAX_DISTINCT` events and, when its client closes, at most one `tally` line per event it
kept plus one `overflow` line counting the sightings of departures past that bound: the file grows with the
distinct departures kept, never with the traffic.

Several processes (FastAPI workers) may share one file: appends happen under an exclusive `flock`, after reading
what the others appended since, so a departure is written once. Counts are kept in memory and appended as `tally`
lines when the client closes; `read_drift_file` sums them. File work runs in a worker thread, never on the loop.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import anyio
import attrs

from .events import DriftEvent

__all__ = ["DriftRecorder", "read_drift_file"]

FORMAT_VERSION = 1
_EVENT_FIELDS = {f.name for f in attrs.fields(DriftEvent)}


@contextlib.contextmanager
def _locked(handle: IO[str]) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: appends are still whole lines
        yield
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class DriftRecorder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._keys: set[tuple[str, str, str]] = set()
        self._offset = 0

    async def append(self, events: list[DriftEvent]) -> None:
        await anyio.to_thread.run_sync(self._append, events)

    async def tally(self, counts: Mapping[tuple[str, str, str], int], *, overflow: int = 0) -> None:
        await anyio.to_thread.run_sync(self._tally, counts, overflow)

    def _append(self, events: list[DriftEvent]) -> None:
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a+", encoding="utf-8") as handle, _locked(handle):
            self._catch_up(handle)
            lines = []
            for event in events:
                if event.key in self._keys:
                    continue
                self._keys.add(event.key)
                record = {"v": FORMAT_VERSION, "type": "event", **event.as_dict(), "first_seen": now}
                lines.append(json.dumps(record, sort_keys=True, default=str) + "\n")
            if lines:
                handle.write("".join(lines))
                handle.flush()
            self._offset = handle.tell()

    def _catch_up(self, handle: IO[str]) -> None:
        """Keys written by other processes since this one last looked."""
        handle.seek(self._offset)
        for line in handle:
            record = _parse(line)
            if record is not None and record.get("type") == "event":
                self._keys.add((record["operation"], record["path"], record["kind"]))
        handle.seek(0, 2)

    def _tally(self, counts: Mapping[tuple[str, str, str], int], overflow: int = 0) -> None:
        lines = [
            json.dumps(
                {"v": FORMAT_VERSION, "type": "tally", "operation": op, "path": path, "kind": kind, "count": n},
                sort_keys=True,
            )
            + "\n"
            for (op, path, kind), n in counts.items()
            if n > 0
        ]
        if overflow > 0:  # sightings of departures past the per-client bound, counted together
            lines.append(json.dumps({"v": FORMAT_VERSION, "type": "overflow", "count": overflow}) + "\n")
        if not lines:
            return
        with self.path.open("a", encoding="utf-8") as handle, _locked(handle):
            handle.write("".join(lines))


def _parse(line: str) -> dict[str, Any] | None:
    line = line.strip()
    if not line:
        return None
    try:
        record = json.loads(line)
    except ValueError:
        return None
    return record if isinstance(record, dict) and {"operation", "path", "kind"} <= record.keys() else None


def read_drift_file(path: Path) -> list[DriftEvent]:
    """The distinct events of a drift file, each with its total count (sum of tallies; 1 if none was written)."""
    events: dict[tuple[str, str, str], DriftEvent] = {}
    counts: dict[tuple[str, str, str], int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = _parse(line)
        if record is None:
            continue
        if record.get("type") == "tally":  # its kind is the event key's (one per enum value)
            key = (record["operation"], record["path"], record["kind"])
            counts[key] = counts.get(key, 0) + int(record.get("count", 0))
            continue
        event = DriftEvent(**{k: v for k, v in record.items() if k in _EVENT_FIELDS})
        if event.key not in events:
            events[event.key] = event
    return [attrs.evolve(e, count=max(counts.get(k, 0), 1)) for k, e in events.items()]
