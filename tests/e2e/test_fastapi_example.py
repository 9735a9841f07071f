"""examples/fastapi_app end to end against the embedded sandbox: HTTP in, AutoCollect batches, webhooks back."""

from __future__ import annotations

import importlib.util
import sys
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from amili import AmiliClient

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "fastapi_app" / "app.py"


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fastapi_example_app", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_example_app_submits_invoices_and_records_webhooks(run: Any) -> None:
    example = load_example()
    clients: list[AmiliClient] = []

    def factory() -> AmiliClient:
        clients.append(AmiliClient.sandbox())
        return clients[-1]

    org = str(uuid.uuid4())
    app = example.create_app(factory, organization_id=org)
    invoices = [{"invoiceNumber": f"INV-{i}", "originalInvoiceAmount": 100 + i} for i in range(4)]
    invoices.append({"invoiceNumber": "INV-NO-AMOUNT"})  # Amili rejects this one while processing the batch

    async def main() -> None:
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
                assert (await http.get("/health")).json() == {"status": "ok", "environment": "sandbox"}
                response = await http.post("/invoices", params={"chunk_size": 2}, json=invoices)
                assert response.status_code == 200, response.text
                result = response.json()
                assert (await http.get(f"/runs/{result['runId']}")).json() == result
                webhooks = (await http.get("/webhooks")).json()
                bad = await http.post("/invoices", json=[{"type": "NOTICE"}])  # no invoiceNumber
                assert bad.status_code == 422

        assert result["organizationId"] == org
        assert result["summary"] == {"submitted": 5, "succeeded": 4, "failed": 1}
        by_number = {o["key"]: o for o in result["outcomes"]}
        assert [o["index"] for o in result["outcomes"]] == [0, 1, 2, 3, 4]
        assert all(by_number[f"INV-{i}"]["ok"] for i in range(4))
        assert all(by_number[f"INV-{i}"]["ids"].get("invoiceId") for i in range(4))
        assert not by_number["INV-NO-AMOUNT"]["ok"]
        assert "originalInvoiceAmount" in (by_number["INV-NO-AMOUNT"]["message"] or "")
        assert len(result["batches"]) == 3

        # every batch's BATCH_COMPLETED reached the app through the router (signature checked), once each
        assert sorted(w["batchId"] for w in webhooks) == sorted(result["batches"])
        assert sorted(w["status"] for w in webhooks) == ["FAILED", "SUCCESS", "SUCCESS"]  # last chunk: the bad one
        (client,) = clients
        sandbox = client.simulator
        assert sandbox is not None
        assert {d.status for d in sandbox.webhook_deliveries} == {200}
        org_state = sandbox.state.organizations[org]
        assert sorted(i["invoiceNumber"] for i in org_state.invoices.values()) == [f"INV-{i}" for i in range(4)]

    run(main)
