from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="FileUploadResponse")


@_attrs_define(repr=False)
class FileUploadResponse(_AmiliModel):
    """
    Attributes:
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
        files (list[FileResult] | Unset):
    """

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
    files: list[FileResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for files_item_data in self.files:
                files_item = files_item_data.to_dict()
                files.append(files_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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

        _files = d.pop("files", UNSET)
        files: list[FileResult] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for files_item_data in _files:
                files_item = FileResult.from_dict(files_item_data)

                files.append(files_item)

        file_upload_response = cls(
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
            files=files,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        file_upload_response.additional_properties = additional_properties
        return file_upload_response

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


from ..models.error_detail import ErrorDetail
from ..models.file_result import FileResult
from ..models.warning import Warning_
