"""`SpecDrift` (the setting) and `DriftMonitor` (what the client calls for each response when it is on).

Modes: `off` (nothing is built, nothing runs), `log` (each new departure once, on the `amili.drift` logger),
`record` (also appended to a JSONL file, one line per (operation, path, kind)), `strict` (raise `SpecDriftError`,
for a CI run against staging). Cost when on: status and content type are checked on every response; bodies and
headers on the first `warmup` responses of each operation, then on a `sample_rate` fraction.
"""

from __future__ import annotations

import logging
import os
import random
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import attrs

from .. import telemetry
from .._api_table import API_NAMES
from ..errors import AmiliError, ConfigurationError
from .checker import BodyChecker, Found, OperationChecker, shapes_for, type_name
from .events import DriftEvent, code_value, data_like_key, event_key, format_path, sample_of, secret_like_name, shape_of
from .recorder import DriftRecorder

if TYPE_CHECKING:
    import httpx

    from ..operations import OperationMeta

__all__ = ["DEFAULT_DRIFT_FILE", "MODES", "DriftMonitor", "SpecDrift", "SpecDriftError"]

logger = logging.getLogger("amili.drift")

Mode = Literal["off", "log", "record", "strict"]
MODES: tuple[str, ...] = ("off", "log", "record", "strict")
DEFAULT_DRIFT_FILE = "amili-drift.jsonl"
MAX_DISTINCT = 1000
"""Distinct departures kept per client (a server answering with data-keyed maps must not grow memory forever).
Counts (in memory and the drift file's `tally` lines) are kept for these departures only; sightings of any further
departure are counted together in `DriftMonitor.overflow` (one `overflow` line in the drift file)."""


def _path(item: Found, status: int) -> str:
    """The event's path: where in the body, or which status / content type / header."""
    kind, parts, _, value = item
    if kind == "undocumented_status":
        return f"status:{status}"
    if kind == "undocumented_content_type":
        return f"content-type:{value or '(none)'}"
    if kind == "undocumented_header":
        return str(parts[0])
    return format_path(parts)


def _private(item: Found) -> Found:
    """An unknown key that is data (a national id, an e-mail, a UUID...) makes its object a map: the event is about
    the map's values (`[*]`), and the key itself is never written anywhere."""
    kind, parts, spec, value = item
    if kind == "unknown_property" and parts and data_like_key(parts[-1]):
        says = "no additionalProperties (an object keyed by data: a map)"
        return (kind, (*parts[:-1], "[*]"), {**spec, "says": says}, value)
    return item


def _key(operation: str, item: Found, status: int, *, secret: bool = False) -> tuple[str, str, str]:
    """One event per (operation, path, kind), and per code for a new enum value (two new values: two events; a
    token response's values never take part)."""
    kind, parts, _, value = item
    seen = None
    if kind == "unknown_enum_value" and not secret:
        name = next((p for p in reversed(parts) if not p.startswith("[")), "")
        code = code_value(value)
        if not secret_like_name(name) and not (isinstance(code, str) and code.startswith("<")):
            seen = {"value": code}
    return event_key(operation, _path(item, status), kind, seen)


@attrs.frozen
class _Ref:
    """What a departure names when it is not a façade operation: a token endpoint, a webhook delivery."""

    api: str
    tag: str
    name: str
    method: str
    path: str

    @property
    def qualname(self) -> str:
        return f"{self.api}.{self.tag}.{self.name}"


class SpecDriftError(AmiliError):
    """A response departed from the spec and `spec_drift="strict"` was asked for. `events` lists every departure."""

    def __init__(self, message: str, *, events: list[DriftEvent], request_id: str | None = None) -> None:
        super().__init__(message)
        self.events = events
        self.operation = events[0].operation if events else None
        self.status_code = events[0].status if events else None
        self.request_id = request_id


