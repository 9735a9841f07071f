from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="EhfInvoiceRequest")


@_attrs_define(repr=False)
class EhfInvoiceRequest(_AmiliModel):
    """
    Attributes:
        invoice (EhfInvoice): EHF 3.0 invoice. Not documented: assumed to be the credit note's structure with
            `InvoiceLines` instead of
            `CreditNoteLines` (all building blocks shared).
        subscription (Subscription | Unset): The sender's subscription, sent in the body of the documented credit note.
            What it authorises is not
            documented; that it replaces an Authorization header is a guess (inferred), and so is its presence on the
            other operations.
    """

    invoice: EhfInvoice
    subscription: Subscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "invoice" not in _absent:
            invoice = self.invoice.to_dict()

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "invoice" not in _absent:
            field_dict["Invoice"] = invoice
        if subscription is not UNSET:
            field_dict["Subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "Invoice" not in d:
            invoice = _ABSENT
            _absent.append(("invoice", "Invoice"))
        else:
            invoice = EhfInvoice.from_dict(d.pop("Invoice"))

        _subscription = d.pop("Subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = Subscription.from_dict(_subscription)

        ehf_invoice_request = cls(
            invoice=invoice,
            subscription=subscription,
        )

        if _absent:
            _drop_absent(ehf_invoice_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ehf_invoice_request.additional_properties = additional_properties
        return ehf_invoice_request

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


from ..models.ehf_invoice import EhfInvoice
from ..models.subscription import Subscription
