"""Sandbox configuration: credentials, timing, faults and webhooks, all in one immutable-ish object."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from .drift import DriftRule
    from .faults import FaultRule
    from .webhooks import WebhookDelivery

WebhookCallback = Callable[["WebhookDelivery"], Awaitable[None]]


@dataclass
class SandboxConfig:
    """Everything a test may want to tune; defaults give a well-behaved, fault-free Amili."""

    client_id: str = "sandbox"
    #: ``None`` generates a random secret per sandbox (see ``Sandbox.credentials``).
    client_secret: str | None = "sandbox-secret"
    #: Further accepted client credentials (client_id -> client_secret).
    extra_clients: Mapping[str, str] = field(default_factory=dict)
    token_lifetime: int = 3600
    #: Seconds before a queued batch (ARM, AutoCollect) or a sent document (Distribution) is processed;
    #: 0 = processed on the next request that reaches the sandbox.
    batch_delay: float = 0.0
    #: Seed of the one random.Random that decides faults, so a run is reproducible.
    seed: int = 0
    faults: list[FaultRule] = field(default_factory=list)
    #: Folder with the OpenAPI specs; ``None`` searches upwards from this package for ``specs/``.
    specs_dir: Path | None = None
    #: Validate requests against the specs (APIs without a spec file are skipped).
    validate: bool = True
    #: Also refuse requests that lack a requirement the specs only guess (``x-amili-inferred-required``); such errors
    #: say "inferred requirement". False accepts what real Amili might accept (the docs do not say it refuses it).
    enforce_inferred_requirements: bool = True
    #: Answer invalid requests with 400/422; when False the violation is only recorded and the request proceeds.
    reject_invalid: bool = True
    #: Check the sandbox's own responses against the specs; problems go to ``Sandbox.response_problems``.
    validate_responses: bool = False
    webhook_url: str | None = None
    webhook_secret: str = "sandbox-webhook-secret"
    webhook_callback: WebhookCallback | None = None
    #: Require a bearer token on the Distribution Invoice API too (its spec declares no auth).
    distribution_requires_auth: bool = False
    #: Answer differently from the spec on purpose (extra fields, new enum values, ...): see ``sandbox/drift.py``.
    drift: list[DriftRule] = field(default_factory=list)
