"""One callable per API operation, bound per client to its entry in the generated operation table of its API.

`_api/<api>.py` holds one `OPERATIONS` table (built once at import, shared by every client): method, split path
template, query/header names, body encoding, documented responses and the signature function. The request is
built and the response parsed from that entry here (not by the generated package's private per-operation
builders); the generated models (`to_dict`/`from_dict`) carry the bodies.

An `Operation` takes the arguments of its generated signature function (path/query/header parameters, the body as
a model or a dict of its wire JSON, and the per-call options), so editors, `help()` and type checkers see the real,
documented signature. It checks the input against the spec before sending (unknown arguments and keys, types,
header values), sends through the shared client (auth, retries, pool), returns the parsed 2xx model and raises a
typed error otherwise. `.raw(...)` gives the response with its status, headers and request id.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar
from urllib.parse import quote

import attrs
import httpx
from amili_common import parsing_operation

from . import _extensions as _ext
from ._models import build_model
from ._models import is_unset as _is_unset
from ._overload import transport_error
from ._validation import ValidatedBody, check_header, check_param, closest, json_value, validate
from .errors import (
    ArgumentError,
    RequestValidationError,
    ResponseValidationError,
    decode_body,
    request_id_of,
    status_error,
)
from .retry import RequestOptions

if TYPE_CHECKING:
    from .client import ApiContext

__all__ = ["Namespace", "Operation", "OperationMeta", "RawResponse", "Returns", "attach_batch_helpers", "operation"]

P = ParamSpec("P")
T = TypeVar("T")


class Returns(Generic[T]):
    """A typed marker the generated namespaces use to tell mypy what an operation returns on success."""

    __slots__ = ()


@attrs.frozen
class OperationMeta:
    """What the façade needs to know about an operation beyond the generated function (made by codegen)."""

    api: str
    tag: str
    name: str
    method: str
    path: str
    success: tuple[int, ...]
    auth: str = "bearer"
    path_params: tuple[str, ...] = ()
    body_param: str | None = None
    body_type: Any = None
    idempotency_param: str | None = None
    pagination: Mapping[str, str] | None = None
    batch: Mapping[str, Any] | None = None
    source: str = "documented"
    arguments: tuple[str, ...] = ()
    """Every keyword the operation takes (parameters, body, per-call options)."""
    param_types: Mapping[str, Any] | None = None
    """Parameters the spec types (integer, number, boolean, uuid, date, datetime or an enum class): checked."""
    body_schema: str | None = None
    """The request schema of a JSON body in `schemas` (the validator's table)."""
    schemas: Mapping[str, Any] | None = None
    url: tuple[str, ...] = ()
    """The path template split once: literal, path parameter (python name), literal, … (empty: `path` as is)."""
    query: tuple[tuple[str, str], ...] = ()
    """(python name, wire name) of each query parameter, in the spec's order."""
    headers: tuple[tuple[str, str], ...] = ()
    """(python name, wire name) of each header parameter."""
    body_encoding: str | None = None
    """`json` or `form` (`application/x-www-form-urlencoded`) when the operation takes a body."""
    content_type: str | None = None
    required: tuple[str, ...] = ()
    """The arguments that must be given (path parameters, required query/header parameters and body)."""
    responses: Mapping[int, Any] = attrs.field(factory=dict)
    """Documented status -> model class, `[model class]` (a JSON array of it) or None (the body is not read)."""
    signature: Any = attrs.field(default=None, eq=False, repr=False)
    """The generated signature function: the operation's parameters, annotations and its one docstring."""
    _plan: Any = attrs.field(default=None, init=False, eq=False, repr=False)
    """The request plan, worked out on first use (`_plan`)."""

    @property
    def qualname(self) -> str:
        return f"{self.api}.{self.tag}.{self.name}"


@attrs.frozen(repr=False)
class RawResponse(Generic[T]):
    """A parsed response plus what the caller may need to report or debug it."""

    status_code: int
    headers: httpx.Headers
    parsed: T
    request_id: str | None
    elapsed: float
    http_response: httpx.Response

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, parsed={self.parsed!r})"