@attrs.frozen
class SpecDrift:
    """How the client compares responses with the specs. `AmiliClient(spec_drift="record")` is short for
    `AmiliClient(spec_drift=SpecDrift("record"))`; `AMILI_SPEC_DRIFT`, `AMILI_SPEC_DRIFT_FILE`,
    `AMILI_SPEC_DRIFT_SAMPLE` and `AMILI_SPEC_DRIFT_VALUES=1` set it without code."""

    mode: Mode = "off"
    #: JSONL file of `record` mode (and of `strict` when given); default `amili-drift.jsonl` in the cwd.
    path: str | os.PathLike[str] | None = None
    #: Fraction of responses (after `warmup` per operation) whose body and headers are compared; strict: all.
    sample_rate: float = 0.1
    warmup: int = 20
    #: Opt-in: keep (truncated) real values in samples. Off, samples hold types and lengths only.
    values: bool = False

    def __attrs_post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigurationError(f"spec_drift must be one of {', '.join(MODES)}, got {self.mode!r}")
        if not 0.0 <= self.sample_rate <= 1.0:
            raise ConfigurationError(f"spec_drift sample_rate must be within 0..1, got {self.sample_rate!r}")
        if self.warmup < 0:
            raise ConfigurationError("spec_drift warmup must be >= 0")

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> SpecDrift:
        """The settings the `AMILI_SPEC_DRIFT*` variables of `environ` give (the options builder passes the
        process environment it read)."""
        env = environ
        mode = (env.get("AMILI_SPEC_DRIFT") or "off").strip().lower()
        rate = env.get("AMILI_SPEC_DRIFT_SAMPLE")
        try:
            sample_rate = float(rate) if rate else 0.1
        except ValueError:
            raise ConfigurationError(f"AMILI_SPEC_DRIFT_SAMPLE must be a number within 0..1, got {rate!r}") from None
        return cls(
            mode=cast(Mode, mode),
            path=env.get("AMILI_SPEC_DRIFT_FILE") or None,
            sample_rate=sample_rate,
            values=(env.get("AMILI_SPEC_DRIFT_VALUES") or "").strip().lower() in ("1", "true", "yes"),
        )

    @classmethod
    def coerce(cls, value: str | SpecDrift | None, environ: Mapping[str, str] | None = None) -> SpecDrift:
        """`None` takes the `AMILI_SPEC_DRIFT*` settings of `environ`; a string is a mode (the other settings from
        `environ`)."""
        env = {} if environ is None else environ
        if value is None:
            return cls.from_env(env)
        if isinstance(value, SpecDrift):
            return value
        if isinstance(value, str):
            return attrs.evolve(cls.from_env(env), mode=cast(Mode, value.strip().lower()))
        raise ConfigurationError(f"spec_drift must be a mode string or SpecDrift, got {type(value).__name__}")

    @property
    def record_path(self) -> Path | None:
        if self.path is not None:
            return Path(self.path)
        return Path(DEFAULT_DRIFT_FILE) if self.mode == "record" else None


