"""Façade behaviour against the in-process sandbox: idempotency keys, logging, trio."""

from __future__ import annotations

import logging
import uuid
from typing import Any

import anyio
import pytest

from amili import AmiliClient, RetryPolicy
from amili.sandbox import FaultKind, FaultRule, Sandbox

INVOICE = {"type": "NOTICE", "invoiceNumber": "INV-1", "originalInvoiceAmount": 100.0, "currency": "NOK"}


def _fast() -> RetryPolicy:
    return RetryPolicy(base_delay=0.001, max_delay=0.005)


@pytest.mark.amili_sandbox(
    faults=[FaultRule(kind=FaultKind.ERROR_AFTER, operation="autocollect.invoices.create_invoices", times=1)]
)
async def test_autocollect_write_gets_one_idempotency_key_kept_across_attempts(amili_sandbox: Sandbox) -> None:
    # The first attempt is processed and then answered 500: the retry must carry the same key, so no duplicate.
    amili = AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=_fast())
    org = str(uuid.uuid4())
    async with amili:
        await amili.autocollect.invoices.create_invoices(organization_id=org, body={"invoices": [INVOICE]})
        sandbox = amili.simulator
        assert sandbox is not None
        posts = [r for r in sandbox.requests if r.operation == "autocollect.invoices.create_invoices"]
        assert len(posts) == 2
        keys = {r.idempotency_key for r in posts}
        assert len(keys) == 1
        assert None not in keys
        assert len(sandbox.state.organization(org).batches) == 1


async def test_caller_supplied_idempotency_key_is_sent(amili_client: AmiliClient) -> None:
    async with amili_client as amili:
        org = str(uuid.uuid4())
        await amili.autocollect.invoices.create_invoices(
            organization_id=org, body={"invoices": [INVOICE]}, idempotency_key="my-key-1"
        )
        assert amili.simulator is not None
        post = [r for r in amili.simulator.requests if r.operation == "autocollect.invoices.create_invoices"][-1]
        assert post.idempotency_key == "my-key-1"


@pytest.mark.amili_sandbox(
    faults=[FaultRule(kind=FaultKind.ERROR_AFTER, operation="arm.customers.create_customer", times=1)]
)
async def test_arm_post_500_after_processing_is_not_retried(amili_sandbox: Sandbox) -> None:
    from amili import InternalServerError

    amili = AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=_fast())
    async with amili:
        with pytest.raises(InternalServerError):
            await amili.arm.customers.create_customer(
                clientno=2218, body={"metadata": {"userId": "u"}, "customer": {"customerNo": "1", "name": "A"}}
            )
        assert amili.simulator is not None
        posts = [r for r in amili.simulator.requests if r.operation == "arm.customers.create_customer"]
        assert len(posts) == 1  # processed once, never sent twice


@pytest.mark.amili_sandbox(
    faults=[FaultRule(kind=FaultKind.ERROR, status=503, operation="arm.customers.get_customer", times=1)]
)
async def test_one_log_line_per_attempt_without_secrets(
    caplog: pytest.LogCaptureFixture, amili_sandbox: Sandbox
) -> None:
    caplog.set_level(logging.INFO, logger="amili")
    amili = AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=_fast())
    async with amili:
        await amili.arm.customers.create_customer(
            clientno=2218, body={"metadata": {"userId": "u"}, "customer": {"customerNo": "7", "name": "A"}}
        )
        await amili.arm.customers.get_customer(clientno=2218, customerno="7")
        provider = amili.token_provider
        assert provider is not None
        token = (await provider.get_token()).value
        secret = amili.simulator.credentials.client_secret if amili.simulator else ""
    lines = [r.getMessage() for r in caplog.records if "get_customer" in r.getMessage()]
    assert len(lines) == 2
    assert "/clients/{clientno}/customers/{customerno}" in lines[0]
    assert "-> 503" in lines[0] and "attempt 1" in lines[0]
    assert "-> 200" in lines[1] and "attempt 2" in lines[1] and "request id" in lines[1]
    text = caplog.text
    assert token not in text and secret not in text


