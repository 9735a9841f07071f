"""The sandbox follows the specs by itself: operations without a stateful handler are served from the spec."""

from __future__ import annotations

from pathlib import Path

import pytest

from amili import AmiliClient
from amili.sandbox import Sandbox, SandboxConfig


async def test_an_operation_without_a_handler_is_served_from_its_spec(amili_client: AmiliClient) -> None:
    """get_log_item has no hand-written handler: a parsed model comes back, carrying the path's ids."""
    async with amili_client as amili:
        assert amili.simulator is not None
        assert "arm.log_items.get_log_item" in amili.simulator.generic_operations
        item = await amili.arm.log_items.get_log_item(clientno=2218, logitemid=77)
    assert type(item).__name__ == "LogItem"
    assert item.log_item_id == 77
    assert item.client_no == 2218


async def test_generic_answers_are_deterministic_per_seed() -> None:
    async def body(seed: int) -> object:
        sandbox = Sandbox(SandboxConfig(seed=seed))
        async with AmiliClient(environment="sandbox", sandbox=sandbox) as amili:
            item = await amili.arm.gl_items.get_gl_item(clientno=1, glitemid=5)
        return item.to_dict()

    first, again, other = await body(1), await body(1), await body(2)
    assert first == again
    assert first != other


async def test_generic_lists_are_one_complete_page(amili_client: AmiliClient) -> None:
    """Synthesised pages point nowhere, so the façade's paginator stops instead of following invented links."""
    async with amili_client as amili:
        items = [item async for item in amili.arm.gl_items.list_gl_items.iter(clientno=2218)]
    assert len(items) == 1


async def test_generic_requests_are_still_validated(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with sandbox.client() as http:
        form = {"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox-secret"}
        token = (await http.post("/identity/token", data=form)).json()["access_token"]
        raw = await http.get("/arm/v1/clients/2218/logitems/not-a-number", headers={"Authorization": f"Bearer {token}"})
    assert raw.status_code == 404  # the nearest client error get_log_item documents
    assert sandbox.violations[-1].operation == "arm.log_items.get_log_item"
    assert "logitemid" in sandbox.violations[-1].errors[0]


def test_the_sandbox_refuses_to_start_without_its_specs(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="spec"):
        Sandbox(SandboxConfig(specs_dir=tmp_path))
