"""amili.webhooks: the freshness window on the signed `timeStamp` (a replayed delivery is de-duplicated or refused)."""

from __future__ import annotations

import datetime as dt
import json
import math
import time
import uuid
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from amili import ConfigurationError
from amili.fastapi import webhook_router
from amili.state import MemoryDedupStore
from amili.webhooks import (
    DEFAULT_MAX_AGE,
    IncomingWebhook,
    WebhookReceiver,
    WebhookStaleError,
    compute_signature,
)

SECRET = "whsec-fresh-0123456789"
ORG = "db6a7ff4-3a20-4042-b271-a9485ded6334"


def stamp(offset: float = 0.0) -> str:
    """An Amili-style UTC timestamp `offset` seconds from now."""
    moment = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=offset)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def delivery(offset: float = 0.0, **extra: Any) -> tuple[bytes, dict[str, str]]:
    payload = {
        "id": str(uuid.uuid4()),
        "type": "BATCH_COMPLETED",
        "source": "COLLECTION",
        "timeStamp": stamp(offset),
        "data": {"batchId": str(uuid.uuid4()), "organizationId": ORG, "status": "SUCCESS"},
        **extra,
    }
    payload = {k: v for k, v in payload.items() if v is not None}
    body = json.dumps(payload).encode()
    return body, {"X-Webhook-Signature": compute_signature(body, SECRET), "IdempotencyKey": str(uuid.uuid4())}


def receiver(**kwargs: Any) -> tuple[WebhookReceiver, list[str]]:
    rx = WebhookReceiver(SECRET, **kwargs)
    calls: list[str] = []

    @rx.on("*")
    def handler(webhook: IncomingWebhook[Any]) -> None:
        calls.append(webhook.type)

    return rx, calls


def test_a_captured_delivery_replayed_after_a_restart_is_refused(run: Any) -> None:
    """Memory de-dup state is lost on restart: the replay of a 10-minute-old delivery must not run handlers again."""
    body, headers = delivery(offset=-600)

    async def main() -> None:
        restarted, calls = receiver()  # a fresh process: nothing remembered
        result = await restarted.handle(body, headers)
        assert result.status_code == 400, result
        assert isinstance(result.error, WebhookStaleError)
        assert result.error.age >= 600 - 5
        assert "stale" in result.detail and "max_age 300" in result.detail
        assert calls == []

    run(main)


def test_a_replay_inside_the_window_is_deduplicated_and_after_it_refused(run: Any) -> None:
    body, headers = delivery()
    now = [time.time()]

    async def main() -> None:
        rx, calls = receiver(clock=lambda: now[0])
        assert (await rx.handle(body, headers)).status_code == 200
        assert (await rx.handle(body, headers)).duplicate  # inside the window: de-dup answers
        now[0] += DEFAULT_MAX_AGE + 1
        late = await rx.handle(body, headers)
        assert late.status_code == 400 and isinstance(late.error, WebhookStaleError)
        assert calls == ["BATCH_COMPLETED"]

    run(main)


def test_timestamps_too_far_in_the_future_are_refused_within_the_skew_accepted(run: Any) -> None:
    async def main() -> None:
        rx, calls = receiver(max_skew=60)
        ahead = await rx.handle(*delivery(offset=600))
        assert ahead.status_code == 400 and "future" in ahead.detail
        assert isinstance(ahead.error, WebhookStaleError) and ahead.error.age < 0
        assert (await rx.handle(*delivery(offset=30))).status_code == 200
        assert calls == ["BATCH_COMPLETED"]

    run(main)


def test_a_body_without_a_timestamp_is_refused_unless_the_window_is_off(run: Any) -> None:
    body = json.dumps({"id": str(uuid.uuid4()), "type": "SOMETHING_NEW"}).encode()
    headers = {"X-Webhook-Signature": compute_signature(body, SECRET)}

    async def main() -> None:
        rx, calls = receiver()
        result = await rx.handle(body, headers)
        assert result.status_code == 422 and "timeStamp" in result.detail
        assert calls == []
        off, calls_off = receiver(max_age=None)
        assert (await off.handle(body, headers)).status_code == 200
        assert calls_off == ["SOMETHING_NEW"]

    run(main)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_age": math.nan},
        {"max_age": math.inf},
        {"max_age": 0},
        {"max_skew": -1},
        {"max_skew": math.nan},
        {"max_age": 7200, "store": MemoryDedupStore(ttl=3600)},
        {"max_body_bytes": 0},
        {"max_body_bytes": 1.5},
    ],
)
def test_bad_freshness_and_size_settings_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        WebhookReceiver(SECRET, **kwargs)


async def test_the_router_answers_400_for_a_stale_delivery() -> None:
    app = FastAPI()
    router = webhook_router(secret=SECRET)
    calls: list[str] = []
    router.on("*")(lambda webhook: calls.append(webhook.type))
    app.include_router(router)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as http:
        body, headers = delivery(offset=-3600)
        stale = await http.post("/amili/webhooks", content=body, headers=headers)
        body, headers = delivery()
        fresh = await http.post("/amili/webhooks", content=body, headers=headers)
    assert stale.status_code == 400 and "stale" in stale.json()["detail"]
    assert fresh.status_code == 200
    assert calls == ["BATCH_COMPLETED"]
