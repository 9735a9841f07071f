from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.debtor_type import DebtorType
from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Debtor")


@_attrs_define(repr=False)
class Debtor(_AmiliModel):
    """
    Attributes:
        type_ (DebtorType | Unset): Value seen `PRIVATE`. Other values are valid (the list is not documented as
            complete); the SDK's enum parses them as unknown members. `COMPANY` is inferred (debtors carry
            `organizationNumber`).
        firstname (str | Unset):
        lastname (str | Unset):
        name (str | Unset):
        customer_number (str | Unset):
        identification_number (str | Unset): National identity number (private debtors).
        organization_number (str | Unset):
        date_of_birth (datetime.date | Unset):
        emails (list[Email] | Unset):
        phone_numbers (list[PhoneNumber] | Unset):
        addresses (list[Address] | Unset):
    """

    type_: DebtorType | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    name: str | Unset = UNSET
    customer_number: str | Unset = UNSET
    identification_number: str | Unset = UNSET
    organization_number: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    emails: list[Email] | Unset = UNSET
    phone_numbers: list[PhoneNumber] | Unset = UNSET
    addresses: list[Address] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        firstname = self.firstname

        lastname = self.lastname

        name = self.name

        customer_number = self.customer_number

        identification_number = self.identification_number

        organization_number = self.organization_number

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = (
                self.date_of_birth.isoformat(
                    timespec="seconds"
                    if not self.date_of_birth.microsecond
                    else "milliseconds"
                    if not self.date_of_birth.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.date_of_birth, datetime.datetime)
                else self.date_of_birth.isoformat()
            )

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        phone_numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.phone_numbers, Unset):
            phone_numbers = []
            for phone_numbers_item_data in self.phone_numbers:
                phone_numbers_item = phone_numbers_item_data.to_dict()
                phone_numbers.append(phone_numbers_item)

        addresses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = []
            for addresses_item_data in self.addresses:
                addresses_item = addresses_item_data.to_dict()
                addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if name is not UNSET:
            field_dict["name"] = name
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if identification_number is not UNSET:
            field_dict["identificationNumber"] = identification_number
        if organization_number is not UNSET:
            field_dict["organizationNumber"] = organization_number
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if emails is not UNSET:
            field_dict["emails"] = emails
        if phone_numbers is not UNSET:
            field_dict["phoneNumbers"] = phone_numbers
        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DebtorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DebtorType(_type_)

        firstname = d.pop("firstname", UNSET)
        if not isinstance(firstname, (str, Unset)):
            raise TypeError("firstname: expected a string, got " + type(firstname).__name__)

        lastname = d.pop("lastname", UNSET)
        if not isinstance(lastname, (str, Unset)):
            raise TypeError("lastname: expected a string, got " + type(lastname).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        customer_number = d.pop("customerNumber", UNSET)
        if not isinstance(customer_number, (str, Unset)):
            raise TypeError("customerNumber: expected a string, got " + type(customer_number).__name__)

        identification_number = d.pop("identificationNumber", UNSET)
        if not isinstance(identification_number, (str, Unset)):
            raise TypeError("identificationNumber: expected a string, got " + type(identification_number).__name__)

        organization_number = d.pop("organizationNumber", UNSET)
        if not isinstance(organization_number, (str, Unset)):
            raise TypeError("organizationNumber: expected a string, got " + type(organization_number).__name__)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        _emails = d.pop("emails", UNSET)
        emails: list[Email] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = Email.from_dict(emails_item_data)

                emails.append(emails_item)

        _phone_numbers = d.pop("phoneNumbers", UNSET)
        phone_numbers: list[PhoneNumber] | Unset = UNSET
        if _phone_numbers is not UNSET:
            phone_numbers = []
            for phone_numbers_item_data in _phone_numbers:
                phone_numbers_item = PhoneNumber.from_dict(phone_numbers_item_data)

                phone_numbers.append(phone_numbers_item)

        _addresses = d.pop("addresses", UNSET)
        addresses: list[Address] | Unset = UNSET
        if _addresses is not UNSET:
            addresses = []
            for addresses_item_data in _addresses:
                addresses_item = Address.from_dict(addresses_item_data)

                addresses.append(addresses_item)

        debtor = cls(
            type_=type_,
            firstname=firstname,
            lastname=lastname,
            name=name,
            customer_number=customer_number,
            identification_number=identification_number,
            organization_number=organization_number,
            date_of_birth=date_of_birth,
            emails=emails,
            phone_numbers=phone_numbers,
            addresses=addresses,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        debtor.additional_properties = additional_properties
        return debtor

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


from ..models.address import Address
from ..models.email import Email
from ..models.phone_number import PhoneNumber
