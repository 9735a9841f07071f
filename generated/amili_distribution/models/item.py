from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Item")


@_attrs_define(repr=False)
class Item(_AmiliModel):
    """
    Attributes:
        description (str | Unset):
        name (str | Unset):
        sellers_item_identification (ItemIdentification | Unset):
        classified_tax_category (TaxCategory | Unset): UBL tax category; also used as `Item.ClassifiedTaxCategory`.
    """

    description: str | Unset = UNSET
    name: str | Unset = UNSET
    sellers_item_identification: ItemIdentification | Unset = UNSET
    classified_tax_category: TaxCategory | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        name = self.name

        sellers_item_identification: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sellers_item_identification, Unset):
            sellers_item_identification = self.sellers_item_identification.to_dict()

        classified_tax_category: dict[str, Any] | Unset = UNSET
        if not isinstance(self.classified_tax_category, Unset):
            classified_tax_category = self.classified_tax_category.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if description is not UNSET:
            field_dict["Description"] = description
        if name is not UNSET:
            field_dict["Name"] = name
        if sellers_item_identification is not UNSET:
            field_dict["SellersItemIdentification"] = sellers_item_identification
        if classified_tax_category is not UNSET:
            field_dict["ClassifiedTaxCategory"] = classified_tax_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        description = d.pop("Description", UNSET)
        if not isinstance(description, (str, Unset)):
            raise TypeError("Description: expected a string, got " + type(description).__name__)

        name = d.pop("Name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Name: expected a string, got " + type(name).__name__)

        _sellers_item_identification = d.pop("SellersItemIdentification", UNSET)
        sellers_item_identification: ItemIdentification | Unset
        if isinstance(_sellers_item_identification, Unset):
            sellers_item_identification = UNSET
        else:
            sellers_item_identification = ItemIdentification.from_dict(_sellers_item_identification)

        _classified_tax_category = d.pop("ClassifiedTaxCategory", UNSET)
        classified_tax_category: TaxCategory | Unset
        if isinstance(_classified_tax_category, Unset):
            classified_tax_category = UNSET
        else:
            classified_tax_category = TaxCategory.from_dict(_classified_tax_category)

        item = cls(
            description=description,
            name=name,
            sellers_item_identification=sellers_item_identification,
            classified_tax_category=classified_tax_category,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        item.additional_properties = additional_properties
        return item

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


from ..models.item_identification import ItemIdentification
from ..models.tax_category import TaxCategory
