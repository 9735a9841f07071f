"""specs/autocollect.yaml follows the conventions and its documented examples hold, both against the schema
(independent validator) and through the generated amili_autocollect models."""

from __future__ import annotations

import copy
import datetime
import json
import re
from typing import TYPE_CHECKING, Any

import amili_autocollect.models as models
import pytest
from _spec_helpers import examples_of, load_spec, operations, resolve, schema_validator, validate_example
from amili_autocollect import AuthenticatedClient
from amili_autocollect.api.batches import get_batch, list_all_batches
from amili_autocollect.api.collections import pause_case
from amili_autocollect.api.invoices import create_invoices
from amili_autocollect.api.legacy_webapi import create_legacy_batch
from amili_autocollect.api.settlements import list_settlements
from amili_autocollect.models import (
    Batch,
    BatchCompletedData,
    BatchCompletedEvent,
    BatchReferenceResponse,
    BatchResponse,
    BatchStatus,
    CaseEvent,
    CaseEventData,
    CaseUpdatedData,
    CaseUpdatedEvent,
    CreateInvoicesRequest,
    ErrorResponse,
    LegacyBatchDto,
    LegacyBatchListResponse,
    SettlementCreatedData,
    SettlementCreatedEvent,
    WebhookEvent,
    WebhookEventType,
    WebhookHeaders,
)
from jsonschema import ValidationError

if TYPE_CHECKING:
    from pytest_httpx import HTTPXMock

SPEC = load_spec("autocollect")
OPS = {op["operationId"]: (method, path, op) for path, method, op in operations(SPEC)}


def media_examples(media: Any) -> list[tuple[str, Any]]:
    return copy.deepcopy(list(examples_of(SPEC, media).items()))


BASE = "https://api.staging.amili.no/collection/v1"
ORG = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
BATCH = "ae257e86-dc53-4865-9c97-5b125a3a5ac2"
SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")

NEWEST = {
    "get_batch",
    "list_batches",
    "get_batch_legacy",
    "accept_debt_collection_list",
    "reject_debt_collection_list",
    "pause_case",
    "withdraw_case",
    "resume_case",
    "accept_eviction_request",
    "reject_eviction_request",
    "accept_eviction_confirmation",
    "reject_eviction_confirmation",
    "list_cases",
    "create_corrections",
    "create_invoices",
    "list_invoices",
    "get_invoice",
    "create_payments",
    "list_settlements",
    "get_settlement",
}
OLDER = {
    "call_banqsoft",
    "list_all_batches",
    "list_invoice_documents",
    "list_invoice_history",
    "list_invoice_payments",
    "pause_invoice",
    "withdraw_invoice",
    "resume_invoice",
    "ping",
    "ping_authorized",
    "get_health",
    "list_reports",
}
WEBAPI = {"create_legacy_attachment", "get_legacy_batch", "create_legacy_batch", "ping_legacy"}
WRITES = {
    "create_invoices",
    "create_payments",
    "create_corrections",
    "accept_debt_collection_list",
    "reject_debt_collection_list",
    "pause_case",
    "withdraw_case",
    "resume_case",
    "accept_eviction_request",
    "reject_eviction_request",
    "accept_eviction_confirmation",
    "reject_eviction_confirmation",
    "pause_invoice",
    "withdraw_invoice",
    "resume_invoice",
}
BATCH_WRITES = {"create_invoices", "create_payments", "create_corrections"}
PAGINATED = {
    "list_batches": "PageToken",
    "list_all_batches": "PageToken",
    "list_invoices": "PageToken",
    "list_cases": "PageToken",
    "list_settlements": "pageToken",
}


# ---------------------------------------------------------------- conventions


def test_operation_inventory_is_complete_and_nothing_else() -> None:
    assert set(OPS) == NEWEST | OLDER | WEBAPI
    assert len(OPS) == len(NEWEST) + len(OLDER) + len(WEBAPI)


def test_servers_are_the_documented_collection_v1_bases() -> None:
    assert [s["url"] for s in SPEC["servers"]] == [
        "https://api.staging.amili.no/collection/v1",
        "https://api.amili.no/collection/v1",
    ]


