"""The batch styles read poll answers as JSON (`Operation.raw_json`), field by field, no model built. Pinned here:
unknown fields are ignored, missing ones are absent, and a part of the answer of a shape the spec did not promise
never fails the poll (Amili may send it): what it cannot say about an item makes that item UNKNOWN, never SUCCESS.
Also pinned: the engine's fast paths keep their guarantees (a bad document still gets a typed error naming the
field, mapped to the caller's index; the caller's items are left as they were)."""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from _batch_helpers import fast_client

from amili.batches import BatchHandle, BatchState, OutcomeStatus
from amili.batches.styles import ArmStyle, AutocollectStyle
from amili.errors import AmiliError, ResponseValidationError
from amili.sandbox import Sandbox

# -- ARM -----------------------------------------------------------------------------------------------------------


def arm_poll(status: int, body: Any) -> Any:
    async def raw_json(**kwargs: Any) -> Any:
        return SimpleNamespace(status_code=status, parsed=body, headers=httpx.Headers())

    return SimpleNamespace(meta=SimpleNamespace(path_params=("clientno", "batchuuid")), raw_json=raw_json)


def arm_handle(n: int, offset: int = 0) -> BatchHandle:
    return BatchHandle(
        "arm", "create_documents_batch", "2218", "b", None, n, keys=tuple(f"D{i}" for i in range(n)), offset=offset
    )


async def arm_outcomes(status: int, body: Any, n: int = 3, offset: int = 0) -> list[Any]:
    state, result, _ = await ArmStyle().poll(arm_poll(status, body), arm_handle(n, offset))
    assert state is not BatchState.PROCESSING
    assert result is not None
    return list(result.outcomes)


async def test_arm_reads_items_as_json_ignoring_unknown_fields_and_keeping_ids() -> None:
    body = {
        "batchUuid": "b",
        "status": "PARTLY_PROCESSED",
        "somethingNew": {"deep": [1, 2]},
        "items": [
            {"itemNo": 1, "status": "PROCESSED", "result": "CREATED", "documentNo": "D0", "accountNo": 7, "new": 1},
            {"itemNo": 2, "status": "REJECTED", "errors": [{"field": "dueDate", "message": "bad date", "x": 1}]},
            {"itemNo": 3, "status": "PROCESSED", "reference_no": 9},  # a snake_case key reads too
        ],
    }
    outcomes = await arm_outcomes(206, body, offset=10)
    assert [o.index for o in outcomes] == [10, 11, 12]
    assert [o.status for o in outcomes] == ["SUCCESS", "FAILED", "SUCCESS"]
    assert outcomes[0].ids == {"documentNo": "D0", "accountNo": 7}
    assert outcomes[1].errors == ("dueDate: bad date",)
    assert outcomes[1].message == "dueDate: bad date"
    assert outcomes[2].ids == {"referenceNo": 9}
    assert all(o.batch_id == "b" for o in outcomes)


async def test_arm_item_numbers_place_entries_else_their_position() -> None:
    body = {"items": [{"itemNo": "3", "status": "FAILED"}, {"status": "PROCESSED"}, {"itemNo": True}]}
    outcomes = await arm_outcomes(206, body)
    # "3" is item 3; the second entry has no number: position 2; `true` is not a number: position 3 (overwrites)
    assert [o.status for o in outcomes] == ["UNKNOWN", "SUCCESS", "SUCCESS"]
    assert outcomes[2].ok


@pytest.mark.parametrize("status", [200, 206])
async def test_arm_unreported_items_follow_the_http_status(status: int) -> None:
    outcomes = await arm_outcomes(status, {"items": [{"itemNo": 1, "status": "PROCESSED"}]})
    expected = "SUCCESS" if status == 200 else "UNKNOWN"
    assert [o.status for o in outcomes] == ["SUCCESS", expected, expected]


@pytest.mark.parametrize("body", [{}, {"items": None}, {"items": []}])
async def test_arm_a_200_without_items_means_every_item_was_processed(body: Any) -> None:
    assert [o.status for o in await arm_outcomes(200, body)] == ["SUCCESS"] * 3


@pytest.mark.parametrize("status", [200, 206])
@pytest.mark.parametrize("body", [None, [], "done", 3, {"items": "all fine"}, {"items": {"itemNo": 1}}])
async def test_arm_an_answer_of_an_unexpected_shape_leaves_every_item_unknown(status: int, body: Any) -> None:
    outcomes = await arm_outcomes(status, body)
    assert [o.status for o in outcomes] == ["UNKNOWN"] * 3
    assert not any(o.ok for o in outcomes)
    assert all("unreadable" in (o.message or "") for o in outcomes)


