"""Issue 28.3, a first step: single-record reads are declared (`declared.READS`), served by one engine."""

from __future__ import annotations

import pytest

from amili.sandbox import Sandbox
from amili.sandbox.declared import LISTS, READS, operations

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


async def test_declared_reads_serve_stored_records_404s_and_403s(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    assert operations() == {d.operation for d in (*READS, *LISTS)}  # declarations name `api.operationId`
    # the sandbox reports them by the façade's names, as its request records do
    assert sandbox.declared_operations == {sandbox.validator.qualified(name) for name in operations()}
    assert "arm.customers.get_customer" in sandbox.declared_operations
    assert not sandbox.declared_operations & sandbox.generic_operations
    await sandbox.seed.arm.customer(2218, customerNo="C1", name="Ann")
    await sandbox.seed.arm.document(2218, documentNo="D1", customerNo="C1", currencyAmounts={"inclVat": 10.0})
    await sandbox.seed.autocollect.invoices(
        ORG, [{"invoiceNumber": "1", "originalInvoiceAmount": 5, "uniqueSourceInvoiceId": "s1", "type": "NOTICE"}]
    )
    ar_item = next(iter(sandbox.state.arm_clients[2218].ar_items))
    invoice = next(iter(sandbox.state.organizations[ORG].invoices))
    async with sandbox.client() as http:
        creds = sandbox.credentials
        form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
        auth = {"Authorization": f"Bearer {(await http.post('/identity/token', data=form)).json()['access_token']}"}

        async def get(path: str) -> tuple[int, object]:
            response = await http.get(path, headers=auth)
            return response.status_code, response.json()

        status, customer = await get("/arm/v1/clients/2218/customers/C1")
        assert status == 200 and customer["name"] == "Ann"  # type: ignore[index]
        status, document = await get("/arm/v1/clients/2218/documents/D1")
        assert status == 200 and document["documentNo"] == "D1"  # type: ignore[index]
        status, item = await get(f"/arm/v1/clients/2218/aritems/{ar_item}")
        assert status == 200 and item["arItemId"] == ar_item  # type: ignore[index]
        status, answer = await get(f"/collection/v1/orgs/{ORG}/invoices/{invoice}")
        assert status == 200 and answer["data"]["id"] == invoice  # type: ignore[index]
        status, missing = await get("/arm/v1/clients/2218/files/nope")
        assert status == 404 and missing["message"] == "File nope not found"  # type: ignore[index]
        assert (await get("/arm/v1/clients/9/customers/C1"))[0] == 404  # an unknown client: nothing stored
        assert (await get("/arm/v1/clients/0/customers/C1"))[0] == 403  # a client number that cannot exist
    assert sandbox.state.arm_clients.keys() == {2218}  # a read creates nothing


@pytest.mark.parametrize("read", READS, ids=[r.operation for r in READS])
def test_each_declaration_names_a_spec_operation_and_its_key(read: object, amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    api, _, operation_id = read.operation.partition(".")  # type: ignore[attr-defined]
    op = sandbox.validator.specs[api].find(operation_id)
    assert op is not None and op.method == "GET"
    assert "{" + read.key + "}" in op.template  # type: ignore[attr-defined]


@pytest.mark.parametrize("listing", LISTS, ids=[d.operation for d in LISTS])
def test_each_declared_list_names_a_paged_spec_operation(listing: object, amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    api, _, operation_id = listing.operation.partition(".")  # type: ignore[attr-defined]
    op = sandbox.validator.specs[api].find(operation_id)
    assert op is not None and op.method == "GET"
    raw, _ = sandbox.validator.specs[api].resolve({"$ref": op.pointer}, op.pointer)
    assert "x-amili-pagination" in raw


async def test_declared_lists_page_and_filter(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    invoices = [
        {"invoiceNumber": f"I{n}", "originalInvoiceAmount": 5, "uniqueSourceInvoiceId": f"s{n}", "type": "NOTICE"}
        for n in range(5)
    ]
    await sandbox.seed.autocollect.invoices(ORG, invoices)
    async with sandbox.client() as http:
        creds = sandbox.credentials
        form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
        auth = {"Authorization": f"Bearer {(await http.post('/identity/token', data=form)).json()['access_token']}"}
        first = (await http.get(f"/collection/v1/orgs/{ORG}/invoices?PageSize=2", headers=auth)).json()
        token = first["summary"]["nextPageToken"]
        second = await http.get(f"/collection/v1/orgs/{ORG}/invoices?PageSize=2&PageToken={token}", headers=auth)
        one = (await http.get(f"/collection/v1/orgs/{ORG}/invoices?InvoiceNumber=i3", headers=auth)).json()
    assert [i["invoiceNumber"] for i in first["data"]] == ["I0", "I1"]
    assert [i["invoiceNumber"] for i in second.json()["data"]] == ["I2", "I3"]
    assert [i["invoiceNumber"] for i in one["data"]] == ["I3"]
