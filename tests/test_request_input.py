"""Request input is checked against the spec before anything is sent (issue 18 items 2-6, issue 14 item 12).

Every test counts the requests that reached the transport: a refused call must send nothing.
"""

from __future__ import annotations

import inspect
import json
import math
import pydoc
import uuid
from typing import Any

import anyio
import httpx
import pytest
from amili_arm.models import CustomerRequest

from amili import AmiliClient, ArgumentError, InternalServerError, RequestValidationError, RetryPolicy, StaticToken

ORG = "6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b"
CUSTOMER = {"customerNo": "1", "name": "Owe Armstrong"}
OK_ENVELOPE = {"status": "PROCESSED", "result": "CREATED"}


class Recorder:
    def __init__(self, status: int = 200, body: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.body = body if body is not None else {**CUSTOMER, **OK_ENVELOPE}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)

    def client(self, **kw: Any) -> AmiliClient:
        kw.setdefault("retry_policy", RetryPolicy(max_retries=2, base_delay=0.001, max_delay=0.001))
        return AmiliClient(token_provider=StaticToken("t"), transport=httpx.MockTransport(self), **kw)


def run(fn: Any, recorder: Recorder | None = None, **kw: Any) -> Any:
    rec = recorder or Recorder()

    async def main() -> Any:
        async with rec.client(**kw) as amili:
            return await fn(amili)

    return anyio.run(main)


def refused(fn: Any, exc: type[BaseException] = RequestValidationError) -> Any:
    rec = Recorder()
    with pytest.raises(exc) as info:
        run(fn, rec)
    assert rec.requests == [], "a refused call must send nothing"
    return info.value


# -- item 2: unknown keys in dict bodies ------------------------------------------------------------------------------


def test_misspelled_key_in_a_dict_body_is_refused_with_the_closest_known_one() -> None:
    err = refused(
        lambda a: a.arm.customers.create_customer(
            clientno=2218, body={"metadata": {"userId": "u"}, "customer": {"customerNo": "1", "nmae": "x"}}
        )
    )
    assert err.field == "customer.nmae"
    assert "did you mean 'name'?" in str(err)
    assert "extra_body" in str(err)


def test_misspelled_top_level_key_is_refused() -> None:
    err = refused(
        lambda a: a.arm.customers.create_customer(
            clientno=2218, body={"metdata": {"userId": "u"}, "customer": CUSTOMER}
        )
    )
    assert err.field == "metdata"
    assert "did you mean 'metadata'?" in str(err)


def test_extra_body_sends_fields_the_spec_does_not_know() -> None:
    rec = Recorder()
    run(
        lambda a: a.arm.customers.create_customer(
            clientno=2218, body={"metadata": {"userId": "u"}, "customer": CUSTOMER}, extra_body={"betaFlag": True}
        ),
        rec,
    )
    sent = json.loads(rec.requests[0].content)
    assert sent == {"metadata": {"userId": "u"}, "customer": CUSTOMER, "betaFlag": True}


def test_a_valid_dict_body_is_sent_as_written() -> None:
    rec = Recorder()
    body = {"metadata": {"userId": "u"}, "customer": {**CUSTOMER, "customerCategory": "B2B"}}
    run(lambda a: a.arm.customers.create_customer(clientno=2218, body=body), rec)
    assert json.loads(rec.requests[0].content) == body


# -- issue 14 item 12: wrong types and non-finite numbers name the field as a dotted path --------------------------


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf])
def test_non_finite_number_deep_in_a_body_names_the_dotted_path(bad: float) -> None:
    document = {"documentNo": "1", "customerNo": "1", "currencyAmounts": {"vat": bad}}
    err = refused(
        lambda a: a.arm.documents.create_document(
            clientno=2218, body={"metadata": {"userId": "u"}, "document": document}
        )
    )
    assert err.field == "document.currencyAmounts.vat"


def test_wrong_type_inside_a_dict_body_names_the_field() -> None:
    err = refused(lambda a: a.arm.customers.create_customer(clientno=2218, body={"metadata": "oops", "customer": {}}))
    assert err.field == "metadata"
    assert "expected an object" in str(err)
    assert "dictionary update sequence" not in str(err)


