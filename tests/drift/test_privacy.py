"""Drift records never hold personal data or secrets, in any mode, anywhere (log, drift file, patched spec), and
record every departure: two new values of one enum are two events and two patched values."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from amili import AmiliClient, StaticToken
from amili.drift import SpecDrift, read_drift_file
from amili.drift.patch import propose

SPECS = Path(__file__).resolve().parents[2] / "specs"
NATIONAL_ID = "01019012345"
NAME = "Kari Nordmann"
EMAIL = "kari.nordmann@example.no"
IBAN = "NO9386011117947"
ACCOUNT = "8601.11.17947"
ORGNO = "NO923609016MVA"
PHONE = "+47 912 34 567"
SECRET = "sk_live_5f2b9c0e7a"
PERSONAL = [NATIONAL_ID, NAME, EMAIL, IBAN, ACCOUNT, ORGNO, PHONE, SECRET, "Nordmann", "01019"]
BATCH_ID = "0b0f2b8e-4c1a-4a57-8d1e-2f4a3c5d6e7f"
ORG = "1e4e0c2a-9c84-4d2b-a3c6-7f6f8d0b1a2c"


def _client(bodies: list[Any], **kwargs: Any) -> AmiliClient:
    answers = iter(bodies)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=next(answers))

    return AmiliClient(token_provider=StaticToken("t"), transport=httpx.MockTransport(handler), **kwargs)


def _batch(status: str, **extra: Any) -> dict[str, Any]:
    return {"data": {"batchId": BATCH_ID, "status": status, "organizationId": ORG, **extra}}


PERSONAL_RESPONSES: list[tuple[str, Callable[[], dict[str, Any]]]] = [
    ("name as an enum value", lambda: _batch(NAME)),
    ("national id as an enum value", lambda: _batch(NATIONAL_ID)),
    ("e-mail as an enum value", lambda: _batch(EMAIL)),
    ("a map keyed by national ids", lambda: _batch("SUCCESS", byPerson={NATIONAL_ID: {"name": NAME}})),
    ("a national id as a key", lambda: _batch("SUCCESS", **{NATIONAL_ID: {"email": EMAIL}})),
    ("an e-mail as a key", lambda: _batch("SUCCESS", **{EMAIL: True})),
    ("a name as a key", lambda: _batch("SUCCESS", **{NAME: 1})),
    ("values of unknown fields", lambda: _batch("SUCCESS", payer={"iban": IBAN, "account": ACCOUNT, "org": ORGNO})),
    ("a phone number", lambda: _batch("SUCCESS", contactPhone=PHONE)),
    ("a secret under a secret-like name", lambda: _batch("SUCCESS", apiKey=SECRET, clientSecret=SECRET)),
]


@pytest.mark.parametrize("values", [False, True], ids=["default", "values=True"])
@pytest.mark.parametrize(("case", "body"), PERSONAL_RESPONSES, ids=[c for c, _ in PERSONAL_RESPONSES])
async def test_personal_data_and_secrets_never_reach_a_log_a_drift_file_or_a_patch(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, case: str, body: Callable[[], dict[str, Any]], values: bool
) -> None:
    drift_file = tmp_path / "drift.jsonl"
    setting = SpecDrift("record", path=drift_file, sample_rate=1.0, values=values)
    with caplog.at_level(logging.DEBUG, logger="amili"):
        async with _client([body()], spec_drift=setting) as amili:
            await amili.autocollect.batches.get_batch(organization_id=ORG, batch_id=BATCH_ID)
    events = read_drift_file(drift_file)
    assert events, "the departure is recorded"
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    patch = propose(events, specs)
    written = {
        "log": "\n".join(r.getMessage() + repr(getattr(r, "amili_drift", "")) for r in caplog.records),
        "drift file": drift_file.read_text(),
        "patch": "\n".join(patch.updated.values()) + repr(patch.skipped) + repr(patch.applied),
    }
    # values=True is the opt-in to keep real values: even then, never ids, numbers, e-mails, phones or secrets.
    never = [p for p in PERSONAL if p not in (NAME, "Nordmann")] if values else PERSONAL
    for where, text in written.items():
        for secret in never:
            assert secret not in text, f"{case}: {secret!r} reached the {where}"


async def test_a_map_keyed_by_data_is_reported_as_additional_properties(tmp_path: Path) -> None:
    drift_file = tmp_path / "drift.jsonl"
    body = _batch("SUCCESS", byPerson={NATIONAL_ID: {"name": NAME}, "02029012345": {"name": "Ola"}})
    async with _client(
        [body, _batch("SUCCESS", **{NATIONAL_ID: 1})], spec_drift=SpecDrift("record", path=drift_file)
    ) as a:
        await a.autocollect.batches.get_batch(organization_id=ORG, batch_id=BATCH_ID)
        await a.autocollect.batches.get_batch(organization_id=ORG, batch_id=BATCH_ID)
    events = {(e.kind, e.path): e for e in read_drift_file(drift_file)}
    by_person = events[("unknown_property", "$.data.byPerson")]
    assert by_person.seen == {
        "type": "object",
        "additionalProperties": {"type": "object", "properties": {"name": {"type": "string"}}},
    }
    assert ("unknown_property", "$.data[*]") in events  # the key itself never named


async def test_two_new_values_of_one_enum_are_both_recorded_and_both_patched(tmp_path: Path) -> None:
    drift_file = tmp_path / "drift.jsonl"
    bodies = [_batch("ON_HOLD"), _batch("ESCALATED"), _batch("ON_HOLD")]
    async with _client(bodies, spec_drift=SpecDrift("record", path=drift_file, sample_rate=1.0)) as amili:
        for _ in bodies:
            await amili.autocollect.batches.get_batch(organization_id=ORG, batch_id=BATCH_ID)
    events = [e for e in read_drift_file(drift_file) if e.kind == "unknown_enum_value"]
    assert sorted(e.seen["value"] for e in events) == ["ESCALATED", "ON_HOLD"]
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    patch = propose(events, specs)
    assert patch.skipped == []
    text = patch.updated[specs / "autocollect.yaml"]
    line = next(x for x in text.splitlines() if x.strip().startswith("enum: [QUEUED, SUCCESS, PARTIAL, FAILED"))
    assert sorted(line.split("[", 1)[1].rstrip("]").split(", ")[4:]) == ["ESCALATED", "ON_HOLD"]


def test_spec_drift_off_imports_nothing_from_amili_drift() -> None:
    import subprocess
    import sys

    code = (
        "import sys, anyio\n"
        "from amili import AmiliClient\n"
        "async def main():\n"
        "    async with AmiliClient.sandbox(spec_drift='off') as a:\n"
        "        await a.arm.customers.list_customers(clientno=2218)\n"
        "anyio.run(main)\n"
        "print(sorted(m for m in sys.modules if m.startswith('amili.drift')))\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if not k.startswith("AMILI_")}
    env["AMILI_SPEC_DRIFT"] = "record"  # the argument wins over the environment
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


async def test_fields_sent_with_extra_body_are_recorded_once_as_request_drift_and_patched(tmp_path: Path) -> None:
    drift_file = tmp_path / "drift.jsonl"
    setting = SpecDrift("record", path=drift_file, sample_rate=1.0)
    body = {"metadata": {"userId": "u"}, "customer": {"customerNo": "1", "name": "Kari"}}
    answer = {"status": "PROCESSED", "result": "CREATED"}
    async with _client([answer, answer], spec_drift=setting) as amili:
        for _ in range(2):
            await amili.arm.customers.create_customer(
                clientno=2218, body=body, extra_body={"loyaltyTier": "gold", NATIONAL_ID: {"name": NAME}}
            )
    events = {(e.kind, e.path): e for e in read_drift_file(drift_file)}
    tier = events[("unknown_property", "request:$.loyaltyTier")]
    assert tier.operation == "arm.customers.create_customer"
    assert tier.seen == {"type": "string"} and tier.count == 2
    assert ("unknown_property", "request:$[*]") in events  # a data-like key is never written
    text = drift_file.read_text()
    assert "gold" not in text and NATIONAL_ID not in text and NAME not in text
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    patch = propose([tier], specs)
    assert patch.skipped == [] and "loyaltyTier:" in patch.updated[specs / "arm.yaml"]
