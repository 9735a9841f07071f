"""In-process httpx transport: ASGITransport that behaves like the wire — read timeouts, dropped connections
(``httpx.ReadError``), cancellation and illegal header values fail the same way as over loopback."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import anyio
import httpx

from .pipeline import FAULT_HEADER, INPROCESS_HEADER

_ILLEGAL = re.compile(rb"[\r\n\0]")

if TYPE_CHECKING:
    from starlette.types import ASGIApp


class SandboxTransport(httpx.AsyncBaseTransport):
    """What ``Sandbox.transport()`` returns; an SDK client sees a drop exactly like a reset connection."""

    amili_internal = True
    """The SDK's own client drives it with request templates (`amili._route`), as it does its own backends."""

    def __init__(self, app: ASGIApp) -> None:
        self._inner = httpx.ASGITransport(app=app)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        for name, value in request.headers.raw:
            if _ILLEGAL.search(name) or _ILLEGAL.search(value):  # h11 refuses these before sending, so do we
                raise httpx.LocalProtocolError(f"Illegal header {name!r}: CR, LF or NUL in it", request=request)
        request.headers[INPROCESS_HEADER] = "inprocess"
        # the wire's read timeout: an in-process answer that takes longer raises like a slow socket would
        read_timeout = request.extensions.get("timeout", {}).get("read")
        try:
            with anyio.fail_after(read_timeout):
                response = await self._inner.handle_async_request(request)
        except TimeoutError as exc:
            message = f"no answer from the Amili sandbox within {read_timeout}s"
            raise httpx.ReadTimeout(message, request=request) from exc
        if response.headers.get(FAULT_HEADER) == "drop":
            await response.aclose()
            raise httpx.ReadError("connection dropped by the Amili sandbox", request=request)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
