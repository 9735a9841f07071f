"""AutoCollect webhook deliveries: signed JSON POSTs to a registered URL and/or an async callback."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from .state import iso

if TYPE_CHECKING:
    from .config import WebhookCallback
    from .context import Context

Json = dict[str, Any]


def sign(body: bytes, secret: str) -> str:
    """``X-Webhook-Signature``: hex HMAC-SHA256 of the raw body (Amili's algorithm is undocumented)."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


@dataclass
class WebhookDelivery:
    """One delivery as sent (the raw body is what the signature covers)."""

    event: str
    body: bytes
    headers: dict[str, str]
    url: str | None = None
    status: int | None = None
    error: str | None = None
    payload: Json = field(default_factory=dict)


class WebhookDispatcher:
    """Builds the documented envelope and delivers it; failures are recorded, never raised into the API."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.deliveries: list[WebhookDelivery] = []
        self._held = 0
        self._pending: list[WebhookDelivery] = []

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Queue deliveries instead of sending them (while the state lock is held); `flush()` sends them after."""
        self._held += 1
        try:
            yield
        finally:
            self._held -= 1

    async def flush(self) -> None:
        pending, self._pending = self._pending, []
        for delivery in pending:
            await self._deliver(delivery)

    async def emit(self, event: str, data: Json) -> WebhookDelivery | None:
        config = self.ctx.config
        if config.webhook_url is None and config.webhook_callback is None:
            return None
        payload: Json = {
            "id": str(uuid.uuid4()),
            "type": event,
            "source": "COLLECTION",
            "timeStamp": iso(self.ctx.clock.now()),
            "data": data,
        }
        if event.startswith("CASE"):
            payload["eventType"] = event  # the CASE examples in the docs name the field eventType
        body = json.dumps(payload, separators=(",", ":")).encode()
        headers = {
            "Content-Type": "application/json",
            "X-Amili-Event": event,
            "IdempotencyKey": str(uuid.uuid4()),
            "X-Amili-Request-Id": str(uuid.uuid4()),
            "X-Webhook-Signature": sign(body, config.webhook_secret),
        }
        delivery = WebhookDelivery(event, body, headers, config.webhook_url, payload=payload)
        self.deliveries.append(delivery)
        if self._held:
            self._pending.append(delivery)
        else:
            await self._deliver(delivery)
        return delivery

    async def _deliver(self, delivery: WebhookDelivery) -> None:
        config = self.ctx.config
        body, headers = delivery.body, delivery.headers
        if config.webhook_callback is not None:
            await config.webhook_callback(delivery)
        if config.webhook_url is not None:
            try:
                async with httpx.AsyncClient(timeout=5.0, trust_env=False) as client:
                    response = await client.post(config.webhook_url, content=body, headers=headers)
                delivery.status = response.status_code
            except httpx.HTTPError as exc:
                delivery.error = f"{type(exc).__name__}: {exc}"


def asgi_callback(app: Any, path: str = "/amili/webhooks", base_url: str = "http://testserver") -> WebhookCallback:
    """A ``webhook_callback`` that POSTs each delivery (raw body, signed headers) into an ASGI app in-process.

    ``sandbox.register_webhook(callback=asgi_callback(fastapi_app))`` closes the loop without a socket; the
    receiver's answer lands in ``delivery.status``. The app's lifespan is not run here: run it yourself.
    Deliveries are sent after the sandbox released its state lock, so a handler may call back into the sandbox.
    """

    async def deliver(delivery: WebhookDelivery) -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=base_url) as client:
            try:
                response = await client.post(path, content=delivery.body, headers=delivery.headers)
            except Exception as exc:  # a crashing receiver is recorded, like a failing URL
                delivery.error = f"{type(exc).__name__}: {exc}"
                return
        delivery.status = response.status_code

    return deliver
