from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.distribution import Distribution
    from ..models.postal_address import PostalAddress


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer (AR account). The same object is sent on create/update and returned by the GETs; `clientNo`,
    `accountNo`, `postalReturn*`, `registrationStatus*` and `postalAddressChanged` are filled in by ARM.

        Attributes:
            customer_no (str): The client's customer number.
            client_no (int | Unset):
            account_no (int | Unset): AR account number.
            name (str | Unset):
            informal_name (str | Unset):
            postal_address (PostalAddress | Unset):
            postal_address_changed (datetime.date | Unset):
            postal_return_status (int | Unset): Value seen `100`.
            postal_return_date (datetime.date | Unset):
            customer_category (str | Unset): Value seen `CONS`.
            email_address_document (list[str] | Unset):
            secondary_email_address (list[str] | Unset):
            phone_no (str | Unset):
            secondary_phone_no (str | Unset):
            organization_no (str | Unset):
            organization_no_scheme (str | Unset): Peppol ICD, e.g. `0192` for Norwegian organisation numbers.
            ssn (str | Unset):
            ssn_country (str | Unset):
            date_of_birth (datetime.date | Unset):
            year_of_birth (int | Unset):
            customer_group_code (str | Unset):
            price_net_or_gross (str | Unset): Value seen `B`.
            language (str | Unset): Values seen `no`, `en`.
            currency (str | Unset):
            distribution (Distribution | Unset): How documents are distributed to the customer.
            seller_reference (str | Unset):
            buyer_reference (str | Unset):
            bank_account_no (str | Unset):
            stop_reminder_until (datetime.date | Unset):
            stop_reminder_memo (str | Unset):
            stop_debt_collection_until (datetime.date | Unset):
            stop_debt_collection_memo (str | Unset):
            stop_interest_calc_until (datetime.date | Unset):
            stop_interest_calc_memo (str | Unset):
            efaktura_block_ids (list[str] | Unset):
            peppol_block_ids (list[str] | Unset):
            digipost_block_ids (list[str] | Unset):
            due_days (int | Unset):
            vat_liable (bool | Unset):
            limit_amount (float | Unset):
            discount_rate (float | Unset):
            active_status_web (str | Unset): Value seen `Passive`.
            customer_message (str | Unset):
            registration_status_code (str | Unset): Value seen `FICTITIOUS`.
            registration_status_date (datetime.date | Unset):
            options (list[str] | Unset): Processing options for the write, e.g. `NoUpdatePostalReturn`.
    """

    customer_no: str
    client_no: int | Unset = UNSET
    account_no: int | Unset = UNSET
    name: str | Unset = UNSET
    informal_name: str | Unset = UNSET
    postal_address: PostalAddress | Unset = UNSET
    postal_address_changed: datetime.date | Unset = UNSET
    postal_return_status: int | Unset = UNSET
    postal_return_date: datetime.date | Unset = UNSET
    customer_category: str | Unset = UNSET
    email_address_document: list[str] | Unset = UNSET
    secondary_email_address: list[str] | Unset = UNSET
    phone_no: str | Unset = UNSET
    secondary_phone_no: str | Unset = UNSET
    organization_no: str | Unset = UNSET
    organization_no_scheme: str | Unset = UNSET
    ssn: str | Unset = UNSET
    ssn_country: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    year_of_birth: int | Unset = UNSET
    customer_group_code: str | Unset = UNSET
    price_net_or_gross: str | Unset = UNSET
    language: str | Unset = UNSET
    currency: str | Unset = UNSET
    distribution: Distribution | Unset = UNSET
    seller_reference: str | Unset = UNSET
    buyer_reference: str | Unset = UNSET
    bank_account_no: str | Unset = UNSET
    stop_reminder_until: datetime.date | Unset = UNSET
    stop_reminder_memo: str | Unset = UNSET
    stop_debt_collection_until: datetime.date | Unset = UNSET
    stop_debt_collection_memo: str | Unset = UNSET
    stop_interest_calc_until: datetime.date | Unset = UNSET
    stop_interest_calc_memo: str | Unset = UNSET
    efaktura_block_ids: list[str] | Unset = UNSET
    peppol_block_ids: list[str] | Unset = UNSET
    digipost_block_ids: list[str] | Unset = UNSET
    due_days: int | Unset = UNSET
    vat_liable: bool | Unset = UNSET
    limit_amount: float | Unset = UNSET
    discount_rate: float | Unset = UNSET
    active_status_web: str | Unset = UNSET
    customer_message: str | Unset = UNSET
    registration_status_code: str | Unset = UNSET
    registration_status_date: datetime.date | Unset = UNSET
    options: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_no = self.customer_no

        client_no = self.client_no

        account_no = self.account_no

        name = self.name

        informal_name = self.informal_name

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        postal_address_changed: str | Unset = UNSET
        if not isinstance(self.postal_address_changed, Unset):
            postal_address_changed = self.postal_address_changed.isoformat()

        postal_return_status = self.postal_return_status

        postal_return_date: str | Unset = UNSET
        if not isinstance(self.postal_return_date, Unset):
            postal_return_date = self.postal_return_date.isoformat()

        customer_category = self.customer_category

        email_address_document: list[str] | Unset = UNSET
        if not isinstance(self.email_address_document, Unset):
            email_address_document = self.email_address_document

        secondary_email_address: list[str] | Unset = UNSET
        if not isinstance(self.secondary_email_address, Unset):
            secondary_email_address = self.secondary_email_address

        phone_no = self.phone_no

        secondary_phone_no = self.secondary_phone_no

        organization_no = self.organization_no

        organization_no_scheme = self.organization_no_scheme

        ssn = self.ssn

        ssn_country = self.ssn_country

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        year_of_birth = self.year_of_birth

        customer_group_code = self.customer_group_code

        price_net_or_gross = self.price_net_or_gross

        language = self.language

        currency = self.currency

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        seller_reference = self.seller_reference

        buyer_reference = self.buyer_reference

        bank_account_no = self.bank_account_no

        stop_reminder_until: str | Unset = UNSET
        if not isinstance(self.stop_reminder_until, Unset):
            stop_reminder_until = self.stop_reminder_until.isoformat()

        stop_reminder_memo = self.stop_reminder_memo

        stop_debt_collection_until: str | Unset = UNSET
        if not isinstance(self.stop_debt_collection_until, Unset):
            stop_debt_collection_until = self.stop_debt_collection_until.isoformat()

        stop_debt_collection_memo = self.stop_debt_collection_memo

        stop_interest_calc_until: str | Unset = UNSET
        if not isinstance(self.stop_interest_calc_until, Unset):
            stop_interest_calc_until = self.stop_interest_calc_until.isoformat()

        stop_interest_calc_memo = self.stop_interest_calc_memo

        efaktura_block_ids: list[str] | Unset = UNSET
        if not isinstance(self.efaktura_block_ids, Unset):
            efaktura_block_ids = self.efaktura_block_ids

        peppol_block_ids: list[str] | Unset = UNSET
        if not isinstance(self.peppol_block_ids, Unset):
            peppol_block_ids = self.peppol_block_ids

        digipost_block_ids: list[str] | Unset = UNSET
        if not isinstance(self.digipost_block_ids, Unset):
            digipost_block_ids = self.digipost_block_ids

        due_days = self.due_days

        vat_liable = self.vat_liable

        limit_amount = self.limit_amount

        discount_rate = self.discount_rate

        active_status_web = self.active_status_web

        customer_message = self.customer_message

        registration_status_code = self.registration_status_code

        registration_status_date: str | Unset = UNSET
        if not isinstance(self.registration_status_date, Unset):
            registration_status_date = self.registration_status_date.isoformat()

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerNo": customer_no,
            }
        )
        if client_no is not UNSET:
            field_dict["clientNo"] = client_no
        if account_no is not UNSET:
            field_dict["accountNo"] = account_no
        if name is not UNSET:
            field_dict["name"] = name
        if informal_name is not UNSET:
            field_dict["informalName"] = informal_name
        if postal_address is not UNSET:
            field_dict["postalAddress"] = postal_address
        if postal_address_changed is not UNSET:
            field_dict["postalAddressChanged"] = postal_address_changed
        if postal_return_status is not UNSET:
            field_dict["postalReturnStatus"] = postal_return_status
        if postal_return_date is not UNSET:
            field_dict["postalReturnDate"] = postal_return_date
        if customer_category is not UNSET:
            field_dict["customerCategory"] = customer_category
        if email_address_document is not UNSET:
            field_dict["emailAddressDocument"] = email_address_document
        if secondary_email_address is not UNSET:
            field_dict["secondaryEmailAddress"] = secondary_email_address
        if phone_no is not UNSET:
            field_dict["phoneNo"] = phone_no
        if secondary_phone_no is not UNSET:
            field_dict["secondaryPhoneNo"] = secondary_phone_no
        if organization_no is not UNSET:
            field_dict["organizationNo"] = organization_no
        if organization_no_scheme is not UNSET:
            field_dict["organizationNoScheme"] = organization_no_scheme
        if ssn is not UNSET:
            field_dict["ssn"] = ssn
        if ssn_country is not UNSET:
            field_dict["ssnCountry"] = ssn_country
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if year_of_birth is not UNSET:
            field_dict["yearOfBirth"] = year_of_birth
        if customer_group_code is not UNSET:
            field_dict["customerGroupCode"] = customer_group_code
        if price_net_or_gross is not UNSET:
            field_dict["priceNetOrGross"] = price_net_or_gross
        if language is not UNSET:
            field_dict["language"] = language
        if currency is not UNSET:
            field_dict["currency"] = currency
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if seller_reference is not UNSET:
            field_dict["sellerReference"] = seller_reference
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if bank_account_no is not UNSET:
            field_dict["bankAccountNo"] = bank_account_no
        if stop_reminder_until is not UNSET:
            field_dict["stopReminderUntil"] = stop_reminder_until
        if stop_reminder_memo is not UNSET:
            field_dict["stopReminderMemo"] = stop_reminder_memo
        if stop_debt_collection_until is not UNSET:
            field_dict["stopDebtCollectionUntil"] = stop_debt_collection_until
        if stop_debt_collection_memo is not UNSET:
            field_dict["stopDebtCollectionMemo"] = stop_debt_collection_memo
        if stop_interest_calc_until is not UNSET:
            field_dict["stopInterestCalcUntil"] = stop_interest_calc_until
        if stop_interest_calc_memo is not UNSET:
            field_dict["stopInterestCalcMemo"] = stop_interest_calc_memo
        if efaktura_block_ids is not UNSET:
            field_dict["efakturaBlockIds"] = efaktura_block_ids
        if peppol_block_ids is not UNSET:
            field_dict["peppolBlockIds"] = peppol_block_ids
        if digipost_block_ids is not UNSET:
            field_dict["digipostBlockIds"] = digipost_block_ids
        if due_days is not UNSET:
            field_dict["dueDays"] = due_days
        if vat_liable is not UNSET:
            field_dict["vatLiable"] = vat_liable
        if limit_amount is not UNSET:
            field_dict["limitAmount"] = limit_amount
        if discount_rate is not UNSET:
            field_dict["discountRate"] = discount_rate
        if active_status_web is not UNSET:
            field_dict["activeStatusWeb"] = active_status_web
        if customer_message is not UNSET:
            field_dict["customerMessage"] = customer_message
        if registration_status_code is not UNSET:
            field_dict["registrationStatusCode"] = registration_status_code
        if registration_status_date is not UNSET:
            field_dict["registrationStatusDate"] = registration_status_date
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.distribution import Distribution
        from ..models.postal_address import PostalAddress

        d = dict(src_dict)
        customer_no = d.pop("customerNo")

        client_no = d.pop("clientNo", UNSET)

        account_no = d.pop("accountNo", UNSET)

        name = d.pop("name", UNSET)

        informal_name = d.pop("informalName", UNSET)

        _postal_address = d.pop("postalAddress", UNSET)
        postal_address: PostalAddress | Unset
        if isinstance(_postal_address, Unset):
            postal_address = UNSET
        else:
            postal_address = PostalAddress.from_dict(_postal_address)

        _postal_address_changed = d.pop("postalAddressChanged", UNSET)
        postal_address_changed: datetime.date | Unset
        if isinstance(_postal_address_changed, Unset):
            postal_address_changed = UNSET
        else:
            postal_address_changed = datetime.date.fromisoformat(_postal_address_changed)

        postal_return_status = d.pop("postalReturnStatus", UNSET)

        _postal_return_date = d.pop("postalReturnDate", UNSET)
        postal_return_date: datetime.date | Unset
        if isinstance(_postal_return_date, Unset):
            postal_return_date = UNSET
        else:
            postal_return_date = datetime.date.fromisoformat(_postal_return_date)

        customer_category = d.pop("customerCategory", UNSET)

        email_address_document = cast(list[str], d.pop("emailAddressDocument", UNSET))

        secondary_email_address = cast(list[str], d.pop("secondaryEmailAddress", UNSET))

        phone_no = d.pop("phoneNo", UNSET)

        secondary_phone_no = d.pop("secondaryPhoneNo", UNSET)

        organization_no = d.pop("organizationNo", UNSET)

        organization_no_scheme = d.pop("organizationNoScheme", UNSET)

        ssn = d.pop("ssn", UNSET)

        ssn_country = d.pop("ssnCountry", UNSET)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        year_of_birth = d.pop("yearOfBirth", UNSET)

        customer_group_code = d.pop("customerGroupCode", UNSET)

        price_net_or_gross = d.pop("priceNetOrGross", UNSET)

        language = d.pop("language", UNSET)

        currency = d.pop("currency", UNSET)

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = Distribution.from_dict(_distribution)

        seller_reference = d.pop("sellerReference", UNSET)

        buyer_reference = d.pop("buyerReference", UNSET)

        bank_account_no = d.pop("bankAccountNo", UNSET)

        _stop_reminder_until = d.pop("stopReminderUntil", UNSET)
        stop_reminder_until: datetime.date | Unset
        if isinstance(_stop_reminder_until, Unset):
            stop_reminder_until = UNSET
        else:
            stop_reminder_until = datetime.date.fromisoformat(_stop_reminder_until)

        stop_reminder_memo = d.pop("stopReminderMemo", UNSET)

        _stop_debt_collection_until = d.pop("stopDebtCollectionUntil", UNSET)
        stop_debt_collection_until: datetime.date | Unset
        if isinstance(_stop_debt_collection_until, Unset):
            stop_debt_collection_until = UNSET
        else:
            stop_debt_collection_until = datetime.date.fromisoformat(_stop_debt_collection_until)

        stop_debt_collection_memo = d.pop("stopDebtCollectionMemo", UNSET)

        _stop_interest_calc_until = d.pop("stopInterestCalcUntil", UNSET)
        stop_interest_calc_until: datetime.date | Unset
        if isinstance(_stop_interest_calc_until, Unset):
            stop_interest_calc_until = UNSET
        else:
            stop_interest_calc_until = datetime.date.fromisoformat(_stop_interest_calc_until)

        stop_interest_calc_memo = d.pop("stopInterestCalcMemo", UNSET)

        efaktura_block_ids = cast(list[str], d.pop("efakturaBlockIds", UNSET))

        peppol_block_ids = cast(list[str], d.pop("peppolBlockIds", UNSET))

        digipost_block_ids = cast(list[str], d.pop("digipostBlockIds", UNSET))

        due_days = d.pop("dueDays", UNSET)

        vat_liable = d.pop("vatLiable", UNSET)

        limit_amount = d.pop("limitAmount", UNSET)

        discount_rate = d.pop("discountRate", UNSET)

        active_status_web = d.pop("activeStatusWeb", UNSET)

        customer_message = d.pop("customerMessage", UNSET)

        registration_status_code = d.pop("registrationStatusCode", UNSET)

        _registration_status_date = d.pop("registrationStatusDate", UNSET)
        registration_status_date: datetime.date | Unset
        if isinstance(_registration_status_date, Unset):
            registration_status_date = UNSET
        else:
            registration_status_date = datetime.date.fromisoformat(_registration_status_date)

        options = cast(list[str], d.pop("options", UNSET))

        customer = cls(
            customer_no=customer_no,
            client_no=client_no,
            account_no=account_no,
            name=name,
            informal_name=informal_name,
            postal_address=postal_address,
            postal_address_changed=postal_address_changed,
            postal_return_status=postal_return_status,
            postal_return_date=postal_return_date,
            customer_category=customer_category,
            email_address_document=email_address_document,
            secondary_email_address=secondary_email_address,
            phone_no=phone_no,
            secondary_phone_no=secondary_phone_no,
            organization_no=organization_no,
            organization_no_scheme=organization_no_scheme,
            ssn=ssn,
            ssn_country=ssn_country,
            date_of_birth=date_of_birth,
            year_of_birth=year_of_birth,
            customer_group_code=customer_group_code,
            price_net_or_gross=price_net_or_gross,
            language=language,
            currency=currency,
            distribution=distribution,
            seller_reference=seller_reference,
            buyer_reference=buyer_reference,
            bank_account_no=bank_account_no,
            stop_reminder_until=stop_reminder_until,
            stop_reminder_memo=stop_reminder_memo,
            stop_debt_collection_until=stop_debt_collection_until,
            stop_debt_collection_memo=stop_debt_collection_memo,
            stop_interest_calc_until=stop_interest_calc_until,
            stop_interest_calc_memo=stop_interest_calc_memo,
            efaktura_block_ids=efaktura_block_ids,
            peppol_block_ids=peppol_block_ids,
            digipost_block_ids=digipost_block_ids,
            due_days=due_days,
            vat_liable=vat_liable,
            limit_amount=limit_amount,
            discount_rate=discount_rate,
            active_status_web=active_status_web,
            customer_message=customer_message,
            registration_status_code=registration_status_code,
            registration_status_date=registration_status_date,
            options=options,
        )

        customer.additional_properties = d
        return customer

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
