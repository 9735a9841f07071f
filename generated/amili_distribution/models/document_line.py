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
    """Credit-note line (`CreditNoteLines[]`), also used for invoice lines (`InvoiceLines[]`, inferred). Amili
    documents the line's accounting cost under the key `"AccountingCost "` (trailing space); that exact key is
    modelled (Python attribute `accounting_cost`). A key without the space, if Amili accepts it, can be sent
    through `additional_properties`. `AllowanceCharge` is a single object here, `AllowanceChargeArray` a list.

        Attributes:
            id (str | Unset):
            note (str | Unset):
            quantity (float | Unset):
            quantity_unit_code (str | Unset): UN/ECE Rec 20 unit code, e.g. `EA`.
            line_extension_amount (float | Unset):
            accounting_cost (str | Unset): Documented key, with a trailing space.
            order_line_reference (OrderLineReference | Unset):
            invoice_period (InvoicePeriod | Unset):
            allowance_charge (AllowanceCharge | Unset): Allowance (`ChargeIndicator: false`) or charge (`true`), at document
                or line level. Amili's example sends
                `Amount` both as a number (`0`) and as a string (`"0.00"`); both are accepted and sent back as given.
            allowance_charge_array (list[AllowanceCharge] | Unset):
            item (Item | Unset):
            price (Price | Unset):
    """

    id: str | Unset = UNSET
    note: str | Unset = UNSET
    quantity: float | Unset = UNSET
    quantity_unit_code: str | Unset = UNSET
    line_extension_amount: float | Unset = UNSET
    accounting_cost: str | Unset = UNSET
    order_line_reference: OrderLineReference | Unset = UNSET
    invoice_period: InvoicePeriod | Unset = UNSET
    allowance_charge: AllowanceCharge | Unset = UNSET
    allowance_charge_array: list[AllowanceCharge] | Unset = UNSET
    item: Item | Unset = UNSET
    price: Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        note = self.note

        quantity = self.quantity

        quantity_unit_code = self.quantity_unit_code

        line_extension_amount = self.line_extension_amount

        accounting_cost = self.accounting_cost

        order_line_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_line_reference, Unset):
            order_line_reference = self.order_line_reference.to_dict()

        invoice_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_period, Unset):
            invoice_period = self.invoice_period.to_dict()

        allowance_charge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.allowance_charge, Unset):
            allowance_charge = self.allowance_charge.to_dict()

        allowance_charge_array: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowance_charge_array, Unset):
            allowance_charge_array = []
            for allowance_charge_array_item_data in self.allowance_charge_array:
                allowance_charge_array_item = allowance_charge_array_item_data.to_dict()
                allowance_charge_array.append(allowance_charge_array_item)

        item: dict[str, Any] | Unset = UNSET
        if not isinstance(self.item, Unset):
            item = self.item.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["ID"] = id
        if note is not UNSET:
            field_dict["Note"] = note
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if quantity_unit_code is not UNSET:
            field_dict["QuantityUnitCode"] = quantity_unit_code
        if line_extension_amount is not UNSET:
            field_dict["LineExtensionAmount"] = line_extension_amount
        if accounting_cost is not UNSET:
            field_dict["AccountingCost "] = accounting_cost
        if order_line_reference is not UNSET:
            field_dict["OrderLineReference"] = order_line_reference
        if invoice_period is not UNSET:
            field_dict["InvoicePeriod"] = invoice_period
        if allowance_charge is not UNSET:
            field_dict["AllowanceCharge"] = allowance_charge
        if allowance_charge_array is not UNSET:
            field_dict["AllowanceChargeArray"] = allowance_charge_array
        if item is not UNSET:
            field_dict["Item"] = item
        if price is not UNSET:
            field_dict["Price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("ID", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("ID: expected a string, got " + type(id).__name__)

        note = d.pop("Note", UNSET)
        if not isinstance(note, (str, Unset)):
            raise TypeError("Note: expected a string, got " + type(note).__name__)

        quantity = d.pop("Quantity", UNSET)
        if not isinstance(quantity, Unset) and not (
            isinstance(quantity, (int, float)) and not isinstance(quantity, bool)
        ):
            raise TypeError("Quantity: expected a number, got " + type(quantity).__name__)

        quantity_unit_code = d.pop("QuantityUnitCode", UNSET)
        if not isinstance(quantity_unit_code, (str, Unset)):
            raise TypeError("QuantityUnitCode: expected a string, got " + type(quantity_unit_code).__name__)

        line_extension_amount = d.pop("LineExtensionAmount", UNSET)
        if not isinstance(line_extension_amount, Unset) and not (
            isinstance(line_extension_amount, (int, float)) and not isinstance(line_extension_amount, bool)
        ):
            raise TypeError("LineExtensionAmount: expected a number, got " + type(line_extension_amount).__name__)

        accounting_cost = d.pop("AccountingCost ", UNSET)
        if not isinstance(accounting_cost, (str, Unset)):
            raise TypeError("AccountingCost : expected a string, got " + type(accounting_cost).__name__)

        _order_line_reference = d.pop("OrderLineReference", UNSET)
        order_line_reference: OrderLineReference | Unset
        if isinstance(_order_line_reference, Unset):
            order_line_reference = UNSET
        else:
            order_line_reference = OrderLineReference.from_dict(_order_line_reference)

        _invoice_period = d.pop("InvoicePeriod", UNSET)
        invoice_period: InvoicePeriod | Unset
        if isinstance(_invoice_period, Unset):
            invoice_period = UNSET
        else:
            invoice_period = InvoicePeriod.from_dict(_invoice_period)

        _allowance_charge = d.pop("AllowanceCharge", UNSET)
        allowance_charge: AllowanceCharge | Unset
        if isinstance(_allowance_charge, Unset):
            allowance_charge = UNSET
        else:
            allowance_charge = AllowanceCharge.from_dict(_allowance_charge)

        _allowance_charge_array = d.pop("AllowanceChargeArray", UNSET)
        allowance_charge_array: list[AllowanceCharge] | Unset = UNSET
        if _allowance_charge_array is not UNSET:
            allowance_charge_array = []
            for allowance_charge_array_item_data in _allowance_charge_array:
                allowance_charge_array_item = AllowanceCharge.from_dict(allowance_charge_array_item_data)

                allowance_charge_array.append(allowance_charge_array_item)

        _item = d.pop("Item", UNSET)
        item: Item | Unset
        if isinstance(_item, Unset):
            item = UNSET
        else:
            item = Item.from_dict(_item)

        _price = d.pop("Price", UNSET)
        price: Price | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = Price.from_dict(_price)

        document_line = cls(
            id=id,
            note=note,
            quantity=quantity,
            quantity_unit_code=quantity_unit_code,
            line_extension_amount=line_extension_amount,
            accounting_cost=accounting_cost,
            order_line_reference=order_line_reference,
            invoice_period=invoice_period,
            allowance_charge=allowance_charge,
            allowance_charge_array=allowance_charge_array,
            item=item,
            price=price,
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


from ..models.allowance_charge import AllowanceCharge
from ..models.invoice_period import InvoicePeriod
from ..models.item import Item
from ..models.order_line_reference import OrderLineReference
from ..models.price import Price
