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

from ..state import Claim, DedupStore
from ._events import (
    EVENT_MODELS,
    EventType,
    IncomingWebhook,
    WebhookHandlers,
)
from ._events import (
    AnyEvent as AnyEvent,
)
from ._events import (
    Handler as Handler,
)
from ._events import (
    parse_webhook as parse_webhook,
)
from ._receiver import WebhookReceiver, WebhookResult
from ._verify import (
    DEFAULT_MAX_AGE,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_SKEW,
    SIGNATURE_HEADER,
    HmacSha256Verifier,
    IdempotencyStore,
    InMemoryIdempotencyStore,
    SignatureVerifier,
    WebhookRejectedError,
    WebhookStaleError,
    WebhookTooLargeError,
    compute_signature,
)
from ._verify import (
    EVENT_HEADER as EVENT_HEADER,
)
from ._verify import (
    IDEMPOTENCY_HEADER as IDEMPOTENCY_HEADER,
)
from ._verify import (
    REQUEST_ID_HEADER as REQUEST_ID_HEADER,
)
from ._verify import (
    SECRET_ENV as SECRET_ENV,
)
from ._verify import (
    event_key as event_key,
)

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
