"""Webhook handler registration checks names: a near miss of a known event type is refused with a suggestion, a
genuinely new type is accepted (Amili may add types) and logged once, and a handler annotated with another event's
model is refused."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from amili_autocollect.models import BatchCompletedEvent, CaseEvent

from amili import ConfigurationError
from amili.webhooks import IncomingWebhook, WebhookHandlers


def test_a_near_miss_of_a_known_event_type_is_refused_with_a_suggestion() -> None:
    hooks = WebhookHandlers()
    with pytest.raises(ConfigurationError, match="'CASE_CREATED': did you mean 'CASE_UPDATED'"):

        @hooks.on("CASE_CREATED")  # type: ignore[call-overload]
        async def created(webhook: Any) -> None: ...

    with pytest.raises(ConfigurationError, match="did you mean 'BATCH_COMPLETED'"):
        hooks.add("BATCH_COMPLETE", lambda webhook: None)
    assert repr(hooks) == "WebhookHandlers([])"


def test_a_new_event_type_is_accepted_and_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    hooks = WebhookHandlers()
    with caplog.at_level(logging.INFO, logger="amili.webhooks"):
        hooks.add("INVOICE_ARCHIVED_V9", lambda webhook: None)
        hooks.add("INVOICE_ARCHIVED_V9", lambda webhook: None)
    assert len(hooks.for_type("INVOICE_ARCHIVED_V9")) == 2
    assert sum("INVOICE_ARCHIVED_V9" in r.getMessage() for r in caplog.records) == 1


def test_a_handler_annotated_with_another_events_model_is_refused() -> None:
    hooks = WebhookHandlers()

    async def on_batch(webhook: IncomingWebhook[BatchCompletedEvent]) -> None: ...

    with pytest.raises(ConfigurationError, match=r"IncomingWebhook\[BatchCompletedEvent\].*'CASE'.*CaseEvent"):
        hooks.add("CASE", on_batch)

    async def on_case(webhook: IncomingWebhook[CaseEvent]) -> None: ...

    async def anything(webhook: IncomingWebhook[Any]) -> None: ...

    hooks.add("CASE", on_case)
    hooks.add("CASE", anything)
    hooks.add("*", on_batch)  # the wildcard takes any handler
    assert len(hooks.for_type("CASE")) == 3