def _form_fields(meta: OperationMeta, data: Mapping[str, Any]) -> dict[str, str]:
    """A form body carries strings only: numbers and booleans are encoded as their JSON text, while null, objects
    and arrays are refused (httpx would send `null` as "" and an object as its Python repr)."""
    fields: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, str):
            fields[key] = value
        elif isinstance(value, bool):
            fields[key] = "true" if value else "false"
        elif isinstance(value, int | float) and value == value and value not in (float("inf"), float("-inf")):
            fields[key] = json.dumps(value)
        else:
            what = "null" if value is None else type(value).__name__
            raise RequestValidationError(
                f"{meta.qualname}: form field {key!r} is {what}; a form body carries strings, numbers or booleans "
                "(omit the field instead of sending null)",
                field=key,
            )
    return fields


class Namespace:
    """Base of the generated per-tag namespaces (`amili.arm.customers`)."""

    def __init__(self, context: ApiContext) -> None:
        self._context = context

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._context.name}>"


_OPTIONS = ("timeout", "max_retries", "extra_headers", "extra_query", "extra_body")
_OPTION_SET = frozenset(_OPTIONS)


class Operation(Generic[P, T]):
    """One API operation; `help(op)` and `inspect.signature(op)` show its generated, documented signature."""

    def __init__(self, context: ApiContext, meta: OperationMeta) -> None:
        self._context = context
        self.meta = meta
        self._extensions: dict[str, Any] | None = None
        self._accepted = frozenset(meta.arguments) if meta.arguments else None
        self.__name__ = meta.name
        self.__qualname__ = meta.qualname
        signature = meta.signature
        if signature is not None:
            # What help(), inspect.signature() and IDEs read: the generated signature function's.
            self.__wrapped__ = signature
            self.__doc__ = signature.__doc__

    def __get__(self, obj: object, objtype: type | None = None) -> Operation[P, T]:
        # Makes help() document an operation as a routine (signature + docstring) rather than as an instance.
        return self

    def __repr__(self) -> str:
        return f"<Operation {self.meta.qualname} {self.meta.method} {self.meta.path}>"

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        return (await self._send(self._bind(args, kwargs))).parsed

    async def raw(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        return await self._send(self._bind(args, kwargs))

    async def raw_json(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[Any]:
        """As `raw()`, but a documented 2xx body is handed back as its JSON (dicts, lists), no model built: for
        callers that read an answer tolerantly, field by field (the batch engine's polls). Errors are the same."""
        return await self._send(self._bind(args, kwargs), model=False)

    def _bind(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """Path parameters may be passed positionally, as in the generated functions (they come first, in order)."""
        if not args:
            return dict(kwargs)
        names = self.meta.path_params
        if len(args) > len(names):
            raise ArgumentError(f"{self.meta.qualname}: takes {len(names)} positional argument(s), got {len(args)}")
        bound = dict(zip(names, args, strict=False))
        for name in bound:
            if name in kwargs:
                raise ArgumentError(f"{self.meta.qualname}: got multiple values for argument {name!r}", field=name)
        return {**bound, **kwargs}

    def _unknown(self, kwargs: Mapping[str, Any]) -> ArgumentError:
        accepted = self._accepted or frozenset()
        name = next(k for k in kwargs if k not in accepted)
        match = closest(name, accepted)
        hint = f" — did you mean {match!r}?" if match else f" (it takes: {', '.join(sorted(accepted))})"
        return ArgumentError(f"{self.meta.qualname}: unknown argument {name!r}{hint}", field=name)

    def _prepare(self, kwargs: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The generated builder's request kwargs and the per-call options, or a typed error before sending."""
        meta = self.meta
        qualname = meta.qualname
        accepted = self._accepted
        if accepted is not None and not accepted.issuperset(kwargs):
            raise self._unknown(kwargs)
        options: dict[str, Any] | None = None
        if not _OPTION_SET.isdisjoint(kwargs):
            options = {name: kwargs.pop(name) for name in _OPTIONS if name in kwargs}
        for name in meta.path_params:
            value = kwargs.get(name)
            if _is_unset(value):
                raise ArgumentError(f"{qualname}: missing required argument {name!r} (a path parameter)", field=name)
            text = str(value)
            if text.strip() in ("", ".", ".."):
                raise RequestValidationError(
                    f"{qualname}: path parameter {name!r} must not be empty, '.' or '..'", field=name
                )
        if meta.param_types:
            for name, kind in meta.param_types.items():
                value = kwargs.get(name)
                if value is None:
                    kwargs.pop(name, None)  # None means "not given" for optional parameters
                elif not _is_unset(value):
                    kwargs[name] = check_param(qualname, name, kind, value)
        extra_body = options.get("extra_body") if options else None
        wire: Any = None
        if meta.body_param:
            body = kwargs.pop(meta.body_param, None)
            if body is not None:
                if meta.body_schema is not None and meta.schemas is not None:
                    wire = _wire_body(meta, body, extra_body)
                else:
                    wire = _model_body(meta, body)
                kwargs[meta.body_param] = wire
        if meta.required and not all(name in kwargs for name in meta.required):
            missing = [name for name in meta.required if name not in kwargs]
            raise ArgumentError(f"{qualname}: missing required argument {_names(missing)}", field=missing[0])
        if meta.idempotency_param and _is_unset(kwargs.get(meta.idempotency_param)):
            import uuid  # not at import: it imports `platform`

            kwargs[meta.idempotency_param] = str(uuid.uuid4())
        request_kwargs = _plan(meta).build(kwargs, wire)
        headers = request_kwargs.get("headers")
        if headers:
            for name, value in headers.items():
                headers[name] = check_header(qualname, name, value)
        if options:
            if options.get("extra_headers"):
                merged = dict(headers or {})
                for name, value in options["extra_headers"].items():
                    merged[check_header(qualname, name, name, "extra_headers")] = check_header(
                        qualname, name, value, "extra_headers"
                    )
                request_kwargs["headers"] = merged
            if options.get("extra_query"):
                request_kwargs["params"] = {**(request_kwargs.get("params") or {}), **options["extra_query"]}
            if extra_body and meta.body_schema is None:
                raise ArgumentError(f"{qualname}: extra_body needs a JSON request body", field="extra_body")
        return request_kwargs, options

    async def _send(self, kwargs: dict[str, Any], traced: Any = None, *, model: bool = True) -> RawResponse[T]:
        meta = self.meta
        # -- telemetry hook (off, or no provider set anywhere: one or three attribute checks) --
        if traced is None and (telemetry := self._context.telemetry) is not None and not telemetry.idle():
            return await telemetry.run_call(meta, lambda traced: self._send(kwargs, traced, model=model))  # type: ignore[no-any-return]
        request_kwargs, call = self._prepare(kwargs)
        context = self._context
        options = context.options
        if options.headers:
            request_kwargs["headers"] = {**options.headers, **(request_kwargs.get("headers") or {})}
        if not request_kwargs.get("params"):
            # An empty dict would make httpx parse and rebuild the URL once more for nothing.
            request_kwargs.pop("params", None)
        if not request_kwargs.get("headers"):
            request_kwargs.pop("headers", None)
        extensions = self._extensions
        if extensions is None:
            extensions = self._extensions = {
                _ext.AUTH: meta.auth,
                _ext.OPTIONS: RequestOptions(policy=options.retry, operation=f"{meta.qualname} {meta.path}"),
            }
        extensions = dict(extensions)  # httpx adds the timeout to the dict it is given
        if traced is not None:  # telemetry hook: the retry engine reports attempts to the traced call
            extensions[_ext.TELEMETRY] = traced
        timeout: Any = options.timeout
        if call:
            timeout, extensions = _apply_call_options(meta, call, timeout, extensions, options.retry)
        started = time.monotonic()
        try:
            if context.send is not None:  # the client core's (`_route`): the server's template or httpx's general path
                response = await context.send(request_kwargs, timeout, extensions)
            else:
                response = await context.http.request(**request_kwargs, timeout=timeout, extensions=extensions)
        except httpx.TransportError as exc:
            raise transport_error(exc, meta.qualname) from exc
        elapsed = time.monotonic() - started
        if context.drift is not None:
            await context.drift.observe(meta, response)
            if call and call.get("extra_body"):  # what we sent that the spec does not know is drift too
                await context.drift.observe_sent(meta, call["extra_body"])
        return self._handle(response, elapsed, model)

    def _handle(self, response: httpx.Response, elapsed: float, model: bool = True) -> RawResponse[T]:
        meta = self.meta
        status = response.status_code
        if status == 404 and response.extensions.get(_ext.GONE_ON_RETRY):
            response = _deleted_on_retry(response, meta)
            status = response.status_code
        request_id = request_id_of(response)
        if 200 <= status < 300:
            if status not in meta.success:
                raise ResponseValidationError(
                    f"{meta.qualname}: undocumented success status {status}"
                    + (f" (request id {request_id})" if request_id else ""),
                    status_code=status,
                    request_id=request_id,
                    body=decode_body(response),
                    operation=meta.qualname,
                )
            token = parsing_operation.set(meta.qualname)  # named by a MissingFieldError read later
            try:
                parsed = _parse_body(meta, response) if model else _json_body(meta, response)
            except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
                raise ResponseValidationError(
                    f"{meta.qualname}: HTTP {status} body does not match the spec ({type(exc).__name__}: {exc})"
                    + (f" (request id {request_id})" if request_id else ""),
                    status_code=status,
                    request_id=request_id,
                    body=decode_body(response),
                    operation=meta.qualname,
                    cause=exc,
                ) from None
            finally:
                parsing_operation.reset(token)
            return RawResponse(status, response.headers, parsed, request_id, elapsed, response)
        try:
            parsed_error = _parse_body(meta, response)
        except Exception:
            parsed_error = None
        retry_after = response.extensions.get(_ext.RETRY_AFTER)
        if retry_after is None and status == 429:
            from .retry import parse_retry_after

            retry_after = parse_retry_after(response.headers)
        error = status_error(response, operation=meta.qualname, parsed=parsed_error, retry_after=retry_after)
        error.retry_budget_exhausted = bool(response.extensions.get(_ext.BUDGET_EXHAUSTED))
        raise error


def _apply_call_options(
    meta: OperationMeta, call: Mapping[str, Any], timeout: Any, extensions: dict[str, Any], retry: Any
) -> tuple[Any, dict[str, Any]]:
    """`timeout=` and `max_retries=` of one call."""
    if call.get("timeout") is not None:
        value = call["timeout"]
        if isinstance(value, httpx.Timeout):
            for part in ("connect", "read", "write", "pool"):  # None: no limit; anything else finite and > 0
                seconds = getattr(value, part)
                if seconds is not None and not (isinstance(seconds, int | float) and 0 < seconds < float("inf")):
                    raise ArgumentError(
                        f"{meta.qualname}: timeout.{part} must be a finite number of seconds > 0 (or None)",
                        field="timeout",
                    )
            timeout = value
        elif isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < float("inf"):
            timeout = httpx.Timeout(float(value))
        else:
            raise ArgumentError(
                f"{meta.qualname}: timeout must be a positive number of seconds or an httpx.Timeout", field="timeout"
            )
    retries = call.get("max_retries")
    if retries is not None:
        if not isinstance(retries, int) or isinstance(retries, bool) or not 0 <= retries <= 100:
            raise ArgumentError(f"{meta.qualname}: max_retries must be an integer 0..100", field="max_retries")
        current: RequestOptions = extensions[_ext.OPTIONS]
        extensions[_ext.OPTIONS] = attrs.evolve(current, policy=attrs.evolve(retry, max_retries=retries))
    return timeout, extensions


def _wire_body(meta: OperationMeta, body: Any, extra_body: Mapping[str, Any] | None) -> dict[str, Any]:
    """The JSON body to send: a dict checked strictly against the spec, or a model's own `to_dict()` checked for
    types and JSON-ness (its `additional_properties` are explicit), plus `extra_body` on top."""
    assert meta.schemas is not None
    assert meta.body_schema is not None
    schema = {"$ref": meta.body_schema}
    if type(body) is ValidatedBody and body.schema == meta.body_schema and not extra_body:
        return body.json  # checked against this very schema when it was built (the batch engine's chunks)
    if isinstance(body, Mapping):
        data = validate(meta.schemas, schema, body, operation=meta.qualname)
    elif hasattr(body, "to_dict"):
        try:
            wire = body.to_dict()
        except (TypeError, ValueError, AttributeError) as exc:
            raise RequestValidationError(
                f"{meta.qualname}: the body model cannot be serialised ({type(exc).__name__}: {exc})",
                field=meta.body_param,
            ) from None
        data = validate(meta.schemas, schema, wire, operation=meta.qualname, strict=False)
    else:
        name = getattr(meta.body_type, "__name__", "model")
        raise RequestValidationError(
            f"{meta.qualname}: body must be a {name} or a dict, got {type(body).__name__}", field=meta.body_param
        )
    if extra_body:
        if not isinstance(extra_body, Mapping):
            raise ArgumentError(f"{meta.qualname}: extra_body must be a mapping", field="extra_body")
        data = {**data, **json_value(dict(extra_body), operation=meta.qualname, path="extra_body")}
    elif type(data) is not dict:
        data = dict(data)
    return data


def _datetime_text(value: Any) -> str:
    """A date-time query value, as the generated models write date-times (`Z` for UTC, no needless digits)."""
    micro = value.microsecond
    timespec = "seconds" if not micro else "milliseconds" if not micro % 1000 else "microseconds"
    return str(value.isoformat(timespec=timespec).replace("+00:00", "Z"))


_SERIALIZERS: dict[str, Callable[[Any], Any]] = {"date": lambda value: value.isoformat(), "datetime": _datetime_text}


def _enum_value(value: Any) -> Any:
    return value.value


class _Plan:
    """What every request of one operation shares, worked out once per operation (neither per client nor per call):
    the split path template, each query parameter's serialiser, the header names and the body's content type."""

    __slots__ = ("body_key", "content_type", "header_params", "method", "query", "url")

    def __init__(self, meta: OperationMeta) -> None:
        types = meta.param_types or {}
        self.method = meta.method
        self.url = meta.url or (meta.path,)
        self.query = tuple(
            (name, wire, _SERIALIZERS.get(kind) if isinstance(kind, str) else None if kind is None else _enum_value)
            for name, wire in meta.query
            for kind in (types.get(name),)
        )
        self.header_params = meta.headers
        self.body_key = "data" if meta.body_encoding == "form" else "json"
        self.content_type = meta.content_type

    def build(self, kwargs: Mapping[str, Any], body: Any) -> dict[str, Any]:
        """httpx's request arguments: method, url (path parameters URL-quoted), params, headers, json/data."""
        parts = self.url
        if len(parts) == 1:
            url = parts[0]
        else:
            pieces = [parts[0]]
            for index in range(1, len(parts), 2):
                text = str(kwargs[parts[index]])
                # Letters and digits are never quoted (most ids): `quote` only for the rest.
                pieces.append(text if text.isascii() and text.isalnum() else quote(text, safe=""))
                pieces.append(parts[index + 1])
            url = "".join(pieces)
        request: dict[str, Any] = {"method": self.method, "url": url}
        if self.query:
            params: dict[str, Any] = {}
            for name, wire, serialise in self.query:
                value = kwargs.get(name)
                if value is not None and not _is_unset(value):
                    params[wire] = serialise(value) if serialise is not None else value
            request["params"] = params
        headers: dict[str, Any] = {}
        for name, wire in self.header_params:
            value = kwargs.get(name)
            if value is not None and not _is_unset(value):
                headers[wire] = value
        if self.content_type is not None:
            if body is not None:
                request[self.body_key] = body
            headers["Content-Type"] = self.content_type
        if headers:
            request["headers"] = headers
        return request


def _plan(meta: OperationMeta) -> _Plan:
    plan = meta._plan
    if plan is None:
        plan = _Plan(meta)
        object.__setattr__(meta, "_plan", plan)  # a cache on the frozen, shared metadata (not part of its value)
    return plan  # type: ignore[no-any-return]


def _parse_body(meta: OperationMeta, response: httpx.Response) -> Any:
    """The documented model of this status (a list of them for a JSON array), None when there is no body to read
    or the status is not documented."""
    kind = meta.responses.get(response.status_code)
    if kind is None:
        return None
    if type(kind) is list:
        model = kind[0]
        return [model.from_dict(item) for item in response.json()]
    return kind.from_dict(response.json())


def _json_body(meta: OperationMeta, response: httpx.Response) -> Any:
    """The JSON of a documented status's body (no model), None when the status is not documented (as `_parse_body`)."""
    if meta.responses.get(response.status_code) is None:
        return None
    return response.json()


DELETED_ON_RETRY_HEADER = "X-Amili-Deleted-On-Retry"


def _deleted_on_retry(response: httpx.Response, meta: OperationMeta) -> httpx.Response:
    """A DELETE whose first response was lost and whose retry found nothing: the first attempt deleted it.

    Reported as the operation's success (documented in the README). The body is the SDK's, marked by
    `X-Amili-Deleted-On-Retry: true`; the request id is the retry's.
    """
    success = 204 if 204 in meta.success else meta.success[0]
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in ("content-length", "content-type")]
    headers.append((DELETED_ON_RETRY_HEADER, "true"))
    content = b""
    if success != 204:
        headers.append(("Content-Type", "application/json"))
        content = (
            b'{"status":"PROCESSED","result":"DELETED","message":"deleted by an earlier attempt whose response was '
            b'lost; the retry found it gone (amili-sdk)"}'
        )
    return httpx.Response(success, headers=headers, content=content, request=response.request)


def _model_body(meta: OperationMeta, body: Any) -> Any:
    """A body without a JSON schema (a form, a non-object JSON body): the model's wire form; a plain dict builds
    the generated model first, naming the field that is missing or wrong."""
    if meta.body_type is not None and isinstance(body, Mapping):
        body = build_model(meta.body_type, body, prefix=f"{meta.qualname}: request body ", field=meta.body_param)
    try:
        data = body.to_dict()
    except (AttributeError, TypeError, ValueError, KeyError) as exc:
        raise RequestValidationError(
            f"{meta.qualname}: request does not match the spec ({type(exc).__name__}: {exc})",
            field=meta.body_param,
        ) from None
    return _form_fields(meta, data) if meta.body_encoding == "form" and isinstance(data, Mapping) else data


def _names(names: list[str]) -> str:
    quoted = [repr(name) for name in names]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + f" and {quoted[-1]}"


def operation(
    context: ApiContext,
    signature: Callable[P, Any],
    returns: Returns[T],
    meta: OperationMeta,
) -> Operation[P, T]:
    """Typed constructor used by the generated namespaces: `P` comes from the generated signature function (the
    same function as `meta.signature`, passed again only so type checkers see it)."""
    return Operation(context, meta)


def attach_batch_helpers(api: Any, context: ApiContext) -> None:
    """Called by a generated API namespace that has `x-amili-batch` operations, once its tags are built: the
    context's `extend` (the client's: the batch engine, imported only then) attaches `submit_batch` / `submit` /
    `submit_many` from `OperationMeta.batch`. The request path does not import the batch engine itself."""
    if context.extend is not None:
        context.extend(api)
