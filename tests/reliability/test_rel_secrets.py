"""Secrets: a full workflow at DEBUG logging; the client secret and every issued token appear nowhere in captured
logs, reprs or exception messages."""

from __future__ import annotations

import logging
import secrets
import uuid

import anyio
import pytest
from _reliability_helpers import CLIENTNO, documents, fast_polling, invoices, seed_customers

from amili import AmiliClient
from amili.errors import AmiliError
from amili.sandbox import FaultKind, FaultRule, Sandbox, SandboxConfig


def test_no_secret_or_token_leaks(caplog: pytest.LogCaptureFixture) -> None:
    secret = "s3cr3t-" + secrets.token_urlsafe(16)
    texts: list[str] = []
    tokens: set[str] = set()

    async def main() -> None:
        sandbox = Sandbox(SandboxConfig(client_secret=secret, seed=3, faults=[FaultRule(FaultKind.EXPIRE_TOKEN, 0.05)]))
        async with AmiliClient(sandbox=sandbox, log_level="debug") as amili:
            fast_polling(amili)
            await seed_customers(amili)
            provider = amili.token_provider
            texts.extend([repr(amili), repr(provider), str(amili.__dict__)])
            async with amili.arm.documents.submit_many(CLIENTNO, documents(300), chunk_size=100) as run:
                texts.extend(repr(o) for o in [o async for o in run])
            async with amili.autocollect.invoices.submit_many(str(uuid.uuid4()), invoices(50)) as run:
                texts.extend(repr(o) for o in [o async for o in run])
            token = provider._token  # type: ignore[union-attr]
            tokens.add(token.value)
            texts.extend([repr(token), str(token)])
            for error_call in (
                lambda: amili.arm.customers.get_customer(clientno=CLIENTNO, customerno="nope"),
                lambda: amili.arm.customers.create_customer(clientno=CLIENTNO, body={"customer": {}}),
            ):
                try:
                    await error_call()
                except AmiliError as exc:
                    texts.extend([str(exc), repr(exc), repr(getattr(exc, "headers", ""))])
        # Wrong secret: the token endpoint's refusal.
        async with AmiliClient(
            sandbox.credentials.client_id, secret + "-wrong", sandbox=sandbox, log_level="debug"
        ) as bad:
            try:
                await bad.arm.customers.get_customer(clientno=CLIENTNO, customerno="1")
            except AmiliError as exc:
                texts.extend([str(exc), repr(exc), repr(exc.__dict__)])
        tokens.update(f"{r.jti}" for r in sandbox.ctx.tokens.tokens.values())

    with caplog.at_level(logging.DEBUG):
        anyio.run(main)
    assert any("attempt" in r.getMessage() for r in caplog.records)  # logging really was on
    everything = "\n".join([*texts, *(r.getMessage() for r in caplog.records), caplog.text])
    assert secret not in everything
    for token in tokens:
        assert token not in everything
