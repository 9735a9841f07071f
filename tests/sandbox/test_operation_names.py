"""One name per operation (issue 29 item 4): the façade's `api.namespace.operation`, as SDK errors carry it, is what
the sandbox's request records, fault log, violations and counters say, and what drift events say; the short
`api.operationId` is accepted as an input alias only (fault and drift rules)."""

from __future__ import annotations

from typing import Any

import pytest

from amili import AmiliClient, APIStatusError, ResponseValidationError
from amili.sandbox import DriftRule, FaultKind, FaultRule, Sandbox, SandboxConfig

NAME = "arm.customers.get_customer"


async def _customer(amili: AmiliClient) -> None:
    body: Any = {"metadata": {"userId": "names"}, "customer": {"customerNo": "1", "name": "Kari"}}
    await amili.arm.customers.create_customer(clientno=7, body=body)


@pytest.mark.parametrize("alias", ["arm.get_customer", NAME])
async def test_an_error_names_its_call_as_the_record_and_the_fault_log_do(alias: str) -> None:
    sandbox = Sandbox(SandboxConfig(faults=[FaultRule(FaultKind.ERROR, status=503, operation=alias, times=1)]))
    async with AmiliClient(sandbox=sandbox, max_retries=0) as amili:
        await _customer(amili)
        with pytest.raises(APIStatusError) as raised:
            await amili.arm.customers.get_customer(clientno=7, customerno="1")
        with pytest.raises(APIStatusError) as missing:
            await amili.arm.customers.get_customer(clientno=7, customerno="404")
    assert raised.value.operation == missing.value.operation == NAME
    faulted = [r for r in sandbox.requests if r.fault]
    assert [r.operation for r in faulted] == [NAME]  # before: arm.get_customer
    assert [e.operation for e in sandbox.fault_log] == [NAME]
    assert [r for r in sandbox.requests if r.operation == missing.value.operation][-1].status == 404
    assert sandbox.state.requests_per_route[NAME] == 2
    assert "arm.get_customer" not in sandbox.state.requests_per_route


async def test_a_drift_event_names_its_call_as_the_error_and_the_record_do() -> None:
    rules = [DriftRule.status("arm.get_customer", 203)]  # the short name still works as input
    async with AmiliClient.sandbox(drift=rules, spec_drift="log") as amili:
        await _customer(amili)
        with pytest.raises(ResponseValidationError, match="undocumented success status 203") as raised:
            await amili.arm.customers.get_customer(clientno=7, customerno="1")
        assert amili.spec_drift is not None
        events = [e for e in amili.spec_drift.events if e.kind == "undocumented_status"]
        sandbox = amili.simulator
        assert sandbox is not None
        record = sandbox.requests[-1]
    assert raised.value.operation == NAME
    assert [e.operation for e in events] == [NAME]
    assert record.operation == NAME and record.status == 203


@pytest.mark.amili_sandbox(reject_invalid=True)
async def test_a_violation_names_the_operation_as_the_error_does(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with sandbox.client() as http:
        client_id, secret = sandbox.credentials
        grant = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}
        token = (await http.post("/identity/token", data=grant)).json()["access_token"]
        answer = await http.post(
            "/arm/v1/clients/7/customers", json={"customer": {}}, headers={"Authorization": f"Bearer {token}"}
        )
    assert answer.status_code in (400, 422)
    assert [v.operation for v in sandbox.violations] == ["arm.customers.create_customer"]
    assert [v["operation"] for v in [v.to_json() for v in sandbox.violations]] == ["arm.customers.create_customer"]