@pytest.mark.parametrize("entry", [None, "PROCESSED", 1, ["x"], True])
async def test_arm_an_entry_that_is_not_an_object_makes_its_item_unknown(entry: Any) -> None:
    body = {"items": [{"itemNo": 1, "status": "PROCESSED"}, entry, {"itemNo": 3, "status": "PROCESSED"}]}
    outcomes = await arm_outcomes(200, body)
    assert [o.status for o in outcomes] == ["SUCCESS", "UNKNOWN", "SUCCESS"]


@pytest.mark.parametrize(
    ("errors", "expected"),
    [
        ("the customer does not exist", ("the customer does not exist",)),
        ({"field": "customerNo", "message": "unknown"}, ("customerNo: unknown",)),
        ([{"message": "m"}, "plain", 5], ("m", "plain", "5")),
    ],
)
async def test_arm_errors_of_any_shape_fail_the_item_with_their_text(errors: Any, expected: tuple[str, ...]) -> None:
    outcomes = await arm_outcomes(200, {"items": [{"itemNo": 1, "status": "PROCESSED", "errors": errors}]}, n=1)
    assert outcomes[0].status == OutcomeStatus.FAILED
    assert outcomes[0].errors == expected


async def test_arm_failure_words_and_warnings() -> None:
    body = {
        "items": [
            {"itemNo": 1, "status": "PROCESSED", "result": "duplicate", "warnings": [{"message": "exists"}]},
            {"itemNo": 2, "status": "PROCESSED", "result": "UPDATED", "warnings": ["note"]},
            {"itemNo": 3, "status": {"odd": "shape"}, "message": {"text": "?"}},
        ]
    }
    outcomes = await arm_outcomes(206, body)
    assert (outcomes[0].status, outcomes[0].errors) == ("FAILED", ("exists",))
    assert (outcomes[1].status, outcomes[1].errors) == ("SUCCESS", ())
    assert outcomes[2].status == "SUCCESS" and outcomes[2].message == "{'text': '?'}"


async def test_arm_model_entries_still_read() -> None:
    # a poll answered with models or attribute objects (a caller's own poll operation) reads as before
    entry = SimpleNamespace(item_no=1, status="FAILED", result=None, errors=[SimpleNamespace(field="f", message="m")])
    outcomes = await arm_outcomes(206, SimpleNamespace(items=[entry]), n=1)
    assert (outcomes[0].status, outcomes[0].errors) == ("FAILED", ("f: m",))


# -- AutoCollect ---------------------------------------------------------------------------------------------------

ORG = str(uuid.uuid4())


def ac_poll(body: Any) -> Any:
    async def raw_json(**kwargs: Any) -> Any:
        return SimpleNamespace(status_code=200, parsed=body, headers=httpx.Headers())

    return SimpleNamespace(meta=SimpleNamespace(path_params=("organization_id", "batch_id")), raw_json=raw_json)


def ac_handle(keys: list[str]) -> BatchHandle:
    return BatchHandle("autocollect", "create_payments", ORG, "b", None, len(keys), keys=tuple(keys))


async def ac_outcomes(body: Any, keys: list[str]) -> tuple[BatchState, list[str]]:
    state, result, _ = await AutocollectStyle().poll(ac_poll(body), ac_handle(keys))
    return state, [o.status for o in result.outcomes] if result is not None else []


@pytest.mark.parametrize("body", [None, {}, {"data": None}, {"data": "?"}, {"data": {"status": None}}])
async def test_autocollect_an_answer_without_a_status_is_still_processing(body: Any) -> None:
    assert await ac_outcomes(body, ["K"]) == (BatchState.PROCESSING, [])


async def test_autocollect_reads_json_ignoring_unknown_fields() -> None:
    data = {
        "batchId": "not even a uuid",
        "status": "partial",
        "new": [1],
        "failed": [{"index": 1, "message": "refused", "errors": "one error", "code": "E1", "extra": {}}],
        "succeeded": [{"index": 0, "invoiceId": "3F2B8A62-6A7E-4B5C-9D1E-0F1A2B3C4D5E", "caseId": 12}],
    }
    state, result, _ = await AutocollectStyle().poll(ac_poll({"data": data}), ac_handle(["K", "L", "M"]))
    assert state is BatchState.PARTIAL
    assert result is not None
    first, second, third = result.outcomes
    assert first.ok and first.ids == {"invoiceId": "3f2b8a62-6a7e-4b5c-9d1e-0f1a2b3c4d5e", "caseId": "12"}
    assert (second.status, second.message, second.errors, dict(second.ids)) == (
        "FAILED",
        "refused",
        ("one error",),
        {"code": "E1"},
    )
    assert third.status == "SUCCESS"  # a PARTIAL batch whose failures all name their items: the rest succeeded


