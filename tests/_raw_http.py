"""A loopback server that answers every request with the same raw bytes (status line, headers, body: exactly as
given, malformed framing included), then holds the connection open until the server stops — so a client that waits
for more instead of failing is seen waiting. A reply given as several parts is sent as separate writes, `pause`
seconds apart (a parser then meets the later parts mid-body). Runs in the test's own event loop (anyio sockets)."""

from __future__ import annotations

import contextlib
import socket
import struct
from collections.abc import AsyncIterator

import anyio
import anyio.abc


class RawReply:
    def __init__(self, reply: bytes | list[bytes]) -> None:
        self.parts = [reply] if isinstance(reply, bytes) else reply
        self.requests = 0
        self.heads: list[bytes] = []
        self.root = ""


@contextlib.asynccontextmanager
async def raw_http_server(
    reply: bytes | list[bytes], *, pause: float = 0.1, reset: bool = False
) -> AsyncIterator[RawReply]:
    """`reset=True`: after the reply, reset the connection (RST) instead of holding it open."""
    server = RawReply(reply)
    stop = anyio.Event()

    async def handle(stream: anyio.abc.SocketStream) -> None:
        async with stream:
            buffer = b""
            with contextlib.suppress(anyio.EndOfStream, anyio.BrokenResourceError, anyio.ClosedResourceError, OSError):
                while b"\r\n\r\n" not in buffer:
                    buffer += await stream.receive()
                server.requests += 1
                server.heads.append(buffer.partition(b"\r\n\r\n")[0])
                for index, part in enumerate(server.parts):
                    if index:
                        await anyio.sleep(pause)
                    await stream.send(part)
                if reset:
                    raw = stream.extra(anyio.abc.SocketAttribute.raw_socket)
                    raw.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                await stop.wait()

    listener = await anyio.create_tcp_listener(local_host="127.0.0.1")
    server.root = f"http://127.0.0.1:{listener.extra(anyio.abc.SocketAttribute.local_port)}"
    async with listener, anyio.create_task_group() as tg:
        tg.start_soon(listener.serve, handle)
        try:
            yield server
        finally:
            stop.set()
            tg.cancel_scope.cancel()
