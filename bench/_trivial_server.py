"""A trivial HTTP/1.1 keep-alive server for the client-only bench (`bench/run.py` section 1/2): so cheap per request
that the client is what is measured. Runs in its own process: `python bench/_trivial_server.py` prints its root URL.

- `POST .../token` (identity, partner): a token response with the current token;
- any other request: 200 with a customer JSON body if it carries `Bearer <current token>`, else 401;
- `POST /_expire`: a new current token (every issued one is rejected from now on: a server-side expiry);
- `GET /_count`: {"api": n, "token": n, "unauthorized": n} requests so far.
"""

from __future__ import annotations

import asyncio
import json

CUSTOMER = json.dumps({"customerNo": "1", "name": "Bench", "accountNo": 500001, "clientNo": 2218}).encode()


class State:
    def __init__(self) -> None:
        self.generation = 0
        self.counts = {"api": 0, "token": 0, "unauthorized": 0}

    @property
    def token(self) -> str:
        return f"bench-token-{self.generation}"


def response(status: int, body: bytes) -> bytes:
    reason = {200: "OK", 401: "Unauthorized"}.get(status, "OK")
    return (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


class Http(asyncio.Protocol):
    def __init__(self, state: State) -> None:
        self.state = state
        self.buffer = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport: asyncio.Transport = transport  # type: ignore[assignment]

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = self.buffer[:end]
            length = 0
            auth = b""
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                lname = name.strip().lower()
                if lname == b"content-length":
                    length = int(value)
                elif lname == b"authorization":
                    auth = value.strip()
            if len(self.buffer) < end + 4 + length:
                return
            self.buffer = self.buffer[end + 4 + length :]
            method, path = head.split(b" ", 2)[:2]
            self.transport.write(self.answer(method, path, auth))

    def answer(self, method: bytes, path: bytes, auth: bytes) -> bytes:
        state = self.state
        if method == b"POST" and path.endswith(b"/token"):
            state.counts["token"] += 1
            body = {"access_token": state.token, "token_type": "Bearer", "expires_in": 3600, "token": state.token}
            return response(200, json.dumps(body).encode())
        if path == b"/_expire":
            state.generation += 1
            return response(200, b"{}")
        if path == b"/_count":
            return response(200, json.dumps(state.counts).encode())
        state.counts["api"] += 1
        if auth != f"Bearer {state.token}".encode():
            state.counts["unauthorized"] += 1
            return response(401, b'{"message": "token expired"}')
        return response(200, CUSTOMER)


async def main() -> None:
    state = State()
    server = await asyncio.get_running_loop().create_server(lambda: Http(state), "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(f"http://127.0.0.1:{port}", flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
