"""amili.webhooks, directly (no framework): de-dup on what the signature covers, in-progress redeliveries, leases."""

from __future__ import annotations

import datetime
import json
import uuid
from typing import Any

import anyio
import pytest

from amili.state import Claim, MemoryDedupStore
from amili.webhooks import (
    HmacSha256Verifier,
    IncomingWebhook,
    WebhookReceiver,
    WebhookResult,
    compute_signature,
    event_key,
    parse_webhook,
)


def NOW_STAMP() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


SECRET = "whsec-unit-0123456789"
ORG = "db6a7ff4-3a20-4042-b271-a9485ded6334"


def event(**extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "type": "BATCH_COMPLETED",
        "source": "COLLECTION",
        "timeStamp": NOW_STAMP(),
        "data": {"batchId": str(uuid.uuid4()), "organizationId": ORG, "status": "SUCCESS"},
        **extra,
    }


def delivery(payload: dict[str, Any] | None = None, *, body: bytes | None = None, key: str | None = None) -> tuple:
    raw = body if body is not None else json.dumps(payload).encode()
    headers = {
        "X-Webhook-Signature": compute_signature(raw, SECRET),
        "IdempotencyKey": key or str(uuid.uuid4()),  # a fresh header per delivery, as the sandbox sends
        "X-Amili-Request-Id": str(uuid.uuid4()),
    }
    return raw, headers


def receiver_with_log(**kwargs: Any) -> tuple[WebhookReceiver, list[str]]:
    receiver = WebhookReceiver(SECRET, **kwargs)
    seen: list[str] = []

    @receiver.on("*")
    def record(webhook: IncomingWebhook[Any]) -> None:
        seen.append(str(webhook.payload.get("id")))

    return receiver, seen


# -- the de-dup key -------------------------------------------------------------------------------------------------


def test_redeliveries_with_fresh_idempotency_headers_are_processed_once(run: Any) -> None:
    # The header is unsigned: a redelivery (or a replay) that changes it must not run the handlers again.
    receiver, seen = receiver_with_log()
    payload = event()

    async def main() -> None:
        results = [await receiver.handle(*delivery(payload)) for _ in range(3)]
        assert [r.status_code for r in results] == [200, 200, 200]
        assert [r.duplicate for r in results] == [False, True, True]

    run(main)
    assert seen == [payload["id"]]


def test_different_events_sharing_an_idempotency_header_are_all_processed(run: Any) -> None:
    # Before: keyed on the header, the second event was dropped as a "duplicate" and lost.
    receiver, seen = receiver_with_log()
    first, second = event(), event()

    async def main() -> None:
        assert (await receiver.handle(*delivery(first, key="same"))).status_code == 200
        result = await receiver.handle(*delivery(second, key="same"))
        assert (result.status_code, result.duplicate) == (200, False)

    run(main)
    assert seen == [first["id"], second["id"]]


def test_a_body_without_id_is_deduplicated_by_its_digest(run: Any) -> None:
    receiver, seen = receiver_with_log()
    unknown = {"type": "SOMETHING_NEW", "timeStamp": NOW_STAMP(), "data": {"n": 1}}
    other = {"type": "SOMETHING_NEW", "timeStamp": NOW_STAMP(), "data": {"n": 2}}

    async def main() -> None:
        assert not (await receiver.handle(*delivery(unknown))).duplicate
        assert (await receiver.handle(*delivery(unknown))).duplicate
        assert not (await receiver.handle(*delivery(other))).duplicate

    run(main)
    assert len(seen) == 2


def test_event_key_uses_only_the_signed_body() -> None:
    body = b'{"id": "evt-1"}'
    assert event_key(body, {"id": "evt-1"}) == "amili-webhook:id:evt-1"
    assert event_key(body, {"id": 42}) == "amili-webhook:id:42"
    digest = event_key(body, {"id": True})  # not an id: falls back to the digest of the bytes
    assert digest.startswith("amili-webhook:sha256:")
    assert event_key(body, {"id": ""}) == digest
    assert event_key(body + b" ", {}) != digest
    assert len(event_key(body, {"id": "x" * 10_000})) < 250, "bounded"
    parsed = parse_webhook(body, {"idempotencykey": "header-key", "x-amili-event": "X"})
    assert (parsed.idempotency_key, parsed.event_key) == ("header-key", "amili-webhook:id:evt-1")


