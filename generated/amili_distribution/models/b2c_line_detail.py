from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="B2CLineDetail")


@_attrs_define(repr=False)
class B2CLineDetail(_AmiliModel):
    """
    Attributes:
        currency_id (str | Unset):
        supplier_product_code (str | Unset):
        supplier_product_text (str | Unset):
        quantity (str | Unset): Decimal string, e.g. `"1.00"`.
        price (str | Unset): Decimal string.
        line_tot_excl_tax (str | Unset):
        line_tot_incl_tax (str | Unset):
        line_tot_tax (str | Unset):
        tax_percent (str | Unset):
        discounts (list[Discount] | Unset):
        note (str | Unset):
        posting_information (str | Unset):
    """

    currency_id: str | Unset = UNSET
    supplier_product_code: str | Unset = UNSET
    supplier_product_text: str | Unset = UNSET
    quantity: str | Unset = UNSET
    price: str | Unset = UNSET
    line_tot_excl_tax: str | Unset = UNSET
    line_tot_incl_tax: str | Unset = UNSET
    line_tot_tax: str | Unset = UNSET
    tax_percent: str | Unset = UNSET
    discounts: list[Discount] | Unset = UNSET
    note: str | Unset = UNSET
    posting_information: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency_id = self.currency_id

        supplier_product_code = self.supplier_product_code

        supplier_product_text = self.supplier_product_text

        quantity = self.quantity

        price = self.price

        line_tot_excl_tax = self.line_tot_excl_tax

        line_tot_incl_tax = self.line_tot_incl_tax

        line_tot_tax = self.line_tot_tax

        tax_percent = self.tax_percent

        discounts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.discounts, Unset):
            discounts = []
            for discounts_item_data in self.discounts:
                discounts_item = discounts_item_data.to_dict()
                discounts.append(discounts_item)

        note = self.note

        posting_information = self.posting_information

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if currency_id is not UNSET:
            field_dict["CurrencyId"] = currency_id
        if supplier_product_code is not UNSET:
            field_dict["SupplierProductCode"] = supplier_product_code
        if supplier_product_text is not UNSET:
            field_dict["SupplierProductText"] = supplier_product_text
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if price is not UNSET:
            field_dict["Price"] = price
        if line_tot_excl_tax is not UNSET:
            field_dict["LineTotExclTax"] = line_tot_excl_tax
        if line_tot_incl_tax is not UNSET:
            field_dict["LineTotInclTax"] = line_tot_incl_tax
        if line_tot_tax is not UNSET:
            field_dict["LineTotTax"] = line_tot_tax
        if tax_percent is not UNSET:
            field_dict["TaxPercent"] = tax_percent
        if discounts is not UNSET:
            field_dict["Discounts"] = discounts
        if note is not UNSET:
            field_dict["Note"] = note
        if posting_information is not UNSET:
            field_dict["PostingInformation"] = posting_information

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        currency_id = d.pop("CurrencyId", UNSET)
        if not isinstance(currency_id, (str, Unset)):
            raise TypeError("CurrencyId: expected a string, got " + type(currency_id).__name__)

        supplier_product_code = d.pop("SupplierProductCode", UNSET)
        if not isinstance(supplier_product_code, (str, Unset)):
            raise TypeError("SupplierProductCode: expected a string, got " + type(supplier_product_code).__name__)

        supplier_product_text = d.pop("SupplierProductText", UNSET)
        if not isinstance(supplier_product_text, (str, Unset)):
            raise TypeError("SupplierProductText: expected a string, got " + type(supplier_product_text).__name__)

        quantity = d.pop("Quantity", UNSET)
        if not isinstance(quantity, (str, Unset)):
            raise TypeError("Quantity: expected a string, got " + type(quantity).__name__)

        price = d.pop("Price", UNSET)
        if not isinstance(price, (str, Unset)):
            raise TypeError("Price: expected a string, got " + type(price).__name__)

        line_tot_excl_tax = d.pop("LineTotExclTax", UNSET)
        if not isinstance(line_tot_excl_tax, (str, Unset)):
            raise TypeError("LineTotExclTax: expected a string, got " + type(line_tot_excl_tax).__name__)

        line_tot_incl_tax = d.pop("LineTotInclTax", UNSET)
        if not isinstance(line_tot_incl_tax, (str, Unset)):
            raise TypeError("LineTotInclTax: expected a string, got " + type(line_tot_incl_tax).__name__)

        line_tot_tax = d.pop("LineTotTax", UNSET)
        if not isinstance(line_tot_tax, (str, Unset)):
            raise TypeError("LineTotTax: expected a string, got " + type(line_tot_tax).__name__)

        tax_percent = d.pop("TaxPercent", UNSET)
        if not isinstance(tax_percent, (str, Unset)):
            raise TypeError("TaxPercent: expected a string, got " + type(tax_percent).__name__)

        _discounts = d.pop("Discounts", UNSET)
        discounts: list[Discount] | Unset = UNSET
        if _discounts is not UNSET:
            discounts = []
            for discounts_item_data in _discounts:
                discounts_item = Discount.from_dict(discounts_item_data)

                discounts.append(discounts_item)

        note = d.pop("Note", UNSET)
        if not isinstance(note, (str, Unset)):
            raise TypeError("Note: expected a string, got " + type(note).__name__)

        posting_information = d.pop("PostingInformation", UNSET)
        if not isinstance(posting_information, (str, Unset)):
            raise TypeError("PostingInformation: expected a string, got " + type(posting_information).__name__)

        b2c_line_detail = cls(
            currency_id=currency_id,
            supplier_product_code=supplier_product_code,
            supplier_product_text=supplier_product_text,
            quantity=quantity,
            price=price,
            line_tot_excl_tax=line_tot_excl_tax,
            line_tot_incl_tax=line_tot_incl_tax,
            line_tot_tax=line_tot_tax,
            tax_percent=tax_percent,
            discounts=discounts,
            note=note,
            posting_information=posting_information,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        b2c_line_detail.additional_properties = additional_properties
        return b2c_line_detail

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


from ..models.discount import Discount
