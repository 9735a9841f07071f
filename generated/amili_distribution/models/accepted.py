from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Accepted")


@_attrs_define(repr=False)
class Accepted(_AmiliModel):
    """Body of `202 Accepted`.

    Attributes:
        request_id (str | Unset): Id of the accepted request. Its relation to the document's `Identifier` is not
            documented: in the
            documented example it is `unique_invoice_identifier` while the request's `Identifier` is
            `unique_invoice_identifier_ehf_invoice_20200301` (seed 004), so it does not simply echo it.
        message (str | Unset):  Example: unique_invoice_identifier is accepted..
    """

    request_id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if request_id is not UNSET:
            field_dict["RequestId"] = request_id
        if message is not UNSET:
            field_dict["Message"] = message

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

        accepted = cls(
            request_id=request_id,
            message=message,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        accepted.additional_properties = additional_properties
        return accepted

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
