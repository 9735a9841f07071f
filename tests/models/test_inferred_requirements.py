"""Requirements the specs only guess (`x-amili-inferred-required`) never break a real response: the model parses,
the omission is a drift event (`missing_property`), and reading the field raises `MissingFieldError` naming the
operation, the model and the field. Static types keep the documented shape."""

from __future__ import annotations

import importlib
import inspect
import json
import uuid
from pathlib import Path
from typing import Any

import pytest
import yaml
from amili_common import AmiliModel

from amili import AmiliClient, AmiliError, MissingFieldError
from amili.sandbox import DriftRule, Sandbox

SPECS = Path(__file__).resolve().parents[2] / "specs"
PACKAGES = ["amili_arm", "amili_autocollect", "amili_distribution", "amili_identity", "amili_partner"]


def _guessed_requirements() -> dict[str, set[str]]:
    """Schema name → the requirements every spec guesses for it (component schemas)."""
    out: dict[str, set[str]] = {}
    for path in SPECS.glob("*.yaml"):
        for name, schema in ((yaml.safe_load(path.read_text()).get("components") or {}).get("schemas") or {}).items():
            if schema.get("x-amili-inferred-required"):
                out.setdefault(name, set()).update(schema["x-amili-inferred-required"])
    return out


def _lenient_models() -> list[type[AmiliModel]]:
    found = []
    for package in PACKAGES:
        models = importlib.import_module(f"{package}.models")
        for name in dir(models):
            cls = getattr(models, name)
            if inspect.isclass(cls) and issubclass(cls, AmiliModel) and "_drop_absent" in inspect.getsource(cls):
                found.append(cls)
    return found


def test_no_guessed_requirement_is_enforced_when_parsing() -> None:
    guessed = _guessed_requirements()
    models = _lenient_models()
    # Every component schema with a guessed requirement has a model that parses without it (before: 69 refused).
    assert len(models) >= len(guessed) - 5, (len(models), len(guessed))
    refused = []
    for cls in models:
        try:
            model = cls.from_dict({})  # type: ignore[attr-defined]
        except (KeyError, TypeError, ValueError) as exc:
            refused.append(f"{cls.__name__}: {exc!r}")
            continue
        assert model.absent_fields, cls
        for field in model.absent_fields:
            with pytest.raises(MissingFieldError) as info:
                getattr(model, field)
            assert info.value.model == cls.__name__
            assert info.value.field == field
            assert getattr(model, field, "default") == "default"  # an AttributeError: getattr's default works
            assert not hasattr(model, field)
        wire = model.to_dict()
        assert all(info_wire not in wire for info_wire in model._amili_absent[0].values())  # type: ignore[attr-defined]
        repr(model)  # absent fields are simply not shown
    assert refused == []


def test_missing_field_error_is_an_amili_error_and_an_attribute_error() -> None:
    from amili_arm.models import Customer

    customer = Customer.from_dict({"name": "Kari"})
    assert customer.name == "Kari"
    with pytest.raises(AmiliError) as info:
        _ = customer.customer_no
    assert isinstance(info.value, AttributeError)
    assert "Customer.customer_no" in str(info.value)
    assert "'customerNo'" in str(info.value)
    assert customer.to_dict() == {"name": "Kari"}
    with pytest.raises(AttributeError) as typo:  # a typo stays a plain AttributeError
        _ = customer.custmer_no  # type: ignore[attr-defined]
    assert not isinstance(typo.value, MissingFieldError)
    full = Customer.from_dict({"customerNo": "7", "name": "Kari"})
    assert full.customer_no == "7"
    assert full.absent_fields == ()


