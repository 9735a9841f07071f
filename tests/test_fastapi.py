"""amili.webhooks (framework-free receiver) and amili.fastapi (lifespan, dependency, webhook router)."""

from __future__ import annotations

import contextlib
import datetime
import json
import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any

import anyio
import httpx
import pytest
from fastapi import FastAPI

from amili import AmiliClient, ConfigurationError
from amili.batches import BatchResult, BatchState
from amili.fastapi import AmiliDep, amili_lifespan, get_amili, webhook_router
from amili.sandbox.webhooks import asgi_callback
from amili.webhooks import (
    HmacSha256Verifier,
    IncomingWebhook,
    WebhookReceiver,
    compute_signature,
)


def NOW_STAMP() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


SECRET = "whsec-test-0123456789"
ORG = "db6a7ff4-3a20-4042-b271-a9485ded6334"


def batch_completed(batch_id: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": str(uuid.uuid4()),
        "type": "BATCH_COMPLETED",
        "source": "COLLECTION",
        "timeStamp": NOW_STAMP(),
        "data": {"batchId": batch_id or str(uuid.uuid4()), "organizationId": ORG, "status": "SUCCESS"},
        **extra,
    }


def signed(payload: Any, secret: str = SECRET, *, key: str | None = None, raw: bytes | None = None) -> tuple:
    body = raw if raw is not None else json.dumps(payload).encode()
    headers = {
        "Content-Type": "application/json",
        "X-Amili-Event": payload.get("type", "") if isinstance(payload, dict) else "",
        "IdempotencyKey": key or str(uuid.uuid4()),
        "X-Amili-Request-Id": str(uuid.uuid4()),
        "X-Webhook-Signature": compute_signature(body, secret),
    }
    return body, headers


class Recorder:
    def __init__(self) -> None:
        self.calls: list[IncomingWebhook[Any]] = []

    async def __call__(self, webhook: IncomingWebhook[Any]) -> None:
        self.calls.append(webhook)


def webhook_app(**kwargs: Any) -> tuple[FastAPI, Recorder, Recorder]:
    app = FastAPI()
    router = webhook_router(secret=kwargs.pop("secret", SECRET), **kwargs)
    typed, every = Recorder(), Recorder()
    router.on("BATCH_COMPLETED")(typed)
    router.on("*")(every)
    app.include_router(router)
    return app, typed, every


