"""The receiver: verify, parse, de-duplicate and dispatch one delivery, and answer with the HTTP status to send."""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import math
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeGuard, cast

import anyio
import attrs
from amili_autocollect.models.batch_completed_event import BatchCompletedEvent

from .._options import env_value
from ..errors import ConfigurationError
from ..state import STATE_URL_ENV, Claim, DedupStore, MemoryDedupStore, StateStore, resolve_state
from ..telemetry import Telemetry
from ..telemetry import resolve as resolve_telemetry

if TYPE_CHECKING:
    from ..client import AmiliClient

from ._events import EventType, H, IncomingWebhook, WebhookHandlers, parse_webhook
from ._verify import (
    DEFAULT_MAX_AGE,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_SKEW,
    REQUEST_ID_HEADER,
    SECRET_ENV,
    SIGNATURE_HEADER,
    HmacSha256Verifier,
    SignatureVerifier,
    WebhookRejectedError,
    WebhookStaleError,
    WebhookTooLargeError,
)

logger = logging.getLogger("amili.webhooks")

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
    from ..client import AmiliClient

    return isinstance(obj, AmiliClient)
