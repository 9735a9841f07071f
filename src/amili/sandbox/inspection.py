"""``/_sandbox/*``: the same inspection data as the Python API, for tests driving a loopback server."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.responses import JSONResponse
from starlette.routing import Route

if TYPE_CHECKING:
    from starlette.requests import Request

    from .app import Sandbox


def routes(sandbox: Sandbox) -> list[Route]:
    async def state(request: Request) -> JSONResponse:
        return JSONResponse(sandbox.state.counts())

    async def requests(request: Request) -> JSONResponse:
        return JSONResponse([r.to_json() for r in sandbox.requests])

    async def violations(request: Request) -> JSONResponse:
        return JSONResponse([v.to_json() for v in sandbox.violations])

    async def faults(request: Request) -> JSONResponse:
        return JSONResponse(
            [
                {
                    "requestNo": e.request_no,
                    "method": e.method,
                    "path": e.path,
                    "operation": e.operation,
                    "kind": e.kind.value,
                    "status": e.status,
                }
                for e in sandbox.fault_log
            ]
        )

    async def webhooks(request: Request) -> JSONResponse:
        return JSONResponse(
            [
                {"event": d.event, "url": d.url, "status": d.status, "error": d.error, "payload": d.payload}
                for d in sandbox.webhook_deliveries
            ]
        )

    return [
        Route("/_sandbox/state", state, methods=["GET"], name="sandbox.state"),
        Route("/_sandbox/requests", requests, methods=["GET"], name="sandbox.requests"),
        Route("/_sandbox/violations", violations, methods=["GET"], name="sandbox.violations"),
        Route("/_sandbox/faults", faults, methods=["GET"], name="sandbox.faults"),
        Route("/_sandbox/webhooks", webhooks, methods=["GET"], name="sandbox.webhooks"),
    ]
