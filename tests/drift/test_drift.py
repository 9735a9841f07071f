"""Spec-drift detection in the client (issue 21 items 1-2): what is detected, redacted, recorded, and when it raises."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from amili import AmiliClient, AmiliError, ConfigurationError, ResponseValidationError, StaticToken
from amili.drift import SpecDrift, SpecDriftError, read_drift_file

CUSTOMER = {"customerNo": "1", "name": "Kari Nordmann", "limitAmount": 1234.5}
BATCH = {
    "data": {
        "batchId": "0b0f2b8e-4c1a-4a57-8d1e-2f4a3c5d6e7f",
        "status": "SUCCESS",
        "organizationId": "1e4e0c2a-9c84-4d2b-a3c6-7f6f8d0b1a2c",
    }
}


def _client(handler: Callable[[httpx.Request], httpx.Response], **kwargs: Any) -> AmiliClient:
    return AmiliClient(token_provider=StaticToken("t"), transport=httpx.MockTransport(handler), **kwargs)


def _answer(body: Any = None, status: int = 200, headers: dict[str, str] | None = None, **kw: Any) -> Callable:
    def handler(request: httpx.Request) -> httpx.Response:
        if body is None and "content" not in kw:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers, **kw)

    return handler


def _kinds(amili: AmiliClient) -> dict[tuple[str, str], Any]:
    assert amili.spec_drift is not None
    return {(e.kind, e.path): e for e in amili.spec_drift.events}


async def test_a_response_that_matches_the_spec_has_no_drift() -> None:
    async with _client(_answer(CUSTOMER), spec_drift="log") as amili:
        customer = await amili.arm.customers.get_customer(clientno=1, customerno="1")
        assert customer.name == "Kari Nordmann"
        assert _kinds(amili) == {}


async def test_unknown_property_is_typed_from_what_was_seen_and_the_value_redacted() -> None:
    body = {**CUSTOMER, "loyalty": {"tier": "gold", "since": "2024-01-31", "points": 120}}
    async with _client(_answer(body), spec_drift="log") as amili:
        customer = await amili.arm.customers.get_customer(clientno=1, customerno="1")
        assert customer.additional_properties["loyalty"]["tier"] == "gold"  # tolerant: the call still works
        event = _kinds(amili)[("unknown_property", "$.loyalty")]
    assert event.operation == "arm.customers.get_customer"
    assert event.status == 200 and event.method == "GET" and event.route == "/clients/{clientno}/customers/{customerno}"
    assert event.spec["at"] == "#/components/schemas/Customer"
    assert event.seen == {
        "type": "object",
        "properties": {
            "tier": {"type": "string"},
            "since": {"type": "string", "format": "date"},
            "points": {"type": "integer"},
        },
    }
    assert event.sample == {"tier": "<string len=4>", "since": "<string len=10 date>", "points": "<integer>"}
    assert "gold" not in json.dumps(event.as_dict())


async def test_unknown_enum_value_is_reported_with_the_code() -> None:
    body = {"data": {**BATCH["data"], "status": "ON_HOLD"}}
    async with _client(_answer(body), spec_drift="log") as amili:
        batch = await amili.autocollect.batches.get_batch(
            organization_id="6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", batch_id="3f2b8c1e-9a4d-4e1b-8f2a-0c6d5e7f8a9b"
        )
        assert str(batch.data.status) in ("ON_HOLD", "BatchStatus.ON_HOLD")  # forward-compatible enum parses
        event = _kinds(amili)[("unknown_enum_value", "$.data.status")]
    assert event.seen == {"type": "string", "value": "ON_HOLD"}
    assert event.spec["at"] == "#/components/schemas/BatchStatus"
    assert "SUCCESS" in event.spec["says"]


async def test_missing_required_and_wrong_type_are_recorded_before_the_parse_fails() -> None:
    body = {"name": "Kari", "limitAmount": "1234.50", "vatLiable": 1, "dateOfBirth": "31.01.1990"}
    async with _client(_answer(body), spec_drift="log") as amili:
        with pytest.raises(ResponseValidationError):
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
        found = _kinds(amili)
    assert ("missing_property", "$.customerNo") in found  # customerNo is a guessed requirement
    assert found[("wrong_type", "$.limitAmount")].seen == {"type": "string"}
    assert found[("wrong_type", "$.limitAmount")].sample == "<string len=7>"  # an amount: never the value
    assert found[("wrong_type", "$.vatLiable")].spec["says"] == "boolean"
    assert found[("wrong_type", "$.dateOfBirth")].spec["says"] == "string (date)"


async def test_array_items_and_nested_schemas_are_checked() -> None:
    body = {"customers": [CUSTOMER, {**CUSTOMER, "extra": True}], "summary": {"nextPage": None}}
    async with _client(_answer(body), spec_drift="log") as amili:
        await amili.arm.customers.list_customers(clientno=1)
        found = _kinds(amili)
    assert ("unknown_property", "$.customers[*].extra") in found


async def test_undocumented_status_content_type_and_header() -> None:
    async with _client(_answer(CUSTOMER, status=203), spec_drift="log") as amili:
        with pytest.raises(ResponseValidationError):  # unchanged: an undocumented 2xx is not parsed
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
        event = _kinds(amili)[("undocumented_status", "status:203")]
    assert event.spec["matches"] == "200"  # the body is a documented 200 body: the patch reuses it
    assert event.seen["body"]["type"] == "object"

    html = _answer(None, content=b"<html>busy</html>", headers={"content-type": "text/html"})
    async with _client(html, spec_drift="log") as amili:
        with pytest.raises(ResponseValidationError):
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
        assert ("undocumented_content_type", "content-type:text/html") in _kinds(amili)

    headers = {"X-RateLimit-Remaining": "99", "X-Request-Id": "abc", "X-Powered-By": "x", "Cache-Control": "no"}
    async with _client(_answer(CUSTOMER, headers=headers), spec_drift="log") as amili:
        await amili.arm.customers.get_customer(clientno=1, customerno="1")
        paths = {path for kind, path in _kinds(amili) if kind == "undocumented_header"}
    assert paths == {"header:x-ratelimit-remaining", "header:x-request-id"}


async def test_5xx_outages_are_not_drift_and_errors_keep_their_types() -> None:
    async with _client(_answer({"message": "down"}, status=503), spec_drift="strict", max_retries=0) as amili:
        with pytest.raises(AmiliError) as info:
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
        assert not isinstance(info.value, SpecDriftError)
        assert _kinds(amili) == {}


async def test_tolerant_modes_never_raise_strict_raises_a_typed_error(caplog: pytest.LogCaptureFixture) -> None:
    body = {**CUSTOMER, "loyaltyTier": "gold"}
    with caplog.at_level(logging.WARNING, logger="amili.drift"):
        async with _client(_answer(body), spec_drift="log") as amili:
            for _ in range(3):
                assert (await amili.arm.customers.get_customer(clientno=1, customerno="1")).customer_no == "1"
    lines = [r for r in caplog.records if r.name == "amili.drift"]
    assert len(lines) == 1  # each departure is logged once
    assert "loyaltyTier" in lines[0].getMessage() and "gold" not in lines[0].getMessage()
    assert lines[0].amili_drift["kind"] == "unknown_property"  # type: ignore[attr-defined]

    headers = {"x-amili-request-id": "req-7", "x-ratelimit-remaining": "9"}  # the request id is in the spec
    async with _client(_answer(body, headers=headers), spec_drift=SpecDrift("strict")) as amili:
        with pytest.raises(SpecDriftError) as info:
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
    error = info.value
    assert isinstance(error, AmiliError)
    assert error.operation == "arm.customers.get_customer" and error.request_id == "req-7"
    assert {e.kind for e in error.events} == {"unknown_property", "undocumented_header"}
    assert "loyaltyTier" in str(error) and "gold" not in str(error)


async def test_values_are_kept_only_when_opted_in() -> None:
    body = {**CUSTOMER, "nickname": "Kari"}
    async with _client(_answer(body), spec_drift=SpecDrift("log", values=True)) as amili:
        await amili.arm.customers.get_customer(clientno=1, customerno="1")
        assert _kinds(amili)[("unknown_property", "$.nickname")].sample == "Kari"


async def test_record_appends_one_line_per_operation_path_kind_and_counts(tmp_path: Path) -> None:
    drift_file = tmp_path / "drift.jsonl"
    body = {**CUSTOMER, "loyaltyTier": "gold"}
    for _ in range(2):  # two clients (think: two workers) share one file
        async with _client(_answer(body), spec_drift=SpecDrift("record", path=drift_file)) as amili:
            for _ in range(3):
                await amili.arm.customers.get_customer(clientno=1, customerno="1")
    records = [json.loads(line) for line in drift_file.read_text().splitlines()]
    assert [r["kind"] for r in records if r["type"] == "event"] == ["unknown_property"]
    assert "gold" not in drift_file.read_text() and "Kari" not in drift_file.read_text()
    (event,) = read_drift_file(drift_file)
    assert event.path == "$.loyaltyTier" and event.count == 6
    assert event.first_seen[:2] == "20"


def test_record_deduplicates_against_another_process(tmp_path: Path) -> None:
    drift_file = tmp_path / "drift.jsonl"
    code = """
