from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define(repr=False)
class ErrorResponse(_AmiliModel):
    """Error body; Amili documents no shape. Kept open; unknown fields are preserved.

    Attributes:
        request_id (str | Unset):
        message (str | Unset):
        errors (list[ErrorDetail] | Unset):
    """

    request_id: str | Unset = UNSET
    message: str | Unset = UNSET
    errors: list[ErrorDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        message = self.message

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if message is not UNSET:
            field_dict["Message"] = message
        if errors is not UNSET:
            field_dict["Errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        request_id = d.pop("RequestId", UNSET)
        if not isinstance(request_id, (str, Unset)):
            raise TypeError("RequestId: expected a string, got " + type(request_id).__name__)

        message = d.pop("Message", UNSET)
        if not isinstance(message, (str, Unset)):
            raise TypeError("Message: expected a string, got " + type(message).__name__)

        _errors = d.pop("Errors", UNSET)
        errors: list[ErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        error_response = cls(
            request_id=request_id,
            message=message,
            errors=errors,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        error_response.additional_properties = additional_properties
        return error_response

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
