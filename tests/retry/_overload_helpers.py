"""Shared by the overload tests (issue 32): a sandbox served on a loopback socket, a client on it, request counts."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from amili import AmiliClient, RetryPolicy
from amili._overload import OverloadPolicy
from amili.sandbox import Sandbox, SandboxConfig

CLIENT = 2218
CUSTOMER: Any = {"metadata": {"userId": "u"}, "customer": {"customerNo": "77", "name": "Load Test"}}


@contextlib.contextmanager
def served(**config: Any) -> Iterator[tuple[Sandbox, str]]:
    sandbox = Sandbox(SandboxConfig(**config))
    with sandbox.run_in_thread() as root:
        yield sandbox, root


def client(sandbox: Sandbox, root: str, overload: OverloadPolicy | None = None, **options: Any) -> AmiliClient:
    retry = RetryPolicy(base_delay=0.01, max_delay=0.02, overload=overload or OverloadPolicy())
    return AmiliClient(*sandbox.credentials, base_urls=sandbox.base_urls(root), retry_policy=retry, **options)


def sent(sandbox: Sandbox, operation: str = "arm.customers.get_customer") -> int:
    """Requests for `operation` the server received."""
    return sum(1 for r in list(sandbox.requests) if r.operation == operation)