import anyio, httpx
from amili import AmiliClient, StaticToken
body = {"customerNo": "1", "loyaltyTier": "gold"}
async def main():
    t = httpx.MockTransport(lambda r: httpx.Response(200, json=body))
    async with AmiliClient(token_provider=StaticToken("t"), transport=t, spec_drift="record") as amili:
        await amili.arm.customers.get_customer(clientno=1, customerno="1")
anyio.run(main)
"""
    env = {"AMILI_SPEC_DRIFT_FILE": str(drift_file), "PATH": "/usr/bin:/bin"}
    for _ in range(2):
        subprocess.run([sys.executable, "-c", code], check=True, env=env, cwd=tmp_path)
    events = [line for line in drift_file.read_text().splitlines() if '"type": "event"' in line]
    assert len(events) == 1
    assert read_drift_file(drift_file)[0].count == 2


async def test_sampling_checks_bodies_after_warmup_only_at_the_sample_rate() -> None:
    state = {"n": 0}

    def handler(request: httpx.Request) -> httpx.Response:
        state["n"] += 1
        extra = {} if state["n"] == 1 else {f"field{state['n']}": 1}
        return httpx.Response(200, json={**CUSTOMER, **extra})

    async with _client(handler, spec_drift=SpecDrift("log", sample_rate=0.0, warmup=1)) as amili:
        for _ in range(5):
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
        assert _kinds(amili) == {}  # bodies 2..5 drift, but only the first was compared
    async with _client(handler, spec_drift=SpecDrift("strict", sample_rate=0.0, warmup=0)) as amili:
        with pytest.raises(SpecDriftError):  # strict compares every response
            await amili.arm.customers.get_customer(clientno=1, customerno="1")


def test_off_builds_nothing_and_bad_settings_name_the_problem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMILI_SPEC_DRIFT", raising=False)
    assert AmiliClient("c", "s").spec_drift is None
    assert AmiliClient("c", "s", spec_drift="off").spec_drift is None
    with pytest.raises(ConfigurationError, match="spec_drift must be one of"):
        AmiliClient("c", "s", spec_drift="loud")
    with pytest.raises(ConfigurationError, match="sample_rate"):
        SpecDrift("log", sample_rate=2)
    monkeypatch.setenv("AMILI_SPEC_DRIFT", "record")
    monkeypatch.setenv("AMILI_SPEC_DRIFT_FILE", "/tmp/x.jsonl")
    monkeypatch.setenv("AMILI_SPEC_DRIFT_SAMPLE", "0.5")
    monitor = AmiliClient("c", "s").spec_drift
    assert monitor is not None
    assert monitor.config == SpecDrift("record", path="/tmp/x.jsonl", sample_rate=0.5)
    monkeypatch.setenv("AMILI_SPEC_DRIFT_SAMPLE", "often")
    with pytest.raises(ConfigurationError, match="AMILI_SPEC_DRIFT_SAMPLE"):
        AmiliClient("c", "s")


def test_import_amili_does_not_load_drift_detection() -> None:
    code = "import sys, amili; amili.AmiliClient('c', 's'); print('amili.drift' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env={})
    assert out.stdout.strip() == "False"


async def test_with_options_views_share_the_monitor() -> None:
    async with _client(_answer({**CUSTOMER, "x": 1}), spec_drift="log") as amili:
        view = amili.with_options(timeout=5)
        await view.arm.customers.get_customer(clientno=1, customerno="1")
        assert view.spec_drift is amili.spec_drift
        assert ("unknown_property", "$.x") in _kinds(amili)


async def test_a_failing_check_or_an_unwritable_file_never_breaks_a_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from amili.drift import checker

    def broken(self: Any, response: httpx.Response, *, full: bool) -> list[Any]:
        raise RuntimeError("bug in a checker")

    body = {**CUSTOMER, "loyaltyTier": "gold"}
    with caplog.at_level(logging.WARNING, logger="amili.drift"):
        with monkeypatch.context() as patched:
            patched.setattr(checker.OperationChecker, "check", broken)
            async with _client(_answer(body), spec_drift="strict") as amili:
                for _ in range(2):
                    assert (await amili.arm.customers.get_customer(clientno=1, customerno="1")).customer_no == "1"
        not_a_folder = tmp_path / "file"
        not_a_folder.write_text("")
        drift = SpecDrift("record", path=not_a_folder / "drift.jsonl")  # fails even for root
        async with _client(_answer(body), spec_drift=drift) as amili:
            await amili.arm.customers.get_customer(clientno=1, customerno="1")
            assert ("unknown_property", "$.loyaltyTier") in _kinds(amili)  # still seen, only not written
    messages = [r.getMessage() for r in caplog.records if r.name == "amili.drift"]
    assert sum("check of arm.customers.get_customer failed" in m for m in messages) == 1  # warned once
    assert any("cannot write the drift file" in m for m in messages)


async def test_distinct_departures_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    from amili.drift import monitor

    monkeypatch.setattr(monitor, "MAX_DISTINCT", 3)
    body = {**CUSTOMER, **{f"k{i}": i for i in range(10)}}
    async with _client(_answer(body), spec_drift="log") as amili:
        await amili.arm.customers.get_customer(clientno=1, customerno="1")
        assert len(_kinds(amili)) == 3
