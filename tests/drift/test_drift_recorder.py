"""amili.drift recorder: the drift file is bounded like the events — at most `MAX_DISTINCT` event lines and one
tally line per kept event, plus one `overflow` line counting the sightings past the bound."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from amili import AmiliClient, StaticToken
from amili.drift import SpecDrift, read_drift_file
from amili.drift.monitor import MAX_DISTINCT

CUSTOMER = {"customerNo": "1", "name": "Kari Nordmann"}


def _letters(n: int) -> str:
    out = ""
    while n:
        n, digit = divmod(n, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[digit]
    return out


def _client(path: Path) -> tuple[AmiliClient, list[int]]:
    calls = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        calls[0] += 1
        # A new unknown field every call, named like a property (keys with 4+ digits are data: a map's keys).
        return httpx.Response(200, json={**CUSTOMER, f"field{_letters(calls[0])}": 1})

    client = AmiliClient(
        token_provider=StaticToken("t"),
        transport=httpx.MockTransport(handler),
        spec_drift=SpecDrift("record", path=path, sample_rate=1.0),
    )
    return client, calls


async def test_3000_new_departures_give_a_bounded_file_and_count_the_overflow(tmp_path: Path) -> None:
    path = tmp_path / "drift.jsonl"
    client, calls = _client(path)
    async with client as amili:
        for _ in range(3000):
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
        monitor = amili.spec_drift
        assert monitor is not None
        assert len(monitor.events) == MAX_DISTINCT
    assert calls[0] == 3000
    records: list[dict[str, Any]] = [json.loads(line) for line in path.read_text().splitlines()]
    kinds = [r["type"] for r in records]
    assert kinds.count("event") == MAX_DISTINCT
    assert kinds.count("tally") == MAX_DISTINCT  # was 3,000: one per departure ever seen
    assert len(records) == 2 * MAX_DISTINCT + 1
    assert [r["count"] for r in records if r["type"] == "overflow"] == [3000 - MAX_DISTINCT]
    assert monitor.overflow == 3000 - MAX_DISTINCT
    events = read_drift_file(path)  # the overflow line is not an event
    assert len(events) == MAX_DISTINCT and all(e.count == 1 for e in events)


async def test_kept_departures_are_still_counted_past_the_bound(tmp_path: Path, monkeypatch: Any) -> None:
    from amili.drift import monitor as monitor_module

    monkeypatch.setattr(monitor_module, "MAX_DISTINCT", 2)
    path = tmp_path / "drift.jsonl"
    bodies = [{**CUSTOMER, "a": 1}, {**CUSTOMER, "b": 1}, {**CUSTOMER, "c": 1}, {**CUSTOMER, "a": 1}]
    answers = iter(bodies)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=next(answers))

    async with AmiliClient(
        token_provider=StaticToken("t"),
        transport=httpx.MockTransport(handler),
        spec_drift=SpecDrift("record", path=path, sample_rate=1.0),
    ) as amili:
        for _ in bodies:
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
        assert amili.spec_drift is not None and amili.spec_drift.overflow == 1
    counts = {e.path: e.count for e in read_drift_file(path)}
    assert counts == {"$.a": 2, "$.b": 1}
    assert sum(1 for line in path.read_text().splitlines() if '"overflow"' in line) == 1
