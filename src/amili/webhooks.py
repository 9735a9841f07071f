"""Receiving AutoCollect webhooks, framework-free: verify, parse, de-duplicate, dispatch.

`WebhookReceiver.handle(body, headers)` does everything a receiving endpoint needs and answers with the HTTP status
to send back; `amili.fastapi.webhook_router` wraps it for FastAPI and any other framework can wrap it the same way.

* **Signature.** Amili sends `X-Webhook-Signature`, but its algorithm is not documented (that part of the docs is
  cut). *Assumption:* the lowercase hex HMAC-SHA256 of the raw request body with a shared secret, optionally prefixed
  `sha256=`; compared in constant time (`hmac.compare_digest`). If Amili turns out to sign differently, pass your own
  `verifier` (any callable `(body, signature) -> bool`, sync or async). A missing or wrong signature → 401.
* **Parsing.** The event name is taken from the signed body (`type`, or `eventType` for CASE events) and only then
  from the unsigned `X-Amili-Event` header. Known events parse into the generated models (`BatchCompletedEvent`,
  `SettlementCreatedEvent`, `CaseEvent`, `CaseUpdatedEvent`); a body that is not a JSON object or does not match its
  model → 422. Unknown event types are accepted (logged, 200, handed to `"*"` handlers only), so Amili adding an
  event never breaks a receiver.
* **Duplicates.** Deliveries are de-duplicated by the `IdempotencyKey` header (falling back to the body's `id`) in
  an `IdempotencyStore`; a duplicate answers 200 without calling handlers. If a handler raises, the key is released
  so Amili's redelivery is processed, and the exception propagates (the framework answers 500).
* **Batches.** A `BATCH_COMPLETED` event wakes the matching `BatchHandle.wait()` of the receiver's client at once
  (`amili.batches.notify_completed`); the poller stays the fallback.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import json
import logging
import os
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeGuard, TypeVar, overload, runtime_checkable

import attrs
from amili_autocollect.models.batch_completed_event import BatchCompletedEvent
from amili_autocollect.models.case_event import CaseEvent
from amili_autocollect.models.case_updated_event import CaseUpdatedEvent
from amili_autocollect.models.settlement_created_event import SettlementCreatedEvent

from ._secrets import Secret
from .errors import ConfigurationError

if TYPE_CHECKING:
    from .client import AmiliClient

__all__ = [
    "EVENT_MODELS",
    "SIGNATURE_HEADER",
    "HmacSha256Verifier",
    "IdempotencyStore",
    "InMemoryIdempotencyStore",
    "IncomingWebhook",
    "SignatureVerifier",
    "WebhookHandlers",
    "WebhookReceiver",
    "WebhookResult",
    "compute_signature",
]

logger = logging.getLogger("amili.webhooks")

SIGNATURE_HEADER = "X-Webhook-Signature"
EVENT_HEADER = "X-Amili-Event"
IDEMPOTENCY_HEADER = "IdempotencyKey"
REQUEST_ID_HEADER = "X-Amili-Request-Id"
SECRET_ENV = "AMILI_WEBHOOK_SECRET"

AnyEvent = BatchCompletedEvent | SettlementCreatedEvent | CaseEvent | CaseUpdatedEvent
EVENT_MODELS: Mapping[str, type[AnyEvent]] = {
    "BATCH_COMPLETED": BatchCompletedEvent,
    "SETTLEMENT_CREATED": SettlementCreatedEvent,
    "CASE": CaseEvent,
    "CASE_UPDATED": CaseUpdatedEvent,
}
"""Event type → generated model of the whole delivery body."""

# -- signatures ---------------------------------------------------------------------------------------------------


def compute_signature(body: bytes, secret: str | bytes) -> str:
    """The assumed `X-Webhook-Signature`: lowercase hex HMAC-SHA256 of the raw body (undocumented by Amili)."""
    key = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(key, body, hashlib.sha256).hexdigest()


SignatureVerifier = Callable[[bytes, str], "bool | Awaitable[bool]"]
"""`(raw body, X-Webhook-Signature value) -> valid?`; may be async."""


class HmacSha256Verifier:
    """Default verifier: hex HMAC-SHA256 of the raw body, optional `sha256=` prefix, constant-time comparison.

    Several secrets may be given (secret rotation): a signature matching any of them is valid. The secrets never
    appear in the repr.
    """

    def __init__(self, secret: str | bytes | Sequence[str | bytes]) -> None:
        secrets = [secret] if isinstance(secret, str | bytes) else list(secret)
        if not secrets or any(not s for s in secrets):
            raise ConfigurationError("webhook secret must be a non-empty string")
        # Held as `Secret`s: `vars(verifier)` and traceback locals show `[redacted]`.
        self._keys = tuple(Secret(s.encode() if isinstance(s, str) else bytes(s)) for s in secrets)

    def __call__(self, body: bytes, signature: str) -> bool:
        provided = signature.strip()
        if provided[:7].lower() == "sha256=":
            provided = provided[7:]
        provided_bytes = provided.lower().encode("ascii", "replace")
        valid = False
        for key in self._keys:  # no early exit: the time does not tell which secret matched
            expected = hmac.new(key.get(), body, hashlib.sha256).hexdigest().encode()
            valid |= hmac.compare_digest(expected, provided_bytes)
        return valid

    def __repr__(self) -> str:
        return f"HmacSha256Verifier(secrets=[redacted]*{len(self._keys)})"


# -- idempotency --------------------------------------------------------------------------------------------------


@runtime_checkable
class IdempotencyStore(Protocol):
    """Remembers delivery keys. Implement it over Redis/SQL to de-duplicate across processes."""

    async def claim(self, key: str) -> bool:
        """Record `key`; True if it was new (process the delivery), False if already seen (drop it)."""
        ...

    async def release(self, key: str) -> None:
        """Forget `key` (its handler failed), so a redelivery is processed."""
        ...


class InMemoryIdempotencyStore:
    """Per-process store: keys expire after `ttl` seconds, at most `max_keys` kept (least recently claimed dropped)."""

    def __init__(
        self, ttl: float = 24 * 3600.0, max_keys: int = 100_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if ttl <= 0 or max_keys < 1:
            raise ConfigurationError("ttl must be > 0 and max_keys >= 1")
        self.ttl = ttl
        self.max_keys = max_keys
        self._clock = clock
        self._keys: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._keys)

    async def claim(self, key: str) -> bool:
        now = self._clock()
        with self._lock:
            while self._keys:  # expire from the oldest end
                oldest, expires = next(iter(self._keys.items()))
                if expires > now:
                    break
                del self._keys[oldest]
            if key in self._keys:
                return False
            self._keys[key] = now + self.ttl
            while len(self._keys) > self.max_keys:
                self._keys.popitem(last=False)
            return True

    async def release(self, key: str) -> None:
        with self._lock:
            self._keys.pop(key, None)


# -- events and handlers ------------------------------------------------------------------------------------------

E = TypeVar("E")


@attrs.frozen
class IncomingWebhook(Generic[E]):
    """One verified delivery: `event` is the generated model (None for an event type this SDK does not know)."""

    type: str
    event: E
    payload: Mapping[str, Any] = attrs.field(repr=False)
    idempotency_key: str | None = None
    request_id: str | None = None

    @property
    def known(self) -> bool:
        return self.type in EVENT_MODELS


Handler = Callable[[IncomingWebhook[Any]], "Awaitable[None] | None"]
H = TypeVar("H", bound=Handler)


class WebhookHandlers:
    """Registry of handlers per event type; `"*"` receives every event, unknown ones included.

    ```python
    handlers = WebhookHandlers()

    @handlers.on("BATCH_COMPLETED")
    async def done(webhook: IncomingWebhook[BatchCompletedEvent]) -> None:
        print(webhook.event.data.batch_id)
    ```
    Handlers may be sync or async; they run one after another in registration order.
    """

    def __init__(self) -> None:
        self._handlers: dict[str, list[Handler]] = {}

    @overload
    def on(  # type: ignore[overload-overlap]
        self, event_type: Literal["BATCH_COMPLETED"]
    ) -> Callable[
        [Callable[[IncomingWebhook[BatchCompletedEvent]], Awaitable[None] | None]],
        Callable[[IncomingWebhook[BatchCompletedEvent]], Awaitable[None] | None],
    ]: ...
    @overload
    def on(  # type: ignore[overload-overlap]
        self, event_type: Literal["SETTLEMENT_CREATED"]
    ) -> Callable[
        [Callable[[IncomingWebhook[SettlementCreatedEvent]], Awaitable[None] | None]],
        Callable[[IncomingWebhook[SettlementCreatedEvent]], Awaitable[None] | None],
    ]: ...
    @overload
    def on(  # type: ignore[overload-overlap]
        self, event_type: Literal["CASE"]
    ) -> Callable[
        [Callable[[IncomingWebhook[CaseEvent]], Awaitable[None] | None]],
        Callable[[IncomingWebhook[CaseEvent]], Awaitable[None] | None],
    ]: ...
    @overload
    def on(  # type: ignore[overload-overlap]
        self, event_type: Literal["CASE_UPDATED"]
    ) -> Callable[
        [Callable[[IncomingWebhook[CaseUpdatedEvent]], Awaitable[None] | None]],
        Callable[[IncomingWebhook[CaseUpdatedEvent]], Awaitable[None] | None],
    ]: ...
    @overload
    def on(self, event_type: str) -> Callable[[H], H]: ...
    def on(self, event_type: str) -> Callable[[Any], Any]:
        """Decorator registering a handler for `event_type` (`"*"`: every event)."""

        def register(handler: Any) -> Any:
            self.add(event_type, handler)
            return handler

        return register

    def add(self, event_type: str, handler: Handler) -> None:
        self._handlers.setdefault(str(event_type), []).append(handler)

    def for_type(self, event_type: str) -> list[Handler]:
        return [*self._handlers.get(event_type, []), *self._handlers.get("*", [])]

    def __repr__(self) -> str:
        return f"WebhookHandlers({sorted(self._handlers)})"


# -- the receiver -------------------------------------------------------------------------------------------------


@attrs.frozen
class WebhookResult:
    """What to answer: `status_code` and a small JSON `body`; `webhook` is set once the delivery parsed."""

    status_code: int
    detail: str
    webhook: IncomingWebhook[Any] | None = None
    duplicate: bool = False

    @property
    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"detail": self.detail}
        if self.webhook is not None:
            out["type"] = self.webhook.type
        if self.duplicate:
            out["duplicate"] = True
        return out


class WebhookReceiver:
    """Verify → parse → de-duplicate → wake batch waiters → run handlers. Never calls a handler on 401/422.

    `secret` defaults to `AMILI_WEBHOOK_SECRET`; `verifier` replaces the HMAC check; `client` (an `AmiliClient`, or
    a callable returning one) is the client whose `BatchHandle.wait()` calls a `BATCH_COMPLETED` wakes.
    """

    def __init__(
        self,
        secret: str | bytes | Sequence[str | bytes] | None = None,
        *,
        verifier: SignatureVerifier | None = None,
        store: IdempotencyStore | None = None,
        handlers: WebhookHandlers | None = None,
        client: AmiliClient | Callable[[], AmiliClient | None] | None = None,
    ) -> None:
        if verifier is None:
            secret = secret or os.environ.get(SECRET_ENV) or None
            if not secret:
                raise ConfigurationError(f"webhook receiver needs a secret (or {SECRET_ENV}) or a verifier")
            verifier = HmacSha256Verifier(secret)
        self.verifier: SignatureVerifier = verifier
        self.store: IdempotencyStore = store if store is not None else InMemoryIdempotencyStore()
        self.handlers = handlers if handlers is not None else WebhookHandlers()
        self.client = client

    def on(self, event_type: str) -> Callable[[H], H]:
        """Shortcut for `receiver.handlers.on(...)`."""
        return self.handlers.on(event_type)

    def __repr__(self) -> str:
        return f"WebhookReceiver(verifier={self.verifier!r}, handlers={self.handlers!r})"

    async def verify(self, body: bytes, signature: str | None) -> bool:
        if not signature:
            return False
        valid = self.verifier(body, signature)
        if inspect.isawaitable(valid):
            valid = await valid
        return bool(valid)

    async def handle(
        self, body: bytes, headers: Mapping[str, str], *, client: AmiliClient | None = None
    ) -> WebhookResult:
        """Process one delivery (raw body + request headers); `client` overrides the receiver's for batch wake-ups."""
        lower = {k.lower(): v for k, v in headers.items()}
        signature = lower.get(SIGNATURE_HEADER.lower())
        request_id = lower.get(REQUEST_ID_HEADER.lower())
        if not signature:
            logger.warning("webhook rejected: no %s header (request %s)", SIGNATURE_HEADER, request_id)
            return WebhookResult(401, f"missing {SIGNATURE_HEADER}")
        if not await self.verify(body, signature):
            logger.warning("webhook rejected: invalid signature (request %s)", request_id)
            return WebhookResult(401, "invalid signature")

        try:
            webhook = parse_webhook(body, lower)
        except ValueError as exc:
            logger.warning("webhook rejected: malformed payload (request %s): %s", request_id, exc)
            return WebhookResult(422, f"malformed payload: {exc}")

        key = webhook.idempotency_key
        if key is not None and not await self.store.claim(key):
            logger.info("webhook %s duplicate delivery %s dropped", webhook.type, key)
            return WebhookResult(200, "duplicate", webhook, duplicate=True)
        if not webhook.known:
            logger.info("webhook of unknown type %r accepted (request %s)", webhook.type, request_id)
        else:
            logger.info("webhook %s received (request %s)", webhook.type, request_id)
        try:
            self._wake_batches(webhook, client)
            for handler in self.handlers.for_type(webhook.type):
                outcome = handler(webhook)
                if inspect.isawaitable(outcome):
                    await outcome
        except BaseException:
            if key is not None:
                await self.store.release(key)
            raise
        return WebhookResult(200, "ok" if webhook.known else "ignored: unknown event type", webhook)

    def _wake_batches(self, webhook: IncomingWebhook[Any], client: AmiliClient | None) -> None:
        if webhook.type != "BATCH_COMPLETED" or not isinstance(webhook.event, BatchCompletedEvent):
            return
        if client is None:
            source = self.client
            client = source if source is None or _is_client(source) else source()  # type: ignore[operator]
        if client is not None:
            client.batches.notify_completed(str(webhook.event.data.batch_id))


