"""End to end: the façade (`AmiliClient`) against the embedded sandbox, in-process and on loopback.

Every test runs through the `amili` fixture, which afterwards asserts that the SDK never sent a request the specs
reject (`sandbox.violations`) and that the sandbox answered as the specs say (`response_problems`).
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest

from amili import AmiliClient, APIConnectionError, NotFoundError, RetryPolicy, UnprocessableEntityError
from amili.sandbox import FaultKind, FaultRule, Sandbox

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
CLIENT = 2218
META = {"userId": "e2e"}
#: retries without real waiting (the sandbox's Retry-After is 0 in these tests)
FAST = RetryPolicy(max_retries=3, base_delay=0.001, max_delay=0.002)
#: every test's sandbox (the plugin's `amili_sandbox`) checks its own answers against the specs
pytestmark = pytest.mark.amili_sandbox(validate_responses=True, seed=11)


def _check_clean(sandbox: Sandbox) -> None:
    assert sandbox.violations == [], [v.to_json() for v in sandbox.violations]
    assert sandbox.response_problems == []


@pytest.fixture
async def amili(amili_sandbox: Sandbox) -> AsyncIterator[AmiliClient]:
    client = AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=FAST)
    async with client:
        yield client
    assert client.simulator is not None
    _check_clean(client.simulator)


def sim(client: AmiliClient) -> Sandbox:
    assert client.simulator is not None
    return client.simulator


def ops(sandbox: Sandbox, operation: str) -> list[int]:
    """Statuses of the requests the sandbox saw for ``operation``."""
    return [r.status for r in sandbox.requests if r.operation == operation]


async def _customers(amili: AmiliClient, count: int) -> None:
    for n in range(count):
        body = {"metadata": META, "customer": {"customerNo": str(n), "name": f"Customer {n}"}}
        await amili.arm.customers.create_customer(clientno=CLIENT, body=body)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------------------------------- ARM


async def test_arm_writes_reads_and_paginates(amili: AmiliClient) -> None:
    await _customers(amili, 12)
    customer = await amili.arm.customers.get_customer(clientno=CLIENT, customerno="3")
    assert customer.name == "Customer 3"
    first = await amili.arm.customers.list_customers(clientno=CLIENT, pagesize=5)
    assert len(first.customers) == 5
    numbers = [c.customer_no async for c in amili.arm.customers.list_customers.iter(clientno=CLIENT, pagesize=5)]
    assert sorted(numbers, key=int) == [str(n) for n in range(12)]
    # 1 single page + 3 pages of the iteration, each page a separate request
    assert ops(sim(amili), "arm.customers.list_customers") == [200] * 4


async def test_arm_typed_404_and_422(amili: AmiliClient) -> None:
    with pytest.raises(NotFoundError) as missing:
        await amili.arm.customers.get_customer(clientno=CLIENT, customerno="nobody")
    assert missing.value.status_code == 404
    assert missing.value.request_id == sim(amili).requests[-1].request_id
    await _customers(amili, 1)
    document = {"metadata": META, "document": {"documentNo": "D1", "customerNo": "0", "documentType": "IN"}}
    await amili.arm.documents.create_document(clientno=CLIENT, body=document)  # type: ignore[arg-type]
    with pytest.raises(UnprocessableEntityError) as duplicate:
        await amili.arm.documents.create_document(clientno=CLIENT, body=document)  # type: ignore[arg-type]
    assert "already exists" in (duplicate.value.server_message or "")


async def test_arm_auto_postings_validate_only_and_all_or_nothing(amili: AmiliClient) -> None:
    await _customers(amili, 1)
    document = {
        "metadata": META,
        "document": {"documentNo": "D1", "customerNo": "0", "kid": "4711", "currencyAmounts": {"inclVat": 100}},
    }
    await amili.arm.documents.create_document(clientno=CLIENT, body=document)  # type: ignore[arg-type]
    good = {"postingId": "P1", "kid": "4711", "amount": 40}
    dry = {"metadata": META, "autoPostings": [{**good, "options": ["validateOnly"]}]}
    result = await amili.arm.auto_postings.create_auto_postings(clientno=CLIENT, autopostingmethod="kid", body=dry)  # type: ignore[arg-type]
    assert result.result == "VALIDATED"
    item = next(iter(sim(amili).state.arm_clients[CLIENT].ar_items.values()))
    assert item["remainingAmount"] == 100  # nothing posted

    bad = {"postingId": "P2", "kid": "no-such-kid", "amount": 10}
    with pytest.raises(UnprocessableEntityError) as rejected:
        await amili.arm.auto_postings.create_auto_postings(
            clientno=CLIENT,
            autopostingmethod="kid",
            body={"metadata": META, "autoPostings": [good, bad]},  # type: ignore[arg-type]
        )
    results = {p["postingId"]: p["resultType"] for p in rejected.value.body["autoPostings"]}
    assert results == {"P1": "BATCH-REJECTED", "P2": "ERROR"}
    assert item["remainingAmount"] == 100  # all or nothing

    posted = await amili.arm.auto_postings.create_auto_postings(
        clientno=CLIENT,
        autopostingmethod="kid",
        body={"metadata": META, "autoPostings": [good]},  # type: ignore[arg-type]
    )
    assert posted.result == "CREATED"
    assert item["remainingAmount"] == 60


# ----------------------------------------------------------------------------------------------------- AutoCollect


def _invoices(*numbers: str) -> dict[str, Any]:
    return {
        "invoices": [
            {"invoiceNumber": n, "originalInvoiceAmount": 100, "uniqueSourceInvoiceId": f"src-{n}", "type": "NOTICE"}
            for n in numbers
        ]
    }


async def test_autocollect_batches_cursor_pagination_and_idempotency_lookup(amili: AmiliClient) -> None:
    key = str(uuid.uuid4())
    accepted = await amili.autocollect.invoices.create_invoices(
        organization_id=uuid.UUID(ORG),
        body=_invoices("1", "2", "3", "4", "5"),  # type: ignore[arg-type]
        idempotency_key=key,
    )
    other = await amili.autocollect.invoices.create_invoices(
        organization_id=uuid.UUID(ORG),
        body=_invoices("6"),  # type: ignore[arg-type]
        idempotency_key=str(uuid.uuid4()),
    )
    # the batch engine reconciles a crashed run by this exact lookup
    found = await amili.autocollect.batches.list_batches(organization_id=uuid.UUID(ORG), idempotency_key=key)
    assert [str(b.batch_id) for b in found.data] == [str(accepted.data.batch_id)]
    assert str(other.data.batch_id) != str(accepted.data.batch_id)
    none = await amili.autocollect.batches.list_batches(organization_id=uuid.UUID(ORG), idempotency_key="unknown")
    assert none.data == []

    numbers = [
        i.invoice_number
        async for i in amili.autocollect.invoices.list_invoices.iter(organization_id=uuid.UUID(ORG), page_size=2)
    ]
    assert sorted(numbers) == ["1", "2", "3", "4", "5", "6"]
    assert ops(sim(amili), "autocollect.invoices.list_invoices") == [200] * 3

    invoice_id = next(iter(sim(amili).state.organizations[ORG].invoices))
    history = await amili.autocollect.invoices.list_invoice_history(
        organization_id=uuid.UUID(ORG), invoice_id=uuid.UUID(invoice_id)
    )
    assert [h.type_ for h in history.data] == ["CREATED"]
    with pytest.raises(NotFoundError):
        await amili.autocollect.invoices.get_invoice(organization_id=uuid.UUID(ORG), invoice_id=uuid.uuid4())


async def test_autocollect_replayed_idempotency_key_creates_one_batch(amili: AmiliClient) -> None:
    key = str(uuid.uuid4())
    first = await amili.autocollect.invoices.create_invoices(
        organization_id=uuid.UUID(ORG),
        body=_invoices("1"),  # type: ignore[arg-type]
        idempotency_key=key,
    )
    again = await amili.autocollect.invoices.create_invoices(
        organization_id=uuid.UUID(ORG),
        body=_invoices("1"),  # type: ignore[arg-type]
        idempotency_key=key,
    )
    assert str(first.data.batch_id) == str(again.data.batch_id)
    assert sim(amili).state.counts()["autocollect"][ORG]["batches"] == 1


# ----------------------------------------------------------------------------------------------------- Distribution


async def test_distribution_send_lookup_company_and_partner(amili: AmiliClient) -> None:
    accepted = await amili.distribution.send.send_invoice(body={"Invoice": {"Identifier": "INV-1"}})  # type: ignore[arg-type]
    assert accepted.request_id == "INV-1"
    link = await amili.distribution.lookup.get_lookup_link(body={"Identifier": "INV-1"})  # type: ignore[arg-type]
    assert link.identifier == "INV-1"
    with pytest.raises(NotFoundError):
        await amili.distribution.lookup.get_lookup_link(body={"Identifier": "nope"})  # type: ignore[arg-type]
    company = {"Company": {"OrganizationNumber": "999888777", "Name": "Acme"}}
    await amili.distribution.organization.add_company(body=company)  # type: ignore[arg-type]
    status = await amili.distribution.organization.get_company_status(body={"OrganizationNumber": "999888777"})  # type: ignore[arg-type]
    assert status.status == "ACTIVE"  # batch_delay 0: active at once
    companies = await amili.partner.companies.list_companies()
    assert [c.company_id for c in companies] == ["999888777"]


# ----------------------------------------------------------------------------------------------------- auth, faults


async def test_revoked_token_is_refreshed_once_and_the_call_replayed(amili: AmiliClient) -> None:
    await _customers(amili, 1)
    sandbox = sim(amili)
    assert ops(sandbox, "identity.tokens.create_token") == [200]
    sandbox.revoke_tokens()
    customer = await amili.arm.customers.get_customer(clientno=CLIENT, customerno="0")
    assert customer.customer_no == "0"
    assert ops(sandbox, "identity.tokens.create_token") == [200, 200]
    assert ops(sandbox, "arm.customers.get_customer") == [401, 200]


@pytest.mark.parametrize(
    "rule",
    [
        FaultRule(FaultKind.ERROR, status=503, operation="arm.customers.get_customer", times=2),
        FaultRule(FaultKind.RATE_LIMIT, retry_after=0, operation="arm.customers.get_customer", times=2),
        FaultRule(FaultKind.DROP, operation="arm.customers.get_customer", times=2),
    ],
    ids=["503", "429", "drop"],
)
async def test_faults_are_retried_to_success(amili: AmiliClient, rule: FaultRule) -> None:
    await _customers(amili, 1)
    sandbox = sim(amili)
    sandbox.add_fault(rule)
    customer = await amili.arm.customers.get_customer(clientno=CLIENT, customerno="0")
    assert customer.customer_no == "0"
    assert [e.kind for e in sandbox.fault_log] == [rule.kind, rule.kind]
    expected = {FaultKind.ERROR: 503, FaultKind.RATE_LIMIT: 429, FaultKind.DROP: 0}[rule.kind]
    assert ops(sandbox, "arm.customers.get_customer") == [expected, expected, 200]
    assert amili.retries == 2


async def _fault_sequence(seed: int) -> list[tuple[int, str, str]]:
    rules = [
        FaultRule(FaultKind.ERROR, probability=0.3, operation="arm.customers.get_customer"),
        FaultRule(FaultKind.RATE_LIMIT, probability=0.2, retry_after=0, operation="arm.*"),
    ]
    async with AmiliClient.sandbox(
        seed=seed, faults=rules, retry_policy=RetryPolicy(max_retries=10, base_delay=0)
    ) as c:
        await _customers(c, 3)
        for n in range(10):
            await c.arm.customers.get_customer(clientno=CLIENT, customerno=str(n % 3))
        _check_clean(sim(c))
        return [(e.request_no, e.operation, e.kind.value) for e in sim(c).fault_log]


async def test_same_seed_gives_the_same_fault_sequence() -> None:
    first, again, other = await _fault_sequence(5), await _fault_sequence(5), await _fault_sequence(6)
    assert first  # the rules fired at all
    assert first == again
    assert first != other


# ----------------------------------------------------------------------------------------------------- loopback


@pytest.fixture
def loopback(http_backend: str, served_sandbox: tuple[Sandbox, str]) -> Any:
    """A sandbox served by uvicorn on 127.0.0.1 in a thread, and a client that reaches it over TCP (on each backend)."""
    sandbox, root = served_sandbox
    assert root.startswith("http://127.0.0.1:")
    creds = sandbox.credentials
    client = AmiliClient(creds.client_id, creds.client_secret, base_urls=sandbox.base_urls(root), retry_policy=FAST)
    yield sandbox, client
    _check_clean(sandbox)


async def test_loopback_paginates_and_answers_every_api(loopback: Any) -> None:
    sandbox, client = loopback
    async with client:
        await _customers(client, 7)
        numbers = [c.customer_no async for c in client.arm.customers.list_customers.iter(clientno=CLIENT, pagesize=5)]
        assert sorted(numbers, key=int) == [str(n) for n in range(7)]
        assert isinstance((await client.autocollect.system.ping()).message, str)  # served from the spec
        await client.distribution.send.send_letter(body={"Letter": {"Identifier": "L-1"}})  # type: ignore[arg-type]
        status = await client.distribution.status.get_invoice_status(identifier="L-1")
        assert status.status == "DELIVERED"
    assert ops(sandbox, "arm.customers.list_customers") == [200, 200]


async def test_loopback_dropped_write_is_a_typed_connection_error_not_a_retry(loopback: Any) -> None:
    # On loopback a drop closes the connection mid-response: the client cannot know whether the POST was
    # processed, so without an idempotency key it must not send it again.
    sandbox, client = loopback
    sandbox.add_fault(FaultRule(FaultKind.DROP, operation="arm.customers.create_customer", times=1))
    async with client:
        with pytest.raises(APIConnectionError) as dropped:
            await _customers(client, 1)
        assert "arm.customers.create_customer" in str(dropped.value)
        await _customers(client, 1)
    assert [e.kind for e in sandbox.fault_log] == [FaultKind.DROP]
    assert ops(sandbox, "arm.customers.create_customer") == [0, 200]


async def test_loopback_dropped_connection_is_retried(loopback: Any) -> None:
    sandbox, client = loopback
    sandbox.add_fault(FaultRule(FaultKind.DROP, operation="arm.customers.get_customer", times=1))
    async with client:
        await _customers(client, 1)
        assert (await client.arm.customers.get_customer(clientno=CLIENT, customerno="0")).customer_no == "0"
