"""Typed errors: every failure the SDK raises is an `AmiliError`.

Messages name the operation and the request id so an ops person can quote them to Amili; they never contain
credentials or tokens (bodies of the token endpoint are never put into errors).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import amili_common
import httpx

if TYPE_CHECKING:
    from .batches import BatchHandle

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "APIUnavailableError",
    "AmiliError",
    "ArgumentError",
    "AuthenticationError",
    "BadRequestError",
    "BatchTimeoutError",
    "ConfigurationError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "JournalCorruptError",
    "JournalError",
    "JournalLockedError",
    "JournalMismatchError",
    "JournalStorageError",
    "LockedError",
    "MissingFieldError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestValidationError",
    "ResponseDecodingError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "StateStoreError",
    "UnprocessableEntityError",
]


class AmiliError(Exception):
    """Base of every error the SDK raises."""


class ConfigurationError(AmiliError):
    """The client was configured wrongly (missing credentials, unknown environment, ...)."""


class MissingFieldError(AmiliError, amili_common.MissingFieldError):
    """A response left out a field the SDK only guessed is always present (`x-amili-inferred-required`).

    Raised when the field is read, not when the response is parsed: the call succeeded (on a write, Amili did the
    work) and every field that was sent is there. Also an `AttributeError`, so `getattr(model, name, default)`
    and `hasattr()` treat the field as absent. `operation`, `model`, `field` (Python name) and `wire` name it."""


amili_common.MISSING_FIELD_ERROR[0] = MissingFieldError


class RequestValidationError(AmiliError, ValueError):
    """A request was refused before anything was sent: the caller's input is invalid."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ArgumentError(RequestValidationError, TypeError):
    """An operation was called with an argument it does not take, or without one it needs (nothing was sent).

    A `TypeError` as Python raises for a wrong keyword, and a `RequestValidationError` like all bad input.
    """


class APIConnectionError(AmiliError):
    """The request did not get an HTTP response (DNS, connect, TLS, dropped connection)."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, operation: str | None = None) -> None:
        super().__init__(message)
        self.request = public_request(request)
        """The request that got no response (method, URL, headers; credentials redacted, no body)."""
        self.operation = operation

    retry_budget_exhausted: bool = False
    """True when this failure would have been retried but the API's retry budget was empty (see docs/retries.md)."""


class APIUnavailableError(APIConnectionError):
    """The API's circuit breaker is open after sustained failures: the call failed at once, nothing was sent.

    `retry_in`: seconds until the breaker lets a probe through (see docs/retries.md)."""

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        operation: str | None = None,
        retry_in: float | None = None,
    ) -> None:
        super().__init__(message, request=request, operation=operation)
        self.retry_in = retry_in


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool) after all retries."""


class ResponseTooLargeError(AmiliError):
    """A response body exceeded `max_response_bytes` (counted after decompression, while it streamed in)."""

    def __init__(self, message: str, *, limit: int, operation: str | None = None) -> None:
        super().__init__(message)
        self.limit = limit
        self.operation = operation


class ResponseDecodingError(AmiliError):
    """A response body could not be decoded (corrupt gzip/deflate, unknown content encoding)."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        super().__init__(message)
        self.operation = operation


class FieldError:
    """One field-level problem reported by Amili (ARM `warnings[{field, message}]`, validation `errors`)."""

    __slots__ = ("field", "message")

    def __init__(self, field: str | None, message: str) -> None:
        self.field = field
        self.message = message

    def __repr__(self) -> str:
        return f"FieldError(field={self.field!r}, message={self.message!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldError) and (self.field, self.message) == (other.field, other.message)

    def __hash__(self) -> int:
        return hash((self.field, self.message))


_BODY_LIMIT = 2048
"""Characters of a non-JSON body kept on an error (an excerpt, never the whole body)."""
_JSON_BODY_LIMIT = 16 * 1024
"""A JSON error body larger than this is kept as an excerpt too: errors must not pin megabytes in memory."""