def _is_client(obj: object) -> TypeGuard[AmiliClient]:
    from .client import AmiliClient

    return isinstance(obj, AmiliClient)


def parse_webhook(body: bytes, headers: Mapping[str, str]) -> IncomingWebhook[Any]:
    """Parse a (verified) delivery; `headers` keys lowercase. Raises `ValueError` when malformed."""
    try:
        payload = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValueError(f"body is not JSON ({exc.msg if isinstance(exc, json.JSONDecodeError) else exc})") from None
    if not isinstance(payload, dict):
        raise ValueError("body is not a JSON object")
    event_type = payload.get("type") or payload.get("eventType") or headers.get(EVENT_HEADER.lower())
    if not isinstance(event_type, str) or not event_type:
        raise ValueError("no event type (type / eventType / X-Amili-Event)")
    model = EVENT_MODELS.get(event_type)
    event: Any = None
    if model is not None:
        try:
            event = model.from_dict(payload)
        except KeyError as exc:
            raise ValueError(f"missing field {exc.args[0]!r}") from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"invalid {event_type} event ({type(exc).__name__}: {exc})") from None
    key = headers.get(IDEMPOTENCY_HEADER.lower()) or (str(payload["id"]) if payload.get("id") else None)
    return IncomingWebhook(
        type=event_type,
        event=event,
        payload=payload,
        idempotency_key=key,
        request_id=headers.get(REQUEST_ID_HEADER.lower()),
    )
