"""Issue 24.3: ambiguous evidence is not success. Only evidence naming this chunk's items counts.

(a) A PARTIAL AutoCollect batch whose failed entry names only an `invoiceId` held by two payments of the chunk:
    neither payment's fate can be known from it (UNKNOWN), and neither is SUCCESS.
(b) The batch found by the chunk's `IdempotencyKey` is another (older, SUCCESS) batch because the server ignored
    the filter: it is not this chunk's batch, and none of the chunk's items is reported SUCCESS from it.
"""

from __future__ import annotations

import uuid
from collections import Counter
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from _batch_helpers import fast_client

from amili.batches import BatchHandle, OutcomeStatus
from amili.batches.styles import AutocollectStyle
from amili.errors import InternalServerError
from amili.sandbox import FaultKind, FaultRule, Sandbox
from amili.sandbox.autocollect import AutoCollect

ORG = str(uuid.uuid4())


@pytest.fixture
def failures_by_invoice_id_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """A server whose `failed[]` entries name the item by `invoiceId` only (no `index`)."""
    original = AutoCollect._process

    async def without_index(self: AutoCollect, org: Any, batch: Any, now: float) -> None:
        await original(self, org, batch, now)
        for entry in batch.failed:
            entry.pop("index", None)

    monkeypatch.setattr(AutoCollect, "_process", without_index)


async def an_invoice(amili: Any) -> str:
    invoice = {"invoiceNumber": "I1", "type": "NOTICE", "originalInvoiceAmount": 100}
    result = await (await amili.autocollect.invoices.submit(ORG, [invoice])).wait(timeout=10)
    (outcome,) = result.outcomes
    assert outcome.ok
    return str(outcome.ids["invoiceId"])


@pytest.mark.usefixtures("failures_by_invoice_id_only")
@pytest.mark.parametrize("failing", [0, 1])
@pytest.mark.amili_sandbox(batch_delay=0)
async def test_a_failure_named_by_a_key_two_items_share_settles_neither(failing: int, amili_sandbox: Sandbox) -> None:
    # Before: the payment not at the last position of the shared key was reported SUCCESS.
    sandbox = amili_sandbox
    async with fast_client(sandbox) as amili:
        invoice_id = await an_invoice(amili)
        other = await (
            await amili.autocollect.invoices.submit(
                ORG, [{"invoiceNumber": "I2", "type": "NOTICE", "originalInvoiceAmount": 100}]
            )
        ).wait(timeout=10)
        other_id = str(other.outcomes[0].ids["invoiceId"])
        payments = [{"invoiceId": invoice_id, "type": "DIRECT_PAYMENT", "amount": 10} for _ in range(2)]
        payments[failing]["amount"] = 0  # Amili refuses it; its failed entry names only the invoiceId
        payments.append({"invoiceId": other_id, "type": "DIRECT_PAYMENT", "amount": 5})  # unambiguous
        async with amili.autocollect.payments.submit_many(ORG, payments, chunk_size=10) as run:
            outcomes = {o.index: o for o in await run.collect()}
    assert sorted(outcomes) == [0, 1, 2]
    assert (outcomes[0].status, outcomes[1].status) == (OutcomeStatus.UNKNOWN, OutcomeStatus.UNKNOWN)
    assert not outcomes[0].ok and not outcomes[1].ok
    assert "ambiguous" in (outcomes[0].message or "")
    assert outcomes[2].status == OutcomeStatus.SUCCESS  # its key is its own: the evidence names it
    assert len(sandbox.state.organizations[ORG].payments) == 2  # the batch really was PARTIAL