@pytest.mark.parametrize("operation_id", sorted(OPS))
def test_operation_conventions(operation_id: str) -> None:
    _, _, op = OPS[operation_id]
    declared_tags = {t["name"] for t in SPEC["tags"]}
    assert SNAKE.match(operation_id)
    assert op["x-amili-source"] in {"documented", "inferred"}
    assert len(op["tags"]) == 1
    assert op["tags"][0] in declared_tags
    assert SNAKE.match(op["tags"][0])
    assert op.get("summary")


def test_every_schema_declares_its_source() -> None:
    for name, schema in SPEC["components"]["schemas"].items():
        assert schema.get("x-amili-source") in {"documented", "inferred"}, name


def test_no_inline_object_schemas_in_operations() -> None:
    for operation_id, (_, _, op) in OPS.items():
        bodies = [op.get("requestBody", {}), *list(op["responses"].values())]
        for body in bodies:
            for media in resolve(SPEC, body).get("content", {}).values():
                assert "$ref" in media["schema"], operation_id


@pytest.mark.parametrize("operation_id", sorted(WRITES))
def test_writes_accept_an_inferred_idempotency_key_header(operation_id: str) -> None:
    params = [resolve(SPEC, p) for p in OPS[operation_id][2]["parameters"]]
    header = next(p for p in params if p["in"] == "header" and p["name"] == "IdempotencyKey")
    assert header.get("required", False) is False
    assert header["x-amili-source"] == "inferred"


@pytest.mark.parametrize("operation_id", sorted(BATCH_WRITES))
def test_async_writes_point_at_the_batch_poll(operation_id: str) -> None:
    op = OPS[operation_id][2]
    assert {k: op["x-amili-batch"][k] for k in ("poll", "id_field")} == {"poll": "get_batch", "id_field": "batchId"}
    accepted = resolve(SPEC, op["responses"]["202"])
    assert accepted["content"]["application/json"]["schema"]["$ref"].endswith("/BatchReferenceResponse")
    assert "batchId" in SPEC["components"]["schemas"]["BatchReference"]["properties"]


@pytest.mark.parametrize(("operation_id", "token_param"), sorted(PAGINATED.items()))
def test_cursor_pagination_is_declared(operation_id: str, token_param: str) -> None:
    op = OPS[operation_id][2]
    assert op["x-amili-pagination"] == {"style": "cursor", "items": "data", "token_param": token_param}
    names = {resolve(SPEC, p)["name"] for p in op["parameters"]}
    assert token_param in names
    body = resolve(SPEC, op["responses"]["200"]["content"]["application/json"]["schema"])
    assert body["properties"]["data"]["type"] == "array"
    assert resolve(SPEC, body["properties"]["summary"])["properties"]["nextPageToken"]["type"] == "string"


def test_error_statuses_use_the_error_body_and_429_carries_retry_after() -> None:
    seen: set[str] = set()
    for operation_id, (_, _, op) in OPS.items():
        for status, response in op["responses"].items():
            if status[0] in "45" and not (operation_id == "get_health" and status == "503"):
                resolved = resolve(SPEC, response)
                schema = resolved["content"]["application/json"]["schema"]
                assert schema["$ref"].endswith("/ErrorResponse"), (operation_id, status)
                seen.add(status)
            if status == "429":
                assert "Retry-After" in resolve(SPEC, response)["headers"]
    assert {"400", "401", "403", "404", "409", "422", "423", "429", "500", "501", "502", "503"} <= seen


def test_webapi_batch_post_allows_basic_or_bearer() -> None:
    assert OPS["create_legacy_batch"][2]["security"] == [{"basicAuth": []}, {"bearerAuth": []}]
    assert SPEC["components"]["securitySchemes"]["basicAuth"]["scheme"] == "basic"
    assert SPEC["security"] == [{"bearerAuth": []}]


# ---------------------------------------------------------------- documented examples


