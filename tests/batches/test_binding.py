"""How the batch engine is bound to a client: helpers attached from `OperationMeta.batch`, one poller per client
that polls with the owner's options, and nothing of it imported by an API without batch operations."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import httpx
import pytest

from amili import AmiliClient, RetryPolicy
from amili.operations import Operation
from amili.sandbox import FaultKind, FaultRule, Sandbox

CLIENT = 2218


class Recording(httpx.AsyncBaseTransport):
    """Remembers every request's path and headers on their way to the in-process sandbox."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.seen: list[tuple[str, str, httpx.Headers]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.method, request.url.path, request.headers))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.mark.amili_sandbox(batch_delay=0)
async def test_a_view_touching_batches_first_does_not_lend_its_options_to_the_owners_polls(
    amili_sandbox: Sandbox,
) -> None:
    # The first poll of the batch answers 503 once: the owner (default retries) absorbs it, a max_retries=0 view
    # would raise. Before the fix the poller belonged to whichever object touched `.batches` first.
    sandbox = amili_sandbox
    sandbox.add_fault(FaultRule(FaultKind.ERROR, status=503, operation="arm.batches.get_batch", times=1))
    transport = Recording(sandbox.transport())
    fast = RetryPolicy(base_delay=0.001, max_delay=0.002)
    async with AmiliClient(sandbox=sandbox, transport=transport, retry_policy=fast) as amili:
        view = amili.with_options(max_retries=0, headers={"X-From-View": "yes"})
        view.batches.first_delay = 0.001  # the view touches the poller first
        assert amili.batches is view.batches  # one poller per client
        handle = await amili.arm.customers.submit_batch(CLIENT, [{"customerNo": "1", "name": "A"}])
        result = await handle.wait(timeout=10)
    assert [o.ok for o in result.outcomes] == [True]
    polls = [headers for method, path, headers in transport.seen if "/batches/" in path and method == "GET"]
    assert len(polls) >= 2  # the 503, then the retry the owner's policy allows
    assert all("x-from-view" not in headers for headers in polls)
    assert [e.kind for e in sandbox.fault_log] == [FaultKind.ERROR]


@pytest.mark.amili_sandbox(batch_delay=0)
async def test_helpers_come_from_the_spec_and_a_views_submit_uses_the_views_options(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    transport = Recording(sandbox.transport())
    async with AmiliClient(sandbox=sandbox, transport=transport) as amili:
        amili.batches.first_delay = 0.001
        documents = amili.arm.documents
        assert documents.submit_batch.meta is documents.create_documents_batch.meta
        assert documents.submit_many == documents.submit_batch.submit_many
        assert amili.arm.customers.update_batch.idempotent
        assert not hasattr(amili.arm.customers, "update_many")
        assert amili.autocollect.invoices.submit.find_batch_operation == "list_batches"
        view = amili.with_options(headers={"X-From-View": "yes"})
        handle = await view.arm.customers.submit_batch(CLIENT, [{"customerNo": "1", "name": "A"}])
        await handle.wait(timeout=10)
    posts = [headers for method, path, headers in transport.seen if method == "POST" and "batches" in path]
    assert [h.get("x-from-view") for h in posts] == ["yes"]  # the view's own call carries the view's options


def test_identity_namespace_imports_no_batch_engine_and_no_sqlite() -> None:
    code = """
import json, sys
import amili
client = amili.AmiliClient(client_id="a", client_secret="b", base_urls={"identity": "https://id.example"})
client.identity.tokens
print(json.dumps(sorted(m for m in sys.modules if m == "sqlite3" or m.startswith(("amili.batches", "amili.journal")))))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == []


def test_generated_namespaces_do_not_import_the_batch_engine() -> None:
    from pathlib import Path

    import amili._api

    for module in Path(amili._api.__file__).parent.glob("*.py"):
        runtime = module.read_text().split("if TYPE_CHECKING:")[0]
        assert "from ..batches" not in runtime, module.name
        assert "BatchSubmitter(" not in runtime, module.name


def test_attached_helpers_are_real_operations_of_the_spec() -> None:
    amili = AmiliClient.sandbox()
    found: list[Any] = []
    for tag in (amili.arm.customers, amili.arm.documents, amili.autocollect.invoices, amili.autocollect.payments):
        for value in vars(tag).values():
            if isinstance(value, Operation) and value.meta.batch:
                found.append((value.meta.qualname, value.meta.batch["style"]))
    assert ("arm.documents.create_documents_batch", "arm") in found
    assert ("autocollect.invoices.create_invoices", "autocollect") in found
