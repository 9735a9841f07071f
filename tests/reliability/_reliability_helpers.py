"""Shared by tests/reliability: fast retry/poll settings and item factories."""

from __future__ import annotations

from typing import Any

import httpx

from amili import AmiliClient
from amili.retry import RetryPolicy

CLIENTNO = 2218
CUSTOMERS = 20

FAST_RETRIES = RetryPolicy(max_retries=10, base_delay=0.001, max_delay=0.01, total_budget=30.0)


def fast_polling(amili: AmiliClient) -> None:
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.05


def documents(n: int, prefix: str = "D") -> list[dict[str, Any]]:
    return [
        {"documentNo": f"{prefix}{i}", "customerNo": str(i % CUSTOMERS), "documentType": "INVOICE"} for i in range(n)
    ]


def invoices(n: int, prefix: str = "I") -> list[dict[str, Any]]:
    return [{"invoiceNumber": f"{prefix}{i}", "type": "NOTICE", "originalInvoiceAmount": 100 + i} for i in range(n)]


async def seed_customers(amili: AmiliClient) -> None:
    customers = [{"customerNo": str(i), "name": f"Customer {i}"} for i in range(CUSTOMERS)]
    handle = await amili.arm.customers.submit_batch(CLIENTNO, customers)
    result = await handle.wait(timeout=60)
    assert all(o.ok for o in result.outcomes)


class TimeoutAfter(httpx.AsyncBaseTransport):
    """In-process transports ignore httpx timeouts: this one turns a slow answer into `httpx.ReadTimeout` after the
    server has processed the request, as a real read timeout would."""

    def __init__(self, inner: httpx.AsyncBaseTransport, seconds: float, *, only_idempotent: bool = False) -> None:
        self.inner = inner
        self.seconds = seconds
        self.only_idempotent = only_idempotent
        self.timeouts = 0

    def _applies(self, request: httpx.Request) -> bool:
        # ARM's batch POST has no idempotency key: a timeout there is a run failure by design (resume with a journal).
        return not self.only_idempotent or request.method == "GET" or "/collection/v1/" in request.url.path

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import anyio

        started = anyio.current_time()
        response = await self.inner.handle_async_request(request)
        if anyio.current_time() - started > self.seconds and self._applies(request):
            await response.aclose()
            self.timeouts += 1
            raise httpx.ReadTimeout("read timed out (test transport)", request=request)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()