def _examples() -> list[Any]:
    cases = []
    for operation_id, (_, _, op) in OPS.items():
        if "requestBody" in op:
            for media in resolve(SPEC, op["requestBody"])["content"].values():
                for name, _value in media_examples(media):
                    cases.append(pytest.param(operation_id, "request", None, name, id=f"{operation_id}-request-{name}"))
        for status, response in op["responses"].items():
            for media in resolve(SPEC, response).get("content", {}).values():
                for name, _value in media_examples(media):
                    cases.append(
                        pytest.param(operation_id, "response", status, name, id=f"{operation_id}-{status}-{name}")
                    )
    return cases


EXAMPLES = _examples()


def _media(operation_id: str, kind: str, status: str | None) -> dict[str, Any]:
    op = OPS[operation_id][2]
    body = resolve(SPEC, op["requestBody"] if kind == "request" else op["responses"][status])
    return next(iter(body["content"].values()))


def _closed(node: Any) -> Any:
    """Copy of a schema tree in which every object schema with properties rejects unknown keys."""
    if isinstance(node, dict):
        out = {k: _closed(v) for k, v in node.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_closed(v) for v in node]
    return node


def _model_for(schema: dict[str, Any]) -> Any:
    return getattr(models, schema["$ref"].rsplit("/", 1)[1])


def test_the_documented_examples_are_embedded() -> None:
    names = {p.id for p in EXAMPLES}
    assert "create_invoices-request-seed_001_8bbe3ac54df9263d" in names
    assert "create_invoices-202-seed_001_8bbe3ac54df9263d" in names
    assert "create_corrections-request-createcorrections_4148074e0" in names
    assert "list_all_batches-200-get_all_batches_3939027e0" in names


@pytest.mark.parametrize(("operation_id", "kind", "status", "name"), EXAMPLES)
def test_example_validates_against_its_schema(operation_id: str, kind: str, status: str | None, name: str) -> None:
    checked = dict(validate_example(SPEC, operation_id, kind, status))
    assert name in checked


@pytest.mark.parametrize(("operation_id", "kind", "status", "name"), EXAMPLES)
def test_example_uses_only_modelled_fields(operation_id: str, kind: str, status: str | None, name: str) -> None:
    media = _media(operation_id, kind, status)
    closed = _closed(copy.deepcopy(SPEC))
    value = dict(media_examples(media))[name]
    schema_validator(closed, media["schema"]).validate(value)


@pytest.mark.parametrize(("operation_id", "kind", "status", "name"), EXAMPLES)
def test_example_round_trips_through_the_generated_model(
    operation_id: str, kind: str, status: str | None, name: str
) -> None:
    media = _media(operation_id, kind, status)
    value = dict(media_examples(media))[name]
    model = _model_for(media["schema"])
    assert model.from_dict(copy.deepcopy(value)).to_dict() == value


def test_validate_example_rejects_a_broken_example() -> None:
    spec = copy.deepcopy(load_spec("autocollect"))
    media = spec["paths"]["/orgs/{organizationId}/invoices"]["post"]["requestBody"]["content"]["application/json"]
    media["examples"]["seed_001_8bbe3ac54df9263d"]["value"]["invoices"][0]["vat"] = "yes"
    with pytest.raises(ValidationError):
        validate_example(spec, "create_invoices", "request")


def test_legacy_all_batches_example_is_typed() -> None:
    value = dict(validate_example(SPEC, "list_all_batches", "response", 200))["get_all_batches_3939027e0"]
    parsed = LegacyBatchListResponse.from_dict(value)
    batch = parsed.data[0]
    assert str(batch.batch_id) == "5579c111-9c50-47e2-af92-f16d52e63189"
    assert batch.status.errors[0].objectname == "string"
    assert batch.succeeded[0].type_ == "invoiceSuccess"
    assert batch.failed == [None]
    assert batch.created_at == datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=datetime.UTC)


def test_create_invoices_example_is_typed() -> None:
    value = dict(validate_example(SPEC, "create_invoices", "request"))["seed_001_8bbe3ac54df9263d"]
    invoice = CreateInvoicesRequest.from_dict(value).invoices[0]
    assert invoice.invoice_date == datetime.datetime(2019, 8, 24, 14, 15, 22, 123000, tzinfo=datetime.UTC)
    assert invoice.debtors[0].date_of_birth == datetime.date(2019, 8, 24)


