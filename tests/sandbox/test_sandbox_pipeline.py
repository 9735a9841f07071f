"""amili.sandbox.pipeline: bodies the sandbox could store but never answer again (a number that overflows to inf,
a lone surrogate) are refused at the door with 400, on every route — so list/get and the UI state keep answering."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from amili.sandbox import Sandbox, SandboxConfig

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"

POISON = {
    "overflow": b"1e400",
    "negative-overflow": b"-1e400",
    "lone-surrogate": b'"\\ud800"',
    "lone-low-surrogate": b'"x\\udfff"',
}


async def _token(http: Any) -> dict[str, str]:
    form = {"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox-secret"}
    token = (await http.post("/identity/token", data=form)).json()["access_token"]
    return {"Authorization": f"Bearer {token}"}


@pytest.mark.parametrize("validate", [True, False])
@pytest.mark.parametrize("content_type", ["application/json", "text/plain"])
@pytest.mark.parametrize("poison", list(POISON))
async def test_arm_create_refuses_and_state_keeps_answering(poison: str, content_type: str, validate: bool) -> None:
    sandbox = Sandbox(SandboxConfig(validate=validate, reject_invalid=False))  # even when validation only records
    value = POISON[poison]
    field = b'"name": ' + value if value.startswith(b'"') else b'"name": "A", "limitAmount": ' + value
    body = b'{"metadata": {"userId": "t"}, "customer": {"customerNo": "C1", ' + field + b"}}"
    async with sandbox.client() as http:
        auth = await _token(http)
        created = await http.post(
            "/arm/v1/clients/2218/customers", content=body, headers={**auth, "Content-Type": content_type}
        )
        listed = await http.get("/arm/v1/clients/2218/customers", headers=auth)
        got = await http.get("/arm/v1/clients/2218/customers/C1", headers=auth)
        state = await http.get("/_sandbox/ui/state")
    assert created.status_code == 400, created.text
    assert ("surrogate" in created.text) if "surrogate" in poison else ("out of range" in created.text)
    assert listed.status_code == 200 and state.status_code == 200
    assert got.status_code == 404
    assert sandbox.state.arm_clients.get(2218) is None or not sandbox.state.arm_clients[2218].customers


@pytest.mark.parametrize("poison", list(POISON))
async def test_autocollect_and_distribution_creates_refuse_too(poison: str, amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    value = POISON[poison]
    invoice = b'{"invoiceNumber": "I1", "type": "NOTICE", "originalInvoiceAmount": ' + (
        value if not value.startswith(b'"') else b'1, "customerReference": ' + value
    )
    async with sandbox.client() as http:
        auth = {**(await _token(http)), "Content-Type": "application/json"}
        answers = [
            await http.post(f"/collection/v1/orgs/{ORG}/invoices", content=invoice + b"}", headers=auth),
            await http.post("/distribution/send/letter", content=b'{"x": ' + value + b"}", headers=auth),
            await http.post("/collection/v1/batches", content=b'{"invoices": [' + value + b"]}", headers=auth),
        ]
        listed = await http.get(f"/collection/v1/orgs/{ORG}/invoices", headers=auth)
        state = await http.get("/_sandbox/ui/state")
    assert [a.status_code for a in answers] == [400, 400, 400], [a.text for a in answers]
    assert listed.status_code == 200 and state.status_code == 200


async def test_sandbox_control_routes_refuse_poison_and_bad_fault_numbers(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with sandbox.client() as http:
        json_body = await http.post(
            "/_sandbox/fault-rules", content=b'{"latency": 1e400}', headers={"Content-Type": "application/json"}
        )
        as_json = {"Content-Type": "application/json"}
        for latency in ("1e400", "NaN", "-1"):
            bad = f'{{"kind": "latency", "latency": {latency}}}'.encode()
            refused = await http.post("/_sandbox/fault-rules", content=bad, headers=as_json)
            assert refused.status_code == 400, refused.text
        probability = await http.post(
            "/_sandbox/fault-rules", content=b'{"kind": "drop", "probability": NaN}', headers=as_json
        )
        form = await http.post("/_sandbox/fault-rules", data={"kind": "drop"})  # control writes take JSON only
        assert form.status_code == 415
        state = await http.get("/_sandbox/ui/state")
        rules = await http.get("/_sandbox/fault-rules")
    assert json_body.status_code == 400 and "out of range" in json_body.text
    assert probability.status_code == 400
    assert state.status_code == 200 and rules.status_code == 200 and rules.json() == []


async def test_ordinary_unicode_and_large_finite_numbers_are_still_stored(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    body = (
        '{"metadata": {"userId": "t"}, "customer": {"customerNo": "C2", "name": "Ærlig Øst 😀", "limitAmount": 1e300}}'
    )
    async with sandbox.client() as http:
        auth = await _token(http)
        created = await http.post(
            "/arm/v1/clients/2218/customers",
            content=body.encode(),
            headers={**auth, "Content-Type": "application/json", "X-Id": str(uuid.uuid4())},
        )
        got = await http.get("/arm/v1/clients/2218/customers/C2", headers=auth)
    assert created.status_code == 200, created.text
    assert got.json()["name"] == "Ærlig Øst 😀"
    assert got.json()["limitAmount"] == 1e300