class DriftMonitor:
    """Shared by a client and its views; `observe` is awaited by every operation before its response is parsed."""

    def __init__(self, config: SpecDrift) -> None:
        self.config = config
        self.strict = config.mode == "strict"
        self.sample_rate = 1.0 if self.strict else config.sample_rate
        path = config.record_path
        self.recorder = DriftRecorder(path) if path is not None else None
        self._checkers: dict[str, OperationChecker | None] = {}
        self._webhooks: dict[str, tuple[_Ref, BodyChecker] | None] = {}
        self._calls: Counter[str] = Counter()
        self._seen: dict[tuple[str, str, str], DriftEvent] = {}
        self._tally: Counter[tuple[str, str, str]] = Counter()  # not yet written to the record file
        self._total: Counter[tuple[str, str, str]] = Counter()
        self.overflow = 0
        """Sightings of departures beyond the first `MAX_DISTINCT` (neither kept nor counted one by one)."""
        self._overflow_unwritten = 0
        self._random = random.Random()  # noqa: S311 - sampling, not security
        self._warned: set[str] = set()

    @property
    def events(self) -> list[DriftEvent]:
        """Every distinct departure seen by this process (first sighting, with its count so far)."""
        return [attrs.evolve(e, count=self._total[e.key]) for e in self._seen.values()]

    def _checker(self, meta: OperationMeta | _Ref) -> OperationChecker | None:
        if meta.qualname in self._checkers:
            return self._checkers[meta.qualname]
        checker = None
        try:
            table = shapes_for(meta.api)
        except ImportError:
            table = None
        if table is not None and meta.name in table.OPERATIONS:
            checker = OperationChecker(table.OPERATIONS[meta.name], table.SCHEMAS)
        self._checkers[meta.qualname] = checker
        return checker

    async def observe_sent(self, meta: OperationMeta, extra: Mapping[str, Any]) -> None:
        """What we send that the spec does not know (`extra_body=`): each top-level key once, at `request:$.<key>`,
        so a patch can document it in the request schema. Never raises, in any mode: the caller chose to send it."""
        new: list[DriftEvent] = []
        for name, value in extra.items():
            name = str(name)
            path = "request:$[*]" if data_like_key(name) else f"request:{format_path((name,))}"
            key = (meta.qualname, path, "unknown_property")
            self._tally[key] += 1
            self._total[key] += 1
            if key in self._seen or len(self._seen) >= MAX_DISTINCT:
                continue
            event = self._seen[key] = DriftEvent(
                operation=meta.qualname,
                kind="unknown_property",
                path=path,
                status=0,
                method=meta.method,
                route=meta.path,
                content_type="application/json",
                spec={
                    "at": f"#/components/schemas/{meta.body_schema}" if meta.body_schema else "",
                    "says": "not in the request schema (sent with extra_body)",
                },
                seen=shape_of(value),
                sample=sample_of(value, values=self.config.values, name=name),
            )
            new.append(event)
            logger.log(
                logging.WARNING if self.config.mode in ("log", "strict") else logging.DEBUG,
                "spec drift: %s",
                event.describe(),
                extra={"amili_drift": event.as_dict()},
            )
        if new and self.recorder is not None:
            try:
                await self.recorder.append(new)
            except OSError as exc:
                self._warn_once("write", "cannot write the drift file %s (%s)", self.recorder.path, exc.strerror)

    async def observe(self, meta: OperationMeta | _Ref, response: httpx.Response, *, secret: bool = False) -> None:
        """Compare one response with its operation's spec. `secret`: a token response — events name fields and
        types only, never a value (`values=True` ignored), so the token cannot reach a log or the drift file."""
        checker = self._checkers.get(meta.qualname) or self._checker(meta)
        if checker is None:
            return
        calls = self._calls[meta.qualname] = self._calls[meta.qualname] + 1
        full = calls <= self.config.warmup or self.sample_rate >= 1.0 or self._random.random() < self.sample_rate
        try:
            found = checker.check(response, full=full)
        except Exception as exc:  # a bug in drift detection must never break a call
            self._warn_once(f"check:{meta.qualname}", "spec drift check of %s failed (%r)", meta.qualname, exc)
            return
        if not found:
            return
        media = (response.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
        from ..errors import request_id_of

        await self._report(meta, found, response.status_code, media, request_id_of(response), secret=secret)

    async def observe_token(self, operation: str, response: httpx.Response) -> None:
        """A token endpoint's 200 (`identity.tokens.create_token`, `partner.token.create_token`), against the
        spec's token response, with no value ever kept (see `observe`)."""
        api, tag, name = operation.split(".", 2)
        await self.observe(_Ref(api, tag, name, "POST", "/token"), response, secret=True)

    async def observe_webhook(self, event_type: str, payload: Any) -> None:
        """A webhook delivery (its parsed JSON body), against the payload schema its spec's `x-webhooks` declares
        for `event_type`; an event type no spec declares is left alone (the receiver accepts it)."""
        found_checker = self._webhook_checker(event_type)
        if found_checker is None:
            return
        ref, checker = found_checker
        try:
            found = checker.check(payload)
        except Exception as exc:  # never break a delivery either
            self._warn_once(f"check:{ref.qualname}", "spec drift check of %s failed (%r)", ref.qualname, exc)
            return
        if found:
            await self._report(ref, found, 0, "application/json", None)

    def _webhook_checker(self, event_type: str) -> tuple[_Ref, BodyChecker] | None:
        key = f"webhook:{event_type}"
        if key in self._webhooks:
            return self._webhooks[key]
        result = None
        for api in API_NAMES:
            try:
                table = shapes_for(api)
            except ImportError:
                continue
            declared: dict[str, Any] = getattr(table, "WEBHOOKS", {}).get(event_type) or {}
            schema = declared.get("content", {}).get("application/json")
            if schema is not None:
                tag, _, name = str(declared["operation"]).partition(".")
                result = (_Ref(api, tag, name, "POST", f"x-webhooks/{event_type}"), BodyChecker(schema, table.SCHEMAS))
                break
        self._webhooks[key] = result
        return result

    async def _report(
        self,
        meta: OperationMeta | _Ref,
        found: list[Found],
        status: int,
        media: str,
        request_id: str | None,
        *,
        secret: bool = False,
    ) -> None:
        """Count, log, record (and in strict mode raise) what one response or delivery departed in."""
        values = self.config.values and not secret
        new: list[DriftEvent] = []
        keys = []
        found = [_private(item) for item in found]
        for item in found:
            key = _key(meta.qualname, item, status, secret=secret)
            keys.append(key)
            if key not in self._seen:
                if len(self._seen) >= MAX_DISTINCT:
                    self._warn_once("limit", "spec drift: over %d distinct departures; keeping no more", MAX_DISTINCT)
                    self.overflow += 1
                    self._overflow_unwritten += 1
                    continue
                event = self._seen[key] = self._event(meta, status, media, item, values=values, secret=secret)
                new.append(event)
            self._tally[key] += 1
            self._total[key] += 1
        for event in new:
            if self.config.mode == "log" or self.strict:
                logger.warning("spec drift: %s", event.describe(), extra={"amili_drift": event.as_dict()})
            else:
                logger.debug("spec drift: %s", event.describe(), extra={"amili_drift": event.as_dict()})
        if new and (scope := telemetry.current()) is not None:  # telemetry hook: an event on the call's span
            for event in new:
                scope.event(
                    "amili.drift",
                    {
                        "amili.drift.kind": event.kind,
                        "amili.drift.path": event.path,
                        "amili.drift.status": event.status,
                    },
                )
        if new and self.recorder is not None:
            try:
                await self.recorder.append(new)
            except OSError as exc:  # a full disk or a read-only path must not break calls either
                self._warn_once("write", "cannot write the drift file %s (%s)", self.recorder.path, exc.strerror)
        if self.strict:
            pairs = zip(keys, found, strict=True)
            events = [
                self._seen.get(key) or self._event(meta, status, media, item, values=values, secret=secret)
                for key, item in pairs
            ]
            lines = "; ".join(e.describe() for e in events[:5])
            more = f" (+{len(events) - 5} more)" if len(events) > 5 else ""
            raise SpecDriftError(
                f"{meta.qualname}: response departs from the spec: {lines}{more}"
                + (f" (request id {request_id})" if request_id else ""),
                events=events,
                request_id=request_id,
            )

    def _warn_once(self, key: str, message: str, *args: object) -> None:
        if key not in self._warned:
            self._warned.add(key)
            logger.warning(message, *args)

    def _event(
        self, meta: OperationMeta | _Ref, status: int, media: str, item: Found, *, values: bool, secret: bool = False
    ) -> DriftEvent:
        kind, parts, spec, value = item
        name = next((p for p in reversed(parts) if not p.startswith("[")), "")
        seen: Any
        sample: Any = sample_of(value, values=values, name=name)
        path = _path(item, status)
        if kind == "unknown_property":
            seen = shape_of(value)
        elif kind == "unknown_enum_value":
            code = "<redacted>" if secret_like_name(name) else code_value(value)
            seen = {"type": type_name(value), "value": code}
            sample = code if not values else sample_of(value, values=True, name=name)
        elif kind in ("missing_required", "missing_property"):
            seen, sample = None, None
        elif kind == "undocumented_status":
            seen = {"status": status, "content_type": media, "body": shape_of(value) if value is not None else None}
        elif kind == "undocumented_content_type":
            seen, sample = {"content_type": value}, None
        elif kind == "undocumented_header":
            seen = {"type": "string"}
        else:
            seen = {"type": type_name(value)}
        if secret:  # a token response: names and types, never a value (not even a code-like one)
            sample = None
            if kind == "unknown_enum_value":
                seen = {"type": type_name(value), "value": "<redacted>"}
        return DriftEvent(
            operation=meta.qualname,
            kind=kind,
            path=path,
            status=status,
            method=meta.method,
            route=meta.path,
            content_type=media,
            spec=dict(spec),
            seen=seen,
            sample=sample,
        )

    async def aclose(self) -> None:
        """Write the occurrence counts of this process (the patch reports them) and forget them."""
        if self.recorder is not None and (self._tally or self._overflow_unwritten):
            tally, self._tally = dict(self._tally), Counter()
            overflow, self._overflow_unwritten = self._overflow_unwritten, 0
            try:
                await self.recorder.tally(tally, overflow=overflow)
            except OSError as exc:
                self._warn_once("write", "cannot write the drift file %s (%s)", self.recorder.path, exc.strerror)
