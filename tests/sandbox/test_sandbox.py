"""The embedded Amili sandbox behaves like Amili and records what the SDK sent."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from amili.sandbox import FaultKind, FaultRule, Sandbox, SandboxConfig, WebhookDelivery, sign

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
META = {"userId": "TestUser"}


async def token(client: httpx.AsyncClient, sandbox: Sandbox) -> dict[str, str]:
    creds = sandbox.credentials
    form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
    response = await client.post("/identity/token", data=form)
    assert response.status_code == 200, response.text
    return {"Authorization": f"Bearer {response.json()['access_token']}"}


@pytest.fixture
def sandbox() -> Any:
    sandbox = Sandbox(SandboxConfig(validate_responses=True))
    yield sandbox
    assert sandbox.response_problems == []  # the sandbox answers exactly as the specs say


@pytest.fixture
async def client(sandbox: Sandbox) -> Any:
    async with httpx.AsyncClient(transport=sandbox.transport(), base_url="http://sandbox") as c:
        yield c


async def test_token_issue_reject_revoke(sandbox: Sandbox, client: httpx.AsyncClient) -> None:
    auth = await token(client, sandbox)
    body = {"customer": {"customerNo": "1", "name": "A"}, "metadata": META}
    assert (await client.post("/arm/v1/clients/1/customers", json=body, headers=auth)).status_code == 200
    bad = {"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "wrong"}
    rejected = await client.post("/identity/token", data=bad)
    assert rejected.status_code == 401
    assert rejected.json()["error"] == "invalid_client"
    sandbox.revoke_tokens()
    assert (await client.get("/arm/v1/clients/1/customers", headers=auth)).status_code == 401
    auth = await token(client, sandbox)
    assert (await client.get("/arm/v1/clients/1/customers", headers=auth)).status_code == 200
    sandbox.advance(3601)
    expired = await client.get("/arm/v1/clients/1/customers", headers=auth)
    assert expired.status_code == 401
    assert "expired" in expired.headers["www-authenticate"]


async def test_every_response_has_request_id_and_401_without_token(client: httpx.AsyncClient) -> None:
    for path in ("/arm/v1/clients/1/customers", f"/collection/v1/orgs/{ORG}/invoices", "/partner/companies"):
        response = await client.get(path)
        assert response.status_code == 401
        uuid.UUID(response.headers["x-amili-request-id"])


async def test_arm_single_writes_and_paging(sandbox: Sandbox, client: httpx.AsyncClient) -> None:
    auth = await token(client, sandbox)
    base = "/arm/v1/clients/2218"
    customer = {"customerNo": "0", "name": "Owe", "emailAddressDocument": ["owea@ testarmrest.no"]}
    created = await client.post(f"{base}/customers", json={"metadata": META, "customer": customer}, headers=auth)
    assert created.json()["result"] == "CREATED"
    assert created.json()["warnings"][0]["field"] == "EmailAddressDocument"
    for n in range(1, 12):
        body = {"metadata": META, "customer": {"customerNo": str(n), "name": f"C{n}"}}
        assert (await client.post(f"{base}/customers", json=body, headers=auth)).status_code == 200
    doc = {"metadata": META, "document": {"documentNo": "D1", "customerNo": "1", "documentType": "IN"}}
    assert (await client.post(f"{base}/documents", json=doc, headers=auth)).status_code == 201
    duplicate = await client.post(f"{base}/documents", json=doc, headers=auth)
    assert duplicate.status_code == 422
    first = (await client.get(f"{base}/customers", params={"pagesize": 5}, headers=auth)).json()
    summary = first["summary"]
    assert (summary["totalCount"], summary["totalPages"], summary["currentPageSize"]) == (12, 3, 5)
    seen = [c["customerNo"] for c in first["customers"]]
    next_url = summary["nextPage"]
    while next_url:
        page = (await client.get(next_url, headers=auth)).json()
        seen += [c["customerNo"] for c in page["customers"]]
        next_url = page["summary"]["nextPage"]
    assert seen == [str(n) for n in range(12)]
    small = (await client.get(f"{base}/customers", params={"pagesize": 2}, headers=auth)).json()
    assert small["summary"]["pageSizeLimit"] == 10  # below 5 falls back to 10
    counts = sandbox.state.counts()
    assert counts["arm"]["2218"]["customers"] == 12
    assert counts["arm"]["2218"]["documents"] == 1
    assert counts["duplicates"]["arm.documentNo"] == 1
    assert sandbox.violations == []


@pytest.mark.amili_sandbox(batch_delay=30, validate_responses=True)
async def test_arm_batch_processing_and_partial_failure(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with sandbox.client() as client:
        auth = await token(client, sandbox)
        base = "/arm/v1/clients/7"
        customers = {"metadata": META, "customers": [{"customerNo": "1", "name": "A"}]}
        receipt = await client.post(f"{base}/customers/batches", json=customers, headers=auth)
        assert receipt.status_code == 202
        batch_url = f"{base}/batches/{receipt.json()['batchUuid']}"
        assert (await client.get(batch_url, headers=auth)).status_code == 202
        sandbox.advance(31)
        done = await client.get(batch_url, headers=auth)
        assert done.status_code == 200
        assert done.json()["succeededCount"] == 1
        documents = {
            "metadata": META,
            "documents": [
                {"documentNo": "D1", "customerNo": "1"},
                {"documentNo": "D2", "customerNo": "unknown"},
                {"documentNo": "D1", "customerNo": "1"},
            ],
        }
        receipt = await client.post(f"{base}/documents/batches", json=documents, headers=auth)
        sandbox.advance(31)
        result = await client.get(f"{base}/batches/{receipt.json()['batchUuid']}", headers=auth)
        assert result.status_code == 206
        body = result.json()
        assert (body["succeededCount"], body["failedCount"]) == (1, 2)
        assert [i["status"] for i in body["items"]] == ["PROCESSED", "FAILED", "FAILED"]
        assert sandbox.state.counts()["arm"]["7"]["documents"] == 1
    assert sandbox.violations == []
    assert sandbox.response_problems == []


async def test_autocollect_idempotent_batches_and_webhooks() -> None:
    received: list[WebhookDelivery] = []

    async def hook(delivery: WebhookDelivery) -> None:
        received.append(delivery)

    sandbox = Sandbox(
        SandboxConfig(batch_delay=10, webhook_callback=hook, webhook_secret="s3cr3t", validate_responses=True)
    )
    async with sandbox.client() as client:
        auth = await token(client, sandbox)
        invoices = {
            "invoices": [
                {"type": "NOTICE", "invoiceNumber": "1", "originalInvoiceAmount": 100, "currency": "NOK"},
                {"type": "NOTICE", "invoiceNumber": "1", "originalInvoiceAmount": 100, "currency": "NOK"},
            ]
        }
        headers = {**auth, "IdempotencyKey": "key-1"}
        first = await client.post(f"/collection/v1/orgs/{ORG}/invoices", json=invoices, headers=headers)
        again = await client.post(f"/collection/v1/orgs/{ORG}/invoices", json=invoices, headers=headers)
        assert first.status_code == again.status_code == 202
        assert first.json()["summary"]["status"] == "SUCCESS"
        batch_id = first.json()["data"]["batchId"]
        assert again.json()["data"]["batchId"] == batch_id
        batch_url = f"/collection/v1/orgs/{ORG}/batches/{batch_id}"
        assert (await client.get(batch_url, headers=auth)).json()["data"]["status"] == "QUEUED"
        sandbox.advance(11)
        batch = (await client.get(batch_url, headers=auth)).json()["data"]
        assert batch["status"] == "PARTIAL"
        assert len(batch["succeeded"]) == 1
        assert len(batch["failed"]) == 1
        assert sandbox.state.counts()["autocollect"][ORG]["batches"] == 1
        assert sandbox.state.counts()["duplicates"]["autocollect.idempotent_replay"] == 1

        case_id = batch["succeeded"][0]["caseId"]
        pause = await client.post(f"/collection/v1/orgs/{ORG}/cases/{case_id}/pause", headers=auth)
        assert pause.status_code == 202
        assert sandbox.state.organizations[ORG].cases[case_id]["status"] == "PAUSED"
        assert (await client.post(f"/collection/v1/orgs/{ORG}/cases/{case_id}/pause", headers=auth)).status_code == 409
        await client.post(f"/collection/v1/orgs/{ORG}/cases/{case_id}/resume", headers=auth)
        await client.post(f"/collection/v1/orgs/{ORG}/cases/{case_id}/withdraw", headers=auth)
        assert sandbox.state.organizations[ORG].cases[case_id]["status"] == "WITHDRAWN"
    assert sandbox.violations == []
    assert sandbox.response_problems == []

    events = [d.event for d in received]
    assert events[:2] == ["CASE", "BATCH_COMPLETED"]
    assert events.count("CASE_UPDATED") == 3
    completed = received[1]
    assert completed.payload["data"] == {"batchId": batch_id, "organizationId": ORG, "status": "PARTIAL"}
    assert completed.payload["source"] == "COLLECTION"
    assert completed.headers["X-Webhook-Signature"] == sign(completed.body, "s3cr3t")
    assert completed.headers["X-Amili-Event"] == "BATCH_COMPLETED"


async def test_autocollect_cursor_paging(sandbox: Sandbox, client: httpx.AsyncClient) -> None:
    auth = await token(client, sandbox)
    invoices = {"invoices": [{"invoiceNumber": str(n), "originalInvoiceAmount": n} for n in range(7)]}
    await client.post(f"/collection/v1/orgs/{ORG}/invoices", json=invoices, headers=auth)
    numbers: list[str] = []
    params: dict[str, Any] = {"PageSize": 3}
    pages = 0
    while True:
        page = (await client.get(f"/collection/v1/orgs/{ORG}/invoices", params=params, headers=auth)).json()
        numbers += [i["invoiceNumber"] for i in page["data"]]
        pages += 1
        if not page["summary"]["nextPageToken"]:
            break
        params["PageToken"] = page["summary"]["nextPageToken"]
    assert numbers == [str(n) for n in range(7)]
    assert pages == 3


async def _fault_sequence(seed: int) -> list[tuple[int, str, int | None]]:
    rules = [
        FaultRule(FaultKind.ERROR, probability=0.3, path="/arm/v1/*", status=502),
        FaultRule(FaultKind.RATE_LIMIT, probability=0.2, operation="arm.customers.list_customers", retry_after=2),
    ]
    sandbox = Sandbox(SandboxConfig(seed=seed, faults=rules))
    statuses: list[int] = []
    async with sandbox.client() as client:
        auth = await token(client, sandbox)
        for _ in range(30):
            response = await client.get("/arm/v1/clients/1/customers", headers=auth)
            statuses.append(response.status_code)
            if response.status_code == 429:
                assert response.headers["retry-after"] == "2"
    assert set(statuses) <= {200, 429, 502}
    return [(e.request_no, e.kind.value, e.status) for e in sandbox.fault_log]


async def test_faults_are_deterministic_for_a_seed() -> None:
    first, second, other = await _fault_sequence(7), await _fault_sequence(7), await _fault_sequence(8)
    assert first == second
    assert first
    assert first != other


async def test_drop_and_error_after_processing(sandbox: Sandbox, client: httpx.AsyncClient) -> None:
    auth = await token(client, sandbox)
    sandbox.add_fault(FaultRule(FaultKind.DROP, operation="arm.customers.create_customer", times=1))
    sandbox.add_fault(FaultRule(FaultKind.ERROR_AFTER, operation="arm.customers.create_customer", times=1, after=1))
    body = {"metadata": META, "customer": {"customerNo": "9", "name": "N"}}
    with pytest.raises(httpx.ReadError):
        await client.post("/arm/v1/clients/3/customers", json=body, headers=auth)
    assert sandbox.state.counts()["arm"].get("3", {}).get("customers", 0) == 0  # never processed
    failed = await client.post("/arm/v1/clients/3/customers", json=body, headers=auth)
    assert failed.status_code == 500
    assert sandbox.state.counts()["arm"]["3"]["customers"] == 1  # processed, then answered 500
    sandbox.add_fault(FaultRule(FaultKind.EXPIRE_TOKEN, times=1))
    assert (await client.get("/arm/v1/clients/3/customers", headers=auth)).status_code == 401


async def test_batch_failure_fault(sandbox: Sandbox, client: httpx.AsyncClient) -> None:
    auth = await token(client, sandbox)
    sandbox.add_fault(FaultRule(FaultKind.BATCH_FAILURE, operation="autocollect.invoices.create_invoices"))
    accepted = await client.post(
        f"/collection/v1/orgs/{ORG}/invoices",
        json={"invoices": [{"invoiceNumber": "1", "originalInvoiceAmount": 1}]},
        headers=auth,
    )
    batch = await client.get(f"/collection/v1/batches/{accepted.json()['data']['batchId']}", headers=auth)
    assert batch.json()["data"]["status"] == "FAILED"


async def test_invalid_request_is_recorded_as_violation(sandbox: Sandbox, client: httpx.AsyncClient) -> None:
    if "arm" not in sandbox.validator.specs:
        pytest.skip("specs/arm.yaml not present")
    auth = await token(client, sandbox)
    response = await client.post("/arm/v1/clients/1/customers", json={"customer": {"customerNo": 5}}, headers=auth)
    assert response.status_code == 422
    assert response.json()["result"] == "ERROR"
    assert len(sandbox.violations) == 1
    violation = sandbox.violations[0]
    assert violation.operation == "arm.customers.create_customer"
    assert any("metadata" in e for e in violation.errors)
    assert any("customerNo" in e for e in violation.errors)
    bad_param = await client.get("/arm/v1/clients/1/customers", params={"pagesize": "many"}, headers=auth)
    assert bad_param.status_code == 400
    listed = (await client.get("/_sandbox/violations")).json()
    assert listed[0]["requestId"] == violation.request_id
    assert len(listed) == 2


async def test_distribution_send_status_and_partner(sandbox: Sandbox, client: httpx.AsyncClient) -> None:
    invoice = {
        "Invoice": {"Identifier": "inv-1", "InvoiceNo": "7500788961", "Channel": "EINVOICE"},
        "Subscription": {"SubscriptionId": "sub-1", "StorageId": "267"},
    }
    accepted = await client.post("/distribution/send/invoice", json=invoice)
    assert accepted.status_code == 202
    assert accepted.json() == {"RequestId": "inv-1", "Message": "inv-1 is accepted."}
    assert (await client.post("/distribution/send/invoice", json=invoice)).status_code == 400
    status = await client.get("/distribution/send/status", params={"Identifier": "inv-1"})
    assert status.json()["Status"] == "DELIVERED"  # batch_delay 0: processed by the next request
    creds = sandbox.credentials
    partner_token = await client.post(
        "/partner/token", json={"ClientId": creds.client_id, "ClientSecret": creds.client_secret}
    )
    auth = {"Authorization": f"Bearer {partner_token.json()['Token']}"}
    listed = await client.get(
        "/partner/invoices",
        params={"CompanyId": "sub-1", "FromDate": "2000-01-01T00:00:00Z", "ToDate": "2999-01-01T00:00:00Z"},
        headers=auth,
    )
    assert [i["InvoiceNumber"] for i in listed.json()] == ["7500788961"]
    assert sandbox.violations == []


async def test_inspection_endpoints(sandbox: Sandbox, client: httpx.AsyncClient) -> None:
    auth = await token(client, sandbox)
    await client.get("/arm/v1/clients/1/customers", headers=auth)
    state = (await client.get("/_sandbox/state")).json()
    assert state["requests"]["arm.customers.list_customers"] == 1
    requests = (await client.get("/_sandbox/requests")).json()
    assert [r["operation"] for r in requests] == ["identity.tokens.create_token", "arm.customers.list_customers"]
    assert sandbox.base_urls("http://x")["autocollect"] == "http://x/collection/v1"


@pytest.mark.amili_sandbox(faults=[FaultRule(FaultKind.DROP, operation="arm.customers.get_customer")])
def test_loopback_server_in_thread(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    with sandbox.run_in_thread() as root, httpx.Client(base_url=root, timeout=5) as client:
        assert root.startswith("http://127.0.0.1:")
        creds = sandbox.credentials
        form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
        issued = client.post(sandbox.base_urls(root)["identity"] + "/token", data=form)
        assert issued.status_code == 200
        auth = {"Authorization": f"Bearer {issued.json()['access_token']}"}
        listed = client.get("/arm/v1/clients/1/customers", headers=auth)
        assert listed.status_code == 200
        assert "x-amili-request-id" in listed.headers
        with pytest.raises(httpx.TransportError):
            client.get("/arm/v1/clients/1/customers/1", headers=auth)
