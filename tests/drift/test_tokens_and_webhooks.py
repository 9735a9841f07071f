"""Spec drift also compares token responses and webhook deliveries (issue 27, the remaining part).

* Token responses (`identity.tokens.create_token`, `partner.token.create_token`) against the spec's token
  response: a field the spec does not know is recorded by NAME only; the token value never reaches an event, a log
  line or the drift file, whatever `SpecDrift(values=...)` says.
* Webhook deliveries against the payload schema of their `x-webhooks` operation
  (`autocollect.webhooks.on_batch_completed`).
* Both follow the client's `spec_drift` exactly as responses do; off builds and imports nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amili import AmiliClient, SpecDrift, SpecDriftError
from amili.drift.patch import propose
from amili.drift.recorder import read_drift_file
from amili.sandbox import DriftRule, Sandbox, SandboxConfig
from amili.webhooks import WebhookReceiver, compute_signature

SECRET = "whsec-drift-0123456789"
SPECS = Path(__file__).resolve().parents[2] / "specs"
ORG = "db6a7ff4-3a20-4042-b271-a9485ded6334"
HIDDEN = "eyJzecret.id-token.value-42"
"""A secret-looking value the drifting token endpoint adds under an unknown name."""


@pytest.fixture
def drifting_tokens() -> Iterator[str]:
    rules = [
        DriftRule.extra_field("identity.create_token", "id_token", HIDDEN),  # the short name: an input alias
        DriftRule.extra_field("partner.token.create_token", "refreshHint", HIDDEN),
    ]
    sandbox = Sandbox(SandboxConfig(drift=rules))
    with sandbox.run_in_thread() as root:
        yield root


def _client(root: str, drift: SpecDrift | str, **extra: Any) -> AmiliClient:
    return AmiliClient(environment="sandbox", base_url=root, spec_drift=drift, **extra)


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


@pytest.mark.parametrize("values", [False, True])
async def test_a_token_response_field_is_recorded_by_name_and_no_token_anywhere(
    http_backend: str, drifting_tokens: str, tmp_path: Path, caplog: pytest.LogCaptureFixture, values: bool
) -> None:
    drift_file = tmp_path / "drift.jsonl"
    caplog.set_level(logging.DEBUG, logger="amili")
    async with _client(drifting_tokens, SpecDrift("record", path=drift_file, values=values)) as amili:
        await amili.arm.customers.list_customers(clientno=7)
        assert amili.token_provider is not None
        token = (await amili.token_provider.get_token()).value
        assert amili.spec_drift is not None
        events = [e for e in amili.spec_drift.events if e.operation == "identity.tokens.create_token"]
    assert [(e.kind, e.path) for e in events] == [("unknown_property", "$.id_token")]  # before: no event at all
    assert events[0].sample is None
    written = drift_file.read_text()
    assert "identity.tokens.create_token" in written and "$.id_token" in written
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for text in (written, logged, repr(events)):
        assert token not in text and HIDDEN not in text


async def test_a_partner_token_response_is_compared_too(
    http_backend: str, drifting_tokens: str, tmp_path: Path
) -> None:
    sandbox_id, sandbox_secret = SandboxConfig().client_id, SandboxConfig().client_secret
    assert sandbox_secret is not None
    async with _client(drifting_tokens, "log", partner_credentials=(sandbox_id, sandbox_secret)) as amili:
        await amili.partner.companies.list_companies()
        assert amili.spec_drift is not None
        events = [e for e in amili.spec_drift.events if e.operation == "partner.token.create_token"]
    assert [(e.kind, e.path, e.sample) for e in events] == [("unknown_property", "$.refreshHint", None)]
    assert HIDDEN not in repr(events)


async def test_strict_refuses_a_drifting_token_response(http_backend: str, drifting_tokens: str) -> None:
    async with _client(drifting_tokens, "strict") as amili:
        with pytest.raises(SpecDriftError, match=r"identity\.tokens\.create_token") as raised:
            await amili.arm.customers.list_customers(clientno=7)
    assert HIDDEN not in str(raised.value)


# -- webhook deliveries -----------------------------------------------------------------------------------------------


def _delivery(**extra: Any) -> tuple[bytes, dict[str, str]]:
    payload = {
        "id": str(uuid.uuid4()),
        "type": "BATCH_COMPLETED",
        "source": "COLLECTION",
        "timeStamp": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),  # fresh: inside the receiver's window
        "data": {"batchId": str(uuid.uuid4()), "organizationId": ORG, "status": "SUCCESS"},
        **extra,
    }
    body = json.dumps(payload).encode()
    return body, {"X-Webhook-Signature": compute_signature(body, SECRET)}


async def test_a_webhook_delivery_is_compared_with_its_payload_schema(tmp_path: Path) -> None:
    drift_file = tmp_path / "drift.jsonl"
    client = AmiliClient("c", "s", spec_drift=SpecDrift("record", path=drift_file))
    receiver = WebhookReceiver(SECRET, client=client)
    body, headers = _delivery(priority=3, **{"12345678901": {"note": "data-keyed"}})
    result = await receiver.handle(body, headers)
    assert result.status_code == 200  # drift never changes the answer
    await client.aclose()
    found = {(e["operation"], e["kind"], e["path"]) for e in _lines(drift_file) if "kind" in e}
    assert ("autocollect.webhooks.on_batch_completed", "unknown_property", "$.priority") in found
    assert ("autocollect.webhooks.on_batch_completed", "unknown_property", "$[*]") in found  # a data key: a map
    assert "12345678901" not in drift_file.read_text()
    # the patch documents the new field in the event's schema, like a response's
    specs = tmp_path / "specs"
    shutil.copytree(SPECS, specs)
    patch = propose(read_drift_file(drift_file), specs)
    assert "autocollect.webhooks.on_batch_completed: unknown_property $.priority" in patch.applied
    assert "+        priority:" in patch.diff(tmp_path)

    plain, plain_headers = _delivery()
    assert (await receiver.handle(plain, plain_headers)).status_code == 200
    assert client.spec_drift is not None
    assert len(client.spec_drift.events) == 2  # a delivery that matches its schema adds nothing


async def test_an_unknown_event_type_is_not_compared() -> None:
    client = AmiliClient("c", "s", spec_drift="log")
    body, headers = _delivery(type="SOMETHING_NEW", extra=1)
    assert (await WebhookReceiver(SECRET, client=client).handle(body, headers)).status_code == 200
    assert client.spec_drift is not None and client.spec_drift.events == []
    await client.aclose()


def test_off_imports_nothing_for_tokens_and_webhooks(drifting_tokens: str) -> None:
    code = f"""
import anyio, json, sys, uuid, datetime as dt
from amili import AmiliClient
from amili.webhooks import WebhookReceiver, compute_signature

async def main():
    async with AmiliClient(environment="sandbox", base_url={drifting_tokens!r}, spec_drift="off") as amili:
        await amili.arm.customers.list_customers(clientno=7)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        body = json.dumps({{"id": str(uuid.uuid4()), "type": "BATCH_COMPLETED", "timeStamp": stamp, "x": 1,
                            "data": {{"batchId": str(uuid.uuid4()), "status": "SUCCESS"}}}}).encode()
        answer = await WebhookReceiver("k", client=amili).handle(body, {{"X-Webhook-Signature": compute_signature(body, "k")}})
        assert answer.status_code == 200, answer
    print(sorted(m for m in sys.modules if m.startswith("amili.drift")))

anyio.run(main)
"""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