@pytest.mark.usefixtures("failures_by_invoice_id_only")
@pytest.mark.amili_sandbox(batch_delay=0)
async def test_a_failure_named_by_a_unique_key_is_still_mapped_to_its_item(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with fast_client(sandbox) as amili:
        invoice_id = await an_invoice(amili)
        payments = [
            {"invoiceId": invoice_id, "type": "DIRECT_PAYMENT", "amount": 10},
            {"invoiceId": str(uuid.uuid4()), "type": "DIRECT_PAYMENT", "amount": 10},  # no such invoice
        ]
        async with amili.autocollect.payments.submit_many(ORG, payments, chunk_size=10) as run:
            outcomes = {o.index: o for o in await run.collect()}
    assert outcomes[0].status == OutcomeStatus.SUCCESS
    assert outcomes[1].status == OutcomeStatus.FAILED
    assert "not found" in (outcomes[1].message or "")


@pytest.fixture(params=["filter ignored", "filter ignored, key not echoed"])
def list_batches_ignores_the_key(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """A server whose batch list ignores the `IdempotencyKey` filter (and maybe does not echo the key)."""

    async def ignoring(self: AutoCollect, http: Any) -> Any:
        org = self.org(http)
        items = [b.to_json() for b in org.batches.values()]
        if "not echoed" in request.param:
            items = [{k: v for k, v in b.items() if k != "idempotencyKey"} for b in items]
        return self.cursor_page(http, items)

    monkeypatch.setattr(AutoCollect, "list_batches", ignoring)
    return str(request.param)


@pytest.mark.usefixtures("list_batches_ignores_the_key")
@pytest.mark.amili_sandbox(batch_delay=0)
async def test_an_older_batch_found_despite_the_key_filter_is_not_this_chunks_batch(amili_sandbox: Sandbox) -> None:
    # Before: every invoice POST got 500, the list answered the older SUCCESS batch, and the 3 never-created
    # invoices were reported SUCCESS.
    sandbox = amili_sandbox
    async with fast_client(sandbox) as amili:
        await an_invoice(amili)
        sandbox.add_fault(FaultRule(FaultKind.ERROR, status=500, operation="autocollect.invoices.create_invoices"))
        invoices = [{"invoiceNumber": f"N{i}", "type": "NOTICE", "originalInvoiceAmount": 1 + i} for i in range(3)]
        seen: list[Any] = []
        with pytest.raises(InternalServerError):
            async with amili.autocollect.invoices.submit_many(ORG, invoices, chunk_size=3) as run:
                seen.extend([o async for o in run])
    assert not [o for o in seen if o.ok]
    assert {i["invoiceNumber"] for i in sandbox.state.organizations[ORG].invoices.values()} == {"I1"}


@pytest.mark.usefixtures("list_batches_ignores_the_key")
@pytest.mark.amili_sandbox(batch_delay=0)
async def test_this_chunks_own_batch_is_still_found_by_its_echoed_key_or_its_listed_items(
    amili_sandbox: Sandbox,
) -> None:
    # The neighbour: the POST was processed (then answered 500). The batch the list shows names this chunk (its key
    # echoed, or its invoice numbers listed): it is this chunk's, and its items are SUCCESS, created once.
    sandbox = amili_sandbox
    async with fast_client(sandbox) as amili:
        await an_invoice(amili)
        sandbox.add_fault(FaultRule(FaultKind.ERROR_AFTER, operation="autocollect.invoices.create_invoices", times=1))
        invoices = [{"invoiceNumber": f"N{i}", "type": "NOTICE", "originalInvoiceAmount": 1 + i} for i in range(3)]
        async with amili.autocollect.invoices.submit_many(ORG, invoices, chunk_size=3) as run:
            outcomes = await run.collect()
    assert all(o.status == OutcomeStatus.SUCCESS and o.ids.get("invoiceId") for o in outcomes), outcomes
    numbers = Counter(i["invoiceNumber"] for i in sandbox.state.organizations[ORG].invoices.values())
    assert numbers == Counter({"I1": 1, "N0": 1, "N1": 1, "N2": 1})


def scripted_poll(data: Any) -> Any:
    """The spec's poll operation, answering one AutoCollect batch status (`data`)."""

    async def raw(**kwargs: Any) -> Any:
        return SimpleNamespace(parsed=SimpleNamespace(data=data), headers=httpx.Headers())

    return SimpleNamespace(meta=SimpleNamespace(path_params=("organization_id", "batch_id")), raw=raw, raw_json=raw)


def entry(**fields: Any) -> Any:
    return SimpleNamespace(**fields)


def handle(keys: list[str]) -> BatchHandle:
    return BatchHandle("autocollect", "create_payments", ORG, "b", None, len(keys), keys=tuple(keys))


@pytest.mark.parametrize(
    ("status", "succeeded", "failed", "expected"),
    [
        # A finished batch that says SUCCESS applied every item, whatever its entries name.
        ("SUCCESS", [entry(invoice_id="K")], [], ["SUCCESS", "SUCCESS", "SUCCESS"]),
        # A failure named by the shared key: either payment on K could be it; L's own key is not named.
        ("PARTIAL", [], [entry(invoice_id="K", message="refused")], ["UNKNOWN", "UNKNOWN", "SUCCESS"]),
        # Named by index: exact.
        ("PARTIAL", [], [entry(index=1, invoice_id="K", message="refused")], ["SUCCESS", "FAILED", "SUCCESS"]),
        # A failure that names no item of this batch: no unlisted item can be inferred SUCCESS.
        ("PARTIAL", [], [entry(invoice_id="Z", message="refused")], ["UNKNOWN", "UNKNOWN", "UNKNOWN"]),
        # Success entries by the shared key, the failure by L's own key: K's payments succeeded.
        (
            "PARTIAL",
            [entry(invoice_id="K")],
            [entry(invoice_id="L", message="refused")],
            ["SUCCESS", "SUCCESS", "FAILED"],
        ),
    ],
)
async def test_autocollect_outcomes_follow_only_evidence_that_names_the_item(
    status: str, succeeded: list[Any], failed: list[Any], expected: list[str]
) -> None:
    data = SimpleNamespace(status=status, succeeded=succeeded, failed=failed)
    state, result, _ = await AutocollectStyle().poll(scripted_poll(data), handle(["K", "K", "L"]))
    assert state == status
    assert result is not None
    assert [o.status for o in result.outcomes] == expected
