"""Shared context handed to every API module: config, clock, stores, tokens, webhooks, faults."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

import anyio

from .faults import FaultEngine
from .identity import TokenIssuer
from .state import Clock, SandboxState
from .webhooks import WebhookDispatcher

if TYPE_CHECKING:
    from .config import SandboxConfig


class Context:
    """Holds the mutable sandbox world; one per ``Sandbox``."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        if config.client_secret is None:
            config.client_secret = secrets.token_urlsafe(24)
        self.clock = Clock()
        self.state = SandboxState()
        self.faults = FaultEngine(config.faults, config.seed)
        self.tokens = TokenIssuer(self)
        self.webhooks = WebhookDispatcher(self)
        self.lock = anyio.Lock()

    def credentials(self) -> dict[str, str]:
        creds = dict(self.config.extra_clients)
        creds[self.config.client_id] = self.config.client_secret or ""
        return creds

    def ready_at(self) -> float:
        return self.clock.now() + self.config.batch_delay
