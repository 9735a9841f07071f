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
* **Duplicates.** Each event is processed once, keyed on what the signature covers: the signed body's `id`, or the
  SHA-256 of the whole body when it has none (never the unsigned `IdempotencyKey` header, which anyone replaying a
  delivery can change). The receiver *claims* the key in a `DedupStore` with a lease before running handlers:
  a delivery of an event already processed answers 200 `duplicate`; one arriving while another delivery of the same
  event is still being handled answers **503 with `Retry-After`** (not 200: if the first attempt then fails, the
  sender's retry is what gets the event processed); a handler that raises releases the key (the framework answers
  500, the redelivery runs the handlers again); a process that dies mid-handler loses its claim after `lease`
  seconds. The store is per process by default; give `state="sqlite:///…"` (one machine, many workers) or
  `"postgresql://…"` (many machines), or set `AMILI_STATE_URL`, to de-duplicate across processes.
* **Size.** A delivery body larger than `max_body_bytes` (default 1 MiB, `DEFAULT_MAX_BODY_BYTES`) → 413 before the
  signature is checked; `amili.fastapi.webhook_router` refuses on the `Content-Length` header without reading the
  body, and otherwise stops reading at the limit (memory stays bounded whatever the sender streams).
* **Freshness.** Amili documents no signed delivery timestamp; the signed body's `timeStamp` (present in every
  documented event) is what this SDK checks (*inferred*: it is the event's time, and a redelivery is assumed to
  carry the original one). A delivery whose `timeStamp` is older than `max_age` (default 300 s) or later than
  `max_skew` (default 60 s, clock-skew tolerance) ahead of the receiver's clock → 400 (`WebhookStaleError`); a
  body without a readable `timeStamp` → 422. So a captured delivery replayed later is refused, even after a
  restart that lost in-memory de-dup state; `max_age` may not exceed the de-dup store's TTL. `max_age=None`
  turns the check off.
* **Batches.** A `BATCH_COMPLETED` event wakes the matching `BatchHandle.wait()` of the receiver's client at once
  (`amili.batches.notify_completed`) and, with a shared state, publishes the completion so waiters in other
  processes wake too; the poller stays the fallback.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import inspect
import json
import logging
import math
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeGuard, TypeVar, cast, overload

import anyio
import attrs
from amili_autocollect.models.batch_completed_event import BatchCompletedEvent
from amili_autocollect.models.case_event import CaseEvent
from amili_autocollect.models.case_updated_event import CaseUpdatedEvent
from amili_autocollect.models.settlement_created_event import SettlementCreatedEvent

from ._options import env_value
from ._secrets import Secret
from .errors import AmiliError, ConfigurationError
from .state import STATE_URL_ENV, Claim, DedupStore, MemoryDedupStore, StateStore, resolve_state
from .telemetry import Telemetry
from .telemetry import resolve as resolve_telemetry

if TYPE_CHECKING:
    from .client import AmiliClient

__all__ = [
    "DEFAULT_MAX_AGE",
    "DEFAULT_MAX_BODY_BYTES",
    "DEFAULT_MAX_SKEW",
    "EVENT_MODELS",
    "SIGNATURE_HEADER",
    "Claim",
    "DedupStore",
    "EventType",
    "HmacSha256Verifier",
    "IdempotencyStore",
    "InMemoryIdempotencyStore",
    "IncomingWebhook",
    "SignatureVerifier",
    "WebhookHandlers",
    "WebhookReceiver",
    "WebhookRejectedError",
    "WebhookResult",
    "WebhookStaleError",
    "WebhookTooLargeError",
    "compute_signature",
]

logger = logging.getLogger("amili.webhooks")

SIGNATURE_HEADER = "X-Webhook-Signature"
EVENT_HEADER = "X-Amili-Event"
IDEMPOTENCY_HEADER = "IdempotencyKey"
REQUEST_ID_HEADER = "X-Amili-Request-Id"
SECRET_ENV = "AMILI_WEBHOOK_SECRET"

DEFAULT_MAX_BODY_BYTES = 1024 * 1024
"""Largest delivery body accepted (1 MiB; Amili's documented events are well under 1 KiB)."""
DEFAULT_MAX_AGE = 300.0
"""Seconds a delivery's signed `timeStamp` may lie in the past (the freshness window)."""
DEFAULT_MAX_SKEW = 60.0
"""Seconds a delivery's signed `timeStamp` may lie in the future (clock skew between Amili and the receiver)."""


