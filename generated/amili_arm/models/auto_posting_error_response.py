from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="AutoPostingErrorResponse")


@_attrs_define(repr=False)
class AutoPostingErrorResponse(_AmiliModel):
    """The error body of a rejected auto-posting batch with its per-posting results (a guess, see `AutoPostingRejected`).

    Attributes:
        status (str | Unset):
        result (str | Unset):
        message (str | Unset):
        client_no (int | Unset):
        warnings (list[Warning_] | Unset):
        errors (list[ErrorDetail] | Unset):
        auto_postings (list[AutoPostingResult] | Unset):
    """

    status: str | Unset = UNSET
    result: str | Unset = UNSET
    message: str | Unset = UNSET
    client_no: int | Unset = UNSET
    warnings: list[Warning_] | Unset = UNSET
    errors: list[ErrorDetail] | Unset = UNSET
    auto_postings: list[AutoPostingResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        result = self.result

        message = self.message

        client_no = self.client_no

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

        auto_postings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.auto_postings, Unset):
            auto_postings = []
            for auto_postings_item_data in self.auto_postings:
                auto_postings_item = auto_postings_item_data.to_dict()
                auto_postings.append(auto_postings_item)

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
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if errors is not UNSET:
            field_dict["errors"] = errors
        if auto_postings is not UNSET:
            field_dict["autoPostings"] = auto_postings

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

        _auto_postings = d.pop("autoPostings", UNSET)
        auto_postings: list[AutoPostingResult] | Unset = UNSET
        if _auto_postings is not UNSET:
            auto_postings = []
            for auto_postings_item_data in _auto_postings:
                auto_postings_item = AutoPostingResult.from_dict(auto_postings_item_data)

                auto_postings.append(auto_postings_item)

        auto_posting_error_response = cls(
            status=status,
            result=result,
            message=message,
            client_no=client_no,
            warnings=warnings,
            errors=errors,
            auto_postings=auto_postings,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        auto_posting_error_response.additional_properties = additional_properties
        return auto_posting_error_response

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


from ..models.auto_posting_result import AutoPostingResult
from ..models.error_detail import ErrorDetail
from ..models.warning import Warning_
