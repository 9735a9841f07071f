import uuid

from amili import AmiliClient


async def main(amili: AmiliClient) -> None:
    run = amili.arm.documents.submit_many(2218, [{"documentNo": "D1", "custmerNo": "C1"}])  # expect-error
    async with run:
        pass
    invoices = amili.autocollect.invoices
    await invoices.submit(uuid.uuid4(), [{"invoiceNumber": "I1", "originalInvoiceAmount": "1"}])  # expect-error
    await amili.arm.customers.submit_batch(2218, [42])  # expect-error
