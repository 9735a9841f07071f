"""Seeding shared by the two property-based sandbox modules (`test_conformance.py`, `test_sandbox_conformance.py`):
a little of everything, created through the sandbox's HTTP API, and the ids each path/query parameter may take."""

from __future__ import annotations

from typing import Any

import httpx

from amili.sandbox import Sandbox

ROOT = "http://testserver"
CLIENT_NO, ORG = 2218, "3fa85f64-5717-4562-b3fc-2c963f66afa6"
META = {"userId": "conformance"}


async def seed(sandbox: Sandbox, known: dict[str, list[Any]], *, invoices: int, known_from: int = 0) -> dict[str, str]:
    """Creates the objects and fills `known` (parameter name -> ids of seeded objects); returns the bearer header.
    `invoices` AutoCollect invoices are created; those listed from `known_from` on are offered as known ids."""
    async with httpx.AsyncClient(transport=sandbox.transport(), base_url=ROOT) as client:
        creds = sandbox.credentials
        form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
        token = (await client.post("/identity/token", data=form)).json()["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        arm = f"/arm/v1/clients/{CLIENT_NO}"
        for n in range(3):
            customer = {"customerNo": f"C{n}", "name": f"Customer {n}"}
            await client.post(f"{arm}/customers", json={"metadata": META, "customer": customer}, headers=auth)
            document = {
                "documentNo": f"D{n}",
                "customerNo": f"C{n}",
                "documentType": "IN",
                "kid": f"100{n}",
                "currencyAmounts": {"inclVat": 100.0},
            }
            await client.post(f"{arm}/documents", json={"metadata": META, "document": document}, headers=auth)
        files = [{"fileId": "F1", "name": "a.pdf", "content": "JVBERi0="}]
        await client.post(f"{arm}/files", json={"metadata": META, "files": files}, headers=auth)
        batch = await client.post(
            f"{arm}/customers/batches",
            json={"metadata": META, "customers": [{"customerNo": "C9", "name": "Batch"}]},
            headers=auth,
        )
        ac = f"/collection/v1/orgs/{ORG}"
        new_invoices = [
            {"invoiceNumber": f"I{n}", "originalInvoiceAmount": 100, "uniqueSourceInvoiceId": f"S{n}", "type": "NOTICE"}
            for n in range(invoices)
        ]
        ac_batch = await client.post(f"{ac}/invoices", json={"invoices": new_invoices}, headers=auth)
        listed = (await client.get(f"{ac}/invoices", headers=auth)).json()["data"]
        payment = {"payments": [{"invoiceId": listed[0]["id"], "amount": 100}]}
        await client.post(f"{ac}/payments", json=payment, headers=auth)
        settlements = (await client.get(f"{ac}/settlements", headers=auth)).json()["data"]
        identifiers = []
        for n in range(2):
            invoice = {"Identifier": f"DOC{n}", "InvoiceNo": f"N{n}"}
            await client.post("/distribution/send/invoice", json={"Invoice": invoice}, headers=auth)
            identifiers.append(f"DOC{n}")
        arm_client = sandbox.state.arm_clients[CLIENT_NO]
        known.update(
            clientno=[CLIENT_NO],
            customerno=list(arm_client.customers),
            documentno=list(arm_client.documents),
            aritemid=list(arm_client.ar_items),
            fileid=list(arm_client.files),
            batchuuid=[batch.json()["batchUuid"]],
            organizationId=[ORG],
            invoiceId=[i["id"] for i in listed[known_from:]],
            caseId=[i["caseId"] for i in listed[known_from:]],
            batchId=[ac_batch.json()["data"]["batchId"]],
            settlementId=[s["settlementId"] for s in settlements],
            Identifier=identifiers,
        )
        return auth
