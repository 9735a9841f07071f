"""Shared by tests/batches: fast sandbox clients."""

from __future__ import annotations

from typing import Any

from amili import AmiliClient, RetryPolicy
from amili.sandbox import Sandbox

FAST = RetryPolicy(base_delay=0.001, max_delay=0.002)


def fast_client(sandbox: Sandbox, **kwargs: Any) -> AmiliClient:
    amili = AmiliClient(sandbox=sandbox, retry_policy=FAST, **kwargs)
    amili.batches.first_delay = 0.01
    amili.batches.max_delay = 0.05
    amili.batches.max_polls_per_second = 1000
    return amili
