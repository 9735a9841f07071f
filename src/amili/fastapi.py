"""FastAPI integration: one `AmiliClient` per app, a route dependency, and an AutoCollect webhook router.

Needs the extra: `pip install 'amili-sdk[fastapi]'` (this is the only module of the SDK that imports FastAPI).

```python
from amili import AmiliClient
from amili.fastapi import AmiliDep, amili_lifespan, webhook_router

app = FastAPI(lifespan=amili_lifespan(AmiliClient.from_env))
webhooks = webhook_router(secret=os.environ["AMILI_WEBHOOK_SECRET"])

@webhooks.on("BATCH_COMPLETED")
async def batch_done(webhook: IncomingWebhook[BatchCompletedEvent]) -> None: ...

app.include_router(webhooks)

@app.get("/cases")
async def cases(amili: AmiliDep, org: str) -> ...:
    return await amili.autocollect.cases.list_cases(organization_id=org)
```
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Annotated, Any, TypeVar, cast

from amili_common import AmiliModel
from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi import encoders as _encoders
from fastapi.responses import JSONResponse

from .client import AmiliClient
from .errors import ConfigurationError
from .state import DedupStore, StateStore
from .webhooks import (
    DEFAULT_MAX_AGE,
    DEFAULT_MAX_BODY_BYTES,
    DEFAULT_MAX_SKEW,
    EventType,
    IncomingWebhook,
    SignatureVerifier,
    WebhookHandlers,
    WebhookReceiver,
    WebhookResult,
)


# A route may return a generated model, annotated (`-> Customer`: pydantic, via AmiliModel's core schema) or not
# (FastAPI's jsonable_encoder, taught here): either way the response is the model's wire JSON.
def _wire_json(model: AmiliModel) -> dict[str, Any]:
    return model.to_dict()


_encoders.encoders_by_class_tuples[_wire_json] = (AmiliModel,)

__all__ = [
    "STATE_KEY",
    "AmiliDep",
    "AmiliWebhookRouter",
    "IncomingWebhook",
    "WebhookHandlers",
    "amili_lifespan",
    "get_amili",
    "webhook_router",
]

STATE_KEY = "amili"

Lifespan = Callable[[FastAPI], contextlib.AbstractAsyncContextManager[Any]]
H = TypeVar("H")


def amili_lifespan(
    factory: Callable[[], AmiliClient] = AmiliClient.from_env,
    *,
    inner: Lifespan | None = None,
    state_key: str = STATE_KEY,
) -> Callable[[FastAPI], contextlib.AbstractAsyncContextManager[dict[str, Any]]]:
    """`FastAPI(lifespan=amili_lifespan(...))`: opens one client at startup, closes it at shutdown.

    The client is put in the lifespan state (`request.state.amili`) and on `app.state.amili` (servers and test
    transports that do not run the lifespan protocol state still find it). `inner` wraps another lifespan (its state,
    if a mapping, is merged); or compose the other way round with `async with amili_lifespan(f)(app) as state:`
    inside your own lifespan.
    """

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        client = factory()
        setattr(app.state, state_key, client)
        try:
            async with client:
                state: dict[str, Any] = {state_key: client}
                if inner is None:
                    yield state
                else:
                    async with inner(app) as inner_state:
                        if isinstance(inner_state, dict):
                            state.update(inner_state)
                        yield state
        finally:
            if getattr(app.state, state_key, None) is client:
                delattr(app.state, state_key)

    return lifespan


def _client_of(request: Request, state_key: str = STATE_KEY) -> AmiliClient | None:
    client = getattr(request.state, state_key, None)
    if client is None:
        client = getattr(request.app.state, state_key, None)
    return client if isinstance(client, AmiliClient) else None


def get_amili(request: Request) -> AmiliClient:
    """Dependency: the app's `AmiliClient` (opened by `amili_lifespan`)."""
    client = _client_of(request)
    if client is None:
        raise ConfigurationError("no AmiliClient on this app: create it with FastAPI(lifespan=amili_lifespan(...))")
    return client


AmiliDep = Annotated[AmiliClient, Depends(get_amili)]
"""`async def route(amili: AmiliDep): ...`"""


class AmiliWebhookRouter(APIRouter):
    """An `APIRouter` with one POST route receiving AutoCollect webhooks; `.on(event_type)` registers handlers."""

    receiver: WebhookReceiver

    def on(self, event_type: EventType) -> Callable[[H], H]:
        """Decorator: `@router.on("BATCH_COMPLETED")` (`"*"` for every event, unknown ones included; an event type
        this SDK does not know: `router.handlers.add(name, handler)`)."""
        return cast("Callable[[H], H]", self.receiver.handlers.on(event_type))

    @property
    def handlers(self) -> WebhookHandlers:
        return self.receiver.handlers


async def _bounded_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it is known to exceed `limit` (nothing more is read)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def webhook_router(
    secret: str | bytes | Sequence[str | bytes] | None = None,
    *,
    path: str = "/amili/webhooks",
    store: DedupStore | None = None,
    client: AmiliClient | None = None,
    handlers: WebhookHandlers | None = None,
    verifier: SignatureVerifier | None = None,
    state: str | StateStore | None = None,
    lease: float = 300.0,
    retry_after: int = 5,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_age: float | None = DEFAULT_MAX_AGE,
    max_skew: float = DEFAULT_MAX_SKEW,
    **router_kwargs: Any,
) -> AmiliWebhookRouter:
    """A router receiving AutoCollect webhooks at `POST path` (see `amili.webhooks` for the rules).

    `secret` defaults to `AMILI_WEBHOOK_SECRET`; `client` (default: the app's client from `amili_lifespan`) is the
    one whose `BatchHandle.wait()` calls a `BATCH_COMPLETED` wakes. `state` (URL or store; default
    `AMILI_STATE_URL`) de-duplicates across worker processes. 413 on a body over `max_body_bytes` (refused on its
    `Content-Length`, or once the streamed body passes the limit: never buffered beyond it), 401 on a missing/bad
    signature, 422 on a malformed body, 400 on a signed `timeStamp` outside the freshness window (`max_age` /
    `max_skew`), 503 + `Retry-After` while another delivery of the same event is being handled, 200 otherwise
    (duplicates and unknown event types included).
    """
    receiver = WebhookReceiver(
        secret,
        verifier=verifier,
        store=store,
        handlers=handlers,
        client=client,
        state=state,
        lease=lease,
        retry_after=retry_after,
        max_body_bytes=max_body_bytes,
        max_age=max_age,
        max_skew=max_skew,
    )
    router = AmiliWebhookRouter(**router_kwargs)
    router.receiver = receiver

    async def receive_amili_webhook(request: Request) -> JSONResponse:
        body = await _bounded_body(request, receiver.max_body_bytes)
        if body is None:
            refused = receiver.too_large(request.headers.get("x-amili-request-id"))
            return JSONResponse(refused.body, status_code=refused.status_code)
        wake = client if client is not None else _client_of(request)
        result: WebhookResult = await receiver.handle(body, request.headers, client=wake)
        return JSONResponse(result.body, status_code=result.status_code, headers=dict(result.headers))

    router.add_api_route(
        path,
        receive_amili_webhook,
        methods=["POST"],
        response_class=JSONResponse,
        summary="Amili AutoCollect webhook receiver",
    )
    return router