class APIStatusError(AmiliError):
    """Amili answered with a non-2xx status."""

    status_code: int
    retry_budget_exhausted: bool = False
    """True when this status would have been retried but the API's retry budget was empty (see docs/retries.md)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        request_id: str | None,
        headers: Mapping[str, str],
        body: Any,
        parsed: Any = None,
        operation: str | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.headers = dict(headers)
        self.body = body
        self.parsed = parsed
        self.operation = operation
        self.response = response
        """The httpx response (status, headers, the bounded body); its `.request` has credentials redacted."""

    @property
    def request(self) -> httpx.Request | None:
        """The request that was answered (method, URL, headers; credentials redacted, no body)."""
        return self.response.request if self.response is not None else None

    @property
    def server_message(self) -> str | None:
        return _server_message(self.body)

    @property
    def field_errors(self) -> list[FieldError]:
        return _field_errors(self.body)


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    """401 from an API after one refresh and replay, or the token endpoint refused the credentials."""

    status_code = 401

    @property
    def oauth_error(self) -> str | None:
        value = self.body.get("error") if isinstance(self.body, dict) else None
        return value if isinstance(value, str) else None


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    """422: field-level details are in `field_errors`."""

    status_code = 422


class LockedError(APIStatusError):
    status_code = 423


class RateLimitError(APIStatusError):
    """429 (or a server wait longer than the configured cap): `retry_after` says how long Amili asked to wait."""

    status_code = 429

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class InternalServerError(APIStatusError):
    """Any 5xx."""


class ResponseValidationError(AmiliError):
    """A 2xx response whose body does not match the spec (missing fields, wrong types, not JSON)."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        request_id: str | None,
        body: Any,
        operation: str | None = None,
        cause: BaseException | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.request_id = request_id
        self.body = body
        self.operation = operation
        self.cause = cause


class BatchTimeoutError(AmiliError):
    """A batch was still processing when its wait ran out; `handle` (serialisable) lets a later process resume."""

    def __init__(self, message: str, handle: BatchHandle) -> None:
        super().__init__(message)
        self.handle = handle


class JournalError(AmiliError):
    """The bulk journal cannot be used as it is; nothing was sent for the chunk concerned."""


class JournalMismatchError(JournalError, ValueError):
    """The items given to a rerun differ from the ones the journal recorded for the same chunk."""


class JournalLockedError(JournalError):
    """Another live process holds the run's lease (or took it over): this process sends nothing for that run."""


class JournalCorruptError(JournalError):
    """The journal file or a record in it cannot be read (not a database, damaged, unreadable stored outcomes)."""


class JournalStorageError(JournalError):
    """The journal could not be written (disk full, I/O error, read-only): the step it guards was not taken."""


class StateStoreError(AmiliError):
    """A shared-state store (`state=`, `AMILI_STATE_URL`) cannot be opened: unreachable, refused, no such database,
    not a database file. `store` names it without its password; nothing was sent to Amili."""

    def __init__(self, message: str, *, store: str) -> None:
        super().__init__(message)
        self.store = store


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    423: LockedError,
    429: RateLimitError,
}


def error_class_for(status: int) -> type[APIStatusError]:
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


