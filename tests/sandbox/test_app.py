"""Issue 28.4, the Sandbox object: usable from any event loop, names of rules checked when they are given."""

from __future__ import annotations

import anyio
import httpx
import pytest

from amili.sandbox import DriftRule, FaultKind, FaultRule, Sandbox, SandboxConfig


def test_a_sandbox_created_under_trio_runs_in_a_thread() -> None:
    async def make() -> Sandbox:
        sandbox = Sandbox()
        await sandbox.process_due()  # its lock was first used under trio
        return sandbox

    sandbox = anyio.run(make, backend="trio")
    with sandbox.run_in_thread() as root, httpx.Client(base_url=root, timeout=10) as http:
        creds = sandbox.credentials
        form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
        assert http.post("/identity/token", data=form).status_code == 200


def test_a_misspelled_drift_rule_operation_is_refused_with_did_you_mean() -> None:
    with pytest.raises(ValueError, match=r"'arm\.get_custmer'.*arm\.get_customer"):
        Sandbox(SandboxConfig(drift=[DriftRule.extra_field("arm.get_custmer", "x", 1)]))
    with pytest.raises(ValueError, match=r"arm\.customers\.get_customer"):
        Sandbox(SandboxConfig(drift=[DriftRule.omit("arm.customers.get_custome", "name")]))
    Sandbox(SandboxConfig(drift=[DriftRule.omit("arm.customers.get_customer", "name")]))  # the façade's name
    Sandbox(SandboxConfig(drift=[DriftRule.omit("arm.customers.get_customer", "name")]))


def test_a_fault_path_that_matches_no_operation_is_refused_with_did_you_mean() -> None:
    with pytest.raises(ValueError, match=r"'/arm/v1/clients/\*/custmers'.*/arm/v1/clients/\*/customers"):
        Sandbox(SandboxConfig(faults=[FaultRule(FaultKind.ERROR, path="/arm/v1/clients/*/custmers")]))
    sandbox = Sandbox()
    with pytest.raises(ValueError, match="matches no sandbox path"):
        sandbox.add_fault(FaultRule(FaultKind.ERROR, path="/arm/v2/*"))
    for good in ("/arm/v1/clients/*/customers", "/arm/v1/clients/2218/customers/C1", "/arm/*", "*", "/collection/*"):
        sandbox.add_fault(FaultRule(FaultKind.ERROR, path=good))
