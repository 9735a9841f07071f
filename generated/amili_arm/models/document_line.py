from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="DocumentLine")


@_attrs_define(repr=False)
class DocumentLine(_AmiliModel):
    """
    Attributes:
        line_no (int | Unset):
        line_type (str | Unset): Values seen `PLH` (product/price line) and `TXT` (text line without amounts).
        article_no (str | Unset):
        article_name (str | Unset):
        line_text (str | Unset):
        quantity_unit (str | Unset):
        quantity (float | Unset):
        volume_unit (str | Unset):
        volume (float | Unset):
        price (float | Unset):
        item_group_1 (str | Unset):
        item_group_2 (str | Unset):
        item_group_3 (str | Unset):
        currency_amounts (CurrencyAmounts | Unset): Amounts in the document currency.
    """

    line_no: int | Unset = UNSET
    line_type: str | Unset = UNSET
    article_no: str | Unset = UNSET
    article_name: str | Unset = UNSET
    line_text: str | Unset = UNSET
    quantity_unit: str | Unset = UNSET
    quantity: float | Unset = UNSET
    volume_unit: str | Unset = UNSET
    volume: float | Unset = UNSET
    price: float | Unset = UNSET
    item_group_1: str | Unset = UNSET
    item_group_2: str | Unset = UNSET
    item_group_3: str | Unset = UNSET
    currency_amounts: CurrencyAmounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_no = self.line_no

        line_type = self.line_type

        article_no = self.article_no

        article_name = self.article_name

        line_text = self.line_text

        quantity_unit = self.quantity_unit

        quantity = self.quantity

        volume_unit = self.volume_unit

        volume = self.volume

        price = self.price

        item_group_1 = self.item_group_1

        item_group_2 = self.item_group_2

        item_group_3 = self.item_group_3

        currency_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_amounts, Unset):
            currency_amounts = self.currency_amounts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if line_no is not UNSET:
            field_dict["lineNo"] = line_no
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if article_no is not UNSET:
            field_dict["articleNo"] = article_no
        if article_name is not UNSET:
            field_dict["articleName"] = article_name
        if line_text is not UNSET:
            field_dict["lineText"] = line_text
        if quantity_unit is not UNSET:
            field_dict["quantityUnit"] = quantity_unit
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if volume_unit is not UNSET:
            field_dict["volumeUnit"] = volume_unit
        if volume is not UNSET:
            field_dict["volume"] = volume
        if price is not UNSET:
            field_dict["price"] = price
        if item_group_1 is not UNSET:
            field_dict["itemGroup1"] = item_group_1
        if item_group_2 is not UNSET:
            field_dict["itemGroup2"] = item_group_2
        if item_group_3 is not UNSET:
            field_dict["itemGroup3"] = item_group_3
        if currency_amounts is not UNSET:
            field_dict["currencyAmounts"] = currency_amounts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        line_no = d.pop("lineNo", UNSET)
        if not isinstance(line_no, Unset) and not (isinstance(line_no, int) and not isinstance(line_no, bool)):
            raise TypeError("lineNo: expected an integer, got " + type(line_no).__name__)

        line_type = d.pop("lineType", UNSET)
        if not isinstance(line_type, (str, Unset)):
            raise TypeError("lineType: expected a string, got " + type(line_type).__name__)

        article_no = d.pop("articleNo", UNSET)
        if not isinstance(article_no, (str, Unset)):
            raise TypeError("articleNo: expected a string, got " + type(article_no).__name__)

        article_name = d.pop("articleName", UNSET)
        if not isinstance(article_name, (str, Unset)):
            raise TypeError("articleName: expected a string, got " + type(article_name).__name__)

        line_text = d.pop("lineText", UNSET)
        if not isinstance(line_text, (str, Unset)):
            raise TypeError("lineText: expected a string, got " + type(line_text).__name__)

        quantity_unit = d.pop("quantityUnit", UNSET)
        if not isinstance(quantity_unit, (str, Unset)):
            raise TypeError("quantityUnit: expected a string, got " + type(quantity_unit).__name__)

        quantity = d.pop("quantity", UNSET)
        if not isinstance(quantity, Unset) and not (
            isinstance(quantity, (int, float)) and not isinstance(quantity, bool)
        ):
            raise TypeError("quantity: expected a number, got " + type(quantity).__name__)

        volume_unit = d.pop("volumeUnit", UNSET)
        if not isinstance(volume_unit, (str, Unset)):
            raise TypeError("volumeUnit: expected a string, got " + type(volume_unit).__name__)

        volume = d.pop("volume", UNSET)
        if not isinstance(volume, Unset) and not (isinstance(volume, (int, float)) and not isinstance(volume, bool)):
            raise TypeError("volume: expected a number, got " + type(volume).__name__)

        price = d.pop("price", UNSET)
        if not isinstance(price, Unset) and not (isinstance(price, (int, float)) and not isinstance(price, bool)):
            raise TypeError("price: expected a number, got " + type(price).__name__)

        item_group_1 = d.pop("itemGroup1", UNSET)
        if not isinstance(item_group_1, (str, Unset)):
            raise TypeError("itemGroup1: expected a string, got " + type(item_group_1).__name__)

        item_group_2 = d.pop("itemGroup2", UNSET)
        if not isinstance(item_group_2, (str, Unset)):
            raise TypeError("itemGroup2: expected a string, got " + type(item_group_2).__name__)

        item_group_3 = d.pop("itemGroup3", UNSET)
        if not isinstance(item_group_3, (str, Unset)):
            raise TypeError("itemGroup3: expected a string, got " + type(item_group_3).__name__)

        _currency_amounts = d.pop("currencyAmounts", UNSET)
        currency_amounts: CurrencyAmounts | Unset
        if isinstance(_currency_amounts, Unset):
            currency_amounts = UNSET
        else:
            currency_amounts = CurrencyAmounts.from_dict(_currency_amounts)

        document_line = cls(
            line_no=line_no,
            line_type=line_type,
            article_no=article_no,
            article_name=article_name,
            line_text=line_text,
            quantity_unit=quantity_unit,
            quantity=quantity,
            volume_unit=volume_unit,
            volume=volume,
            price=price,
            item_group_1=item_group_1,
            item_group_2=item_group_2,
            item_group_3=item_group_3,
            currency_amounts=currency_amounts,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        document_line.additional_properties = additional_properties
        return document_line

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


from ..models.currency_amounts import CurrencyAmounts