# ---------------------------------------------------------------- webhooks

WEBHOOKS = {
    "BATCH_COMPLETED": (BatchCompletedEvent, BatchCompletedData),
    "SETTLEMENT_CREATED": (SettlementCreatedEvent, SettlementCreatedData),
    "CASE": (CaseEvent, CaseEventData),
    "CASE_UPDATED": (CaseUpdatedEvent, CaseUpdatedData),
}


def _webhook_example(event: str) -> dict[str, Any]:
    model, _ = WEBHOOKS[event]
    example: dict[str, Any] = copy.deepcopy(SPEC["components"]["schemas"][model.__name__]["example"])
    return example


@pytest.mark.parametrize("event", sorted(WEBHOOKS))
def test_webhook_example_validates_as_its_event_and_as_the_generic_envelope(event: str) -> None:
    model, _ = WEBHOOKS[event]
    example = _webhook_example(event)
    schema_validator(SPEC, {"$ref": f"#/components/schemas/{model.__name__}"}).validate(example)
    schema_validator(SPEC, {"$ref": "#/components/schemas/WebhookEvent"}).validate(example)
    schema_validator(_closed(SPEC), {"$ref": f"#/components/schemas/{model.__name__}"}).validate(example)


@pytest.mark.parametrize("event", sorted(WEBHOOKS))
def test_webhook_example_parses_into_its_model(event: str) -> None:
    model, data_model = WEBHOOKS[event]
    example = _webhook_example(event)
    parsed = model.from_dict(example)
    assert isinstance(parsed.data, data_model)
    assert parsed.to_dict() == example
    name = parsed.to_dict().get("type") or parsed.to_dict().get("eventType")
    assert WebhookEventType(name) == WebhookEventType(event)
    generic = WebhookEvent.from_dict(json.loads(json.dumps(example)))
    assert isinstance(generic.data, data_model), type(generic.data)
    assert generic.to_dict() == example
    assert generic.time_stamp == datetime.datetime(2025, 8, 15, 11, 42, tzinfo=datetime.UTC)


def test_webhook_headers_model() -> None:
    example = SPEC["components"]["schemas"]["WebhookHeaders"]["example"]
    headers = WebhookHeaders.from_dict(example)
    assert headers.x_amili_event == WebhookEventType.BATCH_COMPLETED
    assert headers.to_dict() == example


# ---------------------------------------------------------------- forward compatibility and date-times


def test_unknown_enum_values_parse() -> None:
    batch = Batch.from_dict({"batchId": BATCH, "status": "CANCELLED", "type": "PAYMENT"})
    assert batch.status == "CANCELLED"
    assert not batch.status.is_known
    assert BatchStatus.SUCCESS.is_known
    assert batch.to_dict() == {"batchId": BATCH, "status": "CANCELLED", "type": "PAYMENT"}
    event = {**_webhook_example("BATCH_COMPLETED"), "type": "BATCH_EXPIRED", "source": "ARM"}
    assert WebhookEvent.from_dict(event).to_dict() == event


@pytest.mark.parametrize(
    "stamp",
    [
        "2025-08-15T11:42:00Z",
        "2019-08-24T14:15:22.123Z",
        "2019-08-24T14:15:22.123456Z",
        "2024-01-15T00:00:00Z",
        "2024-01-15T10:00:00+01:00",
        "2024-01-15T10:00:00.500+02:00",
    ],
)
def test_documented_date_time_strings_round_trip_exactly(stamp: str) -> None:
    value = {"batchId": BATCH, "status": "SUCCESS", "createdAt": stamp, "finishedAt": None}
    assert Batch.from_dict(value).to_dict() == value


# ---------------------------------------------------------------- generated client over HTTP


def _client() -> AuthenticatedClient:
    return AuthenticatedClient(base_url=BASE, token="tkn")


