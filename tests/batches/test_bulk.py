"""Issue 24.2: outcomes belong to items, not positions. A rerun on the same journal with the same items in another
order (or another mix of valid and invalid ones) is other input: `JournalMismatchError`, never a stored outcome
replayed onto the item that now sits at its position. Memory, SQLite, PostgreSQL; ARM and AutoCollect."""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from _batch_helpers import fast_client

from amili.batches import OutcomeStatus
from amili.errors import JournalMismatchError
from amili.journal import JournalStore
from amili.sandbox import Sandbox

CLIENT = 2218


def posts(sandbox: Sandbox, operation: str) -> int:
    return sum(1 for r in sandbox.requests if r.operation == operation)


def items_for(api: str) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A valid item A, an invalid item X (no natural key... still has an identifiable field), a valid item B."""
    if api == "arm":
        return (
            {"documentNo": "A", "customerNo": "1", "documentType": "INVOICE"},
            {"documentNo": "X", "customerNo": "1", "documentType": "INVOICE", "noSuchField": 1},
            {"documentNo": "B", "customerNo": "1", "documentType": "INVOICE"},
        )
    return (
        {"invoiceNumber": "A", "type": "NOTICE", "originalInvoiceAmount": 1},
        {"invoiceNumber": "X", "type": "NOTICE", "originalInvoiceAmount": "lots"},
        {"invoiceNumber": "B", "type": "NOTICE", "originalInvoiceAmount": 2},
    )


async def run_once(amili: Any, api: str, scope: Any, items: list[Any], journal: JournalStore) -> dict[str, Any]:
    namespace = amili.arm.documents if api == "arm" else amili.autocollect.invoices
    async with namespace.submit_many(scope, items, chunk_size=10, journal=journal, run_name="r") as run:
        return {o.key: o for o in await run.collect()}


@pytest.mark.parametrize("api", ["arm", "autocollect"])
@pytest.mark.amili_sandbox(batch_delay=0)
async def test_the_same_items_in_another_order_are_refused_not_replayed_by_position(
    store: JournalStore, api: str, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    a, x, _ = items_for(api)
    async with fast_client(sandbox) as amili:
        scope: Any = CLIENT if api == "arm" else str(uuid.uuid4())
        if api == "arm":
            await (await amili.arm.customers.submit_batch(CLIENT, [{"customerNo": "1", "name": "C"}])).wait(10)
        first = await run_once(amili, api, scope, [a, x], store)
        assert (first["A"].status, first["X"].status) == (OutcomeStatus.SUCCESS, OutcomeStatus.INVALID)
        sent = posts(
            sandbox, f"{api}.{'documents.create_documents_batch' if api == 'arm' else 'invoices.create_invoices'}"
        )
        # Before: X (never sent) was reported SUCCESS and A INVALID.
        with pytest.raises(JournalMismatchError):
            await run_once(amili, api, scope, [x, a], store)
        # The same input again replays the stored outcomes, each on its own item, without a request.
        again = await run_once(amili, api, scope, [a, x], store)
        assert {k: (o.index, o.status) for k, o in again.items()} == {
            "A": (0, OutcomeStatus.SUCCESS),
            "X": (1, OutcomeStatus.INVALID),
        }
        assert (
            posts(
                sandbox, f"{api}.{'documents.create_documents_batch' if api == 'arm' else 'invoices.create_invoices'}"
            )
            == sent
        )


@pytest.mark.parametrize("api", ["arm", "autocollect"])
@pytest.mark.amili_sandbox(batch_delay=0)
async def test_an_item_fixed_or_broken_between_runs_is_other_input(
    store: JournalStore, api: str, amili_sandbox: Sandbox
) -> None:
    # Run 1 [A, X invalid, B]; rerun [A, X fixed, B]: the valid items are the same, the chunk is not.
    sandbox = amili_sandbox
    a, x, b = items_for(api)
    fixed = {k: v for k, v in x.items() if k != "noSuchField"}
    if api == "autocollect":
        fixed["originalInvoiceAmount"] = 3
    async with fast_client(sandbox) as amili:
        scope: Any = CLIENT if api == "arm" else str(uuid.uuid4())
        if api == "arm":
            await (await amili.arm.customers.submit_batch(CLIENT, [{"customerNo": "1", "name": "C"}])).wait(10)
        first = await run_once(amili, api, scope, [a, x, b], store)
        assert [first[k].status for k in "AXB"] == ["SUCCESS", "INVALID", "SUCCESS"]
        with pytest.raises(JournalMismatchError):
            await run_once(amili, api, scope, [a, fixed, b], store)
        with pytest.raises(JournalMismatchError):
            await run_once(amili, api, scope, [b, x, a], store)