def test_a_missing_guessed_requirement_is_sent_with_a_warning_naming_the_field(
    caplog: pytest.LogCaptureFixture,
) -> None:
    rec = Recorder()
    with caplog.at_level("WARNING", logger="amili.validation"):
        run(
            lambda a: a.arm.customers.create_customer(
                clientno=2218, body={"metadata": {"userId": "u"}, "customer": {"name": "x"}}
            ),
            rec,
        )
    assert len(rec.requests) == 1  # customerNo is only guessed to be required: Amili decides
    assert "'customer.customerNo' is missing" in caplog.text


def test_a_model_body_holding_nan_is_refused_too() -> None:
    model = CustomerRequest.from_dict({"metadata": {"userId": "u"}, "customer": CUSTOMER})
    model.customer["score"] = math.nan  # additional property set explicitly on the model
    err = refused(lambda a: a.arm.customers.create_customer(clientno=2218, body=model))
    assert err.field == "customer.score"


def test_a_model_body_is_sent_as_its_wire_json() -> None:
    rec = Recorder()
    model = CustomerRequest.from_dict({"metadata": {"userId": "u"}, "customer": CUSTOMER})
    run(lambda a: a.arm.customers.create_customer(clientno=2218, body=model), rec)
    assert json.loads(rec.requests[0].content) == {"metadata": {"userId": "u"}, "customer": CUSTOMER}


def test_body_of_the_wrong_kind_is_refused() -> None:
    err = refused(lambda a: a.arm.customers.create_customer(clientno=2218, body=["not", "a", "body"]))
    assert err.field == "body"


# -- item 4: wrong argument names ----------------------------------------------------------------------------------


def test_unknown_argument_names_the_closest_one_and_is_a_type_error() -> None:
    err = refused(lambda a: a.arm.customers.get_customer(clientno=2218, customer_no="1"), ArgumentError)
    assert isinstance(err, TypeError)
    assert isinstance(err, RequestValidationError)
    assert "unknown argument 'customer_no' — did you mean 'customerno'?" in str(err)


def test_unknown_query_argument_names_the_closest_one() -> None:
    err = refused(lambda a: a.arm.customers.list_customers(clientno=2218, page_size=10), ArgumentError)
    assert "did you mean 'pagesize'?" in str(err)


def test_missing_argument_is_an_argument_error() -> None:
    err = refused(lambda a: a.arm.customers.get_customer(clientno=2218), ArgumentError)
    assert "customerno" in str(err)
    err = refused(lambda a: a.arm.customers.create_customer(clientno=2218), ArgumentError)
    assert "body" in str(err)


def test_extra_body_on_an_operation_without_a_body_is_an_unknown_argument() -> None:
    refused(lambda a: a.arm.customers.get_customer(2218, "1", extra_body={"x": 1}), ArgumentError)


# -- item 5: path/query values typed by the spec ---------------------------------------------------------------------


def test_integer_path_parameter_is_checked_before_sending() -> None:
    err = refused(lambda a: a.arm.customers.get_customer(clientno="abc", customerno="1"))
    assert err.field == "clientno"
    assert "integer" in str(err)
    refused(lambda a: a.arm.customers.get_customer(clientno=True, customerno="1"))


def test_integer_given_as_digits_is_sent() -> None:
    rec = Recorder()
    run(lambda a: a.arm.customers.get_customer(clientno="2218", customerno="1"), rec)
    assert rec.requests[0].url.path.endswith("/clients/2218/customers/1")


def test_uuid_parameters_accept_str_and_uuid_and_refuse_garbage() -> None:
    batch = {"data": {"batchId": ORG, "status": "QUEUED", "type": "INVOICES"}}
    for org in (ORG, uuid.UUID(ORG)):
        rec = Recorder(body=batch)
        run(lambda a, org=org: a.autocollect.batches.get_batch(organization_id=org, batch_id=ORG), rec)
        assert ORG in rec.requests[0].url.path
    err = refused(lambda a: a.autocollect.batches.get_batch(organization_id="not-a-uuid", batch_id=ORG))
    assert err.field == "organization_id"


def test_enum_query_parameter_accepts_a_plain_string() -> None:
    rec = Recorder(body={"data": [], "summary": {}})
    run(lambda a: a.autocollect.batches.list_batches(organization_id=ORG, state="QUEUED"), rec)
    assert rec.requests[0].url.params["State"] == "QUEUED"


