from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="LegacyBatchStatus")


@_attrs_define(repr=False)
class LegacyBatchStatus(_AmiliModel):
    """
    Attributes:
        statuscode (int | Unset):
        errors (list[LegacyBatchError] | Unset):
        responses (list[LegacyBatchObjectResponse] | Unset):
    """

    statuscode: int | Unset = UNSET
    errors: list[LegacyBatchError] | Unset = UNSET
    responses: list[LegacyBatchObjectResponse] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        statuscode = self.statuscode

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.responses, Unset):
            responses = []
            for responses_item_data in self.responses:
                responses_item = responses_item_data.to_dict()
                responses.append(responses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if statuscode is not UNSET:
            field_dict["statuscode"] = statuscode
        if errors is not UNSET:
            field_dict["errors"] = errors
        if responses is not UNSET:
            field_dict["responses"] = responses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        statuscode = d.pop("statuscode", UNSET)
        if not isinstance(statuscode, Unset) and not (isinstance(statuscode, int) and not isinstance(statuscode, bool)):
            raise TypeError("statuscode: expected an integer, got " + type(statuscode).__name__)

        _errors = d.pop("errors", UNSET)
        errors: list[LegacyBatchError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = LegacyBatchError.from_dict(errors_item_data)

                errors.append(errors_item)

        _responses = d.pop("responses", UNSET)
        responses: list[LegacyBatchObjectResponse] | Unset = UNSET
        if _responses is not UNSET:
            responses = []
            for responses_item_data in _responses:
                responses_item = LegacyBatchObjectResponse.from_dict(responses_item_data)

                responses.append(responses_item)

        legacy_batch_status = cls(
            statuscode=statuscode,
            errors=errors,
            responses=responses,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        legacy_batch_status.additional_properties = additional_properties
        return legacy_batch_status

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


from ..models.legacy_batch_error import LegacyBatchError
from ..models.legacy_batch_object_response import LegacyBatchObjectResponse