@contextlib.asynccontextmanager
async def http(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://app") as client:
        yield client


# -- lifespan and dependency ----------------------------------------------------------------------------------------


class TrackingClient(AmiliClient):
    closed = 0

    async def aclose(self) -> None:
        type(self).closed += 1
        await super().aclose()


def test_lifespan_opens_one_client_and_closes_it(run: Any) -> None:
    made: list[AmiliClient] = []

    def factory() -> AmiliClient:
        client = TrackingClient.sandbox()
        made.append(client)
        return client

    app = FastAPI(lifespan=amili_lifespan(factory))
    seen: list[int] = []

    @app.post("/customers/{number}")
    async def create(number: str, amili: AmiliDep) -> dict[str, Any]:
        seen.append(id(amili))
        await amili.arm.customers.create_customer(
            clientno=2218, body={"metadata": {"userId": "t"}, "customer": {"customerNo": number, "name": "N"}}
        )
        found = await amili.arm.customers.get_customer(clientno=2218, customerno=number)
        return {"name": found.to_dict()["name"]}

    async def main() -> None:
        TrackingClient.closed = 0
        async with app.router.lifespan_context(app), http(app) as client:
            assert len(made) == 1
            assert app.state.amili is made[0]
            for number in ("1", "2"):
                response = await client.post(f"/customers/{number}")
                assert response.status_code == 200, response.text
                assert response.json() == {"name": "N"}
            assert TrackingClient.closed == 0
        assert len(made) == 1
        assert seen == [id(made[0])] * 2
        assert TrackingClient.closed == 1
        assert not hasattr(app.state, "amili")

    run(main)


def test_lifespan_wraps_an_inner_lifespan(run: Any) -> None:
    order: list[str] = []

    @contextlib.asynccontextmanager
    async def inner(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        order.append("inner-start")
        yield {"db": "conn"}
        order.append("inner-stop")

    app = FastAPI(lifespan=amili_lifespan(AmiliClient.sandbox, inner=inner))

    async def main() -> None:
        async with app.router.lifespan_context(app) as state:
            assert state["db"] == "conn"
            assert isinstance(state["amili"], AmiliClient)
        assert order == ["inner-start", "inner-stop"]

    run(main)


def test_dependency_without_lifespan_is_a_clear_error() -> None:
    app = FastAPI()

    @app.get("/x")
    async def route(amili: AmiliDep) -> str:
        return repr(amili)

    async def main() -> None:
        async with http(app) as client:
            with pytest.raises(ConfigurationError, match="amili_lifespan"):
                await client.get("/x")

    anyio.run(main)
    assert get_amili is not None


# -- signatures, parsing, duplicates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("mutate", "status"),
    [
        (lambda h, b: h, 200),
        (lambda h, b: {**h, "X-Webhook-Signature": "sha256=" + h["X-Webhook-Signature"]}, 200),
        (lambda h, b: {**h, "X-Webhook-Signature": h["X-Webhook-Signature"].upper()}, 200),
        (lambda h, b: {**h, "X-Webhook-Signature": compute_signature(b, "other-secret")}, 401),
        (lambda h, b: {**h, "X-Webhook-Signature": compute_signature(b + b" ", SECRET)}, 401),
        (lambda h, b: {**h, "X-Webhook-Signature": "sha256=nothex"}, 401),
        (lambda h, b: {k: v for k, v in h.items() if k != "X-Webhook-Signature"}, 401),
        (lambda h, b: {**h, "X-Webhook-Signature": ""}, 401),
    ],
    ids=["good", "sha256-prefix", "uppercase-hex", "wrong-secret", "body-changed", "garbage", "missing", "empty"],
)
def test_signature(run: Any, mutate: Any, status: int) -> None:
    app, typed, every = webhook_app()
    body, headers = signed(batch_completed())

    async def main() -> None:
        async with http(app) as client:
            response = await client.post("/amili/webhooks", content=body, headers=mutate(headers, body))
        assert response.status_code == status, response.text
        assert len(typed.calls) == len(every.calls) == (1 if status == 200 else 0)

    run(main)


def test_rotated_secrets_and_custom_verifier() -> None:
    body = b'{"x":1}'
    verifier = HmacSha256Verifier(["new", "old"])
    assert verifier(body, compute_signature(body, "old"))
    assert verifier(body, compute_signature(body, "new"))
    assert not verifier(body, compute_signature(body, "neither"))
    assert "old" not in repr(verifier)
    assert "new" not in repr(verifier)

    async def is_valid(raw: bytes, signature: str) -> bool:
        return signature == "trusted"

    receiver = WebhookReceiver(verifier=is_valid)
    payload = json.dumps(batch_completed()).encode()

    async def main() -> None:
        ok = await receiver.handle(payload, {"x-webhook-signature": "trusted"})
        bad = await receiver.handle(payload, {"X-Webhook-Signature": compute_signature(payload, SECRET)})
        assert (ok.status_code, bad.status_code) == (200, 401)

    anyio.run(main)


def test_secret_is_required_and_never_shown(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.delenv("AMILI_WEBHOOK_SECRET", raising=False)
    with pytest.raises(ConfigurationError):
        webhook_router()
    monkeypatch.setenv("AMILI_WEBHOOK_SECRET", SECRET)
    router = webhook_router()
    assert SECRET not in repr(router.receiver)
    app = FastAPI()
    app.include_router(router)
    body, headers = signed(batch_completed())
    caplog.set_level(logging.DEBUG, logger="amili")

    async def main() -> None:
        async with http(app) as client:
            assert (await client.post("/amili/webhooks", content=body, headers=headers)).status_code == 200
            wrong = {**headers, "X-Webhook-Signature": "f" * 64}
            assert (await client.post("/amili/webhooks", content=body, headers=wrong)).status_code == 401

    anyio.run(main)
    assert caplog.records, "the receiver logs deliveries"
    assert SECRET not in caplog.text
    assert headers["X-Webhook-Signature"] not in caplog.text
    assert "f" * 64 not in caplog.text


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"[1, 2]",
        b"\xff\xfe",
        json.dumps(batch_completed(data={"batchId": "nope", "organizationId": ORG, "status": "SUCCESS"})).encode(),
        json.dumps({**batch_completed(), "timeStamp": "yesterday"}).encode(),
        json.dumps({"id": str(uuid.uuid4()), "data": {}}).encode(),  # no event type anywhere
    ],
    ids=["not-json", "array", "not-utf8", "bad-uuid", "bad-timestamp", "no-type"],
)
def test_malformed_payload_is_422_without_handlers(run: Any, raw: bytes) -> None:
    app, typed, every = webhook_app()
    _, headers = signed({}, raw=raw)
    headers["X-Amili-Event"] = "" if b"no event" in raw else "BATCH_COMPLETED"
    if raw.startswith(b'{"id"'):
        headers.pop("X-Amili-Event")

    async def main() -> None:
        async with http(app) as client:
            response = await client.post("/amili/webhooks", content=raw, headers=headers)
        assert response.status_code == 422, response.text
        assert typed.calls == every.calls == []

    run(main)


