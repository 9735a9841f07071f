"""In-process httpx transport: ASGITransport plus dropped-connection faults surfaced as httpx.ReadError."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from .pipeline import FAULT_HEADER, INPROCESS_HEADER

if TYPE_CHECKING:
    from starlette.types import ASGIApp


class SandboxTransport(httpx.AsyncBaseTransport):
    """What ``Sandbox.transport()`` returns; an SDK client sees a drop exactly like a reset connection."""

    def __init__(self, app: ASGIApp) -> None:
        self._inner = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request.headers[INPROCESS_HEADER] = "inprocess"
        response = await self._inner.handle_async_request(request)
        if response.headers.get(FAULT_HEADER) == "drop":
            await response.aclose()
            raise httpx.ReadError("connection dropped by the Amili sandbox", request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
