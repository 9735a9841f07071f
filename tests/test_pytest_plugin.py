"""The pytest plugin and the typed seeding API; the example in docs/sandbox.md is run as a user would run it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from amili import AmiliClient
from amili.sandbox import Sandbox, SandboxConfig, SeedError

pytest_plugins = ["pytester"]
DOCS = Path(__file__).resolve().parent.parent / "docs" / "sandbox.md"


def _docs_example() -> str:
    text = DOCS.read_text()
    found = re.search(r"<!-- example: pytest-plugin -->\n```python\n(.*?)```", text, re.S)
    assert found, "docs/sandbox.md lost its pytest-plugin example"
    return found.group(1)


def test_the_documented_plugin_example_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_my_integration=_docs_example())
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    outcomes = result.parseoutcomes()
    # 4 tests, once per anyio backend the environment offers (asyncio, and trio where installed)
    assert outcomes.get("passed", 0) >= 4 and outcomes.get("passed", 0) % 4 == 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_plugin_marker_seeds_from_a_fixture_file_and_tests_are_isolated(pytester: pytest.Pytester) -> None:
    pytester.makefile(".yaml", data="arm:\n  2218:\n    customers:\n      - {customerNo: Y1, name: From YAML}\n")
    pytester.makepyfile(
        test_marker="""
        import pytest

        @pytest.mark.amili_sandbox(fixtures="data.yaml", seed=3)
        def test_seeded(amili_sandbox):
            assert amili_sandbox.config.seed == 3
            assert amili_sandbox.state.arm_clients[2218].customers["Y1"]["name"] == "From YAML"
            amili_sandbox.state.arm_client(1)

        def test_fresh(amili_sandbox, amili_client):
            assert amili_sandbox.state.arm_clients == {}
            assert amili_client.simulator is amili_sandbox
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=2)


async def test_seeding_goes_through_request_validation() -> None:
    sandbox = Sandbox()
    await sandbox.seed.arm.customer(2218, customerNo="C1", name="Ann")
    with pytest.raises(SeedError, match="customerNo"):
        await sandbox.seed.arm.customer(2218, customerNo=12, name="wrong type")  # the spec says string
    with pytest.raises(SeedError, match="does not exist"):
        await sandbox.seed.arm.document(2218, documentNo="D1", customerNo="nobody", documentType="IN")
    assert list(sandbox.state.arm_clients[2218].customers) == ["C1"]
    assert sandbox.requests == []  # seeds are not part of the code under test


async def test_seeding_accepts_generated_models_and_is_read_by_the_facade() -> None:
    from amili_arm.models import Customer

    sandbox = Sandbox(SandboxConfig(batch_delay=60))
    await sandbox.seed.arm.customer(2218, Customer(customer_no="M1", name="Model"))
    async with AmiliClient(environment="sandbox", sandbox=sandbox) as amili:
        customer = await amili.arm.customers.get_customer(clientno=2218, customerno="M1")
    assert customer.name == "Model"


async def test_seed_load_covers_every_section(tmp_path: Path) -> None:
    org = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
    data = {
        "arm": {"2218": {"customers": [{"customerNo": "C1", "name": "A"}]}},
        "autocollect": {
            org: {
                "invoices": [
                    {
                        "invoiceNumber": "I1",
                        "originalInvoiceAmount": 100,
                        "uniqueSourceInvoiceId": "S1",
                        "type": "NOTICE",
                    }
                ]
            }
        },
        "distribution": {"invoices": [{"Identifier": "DOC1", "InvoiceNo": "1"}]},
    }
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(data))
    sandbox = Sandbox(SandboxConfig(batch_delay=60))  # seeds are processed at once regardless
    await sandbox.seed.load(path)
    counts = sandbox.state.counts()
    assert counts["arm"]["2218"]["customers"] == 1
    assert counts["autocollect"][org]["invoices"] == 1
    assert counts["distribution"]["documents"] == 1
    with pytest.raises(SeedError, match="unknown fixture section"):
        await sandbox.seed.load({"armm": {}})
