"""Shared context handed to every API module: config, clock, stores, tokens, webhooks, faults."""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

import anyio
import anyio.lowlevel

from .faults import FaultEngine
from .identity import TokenIssuer
from .state import Clock, SandboxState
from .webhooks import WebhookDispatcher

if TYPE_CHECKING:
    from .config import SandboxConfig


class LoopLock:
    """An anyio lock for whichever event loop uses the sandbox: a test may seed it under one loop (the pytest
    plugin's sync fixture) and use it under another (asyncio or trio), or serve it from a thread's own loop. The
    underlying lock is made for the running loop, and made anew when a different loop finds it free."""

    def __init__(self) -> None:
        self._lock: anyio.Lock | None = None
        self._loop: anyio.lowlevel.EventLoopToken | None = None

    async def __aenter__(self) -> None:
        loop = anyio.lowlevel.current_token()
        if self._lock is None or (self._loop != loop and not self._lock.locked()):
            self._lock, self._loop = anyio.Lock(), loop
        await self._lock.acquire()

    async def __aexit__(self, *exc: object) -> None:
        assert self._lock is not None
        self._lock.release()

    def locked(self) -> bool:
        return self._lock is not None and self._lock.locked()


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
        self.lock = LoopLock()

    def credentials(self) -> dict[str, str]:
        creds = dict(self.config.extra_clients)
        creds[self.config.client_id] = self.config.client_secret or ""
        return creds

    def ready_at(self) -> float:
        return self.clock.now() + self.config.batch_delay