# -- issue 14 item 12: header values ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["a\r\nX-Injected: 1", "a\nb", "nul\x00", "æøå"])
def test_bad_header_values_are_refused_before_sending(value: str) -> None:
    err = refused(lambda a: a.arm.customers.get_customer(2218, "1", extra_headers={"X-Trace": value}))
    assert err.field == "extra_headers"
    body = {"invoices": []}
    err = refused(
        lambda a: a.autocollect.invoices.create_invoices(organization_id=ORG, body=body, idempotency_key=value)
    )
    assert err.field in ("IdempotencyKey", "idempotency_key", "body")


# -- item 3: per-call options --------------------------------------------------------------------------------------


def test_per_call_max_retries_and_timeout() -> None:
    rec = Recorder(status=503, body={"message": "busy"})
    with pytest.raises(InternalServerError):
        run(lambda a: a.arm.customers.get_customer(2218, "1", max_retries=0), rec)
    assert len(rec.requests) == 1
    rec = Recorder(status=503, body={"message": "busy"})
    with pytest.raises(InternalServerError):
        run(lambda a: a.arm.customers.get_customer(2218, "1"), rec)
    assert len(rec.requests) == 3
    rec = Recorder()
    run(lambda a: a.arm.customers.get_customer(2218, "1", timeout=1.5), rec)
    assert rec.requests[0].extensions["timeout"]["read"] == 1.5


def test_per_call_extra_headers_and_query() -> None:
    rec = Recorder()
    run(
        lambda a: a.arm.customers.get_customer(2218, "1", extra_headers={"X-Trace": "t-1"}, extra_query={"debug": 1}),
        rec,
    )
    assert rec.requests[0].headers["X-Trace"] == "t-1"
    assert rec.requests[0].url.params["debug"] == "1"


@pytest.mark.parametrize("kw", [{"timeout": -1}, {"timeout": "5"}, {"max_retries": -1}, {"max_retries": 1.5}])
def test_bad_per_call_options_are_argument_errors(kw: dict[str, Any]) -> None:
    refused(lambda a: a.arm.customers.get_customer(2218, "1", **kw), ArgumentError)


# -- item 6: docs where the user looks --------------------------------------------------------------------------------


def test_signature_and_help_show_the_documented_operation() -> None:
    async def main() -> None:
        async with Recorder().client() as amili:
            op = amili.arm.customers.get_customer
            sig = inspect.signature(op)
            assert list(sig.parameters)[:2] == ["clientno", "customerno"]
            for option in ("timeout", "max_retries", "extra_headers", "extra_query"):
                assert sig.parameters[option].kind is inspect.Parameter.KEYWORD_ONLY
            assert "Customer" in str(sig.return_annotation)
            doc = op.__doc__ or ""
            assert doc.startswith("Get one customer") or "customer" in doc.splitlines()[0].lower()
            assert "ARM client number" in doc  # the spec's parameter description
            assert "NotFoundError" in doc
            assert "documented" in doc or "inferred" in doc
            text = pydoc.render_doc(op, renderer=pydoc.plaintext)
            assert "clientno" in text
            assert "ARM client number" in text
            body = inspect.signature(amili.arm.customers.create_customer).parameters["body"]
            assert "CustomerRequestParam" in str(body.annotation)

    anyio.run(main)


# -- issue 14 item 12: in submit_many a bad item is one INVALID outcome, the run goes on ------------------------------


def test_submit_many_turns_bad_items_into_invalid_outcomes_naming_the_field() -> None:
    async def main() -> list[Any]:
        async with AmiliClient.sandbox(batch_delay=0.01) as amili:
            await amili.arm.customers.create_customer(
                clientno=2218, body={"metadata": {"userId": "u"}, "customer": CUSTOMER}
            )
            docs: list[dict[str, Any]] = [
                {"documentNo": "D0", "customerNo": "1"},
                {"documentNo": "D1", "customerNo": "1", "currencyAmounts": {"vat": math.nan}},
                {"documentNo": "D2", "customerNo": "1", "documentNmuber": "x"},
                {"documentNo": "D3", "customerNo": 1},
                {"documentNo": "D4", "customerNo": "1"},
            ]
            async with amili.arm.documents.submit_many(2218, docs) as run:
                outcomes = [o async for o in run]
            return sorted(outcomes, key=lambda o: o.index)

    outcomes = anyio.run(main)
    assert [o.status for o in outcomes] == ["SUCCESS", "INVALID", "INVALID", "INVALID", "SUCCESS"]
    assert "currencyAmounts.vat" in outcomes[1].message
    assert "documentNmuber" in outcomes[2].message
    assert "customerNo" in outcomes[3].message
