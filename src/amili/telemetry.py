"""OpenTelemetry traces and metrics (extra `amili-sdk[otel]`: `opentelemetry-api` only), optional and free when off.

Everything OTel lives here. The rest of the SDK holds a `Tracing` (or None: off) and calls a few hooks on it, or on
the scope of the call / chunk / delivery in flight (`current()`); with telemetry off those call sites cost one
`is None` check and nothing from `opentelemetry` is imported (`resolve` is the only place that imports it).

What is recorded never carries a secret, a token, a body or personal data: operation names, the URL *template*
(`/customers/{customerId}`, never the filled path), status codes, request ids, retry reasons, counts and timings.
Exceptions are recorded by class name only (their messages may quote request values).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from contextvars import ContextVar
from typing import Any

import attrs

__all__ = ["METRICS", "SPANS", "Telemetry", "Tracing", "current", "resolve"]

SPANS = {
    "amili.<operation>": "CLIENT span per operation call (`amili.arm.customers.get_customer`)",
    "amili.<operation>.attempt": "INTERNAL child per HTTP attempt (retry reason and wait)",
    "amili.token.fetch": "INTERNAL span per token fetch, linked from every call that waited for it",
    "amili.submit_many": "INTERNAL span per `submit_many` run",
    "amili.submit_many.chunk": "INTERNAL child per chunk (items, outcome counts, journal, reconciliation; poll events)",
    "amili.webhook.delivery": "SERVER span per webhook delivery (event type, key, result)",
}
METRICS = {
    "amili.client.calls": "counter: operation calls by operation and status class",
    "amili.client.errors": "counter: failed calls by operation, status class and error type",
    "amili.client.call.duration": "histogram (s): operation call duration by operation and status class",
    "amili.client.retries": "counter: retries by operation and reason",
    "amili.token.fetches": "counter: token fetches by outcome",
    "amili.batch.items": "counter: submit_many item outcomes by outcome",
    "amili.webhook.deliveries": "counter: webhook deliveries by result and event type",
    "amili.journal.operation.duration": "histogram (s): journal operations by operation",
}


@attrs.frozen
class Telemetry:
    """`AmiliClient(telemetry=Telemetry(...))`. `propagate=True` sends the W3C `traceparent` (and `tracestate`) of
    each attempt to Amili (off by default: Amili documents no trace header). `tracer_provider` / `meter_provider`
    default to the global ones."""

    propagate: bool = False
    tracer_provider: Any = attrs.field(default=None, repr=False)
    meter_provider: Any = attrs.field(default=None, repr=False)


_SCOPE: ContextVar[_Scope | None] = ContextVar("amili_telemetry_scope", default=None)


def current() -> _Scope | None:
    """The traced call, chunk or delivery in flight in this task, if any (None whenever telemetry is off)."""
    return _SCOPE.get()


def resolve(setting: bool | Telemetry | None) -> Tracing | None:
    """None (off) for `False`, or when `opentelemetry-api` is not installed and telemetry was not asked for
    explicitly; `None` (the default) means on when the API is installed."""
    if setting is False:
        return None
    try:
        import opentelemetry.metrics
        import opentelemetry.trace  # noqa: F401
    except ImportError:
        if setting is None:
            return None
        from .errors import ConfigurationError

        raise ConfigurationError("telemetry needs the extra: pip install 'amili-sdk[otel]'") from None
    return Tracing(setting if isinstance(setting, Telemetry) else Telemetry())


def _unset_providers(config: Telemetry, trace: Any, metrics: Any) -> tuple[Any, Any] | None:
    """The two OTel API modules whose global provider is still unset (read per call: two attribute reads), or None
    when a provider is configured, propagation is on, or this API version keeps its globals elsewhere."""
    if config.tracer_provider is not None or config.meter_provider is not None or config.propagate:
        return None
    trace.get_tracer_provider()  # loads a provider named by OTEL_PYTHON_TRACER_PROVIDER, as the API would
    metrics.get_meter_provider()
    try:
        from opentelemetry.metrics import _internal as metrics_internal  # the globals are not exported
    except ImportError:
        return None
    if getattr(trace, "_TRACER_PROVIDER", 0) is not None or getattr(metrics_internal, "_METER_PROVIDER", 0) is not None:
        return None
    return trace, metrics_internal


def status_class(status: int | None) -> str:
    return f"{status // 100}xx" if status else "none"


class _Scope:
    """A span in flight that events and links can be added to."""

    def __init__(self, tracing: Tracing, span: Any) -> None:
        self.tracing = tracing
        self.span = span

    def event(self, name: str, attributes: Mapping[str, Any] | None = None) -> None:
        self.span.add_event(name, dict(attributes or {}))

    def token_fetch(self) -> _TokenFetch:
        """This scope starts a token fetch (and waits for it)."""
        fetch = self.tracing.token_fetch()
        self.link(fetch)
        return fetch

    def link(self, fetch: _TokenFetch) -> None:
        """This scope waited for `fetch`."""
        context = fetch.span.get_span_context()
        add_link = getattr(self.span, "add_link", None)  # opentelemetry-api >= 1.23
        if add_link is not None:
            add_link(context, {"amili.link": "token.fetch"})
        else:
            self.event("amili.token.waited", {"amili.token.fetch.span_id": format(context.span_id, "016x")})


class Tracing:
    """The OTel side of one client (or webhook receiver): tracer, meter, instruments, and the hooks."""

    def __init__(self, config: Telemetry) -> None:
        from opentelemetry import context, metrics, trace
        from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

        from . import __version__

        self.config = config
        self._trace = trace
        self._context = context
        # W3C trace context only (`traceparent`, `tracestate`): never the global propagators, whose baggage may
        # carry the application's own data.
        self._propagator = TraceContextTextMapPropagator()
        self.tracer = trace.get_tracer("amili", __version__, tracer_provider=config.tracer_provider)
        meter = metrics.get_meter("amili", __version__, meter_provider=config.meter_provider)
        self.calls = meter.create_counter("amili.client.calls", "{call}", "Operation calls")
        self.errors = meter.create_counter("amili.client.errors", "{call}", "Operation calls that raised")
        self.duration = meter.create_histogram("amili.client.call.duration", "s", "Operation call duration")
        self.retries = meter.create_counter("amili.client.retries", "{retry}", "Retries by reason")
        self.token_fetches = meter.create_counter("amili.token.fetches", "{fetch}", "Token fetches")
        self.batch_items = meter.create_counter("amili.batch.items", "{item}", "submit_many item outcomes")
        self.deliveries = meter.create_counter("amili.webhook.deliveries", "{delivery}", "Webhook deliveries")
        self.journal_duration = meter.create_histogram(
            "amili.journal.operation.duration", "s", "Journal operation duration"
        )
        # per operation: the call span's name and fixed attributes, the metric attributes per status class
        self._static: dict[str, tuple[str, dict[str, Any]]] = {}
        self._labels: dict[tuple[str, str], dict[str, str]] = {}
        self.kind = trace.SpanKind
        self.status = trace.Status
        self.error_code = trace.StatusCode.ERROR
        self._unset = _unset_providers(config, trace, metrics)

    def idle(self) -> bool:
        """True while a call's span and metrics would go nowhere: no provider given, none set globally yet (the
        API's own proxies, which do nothing until one is), no propagation. Asked per call (a provider set later is
        seen at once); operations then skip the span, the metrics and the per-attempt hooks."""
        unset = self._unset
        if unset is None:
            return False
        return unset[0]._TRACER_PROVIDER is None and unset[1]._METER_PROVIDER is None

    def _child_context(self, parent: Any) -> Any:
        return self._trace.set_span_in_context(parent) if parent is not None else None

    def _enter(self, scope: _Scope) -> tuple[Any, Any]:
        return _SCOPE.set(scope), self._context.attach(self._trace.set_span_in_context(scope.span))

    def _leave(self, tokens: tuple[Any, Any]) -> None:
        self._context.detach(tokens[1])
        _SCOPE.reset(tokens[0])

    def fail(self, span: Any, exc: BaseException) -> str:
        kind = type(exc).__name__
        span.set_attribute("error.type", kind)
        span.set_status(self.status(self.error_code, kind))
        return kind

    # -- operation calls ------------------------------------------------------------------------------------------

    async def run_call(self, meta: Any, send: Callable[[Any], Awaitable[Any]]) -> Any:
        """One operation call under its CLIENT span; `send(call)` sends it (the retry engine sees the call)."""
        static = self._static.get(meta.qualname)
        if static is None:
            static = self._static[meta.qualname] = (
                f"amili.{meta.qualname}",
                {
                    "amili.operation": meta.qualname,
                    "amili.api": meta.api,
                    "http.request.method": meta.method.upper(),
                    "url.template": meta.path,
                },
            )
        span = self.tracer.start_span(static[0], kind=self.kind.CLIENT, attributes=static[1])
        call = _Call(self, span, meta.qualname)
        tokens = self._enter(call)
        started = time.monotonic()
        status: int | None = None
        try:
            raw = await send(call)
        except BaseException as exc:
            status = getattr(exc, "status_code", None) or call.status
            request_id = getattr(exc, "request_id", None)
            if isinstance(request_id, str):
                span.set_attribute("amili.request_id", request_id)
            if isinstance(status, int):
                span.set_attribute("http.response.status_code", status)
            kind = self.fail(span, exc)
            self.errors.add(
                1, {"amili.operation": call.operation, "amili.status_class": status_class(status), "error.type": kind}
            )
            raise
        else:
            status = raw.status_code
            span.set_attribute("http.response.status_code", raw.status_code)
            if raw.request_id:
                span.set_attribute("amili.request_id", raw.request_id)
            return raw
        finally:
            self._leave(tokens)
            call.close_attempt()
            key = (call.operation, status_class(status))
            labels = self._labels.get(key)
            if labels is None:
                labels = self._labels[key] = {"amili.operation": key[0], "amili.status_class": key[1]}
            self.calls.add(1, labels)
            self.duration.record(time.monotonic() - started, labels)
            span.end()

    # -- token fetches --------------------------------------------------------------------------------------------

    def token_fetch(self) -> _TokenFetch:
        """A token fetch: its own root span (no caller owns it); calls that waited for it link to it."""
        span = self.tracer.start_span("amili.token.fetch", context=self._context.Context())
        return _TokenFetch(self, span)

    # -- submit_many ----------------------------------------------------------------------------------------------

    def batch_run(self, operation: str, run: str, chunk_size: int, journalled: bool) -> _Run:
        span = self.tracer.start_span(
            "amili.submit_many",
            attributes={
                "amili.operation": operation,
                # the run's name may be the caller's own words or hold the scope: a digest correlates runs
                "amili.batch.run_id": hashlib.sha256(run.encode()).hexdigest()[:16],
                "amili.batch.chunk_size": chunk_size,
                "amili.batch.journalled": journalled,
            },
        )
        return _Run(self, span)

    async def run_chunk(
        self, run: _Run | None, index: int, items: int, body: Callable[[_Chunk], Awaitable[None]]
    ) -> None:
        span = self.tracer.start_span(
            "amili.submit_many.chunk",
            context=self._child_context(run.span if run is not None else None),
            attributes={"amili.batch.chunk.index": index, "amili.batch.chunk.items": items},
        )
        chunk = _Chunk(self, span)
        tokens = self._enter(chunk)
        try:
            await body(chunk)
        except BaseException as exc:
            self.fail(span, exc)
            raise
        finally:
            self._leave(tokens)
            for outcome, count in chunk.outcomes.items():
                span.set_attribute(f"amili.batch.outcome.{outcome}", count)
            span.end()

    def items(self, outcomes: Iterable[Any]) -> None:
        counts: dict[str, int] = {}
        for outcome in outcomes:
            status = outcome.status
            name = status if type(status) is str else str(getattr(status, "value", status))
            counts[name] = counts.get(name, 0) + 1
        scope = _SCOPE.get()
        for name, count in counts.items():
            self.batch_items.add(count, {"amili.batch.outcome": name})
            if isinstance(scope, _Chunk):
                scope.outcomes[name] = scope.outcomes.get(name, 0) + count

    def timed_journal(self, journal: Any) -> Any:
        return _TimedJournal(journal, self.journal_duration)

    # -- webhooks -------------------------------------------------------------------------------------------------

    async def run_delivery(self, handle: Callable[[], Awaitable[Any]]) -> Any:
        """One webhook delivery under its SERVER span; `handle()` returns the `WebhookResult`."""
        span = self.tracer.start_span("amili.webhook.delivery", kind=self.kind.SERVER)
        scope = _Scope(self, span)
        tokens = self._enter(scope)
        result_name = "error"
        event_type = ""
        try:
            result = await handle()
            webhook = result.webhook
            if webhook is not None:
                event_type = str(webhook.type)
                span.set_attribute("amili.webhook.event_type", event_type)
                span.set_attribute("amili.webhook.event_key", str(webhook.event_key))
            span.set_attribute("http.response.status_code", result.status_code)
            if result.duplicate:
                result_name = "duplicate"
            elif result.status_code == 503:
                result_name = "in_flight"
            elif result.status_code == 200:
                result_name = "processed" if webhook is not None and webhook.known else "ignored"
            else:
                result_name = "rejected"
            return result
        except BaseException as exc:
            self.fail(span, exc)
            raise
        finally:
            self._leave(tokens)
            span.set_attribute("amili.webhook.result", result_name)
            self.deliveries.add(1, {"amili.webhook.result": result_name, "amili.webhook.event_type": event_type})
            span.end()


class _Call(_Scope):
    """One traced operation call: the retry engine reports its attempts here."""

    def __init__(self, tracing: Tracing, span: Any, operation: str) -> None:
        super().__init__(tracing, span)
        self._tracing = tracing
        self.operation = operation
        self._attempt: Any = None
        self._number = 0
        self.status: int | None = None

    def attempt_start(self, request: Any) -> None:
        self.close_attempt()
        self.status = None
        self._number += 1
        tracing = self._tracing
        if self._number == 1:
            url = request.url
            self.span.set_attribute("server.address", url.host)
            if url.port:
                self.span.set_attribute("server.port", url.port)
        self._attempt = tracing.tracer.start_span(
            f"amili.{self.operation}.attempt",
            context=tracing._trace.set_span_in_context(self.span),
            attributes={"amili.attempt": self._number, "http.request.resend_count": self._number - 1},
        )
        if tracing.config.propagate:
            tracing._propagator.inject(request.headers, context=tracing._trace.set_span_in_context(self._attempt))

    def attempt_response(self, status: int) -> None:
        self.status = status
        if self._attempt is not None:
            self._attempt.set_attribute("http.response.status_code", status)
            if status >= 500:
                self._attempt.set_status(self._tracing.status(self._tracing.error_code, str(status)))

    def attempt_error(self, exc: BaseException) -> None:
        if self._attempt is not None:
            self._tracing.fail(self._attempt, exc)

    def retrying(self, reason: str, wait: float) -> None:
        """The attempt failed and another follows after `wait` seconds."""
        self._tracing.retries.add(1, {"amili.operation": self.operation, "amili.retry.reason": reason})
        if self._attempt is not None:
            self._attempt.set_attribute("amili.retry.reason", reason)
            self._attempt.set_attribute("amili.retry.wait", wait)
        self.close_attempt()

    def close_attempt(self) -> None:
        if self._attempt is not None:
            self._attempt.end()
            self._attempt = None


class _Chunk(_Scope):
    def __init__(self, tracing: Tracing, span: Any) -> None:
        super().__init__(tracing, span)
        self.outcomes: dict[str, int] = {}

    def set(self, name: str, value: Any) -> None:
        self.span.set_attribute(name, value)


class _Run(_Scope):
    """A `submit_many` run: ended with its summary."""

    def finish(self, summary: Any, error: BaseException | None) -> None:
        for name in ("submitted", "succeeded", "failed", "invalid", "unknown_fate", "batches", "resumed_chunks"):
            value = getattr(summary, name, None)
            if isinstance(value, int):
                self.span.set_attribute(f"amili.batch.{name}", value)
        if error is not None:
            self.tracing.fail(self.span, error)
        self.span.end()


class _TokenFetch:
    def __init__(self, tracing: Tracing, span: Any) -> None:
        self._tracing = tracing
        self.span = span

    def end(self, error: BaseException | None) -> None:
        outcome = "ok"
        if error is not None:
            outcome = "error"
            self._tracing.fail(self.span, error)
        self._tracing.token_fetches.add(1, {"amili.token.outcome": outcome})
        self.span.end()


class _TimedJournal:
    """A journal whose every coroutine method records its duration (`amili.journal.operation.duration`)."""

    def __init__(self, inner: Any, histogram: Any) -> None:
        self._inner = inner
        self._histogram = histogram

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._inner, name)
        if name.startswith("_") or not callable(value) or not _is_coroutine_function(value):
            return value
        histogram = self._histogram

        async def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.monotonic()
            try:
                return await value(*args, **kwargs)
            finally:
                histogram.record(time.monotonic() - started, {"amili.journal.operation": name})

        return timed

    def __repr__(self) -> str:
        return repr(self._inner)


def _is_coroutine_function(value: Any) -> bool:
    import inspect

    return inspect.iscoroutinefunction(value)
