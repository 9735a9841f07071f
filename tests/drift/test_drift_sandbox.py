"""The sandbox drifts on purpose (`SandboxConfig(drift=[DriftRule...])`, issue 21 item 4) and the client notices."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from amili import AmiliClient, MissingFieldError, ResponseValidationError
from amili.sandbox import DriftRule, Sandbox

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
META = {"userId": "drift"}
INVOICES = {
    "invoices": [{"invoiceNumber": "1", "originalInvoiceAmount": 100, "uniqueSourceInvoiceId": "s-1", "type": "NOTICE"}]
}


def _kinds(amili: AmiliClient) -> set[tuple[str, str, str]]:
    assert amili.spec_drift is not None
    return {(e.operation, e.kind, e.path) for e in amili.spec_drift.events if e.kind != "undocumented_header"}


async def _customer(amili: AmiliClient) -> None:
    body: Any = {"metadata": META, "customer": {"customerNo": "1", "name": "Kari"}}
    await amili.arm.customers.create_customer(clientno=2218, body=body)


@pytest.mark.amili_sandbox(
    drift=[
        DriftRule.extra_field("arm.customers.get_customer", "loyaltyTier", "gold"),
        DriftRule.rename("arm.customers.get_customer", "name", "fullName"),
        DriftRule.header("arm.customers.get_customer", "X-RateLimit-Remaining", "99"),
    ]
)
async def test_rules_rewrite_only_their_operations_2xx_responses(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with AmiliClient(sandbox=sandbox) as amili:
        await _customer(amili)
    async with sandbox.client() as http:
        token = (await http.post("/identity/token", data=_creds(sandbox))).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        got = await http.get("/arm/v1/clients/2218/customers/1", headers=auth)
        listed = await http.get("/arm/v1/clients/2218/customers", headers=auth)
        missing = await http.get("/arm/v1/clients/2218/customers/404", headers=auth)
    body = got.json()
    assert body["loyaltyTier"] == "gold" and body["fullName"] == "Kari" and "name" not in body
    assert got.headers["x-ratelimit-remaining"] == "99"
    assert int(got.headers["content-length"]) == len(got.content)
    assert listed.json()["customers"][0]["name"] == "Kari"  # another operation: untouched
    assert missing.status_code == 404 and "loyaltyTier" not in missing.text  # errors: untouched


def _creds(sandbox: Sandbox) -> dict[str, str]:
    client_id, secret = sandbox.credentials
    return {"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret}


@pytest.mark.amili_sandbox(
    drift=[
        DriftRule.extra_field("arm.customers.get_customer", "loyaltyTier", "gold"),
        DriftRule.header("arm.customers.get_customer", "X-RateLimit-Remaining", "99"),
        DriftRule.enum_value("autocollect.batches.get_batch", "data.status", "ON_HOLD"),
        DriftRule.extra_field("autocollect.batches.list_batches", "data[].priority", 3),
        DriftRule.status("arm.customers.list_customers", 203),
    ]
)
async def test_each_kind_of_sandbox_drift_is_detected_by_the_client(amili_sandbox: Sandbox) -> None:
    async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, spec_drift="log") as amili:
        await _customer(amili)
        customer = await amili.arm.customers.get_customer(clientno=2218, customerno="1")
        assert customer.additional_properties == {"loyaltyTier": "gold"}  # tolerant: the call works
        accepted = await amili.autocollect.invoices.create_invoices(
            organization_id=uuid.UUID(ORG),
            body=INVOICES,  # type: ignore[arg-type]
        )
        batch = await amili.autocollect.batches.get_batch(
            organization_id=uuid.UUID(ORG), batch_id=accepted.data.batch_id
        )
        assert "ON_HOLD" in str(batch.data.status)
        await amili.autocollect.batches.list_batches(organization_id=uuid.UUID(ORG))
        with pytest.raises(ResponseValidationError, match="undocumented success status 203"):
            await amili.arm.customers.list_customers(clientno=2218)
        found = _kinds(amili)
        headers = {e.path for e in amili.spec_drift.events if e.kind == "undocumented_header"}  # type: ignore[union-attr]
    assert ("arm.customers.get_customer", "unknown_property", "$.loyaltyTier") in found
    assert ("autocollect.batches.get_batch", "unknown_enum_value", "$.data.status") in found
    assert ("autocollect.batches.list_batches", "unknown_property", "$.data[*].priority") in found
    assert ("arm.customers.list_customers", "undocumented_status", "status:203") in found
    assert "header:x-ratelimit-remaining" in headers


@pytest.mark.amili_sandbox(drift=[DriftRule.rename("arm.customers.get_customer", "customerNo", "customerNumber")])
async def test_a_renamed_required_field_is_missing_and_unknown(amili_sandbox: Sandbox) -> None:
    async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, spec_drift="log") as amili:
        await _customer(amili)
        customer = await amili.arm.customers.get_customer(clientno=2218, customerno="1")  # parses: a guess
        with pytest.raises(MissingFieldError, match=r"arm\.customers\.get_customer: Customer\.customer_no"):
            _ = customer.customer_no
        found = _kinds(amili)
    assert ("arm.customers.get_customer", "missing_property", "$.customerNo") in found
    assert ("arm.customers.get_customer", "unknown_property", "$.customerNumber") in found
