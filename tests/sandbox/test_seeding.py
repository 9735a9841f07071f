"""Issue 28.4, seeding: fixture files with unknown keys are refused with did-you-mean, a seed whose items fail
raises, and the plugin's `fixtures=` works under asyncio and trio."""

from __future__ import annotations

from typing import Any

import anyio
import pytest

from amili.sandbox import Sandbox, SeedError

ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
pytest_plugins = ["pytester"]


@pytest.mark.parametrize(
    ("fixtures", "wrong", "right"),
    [
        ({"arm": {2218: {"customer": [{"customerNo": "C1", "name": "Ann"}]}}}, "customer", "customers"),
        ({"arm": {2218: {"documets": []}}}, "documets", "documents"),
        ({"autocollect": {ORG: {"invoice": []}}}, "invoice", "invoices"),
        ({"distribution": {"invoice": [{"Identifier": "D1"}]}}, "invoice", "invoices"),
        ({"arms": {}}, "arms", "arm"),
    ],
)
async def test_an_unknown_fixture_key_is_refused_with_did_you_mean(
    fixtures: dict[str, Any], wrong: str, right: str
) -> None:
    sandbox = Sandbox()
    with pytest.raises(SeedError, match=rf"{wrong!r}.*did you mean {right!r}"):
        await sandbox.seed.load(fixtures)
    assert sandbox.state.counts()["arm"] == {}  # refused before anything was seeded


async def test_an_autocollect_seed_whose_items_fail_raises() -> None:
    sandbox = Sandbox()
    good = {"invoiceNumber": "1", "originalInvoiceAmount": 100, "uniqueSourceInvoiceId": "s-1", "type": "NOTICE"}
    bad = {"invoiceNumber": "2", "originalInvoiceAmount": -5, "uniqueSourceInvoiceId": "s-2", "type": "NOTICE"}
    with pytest.raises(SeedError, match=r"1 of 2 invoice\(s\) failed.*index 1"):
        await sandbox.seed.autocollect.invoices(ORG, [good, bad])
    with pytest.raises(SeedError, match="failed"):
        await sandbox.seed.load({"autocollect": {ORG: {"invoices": [{**bad, "uniqueSourceInvoiceId": "s-3"}]}}})
    batch = await sandbox.seed.autocollect.invoices(ORG, [{**good, "invoiceNumber": "3", "uniqueSourceInvoiceId": "x"}])
    assert batch["data"]["batchId"]


@pytest.mark.parametrize("backend", ["asyncio", "trio"])
def test_a_sandbox_seeded_under_one_loop_serves_under_another(backend: str) -> None:
    """Seeding runs on its own loop (the plugin's sync fixture); the test then uses the sandbox under trio too."""
    sandbox = Sandbox()
    anyio.run(sandbox.seed.load, {"arm": {2218: {"customers": [{"customerNo": "Y1", "name": "Ann"}]}}})

    async def use() -> int:
        async with sandbox.client() as http:
            creds = sandbox.credentials
            form = {"grant_type": "client_credentials", "client_id": creds.client_id}
            form["client_secret"] = creds.client_secret
            token = (await http.post("/identity/token", data=form)).json()["access_token"]
            got = await http.get("/arm/v1/clients/2218/customers/Y1", headers={"Authorization": f"Bearer {token}"})
            return got.status_code

    assert anyio.run(use, backend=backend) == 200
    assert anyio.run(use, backend="asyncio" if backend == "trio" else "trio") == 200


def test_the_plugin_seeds_fixture_files_under_asyncio_and_trio(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", data="arm:\n  2218:\n    customers:\n      - {customerNo: Y1, name: From YAML}\n")
    pytester.makepyfile(
        test_marker="""
        import pytest

        @pytest.fixture(params=["asyncio", "trio"])
        def anyio_backend(request):
            return request.param

        @pytest.mark.anyio
        @pytest.mark.amili_sandbox(fixtures="data.yaml")
        async def test_seeded(amili_sandbox, amili_client):
            customer = await amili_client.arm.customers.get_customer(clientno=2218, customerno="Y1")
            assert customer.name == "From YAML"
            await amili_sandbox.seed.arm.customer(2218, customerNo="Y2", name="Later")
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=2)
