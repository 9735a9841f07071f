"""Reading a response body with a bound: counted after decompression, while it streams in.

httpx decodes gzip/deflate chunk by chunk without a limit, so one 64 KiB chunk of a compression bomb may expand
to ~64 MB before anyone can count it. Here the raw stream is decompressed with `max_length`, so no more than
`limit` decoded bytes (plus one raw chunk) are ever held.
"""

from __future__ import annotations

import zlib

import httpx

from .errors import ResponseDecodingError, ResponseTooLargeError

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "read_bounded"]

DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024

_GZIP_WBITS = zlib.MAX_WBITS | 16


class _Inflater:
    """gzip or deflate (zlib-wrapped, or raw as some servers send it), decoded with a cap on the output."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._first = True
        self._zlib = zlib.decompressobj(_GZIP_WBITS if encoding == "gzip" else zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        """Decode `data`; more than `room` bytes of output means the body is too large (returns room + 1 bytes)."""
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error:
            if self._encoding == "deflate" and self._first:
                self._first = False
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                return self.feed(data, room)
            raise
        self._first = False
        return out

    def has_pending(self) -> bool:
        return bool(self._zlib.unconsumed_tail)

    def pending(self, room: int) -> bytes:
        tail = self._zlib.unconsumed_tail
        return self._zlib.decompress(tail, room + 1)

    def flush(self) -> bytes:
        return self._zlib.flush()


async def read_bounded(request: httpx.Request, response: httpx.Response, limit: int, operation: str) -> httpx.Response:
    """The response with its body read, or `ResponseTooLargeError` / `ResponseDecodingError`.

    gzip/deflate bodies come back decoded (without their `Content-Encoding` header); other encodings are left to
    httpx, still counted chunk by chunk.
    """
    if response.is_stream_consumed:  # already read by whoever built it (mock transports, ASGI test doubles)
        if len(response.content) > limit:
            raise _too_large(limit, operation)
        return response
    encoding = response.headers.get("content-encoding", "").strip().lower()
    if not encoding and _declared_length(response) <= limit:
        # The common case: HTTP/1.1 framing holds the body to its declared length, so read it in place (no copy).
        await response.aread()
        return response
    if encoding in ("gzip", "deflate", "x-gzip"):
        body = await _inflate(response, limit, operation, "gzip" if encoding == "x-gzip" else encoding)
        return _replace_body(request, response, body)
    size = 0
    chunks: list[bytes] = []
    try:
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise _too_large(limit, operation)
            chunks.append(chunk)
    except httpx.DecodingError as exc:
        raise ResponseDecodingError(
            f"{operation}: response body could not be decoded ({encoding or 'identity'}: {type(exc).__name__})",
            operation=operation,
        ) from None
    return _replace_body(request, response, b"".join(chunks))


async def _inflate(response: httpx.Response, limit: int, operation: str, encoding: str) -> bytes:
    inflater = _Inflater(encoding)
    out = bytearray()
    try:
        async for raw in response.aiter_raw():
            out += inflater.feed(raw, limit - len(out))
            while len(out) <= limit and inflater.has_pending():
                out += inflater.pending(limit - len(out))
            if len(out) > limit:
                raise _too_large(limit, operation)
        out += inflater.flush()
    except zlib.error as exc:
        raise ResponseDecodingError(
            f"{operation}: response body is not valid {encoding} ({exc})", operation=operation
        ) from None
    if len(out) > limit:
        raise _too_large(limit, operation)
    return bytes(out)


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
