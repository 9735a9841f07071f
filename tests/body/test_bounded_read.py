"""Issue 25.5: stacked content encodings (`Content-Encoding: gzip, gzip`, `deflate, gzip`) are decoded layer by
layer, each layer's output bounded, the decoded total counted against `max_response_bytes` — on both HTTP backends,
from a loopback socket (aiohttp must not decompress on its own either)."""

from __future__ import annotations

import functools
import gc
import gzip
import json
import tracemalloc
import zlib
from typing import Any

import anyio
import httpx
import pytest
from _raw_http import raw_http_server

from amili import AmiliClient, StaticToken
from amili.errors import ResponseDecodingError, ResponseTooLargeError

LIMIT = 1024 * 1024
BOMB = 64 * 1024 * 1024  # decoded size of the innermost layer


def _compress(encoding: str, data: bytes) -> bytes:
    if encoding == "gzip":
        return gzip.compress(data, compresslevel=9, mtime=0)
    return zlib.compress(data, 9)


@functools.cache
def _inner_bomb(encoding: str) -> bytes:
    """`BOMB` zero bytes compressed with `encoding`, built without holding them."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16 if encoding == "gzip" else zlib.MAX_WBITS)
    zeros = b"\0" * (1024 * 1024)
    parts = [packer.compress(zeros) for _ in range(BOMB // len(zeros))]
    return b"".join(parts) + packer.flush()


def _stacked(encodings: list[str], inner: bytes | None = None) -> bytes:
    """The wire body of `Content-Encoding: <encodings>`: the first listed was applied first."""
    body = _inner_bomb(encodings[0]) if inner is None else _compress(encodings[0], inner)
    for encoding in encodings[1:]:
        body = _compress(encoding, body)
    return body


def _reply(encodings: list[str], body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Encoding: {', '.join(encodings)}\r\nContent-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


def _client(root: str, backend: str) -> AmiliClient:
    return AmiliClient(
        environment="staging",
        token_provider=StaticToken("tok"),
        base_urls={"arm": f"{root}/arm/v1"},
        http_backend=backend,  # type: ignore[arg-type]
        max_response_bytes=LIMIT,
        max_retries=0,
        timeout=30,
    )


STACKS = [["gzip", "gzip"], ["deflate", "gzip"], ["gzip", "deflate"], ["gzip", "gzip", "gzip"]]


@pytest.mark.parametrize("encodings", STACKS, ids=["+".join(s) for s in STACKS])
async def test_stacked_encoding_bomb_is_refused_without_holding_it(encodings: list[str], http_backend: str) -> None:
    """Before: `gzip, gzip` went to httpx's decoder, which inflated each layer whole (658 bytes on the wire → +316 MB
    peak before ResponseTooLargeError); here a 64 MiB inner layer must stay under 12 MiB peak."""
    body = _stacked(encodings)
    async with raw_http_server(_reply(encodings, body)) as server:
        async with _client(server.root, http_backend) as amili:  # first use imports modules: not what we measure
            with anyio.fail_after(20), pytest.raises(ResponseTooLargeError):
                await amili.arm.customers.get_customer(clientno=2218, customerno="1")
        gc.collect()
        tracemalloc.start()
        try:
            with anyio.fail_after(20), pytest.raises(ResponseTooLargeError) as caught:
                async with _client(server.root, http_backend) as amili:
                    await amili.arm.customers.get_customer(clientno=2218, customerno="1")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert caught.value.limit == LIMIT
    assert len(body) < 200_000
    assert peak < 12 * 1024 * 1024, f"peak {peak:,} bytes for {len(body):,} bytes on the wire"


@pytest.mark.parametrize("encodings", STACKS, ids=["+".join(s) for s in STACKS])
async def test_stacked_encodings_within_the_limit_are_decoded(encodings: list[str], http_backend: str) -> None:
    payload = json.dumps({"customerNo": "1", "name": "Layered"}).encode()
    async with raw_http_server(_reply(encodings, _stacked(encodings, payload))) as server:
        with anyio.fail_after(20):
            async with _client(server.root, http_backend) as amili:
                customer = await amili.arm.customers.get_customer(clientno=2218, customerno="1")
    assert customer.name == "Layered"


async def test_a_corrupt_inner_layer_is_a_decoding_error(http_backend: str) -> None:
    body = gzip.compress(b"\x1f\x8b not gzip inside", mtime=0)
    async with raw_http_server(_reply(["gzip", "gzip"], body)) as server:
        with anyio.fail_after(20), pytest.raises(ResponseDecodingError):
            async with _client(server.root, http_backend) as amili:
                await amili.arm.customers.get_customer(clientno=2218, customerno="1")


async def test_a_decoded_body_just_over_the_limit_is_refused(http_backend: str) -> None:
    payload = b'{"name": "' + b"x" * LIMIT + b'"}'
    async with raw_http_server(_reply(["gzip", "gzip"], _stacked(["gzip", "gzip"], payload))) as server:
        with anyio.fail_after(20), pytest.raises(ResponseTooLargeError):
            async with _client(server.root, http_backend) as amili:
                await amili.arm.customers.get_customer(clientno=2218, customerno="1")


def _mock_client(handler: Any) -> AmiliClient:
    return AmiliClient(
        environment="staging",
        token_provider=StaticToken("tok"),
        transport=httpx.MockTransport(handler),
        max_response_bytes=LIMIT,
        max_retries=0,
    )


@pytest.mark.parametrize("header", ["br", "gzip, zstd", "gzip, gzip, gzip, gzip, gzip"])
async def test_encodings_that_cannot_be_decoded_with_a_bound_are_a_decoding_error(header: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": header}, stream=httpx.ByteStream(b"\x00" * 64))

    with pytest.raises(ResponseDecodingError, match="Content-Encoding"):
        await _mock_client(handler).arm.customers.get_customer(clientno=2218, customerno="1")


async def test_identity_layers_are_skipped_and_only_bounded_encodings_are_asked_for() -> None:
    payload = json.dumps({"customerNo": "1", "name": "Plain"}).encode()
    asked: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        asked.append(request.headers["accept-encoding"])
        headers = {"Content-Encoding": "identity, gzip"}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(gzip.compress(payload)))

    customer = await _mock_client(handler).arm.customers.get_customer(clientno=2218, customerno="1")
    assert customer.name == "Plain"
    assert asked == ["gzip, deflate"]
