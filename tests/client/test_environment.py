"""The environment is read once, when the client is made (by the options builder): what the variables say later
changes nothing for that client or its views, and the receivers of options never read it themselves."""

from __future__ import annotations

import pytest

from amili import AmiliClient
from amili.webhooks import WebhookReceiver


def test_a_client_keeps_what_the_environment_said_when_it_was_made(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AMILI_STATE_URL", "AMILI_SPEC_DRIFT", "AMILI_LOG", "AMILI_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    amili = AmiliClient("c", "s")
    monkeypatch.setenv("AMILI_STATE_URL", "memory://")
    monkeypatch.setenv("AMILI_SPEC_DRIFT", "log")
    monkeypatch.setenv("AMILI_TIMEOUT", "3")
    assert amili.state is None
    assert amili.spec_drift is None
    view = amili.with_options(max_retries=0)
    assert view.state is None and view.spec_drift is None
    assert view.options.timeout == amili.options.timeout
    fresh = AmiliClient("c", "s")  # a new client reads the environment again
    assert type(fresh.state).__name__ == "MemoryState"
    assert fresh.spec_drift is not None
    assert fresh.options.timeout.read == 3


def test_the_drift_settings_come_whole_from_the_builder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AMILI_SPEC_DRIFT", raising=False)
    monkeypatch.setenv("AMILI_SPEC_DRIFT_SAMPLE", "0.25")
    amili = AmiliClient("c", "s", spec_drift="log")
    monkeypatch.setenv("AMILI_SPEC_DRIFT_SAMPLE", "0.75")  # too late for this client
    assert amili.spec_drift is not None
    assert amili.spec_drift.config.sample_rate == 0.25


def test_the_webhook_receiver_takes_its_defaults_from_the_options_module(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMILI_WEBHOOK_SECRET", "whsec-env")
    monkeypatch.setenv("AMILI_STATE_URL", "memory://")
    receiver = WebhookReceiver()
    assert type(receiver.state).__name__ == "MemoryState"
    assert "whsec-env" not in repr(receiver)