# -- a redelivery while the first is still being handled ------------------------------------------------------------


def test_redelivery_during_processing_gets_503_and_the_event_survives_a_failing_first_attempt(run: Any) -> None:
    receiver = WebhookReceiver(SECRET, retry_after=7)
    payload = event()
    started, finish = anyio.Event(), anyio.Event()
    calls: list[str] = []

    @receiver.on("BATCH_COMPLETED")
    async def slow_then_fail(webhook: IncomingWebhook[Any]) -> None:
        calls.append("call")
        if len(calls) == 1:
            started.set()
            await finish.wait()
            raise RuntimeError("database went away")

    async def main() -> None:
        first_error: list[BaseException] = []

        async def first() -> None:
            try:
                await receiver.handle(*delivery(payload))
            except RuntimeError as exc:
                first_error.append(exc)

        async with anyio.create_task_group() as tg:
            tg.start_soon(first)
            await started.wait()
            concurrent = await receiver.handle(*delivery(payload))
            # Not 200: the sender must come back, because the first attempt may still fail.
            assert concurrent.status_code == 503
            assert concurrent.headers == {"Retry-After": "7"}
            assert not concurrent.duplicate
            finish.set()
        assert first_error, "the first attempt failed (the framework answers 500)"
        retried = await receiver.handle(*delivery(payload))
        assert (retried.status_code, retried.duplicate) == (200, False)
        again = await receiver.handle(*delivery(payload))
        assert (again.status_code, again.duplicate) == (200, True)

    run(main)
    assert calls == ["call", "call"], "the event was processed by the retry, not lost"


def test_cancelled_handler_releases_the_claim(run: Any) -> None:
    receiver, seen = receiver_with_log()
    payload = event()
    blocked = anyio.Event()
    attempts: list[int] = []

    @receiver.on("BATCH_COMPLETED")
    async def hang(webhook: IncomingWebhook[Any]) -> None:
        attempts.append(1)
        if not blocked.is_set():
            blocked.set()
            await anyio.sleep_forever()

    async def main() -> None:
        async with anyio.create_task_group() as tg:
            tg.start_soon(receiver.handle, *delivery(payload))
            await blocked.wait()
            tg.cancel_scope.cancel()  # the server dropped the request
        assert (await receiver.handle(*delivery(payload))).status_code == 200

    run(main)
    assert len(attempts) == 2, "the redelivery ran the handlers again"
    assert seen == [payload["id"]], "the handlers after the cancelled one ran only on the redelivery"


def test_claim_of_a_process_that_died_expires_after_the_lease(run: Any) -> None:
    now = [1000.0]
    store = MemoryDedupStore(clock=lambda: now[0])
    receiver, seen = receiver_with_log(store=store, lease=30)
    payload = event()
    raw, headers = delivery(payload)
    parsed = parse_webhook(raw, {})

    async def main() -> None:
        # Another worker claimed the event and died without completing or releasing it.
        assert await store.claim(parsed.event_key, lease=30) is Claim.NEW
        assert (await receiver.handle(raw, headers)).status_code == 503
        now[0] += 31
        assert (await receiver.handle(raw, headers)).status_code == 200

    run(main)
    assert seen == [payload["id"]]


def test_rejected_deliveries_never_claim_the_event(run: Any) -> None:
    receiver, seen = receiver_with_log()
    payload = event()
    raw, headers = delivery(payload)

    async def main() -> None:
        forged = {**headers, "X-Webhook-Signature": compute_signature(raw, "attacker")}
        assert (await receiver.handle(raw, forged)).status_code == 401
        assert (
            await receiver.handle(b"[]", {**headers, "X-Webhook-Signature": compute_signature(b"[]", SECRET)})
        ).status_code == 422
        assert (await receiver.handle(raw, headers)).status_code == 200

    run(main)
    assert seen == [payload["id"]]