def test_a_delivery_without_guessed_fields_reaches_the_handlers(run: Any) -> None:
    """Never refuse what Amili may send: `data` is only guessed to be always there (x-amili-inferred-required)."""
    app, typed, every = webhook_app()
    payload = {"type": "BATCH_COMPLETED", "source": "COLLECTION", "id": str(uuid.uuid4()), "timeStamp": NOW_STAMP()}
    body, headers = signed(payload)

    async def main() -> None:
        async with http(app) as client:
            response = await client.post("/amili/webhooks", content=body, headers=headers)
        assert response.status_code == 200, response.text
        assert len(typed.calls) == len(every.calls) == 1
        assert "data" in typed.calls[0].event.absent_fields

    run(main)


def test_unknown_event_type_is_accepted_and_only_wildcard_handlers_run(run: Any) -> None:
    app, typed, every = webhook_app()
    payload = {**batch_completed(), "type": "INVOICE_ARCHIVED", "data": {"anything": [1, 2]}}
    body, headers = signed(payload)

    async def main() -> None:
        async with http(app) as client:
            response = await client.post("/amili/webhooks", content=body, headers=headers)
        assert response.status_code == 200
        assert typed.calls == []
        assert [(w.type, w.event, w.known) for w in every.calls] == [("INVOICE_ARCHIVED", None, False)]

    run(main)


def test_known_events_parse_into_generated_models(run: Any) -> None:
    from amili_autocollect.models.case_updated_event import CaseUpdatedEvent

    app, _, every = webhook_app()
    payload = {
        "id": str(uuid.uuid4()),
        "eventType": "CASE_UPDATED",
        "source": "COLLECTION",
        "timeStamp": NOW_STAMP(),
        "data": {"orgId": ORG, "caseId": str(uuid.uuid4()), "status": "PAUSED", "fields": ["status"]},
    }
    body, headers = signed(payload)
    headers["X-Amili-Event"] = "SOMETHING_ELSE"  # unsigned header: the signed body wins

    async def main() -> None:
        async with http(app) as client:
            assert (await client.post("/amili/webhooks", content=body, headers=headers)).status_code == 200
        (webhook,) = every.calls
        assert webhook.type == "CASE_UPDATED"
        assert isinstance(webhook.event, CaseUpdatedEvent)
        assert webhook.event.data.fields == ["status"]

    run(main)