class WebhookRejectedError(AmiliError):
    """A delivery refused before any handler ran; `status_code` is what the receiver answers."""

    status_code: int = 400


class WebhookTooLargeError(WebhookRejectedError):
    """The delivery body exceeded `max_body_bytes` (413); nothing beyond the limit was read."""

    status_code = 413

    def __init__(self, message: str, *, limit: int) -> None:
        super().__init__(message)
        self.limit = limit


class WebhookStaleError(WebhookRejectedError):
    """The signed `timeStamp` lies outside the freshness window (400): a replay, or a clock far off."""

    status_code = 400

    def __init__(self, message: str, *, timestamp: str, age: float) -> None:
        super().__init__(message)
        self.timestamp = timestamp
        self.age = age
        """Seconds between the timestamp and the receiver's clock (negative: in the future)."""


AnyEvent = BatchCompletedEvent | SettlementCreatedEvent | CaseEvent | CaseUpdatedEvent
EVENT_MODELS: Mapping[str, type[AnyEvent]] = {
    "BATCH_COMPLETED": BatchCompletedEvent,
    "SETTLEMENT_CREATED": SettlementCreatedEvent,
    "CASE": CaseEvent,
    "CASE_UPDATED": CaseUpdatedEvent,
}
"""Event type → generated model of the whole delivery body."""

EventType = Literal["BATCH_COMPLETED", "SETTLEMENT_CREATED", "CASE", "CASE_UPDATED", "*"]
"""What `on()` takes: the known event types (checkers flag a misspelling) and `"*"` for every event."""

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

IdempotencyStore = DedupStore
"""The de-dup store protocol (`amili.state.DedupStore`): claim with a lease, complete, release."""

InMemoryIdempotencyStore = MemoryDedupStore
"""Per-process de-dup store (`amili.state.MemoryDedupStore`)."""


def event_key(body: bytes, payload: Mapping[str, Any]) -> str:
    """The de-dup key of a delivery, from the signed body only: its event `id`, else the body's SHA-256."""
    event_id = payload.get("id")
    if isinstance(event_id, str | int) and not isinstance(event_id, bool) and str(event_id).strip():
        return f"amili-webhook:id:{str(event_id).strip()[:200]}"
    return f"amili-webhook:sha256:{hashlib.sha256(body).hexdigest()}"


# -- events and handlers ------------------------------------------------------------------------------------------

E = TypeVar("E")