@pytest.mark.parametrize(
    "failed", ["oops", {"index": 0}, ["not an entry"], [{"index": True, "message": "?"}], [{"message": "names nobody"}]]
)
async def test_autocollect_failures_that_name_no_item_leave_the_unlisted_unknown(failed: Any) -> None:
    body = {"data": {"status": "PARTIAL", "failed": failed, "succeeded": []}}
    assert await ac_outcomes(body, ["K", "L"]) == (BatchState.PARTIAL, ["UNKNOWN", "UNKNOWN"])


async def test_autocollect_a_key_is_matched_as_sent_or_as_the_canonical_uuid() -> None:
    key = "3F2B8A62-6A7E-4B5C-9D1E-0F1A2B3C4D5E"
    for named in (key, key.lower()):
        body = {"data": {"status": "PARTIAL", "failed": [{"invoiceId": named, "message": "no"}]}}
        assert await ac_outcomes(body, [key.lower(), "other"]) == (BatchState.PARTIAL, ["FAILED", "SUCCESS"])
        assert await ac_outcomes(body, [key, "other"]) == (BatchState.PARTIAL, ["FAILED", "SUCCESS"])


async def test_autocollect_success_says_every_item_succeeded_whatever_the_entries() -> None:
    body = {"data": {"status": "SUCCESS", "succeeded": "???", "failed": None}}
    assert await ac_outcomes(body, ["K", "L"]) == (BatchState.SUCCESS, ["SUCCESS", "SUCCESS"])


# -- against the sandbox -------------------------------------------------------------------------------------------


@pytest.mark.amili_sandbox(batch_delay=0)
async def test_raw_json_hands_back_the_json_and_the_same_errors(amili_sandbox: Sandbox) -> None:
    async with fast_client(amili_sandbox) as amili:
        handle = await amili.arm.customers.submit_batch(2218, [{"customerNo": "C1", "name": "One"}])
        await handle.wait(timeout=10)
        raw = await amili.arm.batches.get_batch.raw_json(2218, handle.batch_id)
        model = await amili.arm.batches.get_batch.raw(2218, handle.batch_id)
        assert type(raw.parsed) is dict
        assert raw.parsed == model.parsed.to_dict()
        assert raw.status_code == model.status_code
        with pytest.raises(AmiliError) as json_error:
            await amili.arm.batches.get_batch.raw_json(2218, "no-such-batch")
        with pytest.raises(AmiliError) as model_error:
            await amili.arm.batches.get_batch.raw(2218, "no-such-batch")
        assert type(json_error.value) is type(model_error.value)


@pytest.mark.amili_sandbox(batch_delay=0)
async def test_raw_json_still_refuses_a_body_that_is_not_json(amili_sandbox: Sandbox) -> None:
    async with fast_client(amili_sandbox) as amili:
        operation = amili.arm.batches.get_batch
        request = httpx.Request("GET", "https://arm.example/clients/1/batches/b")
        for model in (True, False):
            response = httpx.Response(200, content=b"<html>not json</html>", request=request)
            with pytest.raises(ResponseValidationError):
                operation._handle(response, 0.0, model)
        response = httpx.Response(299, json={}, request=request)  # an undocumented success status
        with pytest.raises(ResponseValidationError):
            operation._handle(response, 0.0, False)


@pytest.mark.amili_sandbox(batch_delay=0)
async def test_bulk_keeps_indexes_typed_errors_and_the_callers_items(amili_sandbox: Sandbox) -> None:
    customers = [{"customerNo": str(i), "name": f"C{i}"} for i in range(3)]
    documents = [{"documentNo": f"D{i}", "customerNo": str(i % 3), "documentType": "INVOICE"} for i in range(25)]
    documents[12]["currencyAmounts"] = {"inclVat": "a lot"}  # a bad document in the middle of a chunk
    before = [dict(d) for d in documents]
    async with fast_client(amili_sandbox) as amili:
        await (await amili.arm.customers.submit_batch(2218, customers)).wait(timeout=10)
        async with amili.arm.documents.submit_many(2218, documents, chunk_size=10) as run:
            outcomes = {o.index: o for o in await run.collect()}
        offsets = sorted(h.offset for h in run.handles)
    assert documents == before  # the caller's list and dicts are as they were
    assert sorted(outcomes) == list(range(25))
    assert all(outcomes[i].key == f"D{i}" for i in range(25))
    bad = outcomes[12]
    assert (bad.status, bad.errors) == ("INVALID", ("documents[0].currencyAmounts.inclVat",)) or (
        bad.status == "INVALID" and bad.errors == ("currencyAmounts.inclVat",)
    )
    assert all(outcomes[i].ok for i in range(25) if i != 12)
    assert offsets == [0, 10, 20]  # each batch's first item is the caller's item at its offset
