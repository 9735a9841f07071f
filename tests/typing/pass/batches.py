import uuid
from collections.abc import AsyncIterator

from amili_autocollect.models import InvoiceCreate

from amili import AmiliClient
from amili.types.arm import DocumentParam


async def documents() -> AsyncIterator[DocumentParam]:
    for i in range(3):
        yield {"documentNo": f"D{i}", "customerNo": "C1"}


async def main(amili: AmiliClient) -> None:
    org = uuid.uuid4()
    handle = await amili.autocollect.invoices.submit(org, [{"invoiceNumber": "I1", "originalInvoiceAmount": 100}])
    await handle.wait(timeout=60)
    await amili.autocollect.invoices.submit(str(org), [InvoiceCreate(invoice_number="I2")])
    async with amili.arm.documents.submit_many(
        2218, ({"documentNo": f"D{i}", "customerNo": "C1"} for i in range(3)), chunk_size=2
    ) as run:
        async for outcome in run:
            print(outcome.ok)
    async with amili.arm.documents.submit_many(2218, documents(), run_name="import") as run:
        print(await run.collect())