async def test_create_invoices_sends_body_and_idempotency_key(httpx_mock: HTTPXMock) -> None:
    request_example = dict(validate_example(SPEC, "create_invoices", "request"))["seed_001_8bbe3ac54df9263d"]
    response_example = dict(validate_example(SPEC, "create_invoices", "response", 202))["seed_001_8bbe3ac54df9263d"]
    httpx_mock.add_response(method="POST", url=f"{BASE}/orgs/{ORG}/invoices", status_code=202, json=response_example)

    result = await create_invoices.asyncio(
        ORG,
        client=_client(),
        body=CreateInvoicesRequest.from_dict(request_example),
        idempotency_key="erp-run-42",
    )

    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["IdempotencyKey"] == "erp-run-42"
    assert request.headers["Authorization"] == "Bearer tkn"
    assert json.loads(request.content) == request_example
    assert isinstance(result, BatchReferenceResponse)
    assert str(result.data.batch_id) == BATCH


async def test_get_batch_parses_terminal_state_and_items(httpx_mock: HTTPXMock) -> None:
    body = {
        "summary": {"status": "SUCCESS"},
        "data": {
            "batchId": BATCH,
            "type": "INVOICE",
            "status": "PARTIAL",
            "createdAt": "2025-03-09T14:30:00Z",
            "finishedAt": "2025-03-09T14:30:05Z",
            "organizationId": ORG,
            "createdBy": "8a1b2c3d-4e5f-6789-abcd-ef0123456789",
            "succeeded": [{"invoiceId": "cfa69f56-2faf-4a1f-a011-1980d4e385b0", "invoiceNumber": "INV-2025-001"}],
            "failed": [{"index": 1, "uniqueSourceInvoiceId": "erp-2", "message": "dueDate missing"}],
        },
    }
    schema_validator(SPEC, {"$ref": "#/components/schemas/BatchResponse"}).validate(body)
    httpx_mock.add_response(method="GET", url=f"{BASE}/orgs/{ORG}/batches/{BATCH}", json=body)
    result = await get_batch.asyncio(ORG, BATCH, client=_client())
    assert isinstance(result, BatchResponse)
    assert result.data.status == BatchStatus.PARTIAL
    assert result.data.failed[0].message == "dueDate missing"
    assert result.to_dict() == body


async def test_429_parses_error_body_and_exposes_retry_after(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        method="GET",
        url=f"{BASE}/orgs/{ORG}/settlements?pageToken=abc&pageSize=50",
        status_code=429,
        headers={"Retry-After": "7"},
        json={"status": 429, "title": "Too Many Requests", "traceId": "t-1"},
    )
    response = await list_settlements.asyncio_detailed(ORG, client=_client(), page_token="abc", page_size=50)
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.status == 429
    assert response.parsed.to_dict()["traceId"] == "t-1"


async def test_list_all_batches_sends_cursor(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="GET", url=f"{BASE}/batches?PageToken=next&PageSize=10", json={"data": []})
    result = await list_all_batches.asyncio(client=_client(), page_token="next", page_size=10)
    assert isinstance(result, LegacyBatchListResponse)
    assert result.data == []


async def test_case_action_is_202_without_body(httpx_mock: HTTPXMock) -> None:
    case_id = "db6a7ff4-3a20-4042-b271-a9485ded6333"
    httpx_mock.add_response(method="POST", url=f"{BASE}/orgs/{ORG}/cases/{case_id}/pause", status_code=202)
    response = await pause_case.asyncio_detailed(ORG, case_id, client=_client(), idempotency_key="k")
    assert response.status_code == 202
    assert response.parsed is None
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["IdempotencyKey"] == "k"


async def test_legacy_batch_post_uses_json_patch_content_type_and_senderid(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/webapi/api/Batch?senderid=S1", json={"batchid": "b1"})
    client = AuthenticatedClient(base_url=BASE, token="dXNlcjpwYXNz", prefix="Basic")
    body = LegacyBatchDto.from_dict({"batchid": "b1", "offline": False, "creditor": [{"idnumber": "912345678"}]})
    result = await create_legacy_batch.asyncio(client=client, body=body, senderid="S1")
    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["Content-Type"] == "application/json-patch+json"
    assert request.headers["Authorization"] == "Basic dXNlcjpwYXNz"
    assert result is not None
    assert result.to_dict() == {"batchid": "b1"}