def decode_body(response: httpx.Response) -> Any:
    """JSON when it parses and is small, else a text excerpt of at most `_BODY_LIMIT` characters; never raises."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if len(content) <= _JSON_BODY_LIMIT:
        try:
            return response.json()
        except (ValueError, UnicodeDecodeError):
            pass
    try:
        text = content[: _BODY_LIMIT * 4].decode(response.encoding or "utf-8", errors="replace")
    except LookupError:
        return None
    if not text:
        return None
    excerpt = text[:_BODY_LIMIT]
    if len(content) > len(excerpt.encode("utf-8", errors="replace")):
        excerpt += f"… [{len(content)} bytes, truncated]"
    return excerpt


def _server_message(body: Any) -> str | None:
    if isinstance(body, dict):
        for key in ("message", "error_description", "Message", "detail", "title", "error"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
        summary = body.get("summary")
        if isinstance(summary, dict):
            return _server_message(summary)
    if isinstance(body, str) and body and not body.lstrip().startswith("<"):
        return body[:200]
    return None


def _field_errors(body: Any) -> list[FieldError]:
    out: list[FieldError] = []
    if not isinstance(body, dict):
        return out
    for key in ("warnings", "errors", "validationErrors", "failed"):
        items = body.get(key)
        if isinstance(items, dict):  # {"field": ["msg", ...]} (ASP.NET problem details)
            for field, messages in items.items():
                for message in messages if isinstance(messages, list) else [messages]:
                    out.append(FieldError(str(field), str(message)))
        elif isinstance(items, list):
            for item in items:
                if isinstance(item, dict):
                    field = item.get("field") or item.get("propertyName") or item.get("objectname")
                    message = item.get("message") or item.get("errorMessage") or ""
                    out.append(FieldError(str(field) if field is not None else None, str(message)))
    data = body.get("data")
    if isinstance(data, dict):
        out.extend(_field_errors(data))
    return out


def public_request(request: httpx.Request | None) -> httpx.Request | None:
    """A copy of `request` that is safe to hand out on an error: credentials redacted, no body."""
    if request is None:
        return None
    from ._logging import REDACTED, SENSITIVE_HEADERS

    headers = [(k, REDACTED if k.lower() in SENSITIVE_HEADERS else v) for k, v in request.headers.multi_items()]
    return httpx.Request(request.method, request.url, headers=headers)


def public_response(response: httpx.Response) -> httpx.Response:
    """A copy of an (already read) error response whose `.request` is `public_request`'s."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    try:
        request = public_request(response.request)
    except RuntimeError:  # a response built without a request
        request = None
    return httpx.Response(response.status_code, headers=response.headers, content=content, request=request)


def status_error(
    response: httpx.Response, *, operation: str, parsed: Any = None, retry_after: float | None = None
) -> APIStatusError:
    """Build the typed error for a non-2xx response."""
    status = response.status_code
    request_id = request_id_of(response)
    body = decode_body(response)
    cls = error_class_for(status)
    detail = _server_message(body)
    parts = [f"{operation} failed: HTTP {status}"]
    if detail:
        parts.append(detail)
    fields = _field_errors(body)
    if fields:
        parts.append("; ".join(f"{f.field}: {f.message}" if f.field else f.message for f in fields[:5]))
    if request_id:
        parts.append(f"request id {request_id}")
    message = " — ".join(parts)
    kwargs: dict[str, Any] = {
        "status_code": status,
        "request_id": request_id,
        "headers": response.headers,
        "body": body,
        "parsed": parsed,
        "operation": operation,
        "response": public_response(response),
    }
    if cls is RateLimitError:
        return RateLimitError(message, retry_after=retry_after, **kwargs)
    return cls(message, **kwargs)


REQUEST_ID_HEADERS = ("x-amili-request-id", "x-request-id", "request-id", "x-correlation-id")


def request_id_of(response: httpx.Response) -> str | None:
    # One pass over the raw headers, decoding only a match (each `Headers.get` scans them all, `multi_items` decodes
    # them all; this runs on every response).
    headers = response.headers
    found: dict[bytes, bytes] | None = None
    for name, value in headers.raw:
        lower = name.lower()
        if lower in _REQUEST_ID_RAW and value:
            if found is None:
                found = {}
            found.setdefault(lower, value)
    if found is None:
        return None
    for raw_name in _REQUEST_ID_RAW:
        match = found.get(raw_name)
        if match is not None:
            return match.decode(headers.encoding)
    return None


_REQUEST_ID_RAW = tuple(name.encode("ascii") for name in REQUEST_ID_HEADERS)
