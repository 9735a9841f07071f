"""Cancelling a task group mid-flight leaves no open connections and no pending tasks."""

from __future__ import annotations

import asyncio

import anyio
import pytest
from _reliability_helpers import CLIENTNO

from amili import AmiliClient
from amili._transports import chosen_backend, connection_counts
from amili.sandbox import FaultKind, FaultRule, Sandbox


@pytest.mark.amili_sandbox(faults=[FaultRule(FaultKind.LATENCY, 1.0, latency=3.0, method="GET")])
def test_cancel_mid_flight_leaves_nothing_open(http_backend: str, amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox

    async def main() -> None:
        with sandbox.run_in_thread() as root:
            async with AmiliClient(*sandbox.credentials, base_urls=sandbox.base_urls(root)) as amili:
                async with anyio.create_task_group() as tg:
                    for _ in range(20):
                        tg.start_soon(lambda: amili.arm.customers.get_customer(clientno=CLIENTNO, customerno="1"))
                    while sum(r.method == "GET" for r in sandbox.requests) < 20:  # noqa: ASYNC110 - the sandbox has no event
                        await anyio.sleep(0.01)
                    tg.cancel_scope.cancel()
                assert amili.options.http_backend == http_backend
                pool = amili._core_ref[0].retry._inner  # type: ignore[union-attr]
                assert chosen_backend(pool) == http_backend  # the requests really went through this backend
                assert connection_counts(pool)[1] == 0  # none left mid-request, none queued
            assert connection_counts(pool) == (0, 0)  # aclose closed every socket
            await asyncio.sleep(0)
            assert asyncio.all_tasks() == {asyncio.current_task()}

    asyncio.run(main())
