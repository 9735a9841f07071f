from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="Customer")


@_attrs_define(repr=False)
class Customer(_AmiliModel):
    """A customer (AR account). The same object is sent on create/update and returned by the GETs; `clientNo`,
    `accountNo`, `postalReturn*`, `registrationStatus*` and `postalAddressChanged` are filled in by ARM.
    Writable fields are nullable: on update an explicit `null` (like an absent field) keeps the stored value
    (documented, see `update_customer`); the generated model tells `None` (sent as `null`) from `UNSET` (omitted).

        Attributes:
            customer_no (str): The client's customer number.
            client_no (int | Unset):
            account_no (int | Unset): AR account number.
            name (None | str | Unset):
            informal_name (None | str | Unset):
            postal_address (PostalAddress | Unset):
            postal_address_changed (datetime.date | Unset):
            postal_return_status (int | Unset): Value seen `100`.
            postal_return_date (datetime.date | Unset):
            customer_category (None | str | Unset): Value seen `CONS`.
            email_address_document (list[str] | None | Unset):
            secondary_email_address (list[str] | None | Unset):
            phone_no (None | str | Unset):
            secondary_phone_no (None | str | Unset):
            organization_no (None | str | Unset):
            organization_no_scheme (None | str | Unset): Peppol ICD, e.g. `0192` for Norwegian organisation numbers.
            ssn (None | str | Unset):
            ssn_country (None | str | Unset):
            date_of_birth (datetime.date | None | Unset):
            year_of_birth (int | None | Unset):
            customer_group_code (None | str | Unset):
            price_net_or_gross (None | str | Unset): Value seen `B`.
            language (None | str | Unset): Values seen `no`, `en`.
            currency (None | str | Unset):
            distribution (Distribution | Unset): How documents are distributed to the customer.
            seller_reference (None | str | Unset):
            buyer_reference (None | str | Unset):
            bank_account_no (None | str | Unset):
            stop_reminder_until (datetime.date | None | Unset):
            stop_reminder_memo (None | str | Unset):
            stop_debt_collection_until (datetime.date | None | Unset):
            stop_debt_collection_memo (None | str | Unset):
            stop_interest_calc_until (datetime.date | None | Unset):
            stop_interest_calc_memo (None | str | Unset):
            efaktura_block_ids (list[str] | None | Unset):
            peppol_block_ids (list[str] | None | Unset):
            digipost_block_ids (list[str] | None | Unset):
            due_days (int | None | Unset):
            vat_liable (bool | None | Unset):
            limit_amount (float | None | Unset):
            discount_rate (float | None | Unset):
            active_status_web (None | str | Unset): Value seen `Passive`.
            customer_message (None | str | Unset):
            registration_status_code (str | Unset): Value seen `FICTITIOUS`.
            registration_status_date (datetime.date | Unset):
            options (list[str] | None | Unset): Processing options for the write, e.g. `NoUpdatePostalReturn`.
    """

    customer_no: str
    client_no: int | Unset = UNSET
    account_no: int | Unset = UNSET
    name: None | str | Unset = UNSET
    informal_name: None | str | Unset = UNSET
    postal_address: PostalAddress | Unset = UNSET
    postal_address_changed: datetime.date | Unset = UNSET
    postal_return_status: int | Unset = UNSET
    postal_return_date: datetime.date | Unset = UNSET
    customer_category: None | str | Unset = UNSET
    email_address_document: list[str] | None | Unset = UNSET
    secondary_email_address: list[str] | None | Unset = UNSET
    phone_no: None | str | Unset = UNSET
    secondary_phone_no: None | str | Unset = UNSET
    organization_no: None | str | Unset = UNSET
    organization_no_scheme: None | str | Unset = UNSET
    ssn: None | str | Unset = UNSET
    ssn_country: None | str | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    year_of_birth: int | None | Unset = UNSET
    customer_group_code: None | str | Unset = UNSET
    price_net_or_gross: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    distribution: Distribution | Unset = UNSET
    seller_reference: None | str | Unset = UNSET
    buyer_reference: None | str | Unset = UNSET
    bank_account_no: None | str | Unset = UNSET
    stop_reminder_until: datetime.date | None | Unset = UNSET
    stop_reminder_memo: None | str | Unset = UNSET
    stop_debt_collection_until: datetime.date | None | Unset = UNSET
    stop_debt_collection_memo: None | str | Unset = UNSET
    stop_interest_calc_until: datetime.date | None | Unset = UNSET
    stop_interest_calc_memo: None | str | Unset = UNSET
    efaktura_block_ids: list[str] | None | Unset = UNSET
    peppol_block_ids: list[str] | None | Unset = UNSET
    digipost_block_ids: list[str] | None | Unset = UNSET
    due_days: int | None | Unset = UNSET
    vat_liable: bool | None | Unset = UNSET
    limit_amount: float | None | Unset = UNSET
    discount_rate: float | None | Unset = UNSET
    active_status_web: None | str | Unset = UNSET
    customer_message: None | str | Unset = UNSET
    registration_status_code: str | Unset = UNSET
    registration_status_date: datetime.date | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "customer_no" not in _absent:
            customer_no = self.customer_no

        client_no = self.client_no

        account_no = self.account_no

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        informal_name: None | str | Unset
        if isinstance(self.informal_name, Unset):
            informal_name = UNSET
        else:
            informal_name = self.informal_name

        postal_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.postal_address, Unset):
            postal_address = self.postal_address.to_dict()

        postal_address_changed: str | Unset = UNSET
        if not isinstance(self.postal_address_changed, Unset):
            postal_address_changed = (
                self.postal_address_changed.isoformat(
                    timespec="seconds"
                    if not self.postal_address_changed.microsecond
                    else "milliseconds"
                    if not self.postal_address_changed.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.postal_address_changed, datetime.datetime)
                else self.postal_address_changed.isoformat()
            )

        postal_return_status = self.postal_return_status

        postal_return_date: str | Unset = UNSET
        if not isinstance(self.postal_return_date, Unset):
            postal_return_date = (
                self.postal_return_date.isoformat(
                    timespec="seconds"
                    if not self.postal_return_date.microsecond
                    else "milliseconds"
                    if not self.postal_return_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.postal_return_date, datetime.datetime)
                else self.postal_return_date.isoformat()
            )

        customer_category: None | str | Unset
        if isinstance(self.customer_category, Unset):
            customer_category = UNSET
        else:
            customer_category = self.customer_category

        email_address_document: list[str] | None | Unset
        if isinstance(self.email_address_document, Unset):
            email_address_document = UNSET
        elif isinstance(self.email_address_document, list):
            email_address_document = self.email_address_document

        else:
            email_address_document = self.email_address_document

        secondary_email_address: list[str] | None | Unset
        if isinstance(self.secondary_email_address, Unset):
            secondary_email_address = UNSET
        elif isinstance(self.secondary_email_address, list):
            secondary_email_address = self.secondary_email_address

        else:
            secondary_email_address = self.secondary_email_address

        phone_no: None | str | Unset
        if isinstance(self.phone_no, Unset):
            phone_no = UNSET
        else:
            phone_no = self.phone_no

        secondary_phone_no: None | str | Unset
        if isinstance(self.secondary_phone_no, Unset):
            secondary_phone_no = UNSET
        else:
            secondary_phone_no = self.secondary_phone_no

        organization_no: None | str | Unset
        if isinstance(self.organization_no, Unset):
            organization_no = UNSET
        else:
            organization_no = self.organization_no

        organization_no_scheme: None | str | Unset
        if isinstance(self.organization_no_scheme, Unset):
            organization_no_scheme = UNSET
        else:
            organization_no_scheme = self.organization_no_scheme

        ssn: None | str | Unset
        if isinstance(self.ssn, Unset):
            ssn = UNSET
        else:
            ssn = self.ssn

        ssn_country: None | str | Unset
        if isinstance(self.ssn_country, Unset):
            ssn_country = UNSET
        else:
            ssn_country = self.ssn_country

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
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
        else:
            date_of_birth = self.date_of_birth

        year_of_birth: int | None | Unset
        if isinstance(self.year_of_birth, Unset):
            year_of_birth = UNSET
        else:
            year_of_birth = self.year_of_birth

        customer_group_code: None | str | Unset
        if isinstance(self.customer_group_code, Unset):
            customer_group_code = UNSET
        else:
            customer_group_code = self.customer_group_code

        price_net_or_gross: None | str | Unset
        if isinstance(self.price_net_or_gross, Unset):
            price_net_or_gross = UNSET
        else:
            price_net_or_gross = self.price_net_or_gross

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        seller_reference: None | str | Unset
        if isinstance(self.seller_reference, Unset):
            seller_reference = UNSET
        else:
            seller_reference = self.seller_reference

        buyer_reference: None | str | Unset
        if isinstance(self.buyer_reference, Unset):
            buyer_reference = UNSET
        else:
            buyer_reference = self.buyer_reference

        bank_account_no: None | str | Unset
        if isinstance(self.bank_account_no, Unset):
            bank_account_no = UNSET
        else:
            bank_account_no = self.bank_account_no

        stop_reminder_until: None | str | Unset
        if isinstance(self.stop_reminder_until, Unset):
            stop_reminder_until = UNSET
        elif isinstance(self.stop_reminder_until, datetime.date):
            stop_reminder_until = (
                self.stop_reminder_until.isoformat(
                    timespec="seconds"
                    if not self.stop_reminder_until.microsecond
                    else "milliseconds"
                    if not self.stop_reminder_until.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.stop_reminder_until, datetime.datetime)
                else self.stop_reminder_until.isoformat()
            )
        else:
            stop_reminder_until = self.stop_reminder_until

        stop_reminder_memo: None | str | Unset
        if isinstance(self.stop_reminder_memo, Unset):
            stop_reminder_memo = UNSET
        else:
            stop_reminder_memo = self.stop_reminder_memo

        stop_debt_collection_until: None | str | Unset
        if isinstance(self.stop_debt_collection_until, Unset):
            stop_debt_collection_until = UNSET
        elif isinstance(self.stop_debt_collection_until, datetime.date):
            stop_debt_collection_until = (
                self.stop_debt_collection_until.isoformat(
                    timespec="seconds"
                    if not self.stop_debt_collection_until.microsecond
                    else "milliseconds"
                    if not self.stop_debt_collection_until.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.stop_debt_collection_until, datetime.datetime)
                else self.stop_debt_collection_until.isoformat()
            )
        else:
            stop_debt_collection_until = self.stop_debt_collection_until

        stop_debt_collection_memo: None | str | Unset
        if isinstance(self.stop_debt_collection_memo, Unset):
            stop_debt_collection_memo = UNSET
        else:
            stop_debt_collection_memo = self.stop_debt_collection_memo

        stop_interest_calc_until: None | str | Unset
        if isinstance(self.stop_interest_calc_until, Unset):
            stop_interest_calc_until = UNSET
        elif isinstance(self.stop_interest_calc_until, datetime.date):
            stop_interest_calc_until = (
                self.stop_interest_calc_until.isoformat(
                    timespec="seconds"
                    if not self.stop_interest_calc_until.microsecond
                    else "milliseconds"
                    if not self.stop_interest_calc_until.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.stop_interest_calc_until, datetime.datetime)
                else self.stop_interest_calc_until.isoformat()
            )
        else:
            stop_interest_calc_until = self.stop_interest_calc_until

        stop_interest_calc_memo: None | str | Unset
        if isinstance(self.stop_interest_calc_memo, Unset):
            stop_interest_calc_memo = UNSET
        else:
            stop_interest_calc_memo = self.stop_interest_calc_memo

        efaktura_block_ids: list[str] | None | Unset
        if isinstance(self.efaktura_block_ids, Unset):
            efaktura_block_ids = UNSET
        elif isinstance(self.efaktura_block_ids, list):
            efaktura_block_ids = self.efaktura_block_ids

        else:
            efaktura_block_ids = self.efaktura_block_ids

        peppol_block_ids: list[str] | None | Unset
        if isinstance(self.peppol_block_ids, Unset):
            peppol_block_ids = UNSET
        elif isinstance(self.peppol_block_ids, list):
            peppol_block_ids = self.peppol_block_ids

        else:
            peppol_block_ids = self.peppol_block_ids

        digipost_block_ids: list[str] | None | Unset
        if isinstance(self.digipost_block_ids, Unset):
            digipost_block_ids = UNSET
        elif isinstance(self.digipost_block_ids, list):
            digipost_block_ids = self.digipost_block_ids

        else:
            digipost_block_ids = self.digipost_block_ids

        due_days: int | None | Unset
        if isinstance(self.due_days, Unset):
            due_days = UNSET
        else:
            due_days = self.due_days

        vat_liable: bool | None | Unset
        if isinstance(self.vat_liable, Unset):
            vat_liable = UNSET
        else:
            vat_liable = self.vat_liable

        limit_amount: float | None | Unset
        if isinstance(self.limit_amount, Unset):
            limit_amount = UNSET
        else:
            limit_amount = self.limit_amount

        discount_rate: float | None | Unset
        if isinstance(self.discount_rate, Unset):
            discount_rate = UNSET
        else:
            discount_rate = self.discount_rate

        active_status_web: None | str | Unset
        if isinstance(self.active_status_web, Unset):
            active_status_web = UNSET
        else:
            active_status_web = self.active_status_web

        customer_message: None | str | Unset
        if isinstance(self.customer_message, Unset):
            customer_message = UNSET
        else:
            customer_message = self.customer_message

        registration_status_code = self.registration_status_code

        registration_status_date: str | Unset = UNSET
        if not isinstance(self.registration_status_date, Unset):
            registration_status_date = (
                self.registration_status_date.isoformat(
                    timespec="seconds"
                    if not self.registration_status_date.microsecond
                    else "milliseconds"
                    if not self.registration_status_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.registration_status_date, datetime.datetime)
                else self.registration_status_date.isoformat()
            )

        options: list[str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "customer_no" not in _absent:
            field_dict["customerNo"] = customer_no
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
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "customerNo" not in d:
            customer_no = _ABSENT
            _absent.append(("customer_no", "customerNo"))
        else:
            customer_no = d.pop("customerNo")
            if not isinstance(customer_no, str):
                raise TypeError("customerNo: expected a string, got " + type(customer_no).__name__)

        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        account_no = d.pop("accountNo", UNSET)
        if not isinstance(account_no, Unset) and not (isinstance(account_no, int) and not isinstance(account_no, bool)):
            raise TypeError("accountNo: expected an integer, got " + type(account_no).__name__)

        name = d.pop("name", UNSET)
        if not (name is None or isinstance(name, Unset)):

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    name_type_0 = data
                    if not isinstance(name_type_0, str):
                        raise TypeError("name_type_0: expected a string, got " + type(name_type_0).__name__)

                    if not getattr(name_type_0, "absent_fields", ()):
                        return name_type_0
                    if _fallback is None:
                        _fallback = name_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("name: unexpected type " + type(data).__name__)
                    name_type_1 = data

                    if _fallback is None or not getattr(name_type_1, "absent_fields", ()):
                        return name_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            name = _parse_name(name)

        informal_name = d.pop("informalName", UNSET)
        if not (informal_name is None or isinstance(informal_name, Unset)):

            def _parse_informal_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    informal_name_type_0 = data
                    if not isinstance(informal_name_type_0, str):
                        raise TypeError(
                            "informalName_type_0: expected a string, got " + type(informal_name_type_0).__name__
                        )

                    if not getattr(informal_name_type_0, "absent_fields", ()):
                        return informal_name_type_0
                    if _fallback is None:
                        _fallback = informal_name_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("informalName: unexpected type " + type(data).__name__)
                    informal_name_type_1 = data

                    if _fallback is None or not getattr(informal_name_type_1, "absent_fields", ()):
                        return informal_name_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            informal_name = _parse_informal_name(informal_name)

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
        if not isinstance(postal_return_status, Unset) and not (
            isinstance(postal_return_status, int) and not isinstance(postal_return_status, bool)
        ):
            raise TypeError("postalReturnStatus: expected an integer, got " + type(postal_return_status).__name__)

        _postal_return_date = d.pop("postalReturnDate", UNSET)
        postal_return_date: datetime.date | Unset
        if isinstance(_postal_return_date, Unset):
            postal_return_date = UNSET
        else:
            postal_return_date = datetime.date.fromisoformat(_postal_return_date)

        customer_category = d.pop("customerCategory", UNSET)
        if not (customer_category is None or isinstance(customer_category, Unset)):

            def _parse_customer_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    customer_category_type_0 = data
                    if not isinstance(customer_category_type_0, str):
                        raise TypeError(
                            "customerCategory_type_0: expected a string, got " + type(customer_category_type_0).__name__
                        )

                    if not getattr(customer_category_type_0, "absent_fields", ()):
                        return customer_category_type_0
                    if _fallback is None:
                        _fallback = customer_category_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("customerCategory: unexpected type " + type(data).__name__)
                    customer_category_type_1 = data

                    if _fallback is None or not getattr(customer_category_type_1, "absent_fields", ()):
                        return customer_category_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            customer_category = _parse_customer_category(customer_category)

        email_address_document = d.pop("emailAddressDocument", UNSET)
        if not (email_address_document is None or isinstance(email_address_document, Unset)):

            def _parse_email_address_document(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: list[str] | None | Unset = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    email_address_document_type_0 = []
                    _email_address_document_type_0 = data
                    for email_address_document_type_0_item_data in _email_address_document_type_0:
                        email_address_document_type_0_item = email_address_document_type_0_item_data
                        if not isinstance(email_address_document_type_0_item, str):
                            raise TypeError(
                                "emailAddressDocument_type_0_item: expected a string, got "
                                + type(email_address_document_type_0_item).__name__
                            )

                        email_address_document_type_0.append(email_address_document_type_0_item)

                    if not getattr(email_address_document_type_0, "absent_fields", ()):
                        return email_address_document_type_0
                    if _fallback is None:
                        _fallback = email_address_document_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("emailAddressDocument: unexpected type " + type(data).__name__)
                    email_address_document_type_1 = data

                    if _fallback is None or not getattr(email_address_document_type_1, "absent_fields", ()):
                        return email_address_document_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            email_address_document = _parse_email_address_document(email_address_document)

        secondary_email_address = d.pop("secondaryEmailAddress", UNSET)
        if not (secondary_email_address is None or isinstance(secondary_email_address, Unset)):

            def _parse_secondary_email_address(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: list[str] | None | Unset = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    secondary_email_address_type_0 = []
                    _secondary_email_address_type_0 = data
                    for secondary_email_address_type_0_item_data in _secondary_email_address_type_0:
                        secondary_email_address_type_0_item = secondary_email_address_type_0_item_data
                        if not isinstance(secondary_email_address_type_0_item, str):
                            raise TypeError(
                                "secondaryEmailAddress_type_0_item: expected a string, got "
                                + type(secondary_email_address_type_0_item).__name__
                            )

                        secondary_email_address_type_0.append(secondary_email_address_type_0_item)

                    if not getattr(secondary_email_address_type_0, "absent_fields", ()):
                        return secondary_email_address_type_0
                    if _fallback is None:
                        _fallback = secondary_email_address_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("secondaryEmailAddress: unexpected type " + type(data).__name__)
                    secondary_email_address_type_1 = data

                    if _fallback is None or not getattr(secondary_email_address_type_1, "absent_fields", ()):
                        return secondary_email_address_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            secondary_email_address = _parse_secondary_email_address(secondary_email_address)

        phone_no = d.pop("phoneNo", UNSET)
        if not (phone_no is None or isinstance(phone_no, Unset)):

            def _parse_phone_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    phone_no_type_0 = data
                    if not isinstance(phone_no_type_0, str):
                        raise TypeError("phoneNo_type_0: expected a string, got " + type(phone_no_type_0).__name__)

                    if not getattr(phone_no_type_0, "absent_fields", ()):
                        return phone_no_type_0
                    if _fallback is None:
                        _fallback = phone_no_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("phoneNo: unexpected type " + type(data).__name__)
                    phone_no_type_1 = data

                    if _fallback is None or not getattr(phone_no_type_1, "absent_fields", ()):
                        return phone_no_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            phone_no = _parse_phone_no(phone_no)

        secondary_phone_no = d.pop("secondaryPhoneNo", UNSET)
        if not (secondary_phone_no is None or isinstance(secondary_phone_no, Unset)):

            def _parse_secondary_phone_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    secondary_phone_no_type_0 = data
                    if not isinstance(secondary_phone_no_type_0, str):
                        raise TypeError(
                            "secondaryPhoneNo_type_0: expected a string, got "
                            + type(secondary_phone_no_type_0).__name__
                        )

                    if not getattr(secondary_phone_no_type_0, "absent_fields", ()):
                        return secondary_phone_no_type_0
                    if _fallback is None:
                        _fallback = secondary_phone_no_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("secondaryPhoneNo: unexpected type " + type(data).__name__)
                    secondary_phone_no_type_1 = data

                    if _fallback is None or not getattr(secondary_phone_no_type_1, "absent_fields", ()):
                        return secondary_phone_no_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            secondary_phone_no = _parse_secondary_phone_no(secondary_phone_no)

        organization_no = d.pop("organizationNo", UNSET)
        if not (organization_no is None or isinstance(organization_no, Unset)):

            def _parse_organization_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    organization_no_type_0 = data
                    if not isinstance(organization_no_type_0, str):
                        raise TypeError(
                            "organizationNo_type_0: expected a string, got " + type(organization_no_type_0).__name__
                        )

                    if not getattr(organization_no_type_0, "absent_fields", ()):
                        return organization_no_type_0
                    if _fallback is None:
                        _fallback = organization_no_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("organizationNo: unexpected type " + type(data).__name__)
                    organization_no_type_1 = data

                    if _fallback is None or not getattr(organization_no_type_1, "absent_fields", ()):
                        return organization_no_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            organization_no = _parse_organization_no(organization_no)

        organization_no_scheme = d.pop("organizationNoScheme", UNSET)
        if not (organization_no_scheme is None or isinstance(organization_no_scheme, Unset)):

            def _parse_organization_no_scheme(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    organization_no_scheme_type_0 = data
                    if not isinstance(organization_no_scheme_type_0, str):
                        raise TypeError(
                            "organizationNoScheme_type_0: expected a string, got "
                            + type(organization_no_scheme_type_0).__name__
                        )

                    if not getattr(organization_no_scheme_type_0, "absent_fields", ()):
                        return organization_no_scheme_type_0
                    if _fallback is None:
                        _fallback = organization_no_scheme_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("organizationNoScheme: unexpected type " + type(data).__name__)
                    organization_no_scheme_type_1 = data

                    if _fallback is None or not getattr(organization_no_scheme_type_1, "absent_fields", ()):
                        return organization_no_scheme_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            organization_no_scheme = _parse_organization_no_scheme(organization_no_scheme)

        ssn = d.pop("ssn", UNSET)
        if not (ssn is None or isinstance(ssn, Unset)):

            def _parse_ssn(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    ssn_type_0 = data
                    if not isinstance(ssn_type_0, str):
                        raise TypeError("ssn_type_0: expected a string, got " + type(ssn_type_0).__name__)

                    if not getattr(ssn_type_0, "absent_fields", ()):
                        return ssn_type_0
                    if _fallback is None:
                        _fallback = ssn_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("ssn: unexpected type " + type(data).__name__)
                    ssn_type_1 = data

                    if _fallback is None or not getattr(ssn_type_1, "absent_fields", ()):
                        return ssn_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            ssn = _parse_ssn(ssn)

        ssn_country = d.pop("ssnCountry", UNSET)
        if not (ssn_country is None or isinstance(ssn_country, Unset)):

            def _parse_ssn_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    ssn_country_type_0 = data
                    if not isinstance(ssn_country_type_0, str):
                        raise TypeError(
                            "ssnCountry_type_0: expected a string, got " + type(ssn_country_type_0).__name__
                        )

                    if not getattr(ssn_country_type_0, "absent_fields", ()):
                        return ssn_country_type_0
                    if _fallback is None:
                        _fallback = ssn_country_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("ssnCountry: unexpected type " + type(data).__name__)
                    ssn_country_type_1 = data

                    if _fallback is None or not getattr(ssn_country_type_1, "absent_fields", ()):
                        return ssn_country_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            ssn_country = _parse_ssn_country(ssn_country)

        date_of_birth = d.pop("dateOfBirth", UNSET)
        if not (date_of_birth is None or isinstance(date_of_birth, Unset)):

            def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.date | None | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_of_birth_type_0 = datetime.date.fromisoformat(data)

                    if not getattr(date_of_birth_type_0, "absent_fields", ()):
                        return date_of_birth_type_0
                    if _fallback is None:
                        _fallback = date_of_birth_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("dateOfBirth: unexpected type " + type(data).__name__)
                    date_of_birth_type_1 = data

                    if _fallback is None or not getattr(date_of_birth_type_1, "absent_fields", ()):
                        return date_of_birth_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            date_of_birth = _parse_date_of_birth(date_of_birth)

        year_of_birth = d.pop("yearOfBirth", UNSET)
        if not (year_of_birth is None or isinstance(year_of_birth, Unset)):

            def _parse_year_of_birth(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: int | None | Unset = None
                try:
                    if not (isinstance(data, int) and not isinstance(data, bool)):
                        raise TypeError()
                    year_of_birth_type_0 = data
                    if not (isinstance(year_of_birth_type_0, int) and not isinstance(year_of_birth_type_0, bool)):
                        raise TypeError(
                            "yearOfBirth_type_0: expected an integer, got " + type(year_of_birth_type_0).__name__
                        )

                    if not getattr(year_of_birth_type_0, "absent_fields", ()):
                        return year_of_birth_type_0
                    if _fallback is None:
                        _fallback = year_of_birth_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("yearOfBirth: unexpected type " + type(data).__name__)
                    year_of_birth_type_1 = data

                    if _fallback is None or not getattr(year_of_birth_type_1, "absent_fields", ()):
                        return year_of_birth_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            year_of_birth = _parse_year_of_birth(year_of_birth)

        customer_group_code = d.pop("customerGroupCode", UNSET)
        if not (customer_group_code is None or isinstance(customer_group_code, Unset)):

            def _parse_customer_group_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    customer_group_code_type_0 = data
                    if not isinstance(customer_group_code_type_0, str):
                        raise TypeError(
                            "customerGroupCode_type_0: expected a string, got "
                            + type(customer_group_code_type_0).__name__
                        )

                    if not getattr(customer_group_code_type_0, "absent_fields", ()):
                        return customer_group_code_type_0
                    if _fallback is None:
                        _fallback = customer_group_code_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("customerGroupCode: unexpected type " + type(data).__name__)
                    customer_group_code_type_1 = data

                    if _fallback is None or not getattr(customer_group_code_type_1, "absent_fields", ()):
                        return customer_group_code_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            customer_group_code = _parse_customer_group_code(customer_group_code)

        price_net_or_gross = d.pop("priceNetOrGross", UNSET)
        if not (price_net_or_gross is None or isinstance(price_net_or_gross, Unset)):

            def _parse_price_net_or_gross(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    price_net_or_gross_type_0 = data
                    if not isinstance(price_net_or_gross_type_0, str):
                        raise TypeError(
                            "priceNetOrGross_type_0: expected a string, got " + type(price_net_or_gross_type_0).__name__
                        )

                    if not getattr(price_net_or_gross_type_0, "absent_fields", ()):
                        return price_net_or_gross_type_0
                    if _fallback is None:
                        _fallback = price_net_or_gross_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("priceNetOrGross: unexpected type " + type(data).__name__)
                    price_net_or_gross_type_1 = data

                    if _fallback is None or not getattr(price_net_or_gross_type_1, "absent_fields", ()):
                        return price_net_or_gross_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            price_net_or_gross = _parse_price_net_or_gross(price_net_or_gross)

        language = d.pop("language", UNSET)
        if not (language is None or isinstance(language, Unset)):

            def _parse_language(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    language_type_0 = data
                    if not isinstance(language_type_0, str):
                        raise TypeError("language_type_0: expected a string, got " + type(language_type_0).__name__)

                    if not getattr(language_type_0, "absent_fields", ()):
                        return language_type_0
                    if _fallback is None:
                        _fallback = language_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("language: unexpected type " + type(data).__name__)
                    language_type_1 = data

                    if _fallback is None or not getattr(language_type_1, "absent_fields", ()):
                        return language_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            language = _parse_language(language)

        currency = d.pop("currency", UNSET)
        if not (currency is None or isinstance(currency, Unset)):

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    currency_type_0 = data
                    if not isinstance(currency_type_0, str):
                        raise TypeError("currency_type_0: expected a string, got " + type(currency_type_0).__name__)

                    if not getattr(currency_type_0, "absent_fields", ()):
                        return currency_type_0
                    if _fallback is None:
                        _fallback = currency_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("currency: unexpected type " + type(data).__name__)
                    currency_type_1 = data

                    if _fallback is None or not getattr(currency_type_1, "absent_fields", ()):
                        return currency_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            currency = _parse_currency(currency)

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = Distribution.from_dict(_distribution)

        seller_reference = d.pop("sellerReference", UNSET)
        if not (seller_reference is None or isinstance(seller_reference, Unset)):

            def _parse_seller_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    seller_reference_type_0 = data
                    if not isinstance(seller_reference_type_0, str):
                        raise TypeError(
                            "sellerReference_type_0: expected a string, got " + type(seller_reference_type_0).__name__
                        )

                    if not getattr(seller_reference_type_0, "absent_fields", ()):
                        return seller_reference_type_0
                    if _fallback is None:
                        _fallback = seller_reference_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("sellerReference: unexpected type " + type(data).__name__)
                    seller_reference_type_1 = data

                    if _fallback is None or not getattr(seller_reference_type_1, "absent_fields", ()):
                        return seller_reference_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            seller_reference = _parse_seller_reference(seller_reference)

        buyer_reference = d.pop("buyerReference", UNSET)
        if not (buyer_reference is None or isinstance(buyer_reference, Unset)):

            def _parse_buyer_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    buyer_reference_type_0 = data
                    if not isinstance(buyer_reference_type_0, str):
                        raise TypeError(
                            "buyerReference_type_0: expected a string, got " + type(buyer_reference_type_0).__name__
                        )

                    if not getattr(buyer_reference_type_0, "absent_fields", ()):
                        return buyer_reference_type_0
                    if _fallback is None:
                        _fallback = buyer_reference_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("buyerReference: unexpected type " + type(data).__name__)
                    buyer_reference_type_1 = data

                    if _fallback is None or not getattr(buyer_reference_type_1, "absent_fields", ()):
                        return buyer_reference_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            buyer_reference = _parse_buyer_reference(buyer_reference)

        bank_account_no = d.pop("bankAccountNo", UNSET)
        if not (bank_account_no is None or isinstance(bank_account_no, Unset)):

            def _parse_bank_account_no(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    bank_account_no_type_0 = data
                    if not isinstance(bank_account_no_type_0, str):
                        raise TypeError(
                            "bankAccountNo_type_0: expected a string, got " + type(bank_account_no_type_0).__name__
                        )

                    if not getattr(bank_account_no_type_0, "absent_fields", ()):
                        return bank_account_no_type_0
                    if _fallback is None:
                        _fallback = bank_account_no_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("bankAccountNo: unexpected type " + type(data).__name__)
                    bank_account_no_type_1 = data

                    if _fallback is None or not getattr(bank_account_no_type_1, "absent_fields", ()):
                        return bank_account_no_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            bank_account_no = _parse_bank_account_no(bank_account_no)

        stop_reminder_until = d.pop("stopReminderUntil", UNSET)
        if not (stop_reminder_until is None or isinstance(stop_reminder_until, Unset)):

            def _parse_stop_reminder_until(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.date | None | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reminder_until_type_0 = datetime.date.fromisoformat(data)

                    if not getattr(stop_reminder_until_type_0, "absent_fields", ()):
                        return stop_reminder_until_type_0
                    if _fallback is None:
                        _fallback = stop_reminder_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("stopReminderUntil: unexpected type " + type(data).__name__)
                    stop_reminder_until_type_1 = data

                    if _fallback is None or not getattr(stop_reminder_until_type_1, "absent_fields", ()):
                        return stop_reminder_until_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            stop_reminder_until = _parse_stop_reminder_until(stop_reminder_until)

        stop_reminder_memo = d.pop("stopReminderMemo", UNSET)
        if not (stop_reminder_memo is None or isinstance(stop_reminder_memo, Unset)):

            def _parse_stop_reminder_memo(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_reminder_memo_type_0 = data
                    if not isinstance(stop_reminder_memo_type_0, str):
                        raise TypeError(
                            "stopReminderMemo_type_0: expected a string, got "
                            + type(stop_reminder_memo_type_0).__name__
                        )

                    if not getattr(stop_reminder_memo_type_0, "absent_fields", ()):
                        return stop_reminder_memo_type_0
                    if _fallback is None:
                        _fallback = stop_reminder_memo_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("stopReminderMemo: unexpected type " + type(data).__name__)
                    stop_reminder_memo_type_1 = data

                    if _fallback is None or not getattr(stop_reminder_memo_type_1, "absent_fields", ()):
                        return stop_reminder_memo_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            stop_reminder_memo = _parse_stop_reminder_memo(stop_reminder_memo)

        stop_debt_collection_until = d.pop("stopDebtCollectionUntil", UNSET)
        if not (stop_debt_collection_until is None or isinstance(stop_debt_collection_until, Unset)):

            def _parse_stop_debt_collection_until(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.date | None | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_debt_collection_until_type_0 = datetime.date.fromisoformat(data)

                    if not getattr(stop_debt_collection_until_type_0, "absent_fields", ()):
                        return stop_debt_collection_until_type_0
                    if _fallback is None:
                        _fallback = stop_debt_collection_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("stopDebtCollectionUntil: unexpected type " + type(data).__name__)
                    stop_debt_collection_until_type_1 = data

                    if _fallback is None or not getattr(stop_debt_collection_until_type_1, "absent_fields", ()):
                        return stop_debt_collection_until_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            stop_debt_collection_until = _parse_stop_debt_collection_until(stop_debt_collection_until)

        stop_debt_collection_memo = d.pop("stopDebtCollectionMemo", UNSET)
        if not (stop_debt_collection_memo is None or isinstance(stop_debt_collection_memo, Unset)):

            def _parse_stop_debt_collection_memo(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_debt_collection_memo_type_0 = data
                    if not isinstance(stop_debt_collection_memo_type_0, str):
                        raise TypeError(
                            "stopDebtCollectionMemo_type_0: expected a string, got "
                            + type(stop_debt_collection_memo_type_0).__name__
                        )

                    if not getattr(stop_debt_collection_memo_type_0, "absent_fields", ()):
                        return stop_debt_collection_memo_type_0
                    if _fallback is None:
                        _fallback = stop_debt_collection_memo_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("stopDebtCollectionMemo: unexpected type " + type(data).__name__)
                    stop_debt_collection_memo_type_1 = data

                    if _fallback is None or not getattr(stop_debt_collection_memo_type_1, "absent_fields", ()):
                        return stop_debt_collection_memo_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            stop_debt_collection_memo = _parse_stop_debt_collection_memo(stop_debt_collection_memo)

        stop_interest_calc_until = d.pop("stopInterestCalcUntil", UNSET)
        if not (stop_interest_calc_until is None or isinstance(stop_interest_calc_until, Unset)):

            def _parse_stop_interest_calc_until(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: datetime.date | None | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_interest_calc_until_type_0 = datetime.date.fromisoformat(data)

                    if not getattr(stop_interest_calc_until_type_0, "absent_fields", ()):
                        return stop_interest_calc_until_type_0
                    if _fallback is None:
                        _fallback = stop_interest_calc_until_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("stopInterestCalcUntil: unexpected type " + type(data).__name__)
                    stop_interest_calc_until_type_1 = data

                    if _fallback is None or not getattr(stop_interest_calc_until_type_1, "absent_fields", ()):
                        return stop_interest_calc_until_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            stop_interest_calc_until = _parse_stop_interest_calc_until(stop_interest_calc_until)

        stop_interest_calc_memo = d.pop("stopInterestCalcMemo", UNSET)
        if not (stop_interest_calc_memo is None or isinstance(stop_interest_calc_memo, Unset)):

            def _parse_stop_interest_calc_memo(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    stop_interest_calc_memo_type_0 = data
                    if not isinstance(stop_interest_calc_memo_type_0, str):
                        raise TypeError(
                            "stopInterestCalcMemo_type_0: expected a string, got "
                            + type(stop_interest_calc_memo_type_0).__name__
                        )

                    if not getattr(stop_interest_calc_memo_type_0, "absent_fields", ()):
                        return stop_interest_calc_memo_type_0
                    if _fallback is None:
                        _fallback = stop_interest_calc_memo_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("stopInterestCalcMemo: unexpected type " + type(data).__name__)
                    stop_interest_calc_memo_type_1 = data

                    if _fallback is None or not getattr(stop_interest_calc_memo_type_1, "absent_fields", ()):
                        return stop_interest_calc_memo_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            stop_interest_calc_memo = _parse_stop_interest_calc_memo(stop_interest_calc_memo)

        efaktura_block_ids = d.pop("efakturaBlockIds", UNSET)
        if not (efaktura_block_ids is None or isinstance(efaktura_block_ids, Unset)):

            def _parse_efaktura_block_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: list[str] | None | Unset = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    efaktura_block_ids_type_0 = []
                    _efaktura_block_ids_type_0 = data
                    for efaktura_block_ids_type_0_item_data in _efaktura_block_ids_type_0:
                        efaktura_block_ids_type_0_item = efaktura_block_ids_type_0_item_data
                        if not isinstance(efaktura_block_ids_type_0_item, str):
                            raise TypeError(
                                "efakturaBlockIds_type_0_item: expected a string, got "
                                + type(efaktura_block_ids_type_0_item).__name__
                            )

                        efaktura_block_ids_type_0.append(efaktura_block_ids_type_0_item)

                    if not getattr(efaktura_block_ids_type_0, "absent_fields", ()):
                        return efaktura_block_ids_type_0
                    if _fallback is None:
                        _fallback = efaktura_block_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("efakturaBlockIds: unexpected type " + type(data).__name__)
                    efaktura_block_ids_type_1 = data

                    if _fallback is None or not getattr(efaktura_block_ids_type_1, "absent_fields", ()):
                        return efaktura_block_ids_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            efaktura_block_ids = _parse_efaktura_block_ids(efaktura_block_ids)

        peppol_block_ids = d.pop("peppolBlockIds", UNSET)
        if not (peppol_block_ids is None or isinstance(peppol_block_ids, Unset)):

            def _parse_peppol_block_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: list[str] | None | Unset = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    peppol_block_ids_type_0 = []
                    _peppol_block_ids_type_0 = data
                    for peppol_block_ids_type_0_item_data in _peppol_block_ids_type_0:
                        peppol_block_ids_type_0_item = peppol_block_ids_type_0_item_data
                        if not isinstance(peppol_block_ids_type_0_item, str):
                            raise TypeError(
                                "peppolBlockIds_type_0_item: expected a string, got "
                                + type(peppol_block_ids_type_0_item).__name__
                            )

                        peppol_block_ids_type_0.append(peppol_block_ids_type_0_item)

                    if not getattr(peppol_block_ids_type_0, "absent_fields", ()):
                        return peppol_block_ids_type_0
                    if _fallback is None:
                        _fallback = peppol_block_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("peppolBlockIds: unexpected type " + type(data).__name__)
                    peppol_block_ids_type_1 = data

                    if _fallback is None or not getattr(peppol_block_ids_type_1, "absent_fields", ()):
                        return peppol_block_ids_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            peppol_block_ids = _parse_peppol_block_ids(peppol_block_ids)

        digipost_block_ids = d.pop("digipostBlockIds", UNSET)
        if not (digipost_block_ids is None or isinstance(digipost_block_ids, Unset)):

            def _parse_digipost_block_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: list[str] | None | Unset = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    digipost_block_ids_type_0 = []
                    _digipost_block_ids_type_0 = data
                    for digipost_block_ids_type_0_item_data in _digipost_block_ids_type_0:
                        digipost_block_ids_type_0_item = digipost_block_ids_type_0_item_data
                        if not isinstance(digipost_block_ids_type_0_item, str):
                            raise TypeError(
                                "digipostBlockIds_type_0_item: expected a string, got "
                                + type(digipost_block_ids_type_0_item).__name__
                            )

                        digipost_block_ids_type_0.append(digipost_block_ids_type_0_item)

                    if not getattr(digipost_block_ids_type_0, "absent_fields", ()):
                        return digipost_block_ids_type_0
                    if _fallback is None:
                        _fallback = digipost_block_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("digipostBlockIds: unexpected type " + type(data).__name__)
                    digipost_block_ids_type_1 = data

                    if _fallback is None or not getattr(digipost_block_ids_type_1, "absent_fields", ()):
                        return digipost_block_ids_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            digipost_block_ids = _parse_digipost_block_ids(digipost_block_ids)

        due_days = d.pop("dueDays", UNSET)
        if not (due_days is None or isinstance(due_days, Unset)):

            def _parse_due_days(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: int | None | Unset = None
                try:
                    if not (isinstance(data, int) and not isinstance(data, bool)):
                        raise TypeError()
                    due_days_type_0 = data
                    if not (isinstance(due_days_type_0, int) and not isinstance(due_days_type_0, bool)):
                        raise TypeError("dueDays_type_0: expected an integer, got " + type(due_days_type_0).__name__)

                    if not getattr(due_days_type_0, "absent_fields", ()):
                        return due_days_type_0
                    if _fallback is None:
                        _fallback = due_days_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("dueDays: unexpected type " + type(data).__name__)
                    due_days_type_1 = data

                    if _fallback is None or not getattr(due_days_type_1, "absent_fields", ()):
                        return due_days_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            due_days = _parse_due_days(due_days)

        vat_liable = d.pop("vatLiable", UNSET)
        if not (vat_liable is None or isinstance(vat_liable, Unset)):

            def _parse_vat_liable(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: bool | None | Unset = None
                try:
                    if not (isinstance(data, bool)):
                        raise TypeError()
                    vat_liable_type_0 = data
                    if not (isinstance(vat_liable_type_0, bool)):
                        raise TypeError("vatLiable_type_0: expected a boolean, got " + type(vat_liable_type_0).__name__)

                    if not getattr(vat_liable_type_0, "absent_fields", ()):
                        return vat_liable_type_0
                    if _fallback is None:
                        _fallback = vat_liable_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("vatLiable: unexpected type " + type(data).__name__)
                    vat_liable_type_1 = data

                    if _fallback is None or not getattr(vat_liable_type_1, "absent_fields", ()):
                        return vat_liable_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            vat_liable = _parse_vat_liable(vat_liable)

        limit_amount = d.pop("limitAmount", UNSET)
        if not (limit_amount is None or isinstance(limit_amount, Unset)):

            def _parse_limit_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: float | None | Unset = None
                try:
                    if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                        raise TypeError()
                    limit_amount_type_0 = data
                    if not (
                        isinstance(limit_amount_type_0, (int, float)) and not isinstance(limit_amount_type_0, bool)
                    ):
                        raise TypeError(
                            "limitAmount_type_0: expected a number, got " + type(limit_amount_type_0).__name__
                        )

                    if not getattr(limit_amount_type_0, "absent_fields", ()):
                        return limit_amount_type_0
                    if _fallback is None:
                        _fallback = limit_amount_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("limitAmount: unexpected type " + type(data).__name__)
                    limit_amount_type_1 = data

                    if _fallback is None or not getattr(limit_amount_type_1, "absent_fields", ()):
                        return limit_amount_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            limit_amount = _parse_limit_amount(limit_amount)

        discount_rate = d.pop("discountRate", UNSET)
        if not (discount_rate is None or isinstance(discount_rate, Unset)):

            def _parse_discount_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: float | None | Unset = None
                try:
                    if not (isinstance(data, (int, float)) and not isinstance(data, bool)):
                        raise TypeError()
                    discount_rate_type_0 = data
                    if not (
                        isinstance(discount_rate_type_0, (int, float)) and not isinstance(discount_rate_type_0, bool)
                    ):
                        raise TypeError(
                            "discountRate_type_0: expected a number, got " + type(discount_rate_type_0).__name__
                        )

                    if not getattr(discount_rate_type_0, "absent_fields", ()):
                        return discount_rate_type_0
                    if _fallback is None:
                        _fallback = discount_rate_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("discountRate: unexpected type " + type(data).__name__)
                    discount_rate_type_1 = data

                    if _fallback is None or not getattr(discount_rate_type_1, "absent_fields", ()):
                        return discount_rate_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            discount_rate = _parse_discount_rate(discount_rate)

        active_status_web = d.pop("activeStatusWeb", UNSET)
        if not (active_status_web is None or isinstance(active_status_web, Unset)):

            def _parse_active_status_web(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    active_status_web_type_0 = data
                    if not isinstance(active_status_web_type_0, str):
                        raise TypeError(
                            "activeStatusWeb_type_0: expected a string, got " + type(active_status_web_type_0).__name__
                        )

                    if not getattr(active_status_web_type_0, "absent_fields", ()):
                        return active_status_web_type_0
                    if _fallback is None:
                        _fallback = active_status_web_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("activeStatusWeb: unexpected type " + type(data).__name__)
                    active_status_web_type_1 = data

                    if _fallback is None or not getattr(active_status_web_type_1, "absent_fields", ()):
                        return active_status_web_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            active_status_web = _parse_active_status_web(active_status_web)

        customer_message = d.pop("customerMessage", UNSET)
        if not (customer_message is None or isinstance(customer_message, Unset)):

            def _parse_customer_message(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: None | str | Unset = None
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    customer_message_type_0 = data
                    if not isinstance(customer_message_type_0, str):
                        raise TypeError(
                            "customerMessage_type_0: expected a string, got " + type(customer_message_type_0).__name__
                        )

                    if not getattr(customer_message_type_0, "absent_fields", ()):
                        return customer_message_type_0
                    if _fallback is None:
                        _fallback = customer_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("customerMessage: unexpected type " + type(data).__name__)
                    customer_message_type_1 = data

                    if _fallback is None or not getattr(customer_message_type_1, "absent_fields", ()):
                        return customer_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            customer_message = _parse_customer_message(customer_message)

        registration_status_code = d.pop("registrationStatusCode", UNSET)
        if not isinstance(registration_status_code, (str, Unset)):
            raise TypeError("registrationStatusCode: expected a string, got " + type(registration_status_code).__name__)

        _registration_status_date = d.pop("registrationStatusDate", UNSET)
        registration_status_date: datetime.date | Unset
        if isinstance(_registration_status_date, Unset):
            registration_status_date = UNSET
        else:
            registration_status_date = datetime.date.fromisoformat(_registration_status_date)

        options = d.pop("options", UNSET)
        if not (options is None or isinstance(options, Unset)):

            def _parse_options(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                # A member parsed without a field the spec only guesses is required is kept as a fallback: a later member
                # that parses completely fits better (guessed requirements used to tell the members apart).
                _fallback: list[str] | None | Unset = None
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    options_type_0 = []
                    _options_type_0 = data
                    for options_type_0_item_data in _options_type_0:
                        options_type_0_item = options_type_0_item_data
                        if not isinstance(options_type_0_item, str):
                            raise TypeError(
                                "options_type_0_item: expected a string, got " + type(options_type_0_item).__name__
                            )

                        options_type_0.append(options_type_0_item)

                    if not getattr(options_type_0, "absent_fields", ()):
                        return options_type_0
                    if _fallback is None:
                        _fallback = options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not data is None:
                        raise TypeError("options: unexpected type " + type(data).__name__)
                    options_type_1 = data

                    if _fallback is None or not getattr(options_type_1, "absent_fields", ()):
                        return options_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    if _fallback is None:
                        raise
                return _fallback

            options = _parse_options(options)

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

        if _absent:
            _drop_absent(customer, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer.additional_properties = additional_properties
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


from ..models.distribution import Distribution
from ..models.postal_address import PostalAddress
