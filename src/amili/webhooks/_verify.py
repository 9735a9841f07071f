"""Verifying a delivery before any handler runs: its signature, size and freshness limits, and its de-dup key."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from .._secrets import Secret
from ..errors import AmiliError, ConfigurationError
from ..state import DedupStore, MemoryDedupStore

if TYPE_CHECKING:
    pass

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
