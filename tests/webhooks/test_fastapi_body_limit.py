"""amili.fastapi.webhook_router bounds a delivery's body: 413 before reading past `max_body_bytes`, on a declared
`Content-Length` without reading at all; peak memory stays bounded whatever the sender streams (tracemalloc)."""

from __future__ import annotations

import json
import tracemalloc
import uuid
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
from fastapi import FastAPI

from amili.fastapi import webhook_router
from amili.webhooks import DEFAULT_MAX_BODY_BYTES, WebhookReceiver, WebhookTooLargeError, compute_signature

SECRET = "whsec-size-0123456789"
CHUNK = b"x" * 65536  # one object reused: the test itself allocates nothing per chunk
MiB = 1024 * 1024


class Body:
    """A streamed request body of `total` bytes; counts the chunks the server pulled."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.pulled = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        sent = 0
        while sent < self.total:
            self.pulled += 1
            sent += len(CHUNK)
            yield CHUNK


def app_and_calls(**kwargs: Any) -> tuple[FastAPI, list[str]]:
    app = FastAPI()
    router = webhook_router(secret=SECRET, **kwargs)
    calls: list[str] = []
    router.on("*")(lambda webhook: calls.append(webhook.type))
    app.include_router(router)
    return app, calls


def test_a_large_unsigned_streamed_body_is_refused_with_413_and_bounded_memory(run: Any) -> None:
    total = 64 * MiB
    body = Body(total)

    async def main() -> tuple[int, dict[str, Any], int]:
        app, calls = app_and_calls()
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
            with anyio.fail_after(60):
                tracemalloc.start()
                try:
                    tracemalloc.reset_peak()
                    response = await http.post("/amili/webhooks", content=body)
                    _, peak = tracemalloc.get_traced_memory()
                finally:
                    tracemalloc.stop()
        assert calls == []
        return response.status_code, response.json(), peak

    status, payload, peak = run(main)
    assert status == 413, payload
    assert "max_body_bytes" in payload["detail"]
    assert peak < 8 * MiB, f"peak {peak / MiB:.1f} MiB for a {total // MiB} MiB body"
    assert body.pulled <= DEFAULT_MAX_BODY_BYTES // len(CHUNK) + 2  # stopped reading at the limit


def test_a_declared_content_length_over_the_limit_is_refused_without_reading(run: Any) -> None:
    body = Body(300 * MiB)

    async def main() -> int:
        app, _ = app_and_calls()
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
            with anyio.fail_after(30):
                response = await http.post("/amili/webhooks", content=body, headers={"Content-Length": str(300 * MiB)})
        return response.status_code

    assert run(main) == 413
    assert body.pulled == 0


@pytest.mark.parametrize("limit", [1024, 4096])
async def test_the_limit_is_configurable_and_a_signed_body_under_it_is_processed(limit: int) -> None:
    app, calls = app_and_calls(max_body_bytes=limit, max_age=None)
    payload = {"id": str(uuid.uuid4()), "type": "SOMETHING_NEW", "pad": "p" * (limit - 200)}
    small = json.dumps(payload).encode()
    big = json.dumps({**payload, "pad": "p" * limit}).encode()
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        ok = await http.post(
            "/amili/webhooks", content=small, headers={"X-Webhook-Signature": compute_signature(small, SECRET)}
        )
        refused = await http.post(
            "/amili/webhooks", content=big, headers={"X-Webhook-Signature": compute_signature(big, SECRET)}
        )
    assert ok.status_code == 200 and refused.status_code == 413
    assert calls == ["SOMETHING_NEW"]


async def test_the_framework_free_receiver_refuses_an_oversized_body_before_the_signature() -> None:
    receiver = WebhookReceiver(SECRET, max_body_bytes=100)
    body = b"{" + b" " * 200 + b"}"
    result = await receiver.handle(body, {"X-Webhook-Signature": compute_signature(body, SECRET)})
    assert result.status_code == 413
    assert isinstance(result.error, WebhookTooLargeError) and result.error.limit == 100
