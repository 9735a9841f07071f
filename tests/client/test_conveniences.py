"""What users of openai-python expect here too: iterating a list call, operations listed by `help()`, errors that
carry the httpx request and response (credentials redacted), and `json.dumps` of a model."""

from __future__ import annotations

import datetime
import json
import pydoc
import uuid
import warnings

import anyio
import pytest

import amili
from amili import AmiliClient, NotFoundError

CLIENT = 2218


async def _customers(amili_client: AmiliClient, n: int) -> None:
    items = [{"customerNo": str(i), "name": f"C{i}"} for i in range(n)]
    result = await (await amili_client.arm.customers.submit_batch(CLIENT, items)).wait(10)
    assert all(o.ok for o in result.outcomes)


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
@pytest.mark.amili_sandbox(batch_delay=0)
def test_a_list_call_is_awaited_for_a_page_or_iterated_for_every_item(backend: str, amili_client: AmiliClient) -> None:
    async def main() -> None:
        async with amili_client as client:
            client.batches.first_delay = 0.01
            await _customers(client, 7)
            page = await client.arm.customers.list_customers(CLIENT)
            assert [c.customer_no for c in page.customers] == [str(i) for i in range(7)]
            numbers = [c.customer_no async for c in client.arm.customers.list_customers(CLIENT)]
            assert numbers == [str(i) for i in range(7)]
            async for first in client.arm.customers.list_customers(CLIENT):  # break: nothing more is fetched
                assert first.customer_no == "0"
                break
            with warnings.catch_warnings():
                warnings.simplefilter("error")  # a call neither awaited nor iterated sends nothing, warns nothing
                unused = client.arm.customers.list_customers(CLIENT)
                del unused

    anyio.run(main, backend=backend)


async def test_a_list_call_is_a_coroutine_for_asyncio_tasks(amili_client: AmiliClient) -> None:
    import asyncio

    async with amili_client as client:
        task = asyncio.create_task(client.arm.customers.list_customers(CLIENT))
        first, second = await asyncio.gather(task, client.arm.customers.list_customers(CLIENT))
        assert type(first).__name__ == type(second).__name__ == "CustomerList"


def test_help_of_a_namespace_lists_its_operations(amili_client: AmiliClient) -> None:
    client = amili_client
    text = pydoc.render_doc(client.arm.customers, renderer=pydoc.plaintext)
    assert "get_customer: Get one customer" in text
    assert "list_customers: List customers (paginated: `async for`)" in text


async def test_status_errors_carry_the_httpx_request_and_response_without_credentials() -> None:
    import httpx

    from amili import StaticToken

    def answer(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == "Bearer tok-SECRET-1"
        return httpx.Response(404, json={"message": "no such customer"})

    async with AmiliClient(token_provider=StaticToken("tok-SECRET-1"), transport=httpx.MockTransport(answer)) as c:
        with pytest.raises(NotFoundError) as info:
            await c.arm.customers.get_customer(CLIENT, "nobody")
    error = info.value
    assert error.response is not None and error.response.status_code == 404
    assert error.response.json() == {"message": "no such customer"}
    assert error.request is not None and error.request.method == "GET"
    assert str(error.request.url).endswith(f"/clients/{CLIENT}/customers/nobody")
    assert error.request.headers["authorization"] == "[redacted]"
    assert "tok-SECRET-1" not in repr(vars(error)) + repr(list(error.request.headers.items()))


def test_json_default_serialises_models_dates_uuids_and_enums() -> None:
    from amili_arm.models import Customer

    customer = Customer.from_dict({"customerNo": "1", "name": "Kari"})
    when = datetime.datetime(2026, 12, 6, 12, 0, tzinfo=datetime.UTC)
    ident = uuid.UUID("6f1c9a8e-0c1d-4a7a-9a0e-1b2c3d4e5f60")
    text = json.dumps({"c": customer, "at": when, "id": ident}, default=amili.json_default)
    assert json.loads(text) == {"c": {"customerNo": "1", "name": "Kari"}, "at": when.isoformat(), "id": str(ident)}
    with pytest.raises(TypeError, match="not JSON serializable"):
        json.dumps({"x": object()}, default=amili.json_default)
