"""specs/arm.yaml: documented examples validate against the spec and round-trip through amili_arm; conventions hold."""

from __future__ import annotations

import copy
import json
from typing import TYPE_CHECKING, Any

import pytest
from _spec_helpers import load_spec, operation, operations, resolve, schema_validator, validate_example
from amili_arm import AuthenticatedClient
from amili_arm.api.batches import get_batch
from amili_arm.api.documents import create_document
from amili_arm.models import (
    Batch,
    CustomerList,
    CustomerRequest,
    DocumentBatchRequest,
    DocumentRequest,
    ErrorResponse,
    FileUploadRequest,
    FileUploadResponse,
    ResultEnvelope,
)
from jsonschema import ValidationError

if TYPE_CHECKING:
    from pytest_httpx import HTTPXMock

SPEC = load_spec("arm")
STAGING = "https://api.staging.amili.no/arm/v1"

# Every (operation, kind, status) that carries an embedded example, with the generated model it must round-trip.
EXAMPLES: list[tuple[str, str, str | None, Any]] = [
    ("create_document", "request", None, DocumentRequest),
    ("create_document", "response", "201", ResultEnvelope),
    ("upload_files", "request", None, FileUploadRequest),
    ("upload_files", "response", "200", FileUploadResponse),
    ("create_customer", "request", None, CustomerRequest),
    ("create_customer", "response", "200", ResultEnvelope),
    ("list_customers", "response", "200", CustomerList),
    ("create_documents_batch", "request", None, DocumentBatchRequest),
]
SEEDS = {"seed_000_5613ecfe43c967e7", "seed_002_0579c3a35a80273d", "seed_003_a40ef9d8367f28bc"}


def _ids(case: tuple[str, str, str | None, Any]) -> str:
    return f"{case[0]}-{case[1]}-{case[2] or ''}"


@pytest.mark.parametrize("case", EXAMPLES, ids=_ids)
def test_example_validates_and_round_trips(case: tuple[str, str, str | None, Any]) -> None:
    operation_id, kind, status, model = case
    examples = validate_example(SPEC, operation_id, kind, status)
    for name, example in examples.items():
        assert model.from_dict(copy.deepcopy(example)).to_dict() == example, name


def test_every_embedded_example_is_covered() -> None:
    embedded = set()
    for _, _, op in operations(SPEC):
        bodies = [("request", None, op["requestBody"])] if "requestBody" in op else []
        bodies += [("response", code, resp) for code, resp in op["responses"].items()]
        for kind, code, body in bodies:
            for media in resolve(SPEC, body).get("content", {}).values():
                if media.get("examples") or "example" in media:
                    embedded.add((op["operationId"], kind, code))
    assert embedded == {(op, kind, status) for op, kind, status, _ in EXAMPLES}


def test_every_seed_example_is_embedded_under_its_name() -> None:
    names = set()
    for op, kind, status, _ in EXAMPLES:
        names |= set(validate_example(SPEC, op, kind, status))
    assert names >= SEEDS


def test_validator_is_not_a_rubber_stamp() -> None:
    example = validate_example(SPEC, "create_document", "request")["seed_000_5613ecfe43c967e7"]
    broken = copy.deepcopy(example)
    broken["document"]["documentLines"][0]["lineNo"] = "1"
    broken["document"]["documentDate"] = "27.02.2025"
    del broken["metadata"]
    validator = schema_validator(
        SPEC, operation("arm", "create_document")["requestBody"]["content"]["application/json"]["schema"]
    )
    errors = {e.message for e in validator.iter_errors(broken)}
    # `metadata` is a guessed requirement: not in the contract (x-amili-inferred-required), so no error for it.
    assert not any("metadata" in e for e in errors)
    assert "metadata" in resolve(SPEC, {"$ref": "#/components/schemas/DocumentRequest"})["x-amili-inferred-required"]
    assert "'1' is not of type 'integer'" in errors
    assert "'27.02.2025' is not a 'date'" in errors
    with pytest.raises(ValidationError):
        validator.validate(broken)


def test_every_operation_and_schema_has_a_source() -> None:
    for path, method, op in operations(SPEC):
        assert op.get("x-amili-source") in {"documented", "inferred"}, (path, method)
    for name, schema in SPEC["components"]["schemas"].items():
        assert schema.get("x-amili-source") in {"documented", "inferred"}, name


def test_operation_ids_tags_and_count() -> None:
    ops = [op for _, _, op in operations(SPEC)]
    ids = [op["operationId"] for op in ops]
    assert len(ids) == len(set(ids)) == 35
    declared = {tag["name"] for tag in SPEC["tags"]}
    for op in ops:
        assert len(op["tags"]) == 1
        assert op["tags"][0] in declared


