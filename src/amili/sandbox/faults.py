"""Seeded fault injection, decided per request before the handler runs (except the *_after kinds)."""

from __future__ import annotations

import difflib
import fnmatch
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum


class FaultKind(StrEnum):
    """What goes wrong; the ``*_AFTER`` kinds let the handler apply the request first (non-idempotent safety)."""

    ERROR = "error"  # 500/502/503 before processing (status, default 503)
    RATE_LIMIT = "rate_limit"  # 429 with Retry-After, never processed
    LATENCY = "latency"  # extra delay (seconds), then normal processing
    DROP = "drop"  # connection dropped before processing
    ERROR_AFTER = "error_after"  # processed, then answered 500
    DROP_AFTER = "drop_after"  # processed, then connection dropped
    EXPIRE_TOKEN = "expire_token"  # all issued tokens expire just before this request
    BATCH_FAILURE = "batch_failure"  # the batch created by this request fails as a whole


@dataclass
class FaultRule:
    """One fault source. ``path`` globs the request path (``/arm/v1/clients/*/customers``), ``operation`` globs
    ``<api>.<operation>`` (``arm.create_customer``, ``autocollect.*``) or the façade's name that SDK errors print
    (``arm.customers.create_customer``, ``arm.customers.*``). ``times`` caps how often it fires; ``after`` skips
    the first N matching requests."""

    kind: FaultKind
    probability: float = 1.0
    path: str = "*"
    operation: str = "*"
    method: str = "*"
    status: int | None = None
    retry_after: int = 1
    latency: float = 0.0
    times: int | None = None
    after: int = 0
    seen: int = field(default=0, compare=False)
    fired: int = field(default=0, compare=False)

    def matches(self, method: str, path: str, *operations: str) -> bool:
        return (
            fnmatch.fnmatchcase(method.upper(), self.method.upper())
            and fnmatch.fnmatchcase(path, self.path)
            and any(fnmatch.fnmatchcase(name, self.operation) for name in operations)
        )

    def check(self, known: set[str], paths: Sequence[str] = ()) -> None:
        """Refuse numbers a rule cannot hold (NaN/inf would make every later state answer a 500), an operation
        pattern that matches no operation, or a ``path`` glob that matches no path of the sandbox's operations
        (``paths``: templates such as ``/arm/v1/clients/{clientno}/customers``): a rule that would silently never
        fire."""
        if not 0.0 <= self.probability <= 1.0:
            raise ValueError(f"fault rule probability must be in 0..1, got {self.probability!r}")
        if not 0.0 <= self.latency < math.inf:
            raise ValueError(f"fault rule latency must be a finite number of seconds >= 0, got {self.latency!r}")
        if not any(fnmatch.fnmatchcase(name, self.operation) for name in known):
            close = difflib.get_close_matches(self.operation, sorted(known), n=5, cutoff=0.5)
            hint = f"; close matches: {', '.join(close)}" if close else ""
            raise ValueError(f"fault rule operation {self.operation!r} matches no sandbox operation{hint}")
        if not paths or any(_path_may_match(self.path, template) for template in paths):
            return
        shown = sorted({re.sub(r"\{[^}]*\}", "*", t) for t in paths})
        close = difflib.get_close_matches(self.path, shown, n=3, cutoff=0.5)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise ValueError(f"fault rule path {self.path!r} matches no sandbox path{hint}")


def _path_may_match(glob: str, template: str) -> bool:
    """Whether the path glob can match some request to ``template`` (``{param}`` segments take any value)."""
    if fnmatch.fnmatchcase(re.sub(r"\{[^}]*\}", "x", template), glob):
        return True
    parts, wanted = template.split("/"), glob.split("/")
    return len(parts) == len(wanted) and all(
        (p.startswith("{") and p.endswith("}")) or fnmatch.fnmatchcase(p, w) for p, w in zip(parts, wanted, strict=True)
    )


@dataclass
class FaultEvent:
    """One fired fault, kept in ``Sandbox.fault_log`` so tests can compare sequences across runs; ``operation`` is the
    façade's name (``arm.customers.get_customer``), as in the request records and SDK errors."""

    request_no: int
    method: str
    path: str
    operation: str
    kind: FaultKind
    status: int | None = None


@dataclass
class FaultDecision:
    """The faults that apply to one request."""

    latency: float = 0.0
    before: FaultRule | None = None  # ERROR / RATE_LIMIT / DROP
    after: FaultRule | None = None  # ERROR_AFTER / DROP_AFTER
    expire_token: bool = False
    batch_failure: bool = False

    @property
    def status_before(self) -> int | None:
        if self.before is None or self.before.kind is FaultKind.DROP:
            return None
        if self.before.kind is FaultKind.RATE_LIMIT:
            return 429
        return self.before.status or 503


_BEFORE = {FaultKind.ERROR, FaultKind.RATE_LIMIT, FaultKind.DROP}
_AFTER = {FaultKind.ERROR_AFTER, FaultKind.DROP_AFTER}


class FaultEngine:
    """Draws exactly one random number per matching rule per request, so a sequential client sees the same faults
    for the same seed."""

    def __init__(self, rules: list[FaultRule], seed: int) -> None:
        self.rules = list(rules)
        self.rng = random.Random(seed)  # noqa: S311 - reproducibility, not security
        self.log: list[FaultEvent] = []

    def reseed(self, seed: int) -> None:
        self.rng.seed(seed)
        self.log.clear()
        for rule in self.rules:
            rule.seen = rule.fired = 0

    def decide(self, request_no: int, method: str, path: str, operation: str, alias: str = "") -> FaultDecision:
        """`operation`: the canonical name (``arm.customers.get_customer``, logged in ``FaultEvent``); `alias`: the
        short ``arm.get_customer`` a rule may also name."""
        decision = FaultDecision()
        for rule in self.rules:
            if not rule.matches(method, path, operation, alias or operation):
                continue
            rule.seen += 1
            draw = self.rng.random()
            if rule.seen <= rule.after or (rule.times is not None and rule.fired >= rule.times):
                continue
            if draw >= rule.probability:
                continue
            if rule.kind in _BEFORE and decision.before is None:
                decision.before = rule
            elif rule.kind in _AFTER and decision.after is None:
                decision.after = rule
            elif rule.kind is FaultKind.LATENCY:
                decision.latency += rule.latency
            elif rule.kind is FaultKind.EXPIRE_TOKEN:
                decision.expire_token = True
            elif rule.kind is FaultKind.BATCH_FAILURE:
                decision.batch_failure = True
            else:
                continue
            rule.fired += 1
            status = rule.status if rule.kind is FaultKind.ERROR else None
            self.log.append(FaultEvent(request_no, method, path, operation, rule.kind, status))
        if decision.before is not None:
            decision.after = None  # a request that is never processed cannot fail after processing
        return decision