@pytest.mark.amili_sandbox(drift=[DriftRule.omit("arm.customers.get_customer", "customerNo")])
async def test_a_response_without_a_guessed_field_parses_and_reports_drift_once(
    http_backend: str, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    with sandbox.run_in_thread() as root:
        creds = sandbox.credentials
        async with AmiliClient(
            environment="staging",
            base_urls=sandbox.base_urls(root),
            client_id=creds.client_id,
            client_secret=creds.client_secret,
            spec_drift="log",
        ) as amili:
            body: Any = {"metadata": {"userId": "u"}, "customer": {"customerNo": "1", "name": "Kari"}}
            await amili.arm.customers.create_customer(clientno=2218, body=body)
            for _ in range(3):
                customer = await amili.arm.customers.get_customer(clientno=2218, customerno="1")
                assert customer.name == "Kari"
                with pytest.raises(MissingFieldError, match=r"^arm\.customers\.get_customer: Customer\.customer_no"):
                    _ = customer.customer_no
            events = [
                e
                for e in _drift_events(amili)
                if e.kind == "missing_property" and e.operation == "arm.customers.get_customer"
            ]
    assert [e.path for e in events] == ["$.customerNo"]  # once per operation and path
    assert events[0].count == 3


@pytest.mark.amili_sandbox(
    drift=[DriftRule.omit("autocollect.invoices.create_invoices", "data.batchId")], batch_delay=0
)
async def test_a_write_whose_response_lacks_a_guessed_field_is_success(
    http_backend: str, amili_sandbox: Sandbox
) -> None:
    sandbox = amili_sandbox
    org = str(uuid.uuid4())
    with sandbox.run_in_thread() as root:
        creds = sandbox.credentials
        async with AmiliClient(
            environment="staging",
            base_urls=sandbox.base_urls(root),
            client_id=creds.client_id,
            client_secret=creds.client_secret,
        ) as amili:
            invoices: Any = [{"invoiceNumber": "I1", "type": "NOTICE", "originalInvoiceAmount": 100}]
            reference = await amili.autocollect.invoices.create_invoices(
                organization_id=org, body={"invoices": invoices}
            )  # no exception
            with pytest.raises(MissingFieldError, match="batch_id"):
                _ = reference.data.batch_id
    assert len(sandbox.state.organizations[org].batches) == 1  # the server did the work; the SDK said so


def _drift_events(amili: AmiliClient) -> list[Any]:
    assert amili.spec_drift is not None
    return list(amili.spec_drift.events)


@pytest.mark.amili_sandbox(enforce_inferred_requirements=False)
async def test_a_request_missing_only_a_guessed_requirement_is_sent_with_a_warning(
    caplog: pytest.LogCaptureFixture, amili_client: AmiliClient
) -> None:
    body: Any = {"customer": {"customerNo": "1", "name": "Kari"}}  # no `metadata`: guessed required, not documented
    async with amili_client as amili:
        with caplog.at_level("WARNING", logger="amili.validation"):
            result = await amili.arm.customers.create_customer(clientno=2218, body=body)
        assert result.result == "CREATED"
    assert any("'metadata' is missing" in r.getMessage() for r in caplog.records)


async def test_the_sandbox_enforces_guesses_by_default_and_says_so(amili_client: AmiliClient) -> None:
    from amili import UnprocessableEntityError

    body: Any = {"customer": {"customerNo": "1", "name": "Kari"}}
    async with amili_client as amili:
        with pytest.raises(UnprocessableEntityError, match="'metadata' is a required property \\(inferred requirement"):
            await amili.arm.customers.create_customer(clientno=2218, body=body)
        assert amili.simulator is not None
        assert (
            len([r for r in amili.simulator.requests if r.operation == "arm.customers.create_customer"]) == 1
        )  # it was sent


async def test_an_open_schema_takes_unknown_keys_but_refuses_a_near_miss(amili_client: AmiliClient) -> None:
    from amili import RequestValidationError

    org = str(uuid.uuid4())
    invoice = "6f1c9a8e-0c1d-4a7a-9a0e-1b2c3d4e5f60"
    async with amili_client as amili:
        sent: Any = {"payments": [{"invoiceId": invoice, "amount": 10, "currency": "NOK", "reference": "R-1"}]}
        await amili.autocollect.payments.create_payments(organization_id=org, body=sent)  # `reference`: not refused
        assert amili.simulator is not None
        posted = [r for r in amili.simulator.requests if r.operation == "autocollect.payments.create_payments"]
        assert json.loads(posted[0].body)["payments"][0]["reference"] == "R-1"
        near: Any = {"payments": [{"invoiceld": invoice, "amount": 10}]}
        with pytest.raises(RequestValidationError, match="did you mean 'invoiceId'") as info:
            await amili.autocollect.payments.create_payments(organization_id=org, body=near)
        assert info.value.field == "payments[0].invoiceld" or info.value.field.endswith("invoiceld")
        closed: Any = {"payments": [{"invoiceId": invoice}], "reference": "R-1"}  # CreatePaymentsRequest is closed
        with pytest.raises(RequestValidationError, match="unknown field 'reference'"):
            await amili.autocollect.payments.create_payments(organization_id=org, body=closed)
