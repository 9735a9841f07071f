"""Reading a response body with a bound: counted after decompression, while it streams in.

httpx decodes gzip/deflate chunk by chunk without a limit, so one 64 KiB chunk of a compression bomb may expand
to ~64 MB before anyone can count it (and with stacked encodings, `gzip, gzip`, each layer whole). Here the raw
stream is decompressed layer by layer with `max_length`, so no more than `limit` decoded bytes (plus one step per
layer) are ever held.
"""

from __future__ import annotations

import zlib

import httpx

from .errors import ResponseDecodingError, ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "read_bounded"]

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

_GZIP_WBITS = zlib.MAX_WBITS | 16


_STEP = 64 * 1024
"""Largest piece one decoding layer hands to the next: what a layer holds besides zlib's own window."""
MAX_ENCODINGS = 4
"""More stacked content encodings than this is not a real server's answer: `ResponseDecodingError`."""
_ZLIB_ENCODINGS = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate"}
_UNSUPPORTED = frozenset({"br", "zstd", "compress", "x-compress"})
"""Encodings the SDK never asks for (`Accept-Encoding: gzip, deflate`) and cannot decode with a bound."""


class _Inflater:
    """One gzip or deflate layer (zlib-wrapped, or raw as some servers send it), decoded with a cap on its output.

    `feed` queues input; `read(n)` returns at most `n` decoded bytes (b"" once the queued input is used up)."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._first = True
        self._pending = b""
        self._zlib = zlib.decompressobj(_GZIP_WBITS if encoding == "gzip" else zlib.MAX_WBITS)

    def feed(self, data: bytes) -> None:
        self._pending = self._pending + data if self._pending else data

    def read(self, room: int) -> bytes:
        if self._zlib.eof:
            return b""
        data, self._pending = self._pending, b""
        try:
            out = self._zlib.decompress(data, room)
        except zlib.error:
            if self._encoding == "deflate" and self._first:
                self._first = False
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                self._pending = data
                return self.read(room)
            raise
        self._first = False
        self._pending = self._zlib.unconsumed_tail
        return out

    def flush(self) -> bytes:
        """What zlib still holds once all input was read (no more than its window)."""
        return b"" if self._zlib.eof else self._zlib.flush()


class _Layers:
    """Content-Encoding layers, the last applied decoded first, each handing the next at most `_STEP` bytes at a
    time: no layer ever holds more than one step of input, and the decoded total stops one step past the limit."""

    def __init__(self, encodings: list[str], limit: int, operation: str) -> None:
        self._layers = [_Inflater(_ZLIB_ENCODINGS[e]) for e in reversed(encodings)]
        self._limit = limit
        self._operation = operation
        self.out = bytearray()

    def feed(self, raw: bytes) -> None:
        self._layers[0].feed(raw)
        self._drain(0)

    def finish(self) -> None:
        for index, layer in enumerate(self._layers):
            self._drain(index)
            self._pass(index, layer.flush())
            self._drain(index)

    def _drain(self, index: int) -> None:
        layer = self._layers[index]
        while piece := layer.read(_STEP):
            self._pass(index, piece)

    def _pass(self, index: int, piece: bytes) -> None:
        if not piece:
            return
        if index + 1 < len(self._layers):
            self._layers[index + 1].feed(piece)
            self._drain(index + 1)
            return
        self.out += piece
        if len(self.out) > self._limit:
            raise _too_large(self._limit, self._operation)


def _encodings(header: str, operation: str) -> list[str]:
    """The gzip/deflate layers of a `Content-Encoding`, in the order applied (`identity` and unknown names, which
    httpx ignores too, are skipped)."""
    names = [name.strip().lower() for name in header.split(",") if name.strip()]
    unsupported = [name for name in names if name in _UNSUPPORTED]
    if unsupported or len(names) > MAX_ENCODINGS:
        problem = f"{unsupported[0]} is not supported" if unsupported else f"more than {MAX_ENCODINGS} layers"
        raise ResponseDecodingError(
            f"{operation}: response body could not be decoded (Content-Encoding {header!r}: {problem})",
            operation=operation,
        )
    return [name for name in names if name in _ZLIB_ENCODINGS]


async def read_bounded(request: httpx.Request, response: httpx.Response, limit: int, operation: str) -> httpx.Response:
    """The response with its body read, or `ResponseTooLargeError` / `ResponseDecodingError`.

    gzip/deflate bodies come back decoded (without their `Content-Encoding` header), every stacked layer
    (`gzip, gzip`) decoded with a bound on its output and the decoded size counted against `limit`.
    """
    if response.is_stream_consumed:  # already read by whoever built it (mock transports, ASGI test doubles)
        if len(response.content) > limit:
            raise _too_large(limit, operation)
        return response
    header = response.headers.get("content-encoding", "")
    if not header and _declared_length(response) <= limit:
        # The common case: HTTP/1.1 framing holds the body to its declared length, so read it in place: the
        # transport's raw chunks joined once (httpx's `aread` would pass them through its identity decoder and
        # chunker first). Still counted, in case a test double's stream ignores its own Content-Length.
        read = 0
        parts: list[bytes] = []
        async for part in response.stream:  # type: ignore[union-attr]
            read += len(part)
            if read > limit:
                raise _too_large(limit, operation)
            parts.append(part)
        response._content = parts[0] if len(parts) == 1 else b"".join(parts)
        response.is_stream_consumed = True
        return response
    encodings = _encodings(header, operation) if header else []
    if encodings:
        body = await _inflate(response, limit, operation, encodings)
        return _replace_body(request, response, body)
    size = 0
    chunks: list[bytes] = []
    async for chunk in response.aiter_raw():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit, operation)
        chunks.append(chunk)
    return _replace_body(request, response, b"".join(chunks))


async def _inflate(response: httpx.Response, limit: int, operation: str, encodings: list[str]) -> bytes:
    layers = _Layers(encodings, limit, operation)
    try:
        async for raw in response.aiter_raw():
            layers.feed(raw)
        layers.finish()
    except zlib.error as exc:
        raise ResponseDecodingError(
            f"{operation}: response body is not valid {', '.join(encodings)} ({exc})", operation=operation
        ) from None
    return bytes(layers.out)


def _declared_length(response: httpx.Response) -> int:
    """`Content-Length` when it is one plain number, else a value larger than any limit."""
    raw = response.headers.get("content-length")
    if raw is None or not raw.isdigit():
        return 1 << 62
    return int(raw)


def _too_large(limit: int, operation: str) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{operation}: response body exceeds max_response_bytes={limit:,} (decoded)", limit=limit, operation=operation
    )


def _replace_body(request: httpx.Request, response: httpx.Response, content: bytes) -> httpx.Response:
    """A response holding the decoded body (so its `Content-Encoding` no longer applies)."""
    headers = response.headers
    if "content-encoding" in headers:
        headers = httpx.Headers([(k, v) for k, v in headers.multi_items() if k.lower() != "content-encoding"])
    return httpx.Response(
        response.status_code, headers=headers, content=content, request=request, extensions=response.extensions
    )
