from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="BankAgreementStatusRequest")


@_attrs_define(repr=False)
class BankAgreementStatusRequest(_AmiliModel):
    """
    Attributes:
        payer_number (str | Unset):
        national_id (str | Unset):
        organization_number (str | Unset):
        subscription (Subscription | Unset): The sender's subscription, sent in the body of the documented credit note.
            What it authorises is not
            documented; that it replaces an Authorization header is a guess (inferred), and so is its presence on the
            other operations.
    """

    payer_number: str | Unset = UNSET
    national_id: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    subscription: Subscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payer_number = self.payer_number

        national_id = self.national_id

        organization_number = self.organization_number

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if payer_number is not UNSET:
            field_dict["PayerNumber"] = payer_number
        if national_id is not UNSET:
            field_dict["NationalId"] = national_id
        if organization_number is not UNSET:
            field_dict["OrganizationNumber"] = organization_number
        if subscription is not UNSET:
            field_dict["Subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        payer_number = d.pop("PayerNumber", UNSET)
        if not isinstance(payer_number, (str, Unset)):
            raise TypeError("PayerNumber: expected a string, got " + type(payer_number).__name__)

        national_id = d.pop("NationalId", UNSET)
        if not isinstance(national_id, (str, Unset)):
            raise TypeError("NationalId: expected a string, got " + type(national_id).__name__)

        organization_number = d.pop("OrganizationNumber", UNSET)
        if not isinstance(organization_number, (str, Unset)):
            raise TypeError("OrganizationNumber: expected a string, got " + type(organization_number).__name__)

        _subscription = d.pop("Subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = Subscription.from_dict(_subscription)

        bank_agreement_status_request = cls(
            payer_number=payer_number,
            national_id=national_id,
            organization_number=organization_number,
            subscription=subscription,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        bank_agreement_status_request.additional_properties = additional_properties
        return bank_agreement_status_request

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


from ..models.subscription import Subscription