@attrs.frozen
class IncomingWebhook(Generic[E]):
    """One verified delivery: `event` is the generated model (None for an event type this SDK does not know)."""

    type: str
    event: E
    payload: Mapping[str, Any] = attrs.field(repr=False)
    idempotency_key: str | None = None
    """The unsigned `IdempotencyKey` header, informational only (de-dup uses `event_key`)."""
    request_id: str | None = None
    event_key: str = ""
    """What de-duplication keys on: derived from the signed body (`amili.webhooks.event_key`)."""

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
    def on(
        self, event_type: Literal["BATCH_COMPLETED"]
    ) -> Callable[
        [Callable[[IncomingWebhook[BatchCompletedEvent]], Awaitable[None] | None]],
        Callable[[IncomingWebhook[BatchCompletedEvent]], Awaitable[None] | None],
    ]: ...
    @overload
    def on(
        self, event_type: Literal["SETTLEMENT_CREATED"]
    ) -> Callable[
        [Callable[[IncomingWebhook[SettlementCreatedEvent]], Awaitable[None] | None]],
        Callable[[IncomingWebhook[SettlementCreatedEvent]], Awaitable[None] | None],
    ]: ...
    @overload
    def on(
        self, event_type: Literal["CASE"]
    ) -> Callable[
        [Callable[[IncomingWebhook[CaseEvent]], Awaitable[None] | None]],
        Callable[[IncomingWebhook[CaseEvent]], Awaitable[None] | None],
    ]: ...
    @overload
    def on(
        self, event_type: Literal["CASE_UPDATED"]
    ) -> Callable[
        [Callable[[IncomingWebhook[CaseUpdatedEvent]], Awaitable[None] | None]],
        Callable[[IncomingWebhook[CaseUpdatedEvent]], Awaitable[None] | None],
    ]: ...
    @overload
    def on(self, event_type: Literal["*"]) -> Callable[[H], H]: ...
    def on(self, event_type: str) -> Callable[[Any], Any]:
        """Decorator registering a handler for `event_type` (`"*"`: every event).

        The known event types are a `Literal` for type checkers; an event type Amili added after this SDK was built
        is registered with `add(name, handler)`. At run time a near miss of a known type is refused with a
        suggestion (`CASE_CREATED` → did you mean `CASE_UPDATED`?), a new name is accepted and logged once, and a
        handler annotated with another event's model (`IncomingWebhook[BatchCompletedEvent]` for `"CASE"`) is
        refused."""

        def register(handler: Any) -> Any:
            self.add(event_type, handler)
            return handler

        return register

    def add(self, event_type: str, handler: Handler) -> None:
        event_type = str(event_type)
        if event_type != "*" and event_type not in EVENT_MODELS:
            from ._validation import closest

            near = closest(event_type, EVENT_MODELS, cutoff=0.7)
            if near is not None:
                raise ConfigurationError(
                    f"webhook handler for unknown event type {event_type!r}: did you mean {near!r}? "
                    f"(known: {', '.join(EVENT_MODELS)}; register a genuinely new type with add())"
                )
            if event_type not in _NEW_TYPES_LOGGED:
                _NEW_TYPES_LOGGED.add(event_type)
                logger.info("webhook handler registered for %r, an event type this SDK does not know", event_type)
        expected = _annotated_event(handler)
        if expected is not None and event_type != "*":
            model = EVENT_MODELS.get(event_type)
            if model is not expected:
                raise ConfigurationError(
                    f"webhook handler {getattr(handler, '__qualname__', handler)!r} takes "
                    f"IncomingWebhook[{expected.__name__}] but is registered for {event_type!r}"
                    + (f", whose deliveries are {model.__name__}" if model is not None else "")
                )
        self._handlers.setdefault(event_type, []).append(handler)

    def for_type(self, event_type: str) -> list[Handler]:
        return [*self._handlers.get(event_type, []), *self._handlers.get("*", [])]

    def __repr__(self) -> str:
        return f"WebhookHandlers({sorted(self._handlers)})"


_NEW_TYPES_LOGGED: set[str] = set()


def _annotated_event(handler: Any) -> type[Any] | None:
    """The event model a handler's first parameter is annotated with (`IncomingWebhook[CaseEvent]` → CaseEvent),
    when it names one of the known models; None when unannotated, generic or not resolvable."""
    import inspect
    import typing

    try:
        hints = typing.get_type_hints(handler)
        params = list(inspect.signature(handler).parameters)
    except (NameError, TypeError, ValueError, AttributeError):
        return None
    if not params or params[0] not in hints:
        return None
    hint = hints[params[0]]
    if typing.get_origin(hint) is not IncomingWebhook:
        return None
    args = typing.get_args(hint)
    if len(args) == 1 and isinstance(args[0], type) and args[0] in EVENT_MODELS.values():
        return args[0]
    return None


# -- the receiver -------------------------------------------------------------------------------------------------


