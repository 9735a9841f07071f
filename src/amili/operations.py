"""One callable per API operation, built from the generated modules by the generated namespaces in `_api/`.

An `Operation` takes exactly the generated function's keyword arguments (so editors and mypy see the real
signature), sends through the shared client (auth, retries, pool), returns the parsed 2xx model and raises a
typed error otherwise. `.raw(...)` gives the response with its status, headers and request id.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import attrs
import httpx

from ._models import is_unset as _is_unset
from .auth import AUTH_EXTENSION
from .errors import (
    APIConnectionError,
    APITimeoutError,
    RequestValidationError,
    ResponseValidationError,
    decode_body,
    request_id_of,
    status_error,
)
from .retry import GONE_ON_RETRY_EXTENSION, OPTIONS_EXTENSION, RequestOptions

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

    def __init__(self, api: ApiContext) -> None:
        self._api = api

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._api.name}>"


class Operation(Generic[P, T]):
    def __init__(
        self,
        api: ApiContext,
        build: Callable[..., dict[str, Any]],
        parse: Callable[..., Any],
        meta: OperationMeta,
    ) -> None:
        self._api = api
        self._build = build
        self._parse = parse
        self.meta = meta
        self._extensions: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"<Operation {self.meta.qualname} {self.meta.method} {self.meta.path}>"

    async def __call__(self, *args: P.args, **kwargs: P.kwargs) -> T:
        return (await self.raw(*args, **kwargs)).parsed

    async def raw(self, *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        return await self._send(self._bind(args, kwargs))

    def _bind(self, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, Any]:
        """Path parameters may be passed positionally, as in the generated functions (they come first, in order)."""
        if not args:
            return dict(kwargs)
        names = self.meta.path_params
        if len(args) > len(names):
            raise TypeError(f"{self.meta.qualname}: takes {len(names)} positional argument(s), got {len(args)}")
        bound = dict(zip(names, args, strict=False))
        for name in bound:
            if name in kwargs:
                raise TypeError(f"{self.meta.qualname}: got multiple values for argument {name!r}")
        return {**bound, **kwargs}

    def _prepare(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        meta = self.meta
        for name in meta.path_params:
            value = kwargs.get(name)
            if _is_unset(value):
                raise RequestValidationError(f"{meta.qualname}: path parameter {name!r} is required", field=name)
            text = str(value)
            if text.strip() in ("", ".", ".."):
                raise RequestValidationError(
                    f"{meta.qualname}: path parameter {name!r} must not be empty, '.' or '..'", field=name
                )
        if meta.body_param and meta.body_type is not None:
            body = kwargs.get(meta.body_param)
            if isinstance(body, Mapping):
                kwargs[meta.body_param] = _model_from_mapping(meta, body)
        if meta.idempotency_param and _is_unset(kwargs.get(meta.idempotency_param)):
            kwargs[meta.idempotency_param] = str(uuid.uuid4())
        try:
            built = self._build(**kwargs)
            if isinstance(built.get("data"), Mapping):
                built["data"] = _form_fields(meta, built["data"])
            return built
        except RequestValidationError:
            raise
        except TypeError as exc:
            raise RequestValidationError(f"{meta.qualname}: {exc}") from None
        except (AttributeError, ValueError, KeyError) as exc:
            raise RequestValidationError(
                f"{meta.qualname}: request does not match the spec ({type(exc).__name__}: {exc})",
                field=meta.body_param,
            ) from None

    async def _send(self, kwargs: dict[str, Any]) -> RawResponse[T]:
        meta = self.meta
        request_kwargs = self._prepare(kwargs)
        api = self._api
        options = api.options
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
                AUTH_EXTENSION: meta.auth,
                OPTIONS_EXTENSION: RequestOptions(policy=options.retry, operation=f"{meta.qualname} {meta.path}"),
            }
        extensions = dict(extensions)  # httpx adds the timeout to the dict it is given
        started = time.monotonic()
        try:
            response = await api.http.request(**request_kwargs, timeout=options.timeout, extensions=extensions)
        except httpx.TimeoutException as exc:
            raise APITimeoutError(
                f"{meta.qualname}: timed out ({type(exc).__name__})", request=exc.request, operation=meta.qualname
            ) from exc
        except httpx.TransportError as exc:
            raise APIConnectionError(
                f"{meta.qualname}: connection failed ({type(exc).__name__})",
                request=exc.request,
                operation=meta.qualname,
            ) from exc
        elapsed = time.monotonic() - started
        if api.drift is not None:
            await api.drift.observe(meta, response)
        return self._handle(response, elapsed)

    def _handle(self, response: httpx.Response, elapsed: float) -> RawResponse[T]:
        meta = self.meta
        status = response.status_code
        if status == 404 and response.extensions.get(GONE_ON_RETRY_EXTENSION):
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
            try:
                parsed = self._parse(client=self._api.generated, response=response)
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
            return RawResponse(status, response.headers, parsed, request_id, elapsed, response)
        try:
            parsed_error = self._parse(client=self._api.generated, response=response)
        except Exception:
            parsed_error = None
        retry_after = response.extensions.get("amili.retry_after")
        if retry_after is None and status == 429:
            from .retry import parse_retry_after

            retry_after = parse_retry_after(response.headers)
        raise status_error(response, operation=meta.qualname, parsed=parsed_error, retry_after=retry_after)


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


def _model_from_mapping(meta: OperationMeta, body: Mapping[str, Any]) -> Any:
    """Accept a plain dict as body: build the generated model, naming the field that is missing or wrong."""
    try:
        return meta.body_type.from_dict(dict(body))
    except KeyError as exc:
        field = str(exc.args[0]) if exc.args else None
        raise RequestValidationError(
            f"{meta.qualname}: request body is missing required field {field!r}", field=field
        ) from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise RequestValidationError(
            f"{meta.qualname}: request body does not match the spec ({type(exc).__name__}: {exc})",
            field=meta.body_param,
        ) from None


def operation(
    api: ApiContext,
    build: Callable[P, dict[str, Any]],
    parse: Callable[..., Any],
    returns: Returns[T],
    meta: OperationMeta,
) -> Operation[P, T]:
    """Typed constructor used by the generated namespaces: `P` comes from the generated `_get_kwargs`."""
    return Operation(api, build, parse, meta)


def attach_batch_helpers(api: Any, context: ApiContext) -> None:
    """Called by a generated API namespace that has `x-amili-batch` operations, once its tags are built: the batch
    engine (imported only now) attaches `submit_batch` / `submit` / `submit_many` from `OperationMeta.batch`."""
    from .batches.binding import attach_helpers

    attach_helpers(api, context.batch_poller)
