"""Distribution specs (Invoice API + Partner API): structure, documented examples and their quirks, round-trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from _spec_helpers import load_spec, operation, schema_validator, validate_example
from amili_distribution import Client
from amili_distribution.api.send import send_ehf_credit_note, send_invoice
from amili_distribution.models import Accepted, AllowanceCharge, B2CInvoiceRequest, DocumentLine, EhfCreditNoteRequest
from amili_partner import AuthenticatedClient
from amili_partner.api.files import list_files
from amili_partner.models import DistributionFile

if TYPE_CHECKING:
    from pytest_httpx import HTTPXMock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = "seed_004_6fce16ad56ed4058"
BASE = "https://distribution.amili.no"

EXPECTED_OPERATIONS = {
    "distribution": {
        "send": {
            "send_ehf_credit_note",
            "send_ehf_invoice",
            "send_invoice",
            "send_letter",
            "send_swedish_invoice",
            "send_danish_invoice",
        },
        "status": {"get_invoice_status", "check_invoice_status"},
        "lookup": {"get_lookup_link"},
        "organization": {"add_company", "get_company_status"},
        "bank_agreement": {"register_bank_agreement", "get_bank_agreement_status"},
    },
    "partner": {
        "companies": {"list_companies"},
        "files": {"list_files", "get_files_summary", "list_file_invoices"},
        "invoices": {"get_invoice_summary", "list_invoices"},
        "invoice_view": {"get_invoice_view", "get_invoice_view_by_number"},
        "receipt": {"get_receipt"},
        "token": {"create_token"},
    },
}


def _fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def _operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict) and "operationId" in op
    ]


def _same_json(a: Any, b: Any) -> bool:
    """Equal as JSON text: catches 400 vs 400.0 and "0.00" vs 0.0, which == on numbers would not."""
    return json.dumps(a, sort_keys=True, ensure_ascii=False) == json.dumps(b, sort_keys=True, ensure_ascii=False)


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return load_spec("distribution")


@pytest.fixture(scope="module")
def seed_request() -> dict[str, Any]:
    # Verbatim copy of the documented curl body (seed 004); json.dumps(indent=4) of it reproduces the seed text.
    example: dict[str, Any] = _fixture("distribution_004_ehf_creditnote_request.json")
    return example


# ---------------------------------------------------------------- spec structure


@pytest.mark.parametrize("name", ["distribution", "partner"])
def test_operations_ids_and_tags(name: str) -> None:
    spec = load_spec(name)
    ops = _operations(spec)
    declared_tags = {tag["name"] for tag in spec["tags"]}
    by_tag: dict[str, set[str]] = {}
    for op in ops:
        assert len(op["tags"]) == 1, op["operationId"]
        assert op["tags"][0] in declared_tags
        by_tag.setdefault(op["tags"][0], set()).add(op["operationId"])
    assert by_tag == EXPECTED_OPERATIONS[name]
    assert len({op["operationId"] for op in ops}) == len(ops)


@pytest.mark.parametrize("name", ["distribution", "partner"])
def test_every_operation_and_schema_has_a_source(name: str) -> None:
    spec = load_spec(name)
    for op in _operations(spec):
        assert op["x-amili-source"] in {"documented", "inferred"}, op["operationId"]
    for schema_name, schema in spec["components"]["schemas"].items():
        assert schema["x-amili-source"] in {"documented", "inferred"}, schema_name
    for server in spec["servers"]:
        assert server["x-amili-source"] == "inferred"
        assert "must be configured" in spec["info"]["description"].replace("\n", " ")


def test_inferred_schemas_stay_open() -> None:
    for name in ("distribution", "partner"):
        for schema_name, schema in load_spec(name)["components"]["schemas"].items():
            assert schema.get("additionalProperties", True) is not False, schema_name


def test_security_invoice_api_none_partner_api_bearer_except_token() -> None:
    assert load_spec("distribution")["security"] == []
    partner = load_spec("partner")
    assert partner["security"] == [{"bearerAuth": []}]
    assert partner["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "Token from `create_token` (inferred).",
    }
    for op in _operations(partner):
        assert ("security" in op) == (op["operationId"] == "create_token")
    assert operation(partner, "create_token")["security"] == []


def test_ehf_invoice_and_credit_note_share_building_blocks(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    invoice, credit_note = schemas["EhfInvoice"]["properties"], schemas["EhfCreditNote"]["properties"]
    shared = set(invoice) & set(credit_note)
    assert {"AccountingSupplierParty", "TaxTotal", "LegalMonetaryTotal", "PaymentMeans", "AllowanceCharge"} <= shared
    building_blocks = [key for key in shared if "$ref" in invoice[key] or "items" in invoice[key]]
    assert len(building_blocks) >= 15
    for key in building_blocks:
        assert invoice[key] == credit_note[key], key
    assert invoice["InvoiceLines"] == credit_note["CreditNoteLines"]


# ---------------------------------------------------------------- the documented credit note (seed 004)


def test_embedded_example_is_the_seed_verbatim(spec: dict[str, Any], seed_request: dict[str, Any]) -> None:
    embedded = validate_example(spec, "send_ehf_credit_note", "request")
    assert list(embedded) == [SEED]
    assert embedded[SEED] == seed_request
    assert json.dumps(embedded[SEED], ensure_ascii=False) == json.dumps(seed_request, ensure_ascii=False)


def test_seed_validates_against_request_schema(spec: dict[str, Any], seed_request: dict[str, Any]) -> None:
    schema_validator(spec, "EhfCreditNoteRequest").validate(seed_request)


def test_validator_is_not_vacuous(spec: dict[str, Any], seed_request: dict[str, Any]) -> None:
    validator = schema_validator(spec, "EhfCreditNoteRequest")
    # Creditnote is a guessed requirement (x-amili-inferred-required): the contract accepts a body without it.
    assert validator.is_valid({"Subscription": seed_request["Subscription"]})
    assert spec["components"]["schemas"]["EhfCreditNoteRequest"]["x-amili-inferred-required"] == ["Creditnote"]
    broken = json.loads(json.dumps(seed_request))
    broken["Creditnote"]["CreditNoteLines"][0]["AllowanceCharge"]["Amount"] = {"value": 0}
    assert not validator.is_valid(broken)
    broken = json.loads(json.dumps(seed_request))
    broken["Creditnote"]["LegalMonetaryTotal"]["PayableAmount"] = "400"
    assert not validator.is_valid(broken)


def test_seed_round_trips_exactly_through_generated_model(seed_request: dict[str, Any]) -> None:
    model = EhfCreditNoteRequest.from_dict(seed_request)
    out = model.to_dict()
    assert out == seed_request
    assert _same_json(out, seed_request)
    # No field ended up in additional_properties: every documented key is modelled.
    assert model.creditnote.additional_properties == {}
    assert model.creditnote.credit_note_lines[0].additional_properties == {}


def test_quirk_accounting_cost_key_with_trailing_space(spec: dict[str, Any], seed_request: dict[str, Any]) -> None:
    raw_line = seed_request["Creditnote"]["CreditNoteLines"][0]
    assert "AccountingCost " in raw_line
    assert "AccountingCost" not in raw_line
    assert "AccountingCost " in spec["components"]["schemas"]["DocumentLine"]["properties"]
    line = DocumentLine.from_dict(raw_line)
    assert line.accounting_cost == "AccountingCost"
    assert line.additional_properties == {}
    assert line.to_dict()["AccountingCost "] == "AccountingCost"
    assert "AccountingCost" not in line.to_dict()
    # Built from Python, the documented key (with the space) is what goes on the wire.
    assert DocumentLine(accounting_cost="P-1").to_dict() == {"AccountingCost ": "P-1"}


def test_quirk_allowance_charge_amount_number_or_string(seed_request: dict[str, Any]) -> None:
    document_level = seed_request["Creditnote"]["AllowanceCharge"][0]
    line_level = seed_request["Creditnote"]["CreditNoteLines"][0]["AllowanceCharge"]
    assert line_level["Amount"] == "0.00"
    assert document_level["Amount"] == 0
    as_string = AllowanceCharge.from_dict(line_level)
    as_number = AllowanceCharge.from_dict(document_level)
    assert as_string.amount == "0.00"
    assert isinstance(as_string.amount, str)
    assert as_number.amount == 0
    assert type(as_number.amount) is int
    assert json.dumps(as_string.to_dict()["Amount"]) == '"0.00"'
    assert json.dumps(as_number.to_dict()["Amount"]) == "0"
    assert json.dumps(AllowanceCharge(amount=12.5).to_dict()) == '{"Amount": 12.5}'


def test_quirk_empty_issue_date(spec: dict[str, Any], seed_request: dict[str, Any]) -> None:
    reference = seed_request["Creditnote"]["BillingReference"][0]["InvoiceDocumentReference"]
    assert reference["IssueDate"] == ""
    assert "format" not in spec["components"]["schemas"]["EhfDate"]
    schema_validator(spec, "DocumentReference").validate(reference)
    model = EhfCreditNoteRequest.from_dict(seed_request)
    parsed = model.creditnote.billing_reference[0].invoice_document_reference.issue_date
    assert parsed == ""
    assert model.creditnote.issue_date == "2020-03-01"
    assert isinstance(model.creditnote.issue_date, str)


def test_number_types_survive_round_trip(seed_request: dict[str, Any]) -> None:
    model = EhfCreditNoteRequest.from_dict(seed_request)
    totals = model.creditnote.legal_monetary_total.to_dict()
    assert totals["LineExtensionAmount"] == 400
    assert type(totals["LineExtensionAmount"]) is int
    assert model.creditnote.credit_note_lines[0].allowance_charge.charge_indicator is False


def test_credit_note_accepted_response_example(spec: dict[str, Any]) -> None:
    examples = validate_example(spec, "send_ehf_credit_note", "response", 202)
    assert examples == {SEED: _fixture("distribution_004_ehf_creditnote_202.json")}
    example = examples[SEED]
    model = Accepted.from_dict(example)
    assert model.request_id == "unique_invoice_identifier"
    assert model.to_dict() == example
    assert _same_json(model.to_dict(), example)


async def test_send_credit_note_puts_exactly_the_documented_body_on_the_wire(
    httpx_mock: HTTPXMock, seed_request: dict[str, Any]
) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{BASE}/send/ehf30/creditnote",
        status_code=202,
        json=_fixture("distribution_004_ehf_creditnote_202.json"),
    )
    result = await send_ehf_credit_note.asyncio(
        client=Client(base_url=BASE), body=EhfCreditNoteRequest.from_dict(seed_request)
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert "authorization" not in request.headers
    sent = json.loads(request.content)
    assert sent == seed_request
    assert _same_json(sent, seed_request)
    assert isinstance(result, Accepted)
    assert result.message == "unique_invoice_identifier is accepted."


# ---------------------------------------------------------------- B2C invoice (truncated documented example)


def test_b2c_invoice_example_validates_and_round_trips(spec: dict[str, Any]) -> None:
    examples = validate_example(spec, "send_invoice", "request")
    example = examples["documented_truncated"]
    assert example == _fixture("distribution_b2c_invoice_request_truncated.json")
    model = B2CInvoiceRequest.from_dict(example)
    assert model.to_dict() == example
    assert _same_json(model.to_dict(), example)
    line = model.invoice.line_details[0]
    assert line.price == "3941.00"  # amounts are strings in the B2C payload, as documented
    assert model.invoice.invoicer.post_code == "0580"


async def test_send_invoice_posts_to_documented_path(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="POST", url=f"{BASE}/send/invoice", status_code=400, json={"Message": "Invalid", "Code": 17}
    )
    body = B2CInvoiceRequest.from_dict(_fixture("distribution_b2c_invoice_request_truncated.json"))
    response = await send_invoice.asyncio_detailed(client=Client(base_url=BASE), body=body)
    assert response.status_code == 400
    assert response.parsed is not None
    assert response.parsed.to_dict() == {"Message": "Invalid", "Code": 17}  # open error schema keeps unknown fields


# ---------------------------------------------------------------- Partner API


async def test_partner_list_files_sends_bearer_and_pascal_case_query(httpx_mock: HTTPXMock) -> None:
    from datetime import datetime

    partner_base = "https://distribution.amili.no/partner"
    payload = [{"FileName": "bundle_0001.xml", "CompanyId": "42", "InvoiceCount": 3, "Extra": True}]
    httpx_mock.add_response(
        method="GET",
        url=f"{partner_base}/files?FromDate=2024-01-01T00%3A00%3A00&ToDate=2024-01-31T00%3A00%3A00&CompanyId=42",
        json=payload,
    )
    client = AuthenticatedClient(base_url=partner_base, token="tok")
    result = await list_files.asyncio(
        client=client, from_date=datetime(2024, 1, 1), to_date=datetime(2024, 1, 31), company_id="42"
    )
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["authorization"] == "Bearer tok"
    assert isinstance(result, list)
    assert all(isinstance(item, DistributionFile) for item in result)
    assert [item.to_dict() for item in result] == payload
