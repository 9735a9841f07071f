"""A small service written the way the README shows: dict bodies, per-call options, typed results."""

from __future__ import annotations

import uuid

from amili_arm.models import Customer, CustomerRequest, Metadata

from amili import AmiliClient, NotFoundError, RequestValidationError


async def onboard(amili: AmiliClient, clientno: int, customer_no: str, name: str) -> str | None:
    await amili.arm.customers.create_customer(
        clientno=clientno,
        body={"metadata": {"userId": "ops"}, "customer": {"customerNo": customer_no, "name": name}},
    )
    try:
        customer = await amili.arm.customers.get_customer(clientno, customer_no, timeout=5, max_retries=0)
    except NotFoundError:
        return None
    except RequestValidationError as exc:
        raise SystemExit(f"bad input: {exc.field}") from exc
    return customer.name if isinstance(customer.name, str) else None


async def with_a_model(amili: AmiliClient) -> None:
    body = CustomerRequest(metadata=Metadata(user_id="ops"), customer=Customer(customer_no="1", name="Model"))
    result = await amili.arm.customers.update_customer(2218, body=body, extra_headers={"X-Trace": "t-1"})
    print(result.status)


async def options(amili: AmiliClient, org: str) -> None:
    await amili.arm.customers.create_customer(
        clientno=2218,
        body={"metadata": {"userId": "ops"}, "customer": {"customerNo": "2"}},
        extra_body={"betaFlag": True},
        extra_query={"dryRun": "true"},
    )
    # UUID parameters take a str or a UUID.
    await amili.autocollect.batches.get_batch(organization_id=org, batch_id=uuid.uuid4())
    raw = await amili.arm.customers.get_customer.raw(clientno=2218, customerno="1")
    print(raw.status_code, raw.request_id, raw.parsed.customer_no)


async def listing(amili: AmiliClient) -> list[str]:
    names: list[str] = []
    async for customer in amili.arm.customers.list_customers.iter(clientno=2218, pagesize=100):
        names.append(str(customer.customer_no))
    return names
