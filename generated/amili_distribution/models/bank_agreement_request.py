from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="BankAgreementRequest")


@_attrs_define(repr=False)
class BankAgreementRequest(_AmiliModel):
    """Swedish autogiro mandate (fields inferred).

    Attributes:
        payer_number (str):
        national_id (str | Unset): Payer's personal identity number (personnummer) or organisation number.
        name (str | Unset):
        clearing_number (str | Unset):
        account_number (str | Unset):
        organization_number (str | Unset): Payee (sender) organisation number.
        subscription (Subscription | Unset): The sender's subscription, sent in the body of the documented credit note.
            What it authorises is not
            documented; that it replaces an Authorization header is a guess (inferred), and so is its presence on the
            other operations.
    """

    payer_number: str
    national_id: str | Unset = UNSET
    name: str | Unset = UNSET
    clearing_number: str | Unset = UNSET
    account_number: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    subscription: Subscription | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "payer_number" not in _absent:
            payer_number = self.payer_number

        national_id = self.national_id

        name = self.name

        clearing_number = self.clearing_number

        account_number = self.account_number

        organization_number = self.organization_number

        subscription: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription, Unset):
            subscription = self.subscription.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "payer_number" not in _absent:
            field_dict["PayerNumber"] = payer_number
        if national_id is not UNSET:
            field_dict["NationalId"] = national_id
        if name is not UNSET:
            field_dict["Name"] = name
        if clearing_number is not UNSET:
            field_dict["ClearingNumber"] = clearing_number
        if account_number is not UNSET:
            field_dict["AccountNumber"] = account_number
        if organization_number is not UNSET:
            field_dict["OrganizationNumber"] = organization_number
        if subscription is not UNSET:
            field_dict["Subscription"] = subscription

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "PayerNumber" not in d:
            payer_number = _ABSENT
            _absent.append(("payer_number", "PayerNumber"))
        else:
            payer_number = d.pop("PayerNumber")
            if not isinstance(payer_number, str):
                raise TypeError("PayerNumber: expected a string, got " + type(payer_number).__name__)

        national_id = d.pop("NationalId", UNSET)
        if not isinstance(national_id, (str, Unset)):
            raise TypeError("NationalId: expected a string, got " + type(national_id).__name__)

        name = d.pop("Name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("Name: expected a string, got " + type(name).__name__)

        clearing_number = d.pop("ClearingNumber", UNSET)
        if not isinstance(clearing_number, (str, Unset)):
            raise TypeError("ClearingNumber: expected a string, got " + type(clearing_number).__name__)

        account_number = d.pop("AccountNumber", UNSET)
        if not isinstance(account_number, (str, Unset)):
            raise TypeError("AccountNumber: expected a string, got " + type(account_number).__name__)

        organization_number = d.pop("OrganizationNumber", UNSET)
        if not isinstance(organization_number, (str, Unset)):
            raise TypeError("OrganizationNumber: expected a string, got " + type(organization_number).__name__)

        _subscription = d.pop("Subscription", UNSET)
        subscription: Subscription | Unset
        if isinstance(_subscription, Unset):
            subscription = UNSET
        else:
            subscription = Subscription.from_dict(_subscription)

        bank_agreement_request = cls(
            payer_number=payer_number,
            national_id=national_id,
            name=name,
            clearing_number=clearing_number,
            account_number=account_number,
            organization_number=organization_number,
            subscription=subscription,
        )

        if _absent:
            _drop_absent(bank_agreement_request, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        bank_agreement_request.additional_properties = additional_properties
        return bank_agreement_request

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
