from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="TaxCategory")


@_attrs_define(repr=False)
class TaxCategory(_AmiliModel):
    """UBL tax category; also used as `Item.ClassifiedTaxCategory`.

    Attributes:
        id (str | Unset): UNCL5305 code, e.g. `S`, `Z`, `E`.
        percent (float | Unset):
        tax_exemption_reason_code (str | Unset):
        tax_exemption_reason (str | Unset):
        tax_scheme (TaxScheme | Unset):
    """

    id: str | Unset = UNSET
    percent: float | Unset = UNSET
    tax_exemption_reason_code: str | Unset = UNSET
    tax_exemption_reason: str | Unset = UNSET
    tax_scheme: TaxScheme | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        percent = self.percent

        tax_exemption_reason_code = self.tax_exemption_reason_code

        tax_exemption_reason = self.tax_exemption_reason

        tax_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_scheme, Unset):
            tax_scheme = self.tax_scheme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["ID"] = id
        if percent is not UNSET:
            field_dict["Percent"] = percent
        if tax_exemption_reason_code is not UNSET:
            field_dict["TaxExemptionReasonCode"] = tax_exemption_reason_code
        if tax_exemption_reason is not UNSET:
            field_dict["TaxExemptionReason"] = tax_exemption_reason
        if tax_scheme is not UNSET:
            field_dict["TaxScheme"] = tax_scheme

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("ID: expected a string, got " + type(id).__name__)

        percent = d.pop("Percent", UNSET)
        if not isinstance(percent, Unset) and not (isinstance(percent, (int, float)) and not isinstance(percent, bool)):
            raise TypeError("Percent: expected a number, got " + type(percent).__name__)

        tax_exemption_reason_code = d.pop("TaxExemptionReasonCode", UNSET)
        if not isinstance(tax_exemption_reason_code, (str, Unset)):
            raise TypeError(
                "TaxExemptionReasonCode: expected a string, got " + type(tax_exemption_reason_code).__name__
            )

        tax_exemption_reason = d.pop("TaxExemptionReason", UNSET)
        if not isinstance(tax_exemption_reason, (str, Unset)):
            raise TypeError("TaxExemptionReason: expected a string, got " + type(tax_exemption_reason).__name__)

        _tax_scheme = d.pop("TaxScheme", UNSET)
        tax_scheme: TaxScheme | Unset
        if isinstance(_tax_scheme, Unset):
            tax_scheme = UNSET
        else:
            tax_scheme = TaxScheme.from_dict(_tax_scheme)

        tax_category = cls(
            id=id,
            percent=percent,
            tax_exemption_reason_code=tax_exemption_reason_code,
            tax_exemption_reason=tax_exemption_reason,
            tax_scheme=tax_scheme,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        tax_category.additional_properties = additional_properties
        return tax_category

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


from ..models.tax_scheme import TaxScheme