# -- the store, the result, configuration ---------------------------------------------------------------------------


def test_memory_store_states_expiry_and_eviction(run: Any) -> None:
    now = [0.0]
    store = MemoryDedupStore(ttl=10, max_keys=2, clock=lambda: now[0])

    async def main() -> None:
        assert await store.claim("a", lease=5) is Claim.NEW
        assert await store.claim("a", lease=5) is Claim.IN_PROGRESS
        await store.complete("a")
        assert await store.claim("a", lease=5) is Claim.DONE
        await store.release("a")  # releasing a completed key does not forget it
        assert await store.claim("a", lease=5) is Claim.DONE
        now[0] = 11
        assert await store.claim("a", lease=5) is Claim.NEW, "completed keys are forgotten after the ttl"
        assert await store.claim("b", lease=5) is Claim.NEW
        assert await store.claim("c", lease=5) is Claim.NEW
        assert len(store) == 2
        assert await store.claim("a", lease=5) is Claim.NEW, "the oldest key was evicted"

    run(main)


def test_result_body_and_headers() -> None:
    assert WebhookResult(401, "invalid signature").body == {"detail": "invalid signature"}
    payload = event()
    webhook = parse_webhook(json.dumps(payload).encode(), {})
    dup = WebhookResult(200, "duplicate", webhook, duplicate=True)
    assert dup.body == {"detail": "duplicate", "type": "BATCH_COMPLETED", "duplicate": True}
    assert dup.headers == {}


@pytest.mark.parametrize("kwargs", [{"lease": 0}, {"retry_after": 0}, {"retry_after": 10_000}])
def test_bad_receiver_settings_are_refused(kwargs: dict[str, Any]) -> None:
    from amili import ConfigurationError

    with pytest.raises(ConfigurationError):
        WebhookReceiver(SECRET, **kwargs)


def test_verifier_refuses_empty_secrets() -> None:
    from amili import ConfigurationError

    for bad in ("", b"", [], ["ok", ""]):
        with pytest.raises(ConfigurationError):
            HmacSha256Verifier(bad)  # type: ignore[arg-type]
    assert not HmacSha256Verifier("s")(b"x", "sha256=" + "é" * 64)


def test_state_url_gives_the_receiver_a_shared_store(tmp_path: Any, run: Any) -> None:
    # Two receivers on one SQLite file stand for two worker processes (tests/state/test_state.py runs real processes).
    url = f"sqlite:///{tmp_path}/state.db"
    a, seen_a = receiver_with_log(state=url)
    b, seen_b = receiver_with_log(state=url)
    payload = event()

    async def main() -> None:
        assert not (await a.handle(*delivery(payload))).duplicate
        assert (await b.handle(*delivery(payload))).duplicate
        assert a.state is not None and b.state is not None
        await a.state.aclose()
        await b.state.aclose()

    run(main)
    assert (seen_a, seen_b) == ([payload["id"]], [])


def test_state_env_variable_is_the_default(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMILI_STATE_URL", f"sqlite:///{tmp_path}/env.db")
    receiver = WebhookReceiver(SECRET)
    assert type(receiver.store).__name__ == "SqliteDedupStore"
    monkeypatch.delenv("AMILI_STATE_URL")
    assert isinstance(WebhookReceiver(SECRET).store, MemoryDedupStore)


def test_completion_is_published_through_the_receivers_state_when_the_client_has_none(tmp_path: Any) -> None:
    from amili import AmiliClient
    from amili.state import open_state

    url = f"sqlite:///{tmp_path}/signals.db"
    receiver = WebhookReceiver(SECRET, state=url)
    local = AmiliClient.sandbox()  # the app's client, without shared state
    payload = event()
    batch_id = payload["data"]["batchId"]
    elsewhere = open_state(url)  # another process's view of the state

    async def main() -> None:
        assert (await receiver.handle(*delivery(payload), client=local)).status_code == 200
        assert await elsewhere.signals.wait(batch_id, 0), "other processes learn of the completion"
        await elsewhere.aclose()
        assert receiver.state is not None
        await receiver.state.aclose()

    anyio.run(main)
