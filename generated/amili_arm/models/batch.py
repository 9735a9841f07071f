from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Batch")


@_attrs_define(repr=False)
class Batch(_AmiliModel):
    """Batch status resource. The HTTP status tells the state (200 processed, 202 still processing, 206 processed
    with failures); `items` carries the per-item results once processed.

        Attributes:
            batch_uuid (str):
            status (str | Unset): Processing status, e.g. `PROCESSED`, `FAILED` (value set not documented).
            result (str | Unset): Outcome, e.g. `CREATED` (value set not documented).
            message (str | Unset):
            client_no (int | Unset):
            account_no (int | Unset): AR account number of the customer.
            customer_no (str | Unset):
            document_no (str | Unset):
            reference_no (int | Unset):
            document_bundle_id (int | Unset):
            ar_item_id (int | Unset):
            warnings (list[Warning_] | Unset):
            errors (list[ErrorDetail] | Unset):
            batch_type (str | Unset): Kind of objects in the batch, e.g. customers or documents.
            received_at (datetime.datetime | Unset):
            processed_at (datetime.datetime | None | Unset):
            item_count (int | Unset):
            succeeded_count (int | Unset):
            failed_count (int | Unset):
            items (list[BatchItemResult] | Unset):
    """

    batch_uuid: str
    status: str | Unset = UNSET
    result: str | Unset = UNSET
    message: str | Unset = UNSET
    client_no: int | Unset = UNSET
    account_no: int | Unset = UNSET
    customer_no: str | Unset = UNSET
    document_no: str | Unset = UNSET
    reference_no: int | Unset = UNSET
    document_bundle_id: int | Unset = UNSET
    ar_item_id: int | Unset = UNSET
    warnings: list[Warning_] | Unset = UNSET
    errors: list[ErrorDetail] | Unset = UNSET
    batch_type: str | Unset = UNSET
    received_at: datetime.datetime | Unset = UNSET
    processed_at: datetime.datetime | None | Unset = UNSET
    item_count: int | Unset = UNSET
    succeeded_count: int | Unset = UNSET
    failed_count: int | Unset = UNSET
    items: list[BatchItemResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_uuid = self.batch_uuid

        status = self.status

        result = self.result

        message = self.message

        client_no = self.client_no

        account_no = self.account_no

        customer_no = self.customer_no

        document_no = self.document_no

        reference_no = self.reference_no

        document_bundle_id = self.document_bundle_id

        ar_item_id = self.ar_item_id

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        batch_type = self.batch_type

        received_at: str | Unset = UNSET
        if not isinstance(self.received_at, Unset):
            received_at = self.received_at.isoformat(
                timespec="seconds"
                if not self.received_at.microsecond
                else "milliseconds"
                if not self.received_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")

        processed_at: None | str | Unset
        if isinstance(self.processed_at, Unset):
            processed_at = UNSET
        elif isinstance(self.processed_at, datetime.datetime):
            processed_at = self.processed_at.isoformat(
                timespec="seconds"
                if not self.processed_at.microsecond
                else "milliseconds"
                if not self.processed_at.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")
        else:
            processed_at = self.processed_at

        item_count = self.item_count

        succeeded_count = self.succeeded_count

        failed_count = self.failed_count

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchUuid": batch_uuid,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if result is not UNSET:
            field_dict["result"] = result
        if message is not UNSET:
            field_dict["message"] = message
        if client_no is not UNSET:
            field_dict["clientNo"] = client_no
        if account_no is not UNSET:
            field_dict["accountNo"] = account_no
        if customer_no is not UNSET:
            field_dict["customerNo"] = customer_no
        if document_no is not UNSET:
            field_dict["documentNo"] = document_no
        if reference_no is not UNSET:
            field_dict["referenceNo"] = reference_no
        if document_bundle_id is not UNSET:
            field_dict["documentBundleId"] = document_bundle_id
        if ar_item_id is not UNSET:
            field_dict["arItemId"] = ar_item_id
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if errors is not UNSET:
            field_dict["errors"] = errors
        if batch_type is not UNSET:
            field_dict["batchType"] = batch_type
        if received_at is not UNSET:
            field_dict["receivedAt"] = received_at
        if processed_at is not UNSET:
            field_dict["processedAt"] = processed_at
        if item_count is not UNSET:
            field_dict["itemCount"] = item_count
        if succeeded_count is not UNSET:
            field_dict["succeededCount"] = succeeded_count
        if failed_count is not UNSET:
            field_dict["failedCount"] = failed_count
        if items is not UNSET:
            field_dict["items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_uuid = d.pop("batchUuid")
        if not isinstance(batch_uuid, str):
            raise TypeError("batchUuid: expected a string, got " + type(batch_uuid).__name__)

        status = d.pop("status", UNSET)
        if not isinstance(status, (str, Unset)):
            raise TypeError("status: expected a string, got " + type(status).__name__)

        result = d.pop("result", UNSET)
        if not isinstance(result, (str, Unset)):
            raise TypeError("result: expected a string, got " + type(result).__name__)

        message = d.pop("message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("message: expected a string, got " + type(message).__name__)

        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        account_no = d.pop("accountNo", UNSET)
        if not isinstance(account_no, Unset) and not (isinstance(account_no, int) and not isinstance(account_no, bool)):
            raise TypeError("accountNo: expected an integer, got " + type(account_no).__name__)

        customer_no = d.pop("customerNo", UNSET)
        if not isinstance(customer_no, (str, Unset)):
            raise TypeError("customerNo: expected a string, got " + type(customer_no).__name__)

        document_no = d.pop("documentNo", UNSET)
        if not isinstance(document_no, (str, Unset)):
            raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        reference_no = d.pop("referenceNo", UNSET)
        if not isinstance(reference_no, Unset) and not (
            isinstance(reference_no, int) and not isinstance(reference_no, bool)
        ):
            raise TypeError("referenceNo: expected an integer, got " + type(reference_no).__name__)

        document_bundle_id = d.pop("documentBundleId", UNSET)
        if not isinstance(document_bundle_id, Unset) and not (
            isinstance(document_bundle_id, int) and not isinstance(document_bundle_id, bool)
        ):
            raise TypeError("documentBundleId: expected an integer, got " + type(document_bundle_id).__name__)

        ar_item_id = d.pop("arItemId", UNSET)
        if not isinstance(ar_item_id, Unset) and not (isinstance(ar_item_id, int) and not isinstance(ar_item_id, bool)):
            raise TypeError("arItemId: expected an integer, got " + type(ar_item_id).__name__)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[Warning_] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = Warning_.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        _errors = d.pop("errors", UNSET)
        errors: list[ErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        batch_type = d.pop("batchType", UNSET)
        if not isinstance(batch_type, (str, Unset)):
            raise TypeError("batchType: expected a string, got " + type(batch_type).__name__)

        _received_at = d.pop("receivedAt", UNSET)
        received_at: datetime.datetime | Unset
        if isinstance(_received_at, Unset):
            received_at = UNSET
        else:
            received_at = datetime.datetime.fromisoformat(_received_at)

        processed_at = d.pop("processedAt", UNSET)
        if not (processed_at is None or isinstance(processed_at, Unset)):

            def _parse_processed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.datetime | None | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    processed_at_type_0 = datetime.datetime.fromisoformat(data)

                    if not getattr(processed_at_type_0, "absent_fields", ()):
                        return processed_at_type_0
                    if _fallback is None:
                        _fallback = processed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("processedAt: unexpected type " + type(data).__name__)
                    processed_at_type_1 = data

                    if _fallback is None or not getattr(processed_at_type_1, "absent_fields", ()):
                        return processed_at_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            processed_at = _parse_processed_at(processed_at)

        item_count = d.pop("itemCount", UNSET)
        if not isinstance(item_count, Unset) and not (isinstance(item_count, int) and not isinstance(item_count, bool)):
            raise TypeError("itemCount: expected an integer, got " + type(item_count).__name__)

        succeeded_count = d.pop("succeededCount", UNSET)
        if not isinstance(succeeded_count, Unset) and not (
            isinstance(succeeded_count, int) and not isinstance(succeeded_count, bool)
        ):
            raise TypeError("succeededCount: expected an integer, got " + type(succeeded_count).__name__)

        failed_count = d.pop("failedCount", UNSET)
        if not isinstance(failed_count, Unset) and not (
            isinstance(failed_count, int) and not isinstance(failed_count, bool)
        ):
            raise TypeError("failedCount: expected an integer, got " + type(failed_count).__name__)

        _items = d.pop("items", UNSET)
        items: list[BatchItemResult] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = BatchItemResult.from_dict(items_item_data)

                items.append(items_item)

        batch = cls(
            batch_uuid=batch_uuid,
            status=status,
            result=result,
            message=message,
            client_no=client_no,
            account_no=account_no,
            customer_no=customer_no,
            document_no=document_no,
            reference_no=reference_no,
            document_bundle_id=document_bundle_id,
            ar_item_id=ar_item_id,
            warnings=warnings,
            errors=errors,
            batch_type=batch_type,
            received_at=received_at,
            processed_at=processed_at,
            item_count=item_count,
            succeeded_count=succeeded_count,
            failed_count=failed_count,
            items=items,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        batch.additional_properties = additional_properties
        return batch

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.batch_item_result import BatchItemResult
from ..models.error_detail import ErrorDetail
from ..models.warning import Warning_
