"""A loopback HTTP/1.1 server (anyio sockets, in the test's own event loop) with token endpoints that count their
requests: the identity `/identity/token` and the Partner API's `/partner/token`, plus one protected resource each.

`hold` is awaited before a token is answered (the test decides how long the endpoint hangs); `status` is the token
endpoint's answer (200 issues a token, anything else refuses with a JSON error)."""

from __future__ import annotations

import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import anyio
import anyio.abc

CUSTOMER = json.dumps({"customerNo": "1", "name": "Owe"}).encode()


class TokenEndpoint:
    def __init__(self) -> None:
        self.token_requests = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.api_requests = 0
        self.status = 200
        self.hold: Callable[[], Awaitable[None]] = _no_wait
        self.port = 0
        self._issued: set[str] = set()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def client_options(self, api: str) -> dict[str, Any]:
        """`AmiliClient` arguments for calling `api` ("identity": ARM with client credentials, or "partner")."""
        base_urls = {"identity": f"{self.root}/identity", "arm": f"{self.root}/arm/v1"}
        if api == "identity":
            return {"client_id": "id", "client_secret": "secret", "environment": "staging", "base_urls": base_urls}
        base_urls["partner"] = f"{self.root}/partner"
        return {
            "environment": "staging",
            "base_urls": base_urls,
            "partner_credentials": ("pid", "psecret"),
        }

    async def serve(self, *, task_status: anyio.abc.TaskStatus[int] = anyio.TASK_STATUS_IGNORED) -> None:
        listener = await anyio.create_tcp_listener(local_host="127.0.0.1", backlog=2048)
        self.port = listener.extra(anyio.abc.SocketAttribute.local_port)
        async with listener:
            task_status.started(self.port)
            await listener.serve(self._connection)

    async def _connection(self, stream: anyio.abc.SocketStream) -> None:
        buffer = b""
        async with stream:
            try:
                while True:
                    while b"\r\n\r\n" not in buffer:
                        buffer += await stream.receive()
                    head, _, buffer = buffer.partition(b"\r\n\r\n")
                    lines = head.decode("latin-1").split("\r\n")
                    path = lines[0].split(" ")[1]
                    headers = {k.strip().lower(): v.strip() for k, v in (x.split(":", 1) for x in lines[1:])}
                    length = int(headers.get("content-length", "0"))
                    while len(buffer) < length:
                        buffer += await stream.receive()
                    buffer = buffer[length:]
                    status, body = await self._answer(path, headers)
                    reason = {200: "OK", 401: "Unauthorized"}.get(status, "Error")
                    await stream.send(
                        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
                        f"Content-Length: {len(body)}\r\n\r\n".encode()
                        + body
                    )
            except (anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError, ConnectionError):
                return

    async def _answer(self, path: str, headers: dict[str, str]) -> tuple[int, bytes]:
        if path.endswith("/token"):
            self.token_requests += 1
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                await self.hold()
            finally:
                self.in_flight -= 1
            if self.status != 200:
                return self.status, b'{"error": "invalid_client", "Message": "bad credentials"}'
            token = f"tok-{self.token_requests}"
            self._issued.add(token)
            if path.startswith("/partner"):
                expires = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3600))
                return 200, json.dumps({"Token": token, "Expires": expires}).encode()
            return 200, json.dumps({"access_token": token, "token_type": "Bearer", "expires_in": 3600}).encode()
        self.api_requests += 1
        if headers.get("authorization", "").removeprefix("Bearer ") not in self._issued:
            return 401, b'{"message": "no valid token"}'
        return 200, (b"[]" if path.startswith("/partner") else CUSTOMER)


async def _no_wait() -> None:
    return None


async def call(amili: Any, api: str) -> Any:
    """One authenticated call of `api`."""
    if api == "partner":
        return await amili.partner.companies.list_companies()
    return await amili.arm.customers.get_customer(clientno=2218, customerno="1")
