from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="InvoiceSummary")


@_attrs_define(repr=False)
class InvoiceSummary(_AmiliModel):
    """Invoice counts/amounts for the period; per-channel breakdown as sent by Amili.

    Attributes:
        company_id (str | Unset):
        from_date (str | Unset):
        to_date (str | Unset):
        invoice_count (int | Unset):
        total_amount (float | Unset):
        channels (list[ChannelCount] | Unset):
    """

    company_id: str | Unset = UNSET
    from_date: str | Unset = UNSET
    to_date: str | Unset = UNSET
    invoice_count: int | Unset = UNSET
    total_amount: float | Unset = UNSET
    channels: list[ChannelCount] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        from_date = self.from_date

        to_date = self.to_date

        invoice_count = self.invoice_count

        total_amount = self.total_amount

        channels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.channels, Unset):
            channels = []
            for channels_item_data in self.channels:
                channels_item = channels_item_data.to_dict()
                channels.append(channels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if company_id is not UNSET:
            field_dict["CompanyId"] = company_id
        if from_date is not UNSET:
            field_dict["FromDate"] = from_date
        if to_date is not UNSET:
            field_dict["ToDate"] = to_date
        if invoice_count is not UNSET:
            field_dict["InvoiceCount"] = invoice_count
        if total_amount is not UNSET:
            field_dict["TotalAmount"] = total_amount
        if channels is not UNSET:
            field_dict["Channels"] = channels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        company_id = d.pop("CompanyId", UNSET)
        if not isinstance(company_id, (str, Unset)):
            raise TypeError("CompanyId: expected a string, got " + type(company_id).__name__)

        from_date = d.pop("FromDate", UNSET)
        if not isinstance(from_date, (str, Unset)):
            raise TypeError("FromDate: expected a string, got " + type(from_date).__name__)

        to_date = d.pop("ToDate", UNSET)
        if not isinstance(to_date, (str, Unset)):
            raise TypeError("ToDate: expected a string, got " + type(to_date).__name__)

        invoice_count = d.pop("InvoiceCount", UNSET)
        if not isinstance(invoice_count, Unset) and not (
            isinstance(invoice_count, int) and not isinstance(invoice_count, bool)
        ):
            raise TypeError("InvoiceCount: expected an integer, got " + type(invoice_count).__name__)

        total_amount = d.pop("TotalAmount", UNSET)
        if not isinstance(total_amount, Unset) and not (
            isinstance(total_amount, (int, float)) and not isinstance(total_amount, bool)
        ):
            raise TypeError("TotalAmount: expected a number, got " + type(total_amount).__name__)

        _channels = d.pop("Channels", UNSET)
        channels: list[ChannelCount] | Unset = UNSET
        if _channels is not UNSET:
            channels = []
            for channels_item_data in _channels:
                channels_item = ChannelCount.from_dict(channels_item_data)

                channels.append(channels_item)

        invoice_summary = cls(
            company_id=company_id,
            from_date=from_date,
            to_date=to_date,
            invoice_count=invoice_count,
            total_amount=total_amount,
            channels=channels,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        invoice_summary.additional_properties = additional_properties
        return invoice_summary

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


from ..models.channel_count import ChannelCount