def test_duplicate_delivery_is_handled_once(run: Any) -> None:
    app, typed, every = webhook_app()
    payload = batch_completed()
    body, headers = signed(payload, key="delivery-1")

    async def main() -> None:
        async with http(app) as client:
            answers = [await client.post("/amili/webhooks", content=body, headers=headers) for _ in range(3)]
            other = signed(batch_completed(), key="delivery-2")
            fresh = await client.post("/amili/webhooks", content=other[0], headers=other[1])
        assert [a.status_code for a in answers] == [200, 200, 200]
        assert [a.json().get("duplicate", False) for a in answers] == [False, True, True]
        assert fresh.status_code == 200
        assert not fresh.json().get("duplicate")
        assert [w.idempotency_key for w in typed.calls] == ["delivery-1", "delivery-2"]
        assert len(every.calls) == 2

    run(main)


def test_failing_handler_releases_the_key_so_a_redelivery_is_processed() -> None:
    receiver = WebhookReceiver(SECRET)
    attempts: list[str] = []

    @receiver.on("BATCH_COMPLETED")
    def flaky(webhook: IncomingWebhook[Any]) -> None:
        attempts.append(webhook.idempotency_key or "")
        if len(attempts) == 1:
            raise RuntimeError("database down")

    body, headers = signed(batch_completed(), key="k1")

    async def main() -> None:
        with pytest.raises(RuntimeError):
            await receiver.handle(body, headers)
        assert (await receiver.handle(body, headers)).status_code == 200
        assert (await receiver.handle(body, headers)).duplicate

    anyio.run(main)
    assert attempts == ["k1", "k1"]


# -- BATCH_COMPLETED wakes waiters; the sandbox delivers in-process ---------------------------------------------------


def invoices(n: int, prefix: str = "INV") -> list[dict[str, Any]]:
    return [
        {"invoiceNumber": f"{prefix}-{i}", "type": "NOTICE", "originalInvoiceAmount": 100 + i, "currency": "NOK"}
        for i in range(n)
    ]


def test_batch_completed_webhook_wakes_a_waiter(run: Any, amili_client: AmiliClient) -> None:
    amili = amili_client
    sandbox = amili.simulator
    assert sandbox is not None
    app = FastAPI(lifespan=amili_lifespan(lambda: amili))
    router = webhook_router(secret=sandbox.config.webhook_secret)
    completed = Recorder()
    router.on("BATCH_COMPLETED")(completed)
    app.include_router(router)
    sandbox.register_webhook(callback=asgi_callback(app))

    async def main() -> None:
        result: list[BatchResult] = []
        async with app.router.lifespan_context(app):
            amili.batches.first_delay = 3600.0  # without the webhook the waiter would sleep an hour
            handle = await amili.autocollect.invoices.submit(str(uuid.uuid4()), invoices(3))

            async def waiter() -> None:
                result.append(await handle.wait(timeout=None))

            with anyio.fail_after(60):  # a hang guard, not a timing assertion
                async with anyio.create_task_group() as tg:
                    tg.start_soon(waiter)
                    await anyio.wait_all_tasks_blocked()
                    assert amili.batches.polls == 0
                    await sandbox.process_due()  # Amili finishes the batch and sends BATCH_COMPLETED
        (outcome,) = result
        assert outcome.state is BatchState.SUCCESS
        assert len(outcome.successes) == 3
        assert amili.batches.polls == 1, "woken by the webhook: exactly one poll"
        assert [str(w.event.data.batch_id) for w in completed.calls] == [handle.batch_id]
        statuses = {d.event: d.status for d in sandbox.webhook_deliveries}
        assert statuses["BATCH_COMPLETED"] == 200
        assert statuses["CASE"] == 200

    run(main)


def test_explicit_client_is_woken_even_without_lifespan(run: Any, amili_client: AmiliClient) -> None:
    amili = amili_client
    app, _, _ = webhook_app(client=amili)
    batch_id = str(uuid.uuid4())
    body, headers = signed(batch_completed(batch_id))

    async def main() -> None:
        async with http(app) as client:
            assert (await client.post("/amili/webhooks", content=body, headers=headers)).status_code == 200
        assert batch_id in amili.batches._completed

    run(main)
