"""Events and their handlers: the generated model of each known event type, the registry `on()` fills, parsing."""

from __future__ import annotations

import inspect
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import attrs
from amili_autocollect.models.batch_completed_event import BatchCompletedEvent
from amili_autocollect.models.case_event import CaseEvent
from amili_autocollect.models.case_updated_event import CaseUpdatedEvent
from amili_autocollect.models.settlement_created_event import SettlementCreatedEvent

from ..errors import ConfigurationError

if TYPE_CHECKING:
    pass

from ._verify import EVENT_HEADER, IDEMPOTENCY_HEADER, REQUEST_ID_HEADER, event_key

logger = logging.getLogger("amili.webhooks")

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
            from .._validation import closest

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
