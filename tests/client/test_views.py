"""`AmiliClient.with_options` views: the owner builds and owns everything shared (core, pools, token providers,
poller, drift monitor, namespaces) from its own options, whoever touches it first; `aclose()` on the owner closes
everything any view used, and the owner (with its views) may be used again after it."""

from __future__ import annotations

import gc
import warnings
from pathlib import Path

import anyio
import anyio.lowlevel
import httpx
import pytest

from amili import AmiliClient, APIStatusError, RetryPolicy
from amili.sandbox import FaultKind, FaultRule, Sandbox

FAST = RetryPolicy(base_delay=0.001, max_delay=0.002)


def _token_fails_once() -> list[FaultRule]:
    return [FaultRule(kind=FaultKind.ERROR, status=503, operation="identity.tokens.create_token", times=1)]


@pytest.mark.amili_sandbox(faults=_token_fails_once())
def test_a_view_touching_the_api_first_does_not_lend_its_options_to_the_owner(run, amili_sandbox: Sandbox) -> None:  # type: ignore[no-untyped-def]
    async def main() -> None:
        async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=FAST, timeout=20) as amili:
            view = amili.with_options(max_retries=0, timeout=1.5)
            assert view.base_url("arm")  # the view builds the shared core first
            _ = view.arm.customers  # … and its namespace
            # The owner's token grant meets a 503: the owner's own retries (2) absorb it.
            page = await amili.arm.customers.list_customers(clientno=2218)
            assert page is not None
            assert amili.retries == 1
            core = view._core()
            assert core is amili._core()
            assert core.timeout == amili.options.timeout
            assert core.retry.policy.max_retries == amili.options.retry.max_retries == 2

    run(main)


@pytest.mark.amili_sandbox(
    faults=[FaultRule(kind=FaultKind.ERROR, status=503, operation="arm.customers.list_customers", times=1)]
)
def test_a_view_keeps_its_own_per_call_options(run, amili_sandbox: Sandbox) -> None:  # type: ignore[no-untyped-def]
    async def main() -> None:
        async with AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=FAST) as amili:
            view = amili.with_options(max_retries=0)
            await amili.identity.health.get_health()  # the owner builds the core
            with pytest.raises(APIStatusError):
                await view.arm.customers.list_customers(clientno=2218)  # the view's 0 retries apply to its call
            await amili.arm.customers.list_customers(clientno=2218)

    run(main)


def test_the_poller_and_drift_monitor_are_the_owners_whoever_asks_first(run, amili_sandbox: Sandbox) -> None:  # type: ignore[no-untyped-def]
    async def main() -> None:
        amili = AmiliClient(environment="sandbox", sandbox=amili_sandbox, retry_policy=FAST, spec_drift="log")
        async with amili:
            view = amili.with_options(max_retries=0, timeout=2)
            assert view.batches is amili.batches
            assert view.spec_drift is amili.spec_drift is not None
            assert view.state is amili.state

    run(main)


def test_a_view_holds_no_core_or_namespace_of_its_own(amili_client: AmiliClient) -> None:
    amili = amili_client
    view = amili.with_options(timeout=2).with_options(max_retries=1)
    assert view._owner is amili
    assert set(vars(view)) == {"options", "environment", "simulator", "_owner"}


# -- close and reuse, on both HTTP backends over real sockets ---------------------------------------------------


def _open_connections(port: int) -> int:
    """TCP connections to `port` that this machine's client side has not closed (ESTABLISHED or CLOSE_WAIT)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        path = Path(table)
        if not path.exists():
            continue
        for line in path.read_text().splitlines()[1:]:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == port and fields[3] in ("01", "08"):
                count += 1
    return count


async def test_reuse_after_close_through_a_view_leaves_nothing_open(
    http_backend: str, served_sandbox: tuple[Sandbox, str]
) -> None:
    sandbox, root = served_sandbox
    port = httpx.URL(root).port
    assert port is not None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        owner = AmiliClient(environment="sandbox", base_urls=sandbox.base_urls(root), retry_policy=FAST)
        view = owner.with_options(timeout=10, headers={"X-Trace": "v"})
        with anyio.fail_after(30):
            await view.arm.customers.list_customers(clientno=2218)
            assert _open_connections(port) >= 1
            await owner.aclose()
            assert _open_connections(port) == 0
            # Reuse: the owner opens a new core, and the view made before the close goes through it too …
            await owner.arm.customers.list_customers(clientno=2218)
            await view.arm.customers.list_customers(clientno=2218)
            assert _open_connections(port) >= 1
            # … and the owner's final close closes it.
            await owner.aclose()
        assert _open_connections(port) == 0
        del view, owner
        gc.collect()
        await anyio.lowlevel.checkpoint()
    unclosed = [w for w in caught if "nclosed" in str(w.message)]
    assert unclosed == []
    assert sandbox.state.requests_per_route["arm.customers.list_customers"] == 3


async def test_views_made_before_a_close_are_used_after_it(
    http_backend: str, served_sandbox: tuple[Sandbox, str]
) -> None:
    sandbox, root = served_sandbox
    async with AmiliClient(environment="sandbox", base_urls=sandbox.base_urls(root), retry_policy=FAST) as owner:
        view = owner.with_options(max_retries=1)
        first = view.arm
        await owner.aclose()
        await owner.identity.health.get_health()  # the owner opens its next core first
        assert view.arm is not first  # the namespace of the closed core is gone with it
        assert view._core() is owner._core()
        with anyio.fail_after(30):
            await view.arm.customers.list_customers(clientno=2218)


def test_reuse_after_close_through_a_view_under_trio(served_sandbox: tuple[Sandbox, str]) -> None:
    sandbox, root = served_sandbox
    port = httpx.URL(root).port
    assert port is not None

    async def main() -> None:
        owner = AmiliClient(
            environment="sandbox", base_urls=sandbox.base_urls(root), retry_policy=FAST, http_backend="httpx"
        )
        view = owner.with_options(timeout=10)
        with anyio.fail_after(30):
            await view.arm.customers.list_customers(clientno=2218)
            await owner.aclose()
            await owner.arm.customers.list_customers(clientno=2218)
            await view.arm.customers.list_customers(clientno=2218)
            await owner.aclose()
        assert _open_connections(port) == 0

    anyio.run(main, backend="trio")
    assert sandbox.state.requests_per_route["arm.customers.list_customers"] == 3