def _properties(schema: Any) -> dict[str, Any]:
    schema = resolve(SPEC, schema)
    props = dict(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        props |= _properties(part)
    return props


def _required(schema: Any) -> set[str]:
    schema = resolve(SPEC, schema)
    required = set(schema.get("required", [])) | set(schema.get("x-amili-inferred-required", []))
    for part in schema.get("allOf", []):
        required |= _required(part)
    return required


def _success_schema(op: Any) -> Any:
    code = min(code for code in op["responses"] if str(code).startswith("2"))
    return resolve(SPEC, op["responses"][code])["content"]["application/json"]["schema"]


def test_list_operations_are_paginated() -> None:
    lists = [op for _, method, op in operations(SPEC) if op["operationId"].startswith("list_")]
    assert len(lists) == 11
    for op in lists:
        pagination = op.get("x-amili-pagination")
        assert pagination is not None, op["operationId"]
        assert pagination["style"] == "page"
        params = {resolve(SPEC, p)["name"] for p in op["parameters"]}
        assert {"maximumcount", "pagesize", "query", "pageno", "expand", "userid"} <= params, op["operationId"]
        props = _properties(_success_schema(op))
        assert props["summary"] == {"$ref": "#/components/schemas/PageSummary"}, op["operationId"]
        assert props[pagination["items"]]["type"] == "array", op["operationId"]
    summary = set(SPEC["components"]["schemas"]["PageSummary"]["properties"])
    assert summary == {
        "pageNo",
        "currentPageSize",
        "pageSizeLimit",
        "totalPages",
        "totalCount",
        "maximumCount",
        "nextPage",
        "lastPage",
        "queryId",
    }


def test_batch_writes_poll_get_batch() -> None:
    batch_ops = {op["operationId"]: op for _, _, op in operations(SPEC) if "x-amili-batch" in op}
    assert set(batch_ops) == {"create_customers_batch", "update_customers_batch", "create_documents_batch"}
    for op in batch_ops.values():
        assert {k: op["x-amili-batch"][k] for k in ("poll", "id_field")} == {
            "poll": "get_batch",
            "id_field": "batchUuid",
        }
        assert op["x-amili-batch"]["items"] in ("customers", "documents")
        assert "batchUuid" in _required(_success_schema(op))
    get = operation(SPEC, "get_batch")
    assert {"200", "202", "206"} <= set(get["responses"])
    assert "items" in _properties(_success_schema(get))


def test_error_statuses_carry_the_error_body() -> None:
    """Every 4xx carries `ErrorResponse` (a rejected auto-posting batch: extended by its per-posting results)."""
    for _, _, op in operations(SPEC):
        for code, resp in op["responses"].items():
            if str(code).startswith("4"):
                schema = resolve(SPEC, resp)["content"]["application/json"]["schema"]
                if (op["operationId"], str(code)) == ("create_auto_postings", "422"):
                    schema = resolve(SPEC, schema)["allOf"][0]
                assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, (op["operationId"], code)


def test_servers_and_security() -> None:
    assert [s["url"] for s in SPEC["servers"]] == [STAGING, "https://api.amili.no/arm/v1"]
    assert SPEC["security"] == [{"bearerAuth": []}]
    assert SPEC["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"


async def test_generated_client_sends_documented_document_and_parses_result(httpx_mock: HTTPXMock) -> None:
    request = validate_example(SPEC, "create_document", "request")["seed_000_5613ecfe43c967e7"]
    response = validate_example(SPEC, "create_document", "response", 201)["seed_000_5613ecfe43c967e7"]
    httpx_mock.add_response(method="POST", url=f"{STAGING}/clients/2218/documents", status_code=201, json=response)
    client = AuthenticatedClient(base_url=STAGING, token="t0k")

    result = await create_document.asyncio(2218, client=client, body=DocumentRequest.from_dict(request))

    sent = httpx_mock.get_request()
    assert sent is not None
    assert sent.headers["authorization"] == "Bearer t0k"

    assert json.loads(sent.content) == request
    assert isinstance(result, ResultEnvelope)
    assert result.to_dict() == response


@pytest.mark.parametrize("status", [200, 202, 206])
async def test_batch_status_codes_all_parse_into_batch(httpx_mock: HTTPXMock, status: int) -> None:
    body = {
        "status": "PROCESSED",
        "result": "PARTLY_FAILED",
        "batchUuid": "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
        "items": [{"itemNo": 1, "status": "FAILED", "result": "REJECTED", "errors": [{"field": "x", "message": "y"}]}],
    }
    httpx_mock.add_response(url=f"{STAGING}/clients/2218/batches/{body['batchUuid']}", status_code=status, json=body)
    response = await get_batch.asyncio_detailed(
        2218, body["batchUuid"], client=AuthenticatedClient(base_url=STAGING, token="t")
    )
    assert isinstance(response.parsed, Batch)
    assert response.parsed.to_dict() == body  # the UUID keeps its case


async def test_error_body_parses(httpx_mock: HTTPXMock) -> None:
    body = {"status": "FAILED", "message": "Invalid", "errors": [{"field": "customerNo", "message": "missing"}]}
    httpx_mock.add_response(url=f"{STAGING}/clients/2218/batches/x", status_code=404, json=body)
    response = await get_batch.asyncio_detailed(2218, "x", client=AuthenticatedClient(base_url=STAGING, token="t"))
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.to_dict() == body