@attrs.frozen
class WebhookResult:
    """What to answer: `status_code` and a small JSON `body`; `webhook` is set once the delivery parsed."""

    status_code: int
    detail: str
    webhook: IncomingWebhook[Any] | None = None
    duplicate: bool = False
    headers: Mapping[str, str] = attrs.field(factory=dict)
    """Response headers to send (`Retry-After` on a 503 "in progress")."""
    error: WebhookRejectedError | None = None
    """The typed reason of a 413 / 400 refusal (`WebhookTooLargeError`, `WebhookStaleError`)."""

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
    a callable returning one) is the client whose `BatchHandle.wait()` calls a `BATCH_COMPLETED` wakes. `state` (a
    URL or a `StateStore`; default `AMILI_STATE_URL`, else per process) provides the de-dup store (unless `store` is
    given) and the completion signals; `lease` bounds how long a claim survives a process that died mid-handler;
    `retry_after` is the `Retry-After` (seconds) of the 503 answered while another delivery is being handled.
    `max_body_bytes` bounds a delivery body (413 above it); `max_age` / `max_skew` are the freshness window on the
    signed `timeStamp` (seconds into the past / the future; `max_age=None` turns it off) and `clock` the time
    source it is compared with (epoch seconds). `telemetry` (as `AmiliClient(telemetry=)`) traces each delivery
    as a SERVER span (`amili.webhook.delivery`) and counts `amili.webhook.deliveries`.
    """

    def __init__(
        self,
        secret: str | bytes | Sequence[str | bytes] | None = None,
        *,
        verifier: SignatureVerifier | None = None,
        store: DedupStore | None = None,
        handlers: WebhookHandlers | None = None,
        client: AmiliClient | Callable[[], AmiliClient | None] | None = None,
        state: str | StateStore | None = None,
        lease: float = 300.0,
        retry_after: int = 5,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        max_age: float | None = DEFAULT_MAX_AGE,
        max_skew: float = DEFAULT_MAX_SKEW,
        clock: Callable[[], float] = time.time,
        telemetry: bool | Telemetry | None = None,
    ) -> None:
        if verifier is None:
            secret = secret or env_value(SECRET_ENV)
            if not secret:
                raise ConfigurationError(f"webhook receiver needs a secret (or {SECRET_ENV}) or a verifier")
            verifier = HmacSha256Verifier(secret)
        if not lease > 0 or not 0 < retry_after <= 3600:
            raise ConfigurationError("lease must be > 0 and retry_after in 1..3600 seconds")
        if isinstance(max_body_bytes, bool) or not isinstance(max_body_bytes, int) or max_body_bytes < 1:
            raise ConfigurationError("max_body_bytes must be an integer >= 1")
        if max_age is not None and (not _is_number(max_age) or not math.isfinite(max_age) or max_age <= 0):
            raise ConfigurationError("max_age must be a finite number of seconds > 0 (or None: no freshness check)")
        if not _is_number(max_skew) or not math.isfinite(max_skew) or max_skew < 0:
            raise ConfigurationError("max_skew must be a finite number of seconds >= 0")
        self.verifier: SignatureVerifier = verifier
        self.state: StateStore | None = resolve_state(state if state is not None else env_value(STATE_URL_ENV))
        if store is None:
            store = self.state.dedup if self.state is not None else MemoryDedupStore()
        self.store: DedupStore = store
        ttl = getattr(store, "ttl", None)
        if max_age is not None and _is_number(ttl) and max_age > ttl:
            raise ConfigurationError(
                f"max_age ({max_age:g} s) must not exceed the de-dup store's ttl ({ttl:g} s): "
                "a replay after the key expired would run the handlers again"
            )
        self.max_body_bytes = max_body_bytes
        self.max_age = None if max_age is None else float(max_age)
        self.max_skew = float(max_skew)
        self.clock = clock
        self.lease = float(lease)
        self.retry_after = int(retry_after)
        self.handlers = handlers if handlers is not None else WebhookHandlers()
        self.client = client
        self.telemetry = resolve_telemetry(telemetry)

    def on(self, event_type: EventType) -> Callable[[H], H]:
        """Shortcut for `receiver.handlers.on(...)` (a new event type: `receiver.handlers.add(name, handler)`)."""
        return cast("Callable[[H], H]", self.handlers.on(event_type))

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
        if self.telemetry is not None:  # telemetry hook: the delivery under a SERVER span
            result = await self.telemetry.run_delivery(lambda: self._handle(body, headers, client))
            return cast(WebhookResult, result)
        return await self._handle(body, headers, client)

    async def _handle(self, body: bytes, headers: Mapping[str, str], client: AmiliClient | None) -> WebhookResult:
        lower = {k.lower(): v for k, v in headers.items()}
        signature = lower.get(SIGNATURE_HEADER.lower())
        request_id = lower.get(REQUEST_ID_HEADER.lower())
        if len(body) > self.max_body_bytes:
            return self.too_large(request_id)
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
        if self.max_age is not None:
            try:
                self.check_freshness(webhook.payload)
            except WebhookStaleError as exc:
                logger.warning("webhook %s rejected: %s (request %s)", webhook.type, exc, request_id)
                return WebhookResult(exc.status_code, str(exc), webhook, error=exc)
            except ValueError as exc:
                logger.warning("webhook rejected: malformed payload (request %s): %s", request_id, exc)
                return WebhookResult(422, f"malformed payload: {exc}")

        client = self._client(client)
        if client is not None and client.spec_drift is not None:  # the payload against its `x-webhooks` schema
            await client.spec_drift.observe_webhook(webhook.type, webhook.payload)
        key = webhook.event_key
        claim = await self.store.claim(key, lease=self.lease)
        if claim is Claim.DONE:
            logger.info("webhook %s duplicate delivery dropped (request %s)", webhook.type, request_id)
            return WebhookResult(200, "duplicate", webhook, duplicate=True)
        if claim is not Claim.NEW:
            logger.info("webhook %s: another delivery is being handled (request %s): 503", webhook.type, request_id)
            return WebhookResult(
                503, "in progress: retry later", webhook, headers={"Retry-After": str(self.retry_after)}
            )
        if not webhook.known:
            logger.info("webhook of unknown type %r accepted (request %s)", webhook.type, request_id)
        else:
            logger.info("webhook %s received (request %s)", webhook.type, request_id)
        try:
            await self._wake_batches(webhook, client)
            for handler in self.handlers.for_type(webhook.type):
                outcome = handler(webhook)
                if inspect.isawaitable(outcome):
                    await outcome
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self.store.release(key)
            raise
        with anyio.CancelScope(shield=True):
            await self.store.complete(key)
        return WebhookResult(200, "ok" if webhook.known else "ignored: unknown event type", webhook)

    def too_large(self, request_id: str | None = None) -> WebhookResult:
        """The 413 answered for a body over `max_body_bytes` (a framework wrapper calls it before reading more)."""
        error = WebhookTooLargeError(
            f"delivery body larger than {self.max_body_bytes} bytes (max_body_bytes)", limit=self.max_body_bytes
        )
        logger.warning("webhook rejected: %s (request %s)", error, request_id)
        return WebhookResult(413, str(error), error=error)

    def check_freshness(self, payload: Mapping[str, Any]) -> None:
        """Raise `WebhookStaleError` when the signed `timeStamp` is outside the window, `ValueError` when absent."""
        if self.max_age is None:
            return
        raw = payload.get("timeStamp")
        if not isinstance(raw, str) or not raw.strip():
            raise ValueError("no timeStamp in the signed body: its freshness cannot be checked")
        try:
            stamp = dt.datetime.fromisoformat(raw.strip())
        except ValueError:
            raise ValueError("timeStamp is not an ISO 8601 date-time") from None
        if stamp.tzinfo is None:
            stamp = stamp.replace(tzinfo=dt.UTC)  # Amili writes UTC (`…Z`)
        age = self.clock() - stamp.timestamp()
        if age > self.max_age:
            raise WebhookStaleError(
                f"stale delivery: timeStamp {raw.strip()[:40]} is {age:.0f} s old (max_age {self.max_age:g} s)",
                timestamp=raw.strip()[:40],
                age=age,
            )
        if -age > self.max_skew:
            raise WebhookStaleError(
                f"delivery from the future: timeStamp {raw.strip()[:40]} is {-age:.0f} s ahead "
                f"(max_skew {self.max_skew:g} s)",
                timestamp=raw.strip()[:40],
                age=age,
            )

    def _client(self, client: AmiliClient | None) -> AmiliClient | None:
        """The call's client, else the receiver's (its batch waiters are woken, its `spec_drift` applies)."""
        source = self.client if client is None else client
        return source if source is None or _is_client(source) else source()  # type: ignore[operator]

    async def _wake_batches(self, webhook: IncomingWebhook[Any], client: AmiliClient | None) -> None:
        if webhook.type != "BATCH_COMPLETED" or not isinstance(webhook.event, BatchCompletedEvent):
            return
        # A delivery may lack a field the spec only guesses is there (MissingFieldError on read): nothing to wake.
        found = getattr(getattr(webhook.event, "data", None), "batch_id", None)
        if found is None:
            return
        batch_id = str(found)
        published_by_client = False
        if client is not None:
            await client.batches.publish_completed(batch_id)
            published_by_client = client.batches.signals is not None
        if self.state is not None and not published_by_client:
            await self.state.signals.publish(batch_id)  # the receiver's state reaches the other processes


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


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
    return IncomingWebhook(
        type=event_type,
        event=event,
        payload=payload,
        idempotency_key=headers.get(IDEMPOTENCY_HEADER.lower()),
        request_id=headers.get(REQUEST_ID_HEADER.lower()),
        event_key=event_key(body, payload),
    )