@pytest.mark.amili_sandbox(
    faults=[FaultRule(kind=FaultKind.ERROR, status=503, operation="arm.customers.list_customers", times=1)]
)
def test_facade_auth_and_retry_under_trio(amili_sandbox: Sandbox) -> None:
    async def main() -> int:
        amili = AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=_fast())
        async with amili:
            assert amili.simulator is not None
            amili.simulator.revoke_tokens()  # nothing issued yet: still one token fetch
            page = await amili.arm.customers.list_customers(clientno=2218)
            amili.simulator.revoke_tokens()  # now the cached token is rejected: one refresh + replay
            await amili.arm.customers.list_customers(clientno=2218)
            return len([r for r in amili.simulator.requests if r.operation == "identity.tokens.create_token"]) * 10 + (
                page.summary is not None
            )

    assert anyio.run(main, backend="trio") == 21


def test_sandbox_environment_with_base_urls_talks_to_a_served_sandbox(amili_sandbox: Sandbox) -> None:
    served = amili_sandbox
    with served.run_in_thread("127.0.0.1", 0) as root:

        async def main() -> int:
            async with AmiliClient(environment="sandbox", base_urls=served.base_urls(root)) as amili:
                assert amili.simulator is None  # nothing in-process
                page = await amili.arm.customers.list_customers(clientno=2218)
                return 0 if page.summary is None else 1

        assert anyio.run(main) == 1
    assert served.state.requests_per_route["arm.customers.list_customers"] == 1


async def test_partner_api_uses_its_own_token_endpoint(amili_client: AmiliClient) -> None:
    async with amili_client as amili:
        await amili.distribution.send.send_letter(body={"Letter": {"Identifier": "L-9"}})  # type: ignore[arg-type]
        await amili.partner.companies.list_companies()
        await amili.partner.companies.list_companies()
        assert amili.simulator is not None
        ops = [r.operation for r in amili.simulator.requests]
    assert ops == [
        "distribution.send.send_letter",
        "partner.token.create_token",
        "partner.companies.list_companies",
        "partner.companies.list_companies",
    ]
    assert (
        "identity.tokens.create_token" not in ops
    )  # neither the Invoice API nor the Partner API used the identity token


async def test_partner_credentials_rejected_is_authentication_error(amili_sandbox: Sandbox) -> None:
    from amili import AuthenticationError

    amili = AmiliClient(environment="sandbox", sandbox=amili_sandbox, partner_credentials=("sandbox", "wrong-secret"))
    async with amili:
        with pytest.raises(AuthenticationError) as info:
            await amili.partner.companies.list_companies()
    assert "wrong-secret" not in str(info.value)
    assert "wrong-secret" not in repr(amili)


async def test_webhook_receiver_may_call_back_into_the_sandbox() -> None:
    # Deliveries are sent after the sandbox releases its state lock: a receiver that reads the batch it was told
    # about must not deadlock (it did when deliveries were sent under the lock).
    seen: list[str] = []
    holder: dict[str, AmiliClient] = {}

    async def receiver(delivery: Any) -> None:
        data = delivery.payload["data"]
        if delivery.event == "BATCH_COMPLETED":
            batch = await holder["amili"].autocollect.batches.get_batch(
                organization_id=data["organizationId"], batch_id=data["batchId"]
            )
            seen.append(str(batch.data.status))

    amili = AmiliClient.sandbox(batch_delay=0.05, webhook_callback=receiver)
    holder["amili"] = amili
    async with amili:
        amili.batches.first_delay = 0.01
        handle = await amili.autocollect.invoices.submit(str(uuid.uuid4()), [INVOICE])
        with anyio.fail_after(10):
            result = await handle.wait(timeout=10)
    assert str(result.state) == "SUCCESS"
    assert seen == ["SUCCESS"]
