from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

if TYPE_CHECKING:
    from ..models.distribution import Distribution
    from ..models.postal_address import PostalAddress


T = TypeVar("T", bound="Customer")


@_attrs_define(repr=False)
class Customer(_AmiliModel):
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
        if not isinstance(customer_no, str):
            raise TypeError("customerNo: expected a string, got " + type(customer_no).__name__)

        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        account_no = d.pop("accountNo", UNSET)
        if not isinstance(account_no, Unset) and not (isinstance(account_no, int) and not isinstance(account_no, bool)):
            raise TypeError("accountNo: expected an integer, got " + type(account_no).__name__)

        name = d.pop("name", UNSET)
        if not isinstance(name, (str, Unset)):
            raise TypeError("name: expected a string, got " + type(name).__name__)

        informal_name = d.pop("informalName", UNSET)
        if not isinstance(informal_name, (str, Unset)):
            raise TypeError("informalName: expected a string, got " + type(informal_name).__name__)

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
        if not isinstance(customer_category, (str, Unset)):
            raise TypeError("customerCategory: expected a string, got " + type(customer_category).__name__)

        _email_address_document = d.pop("emailAddressDocument", UNSET)
        email_address_document: list[str] | Unset = UNSET
        if _email_address_document is not UNSET:
            email_address_document = []
            for email_address_document_item_data in _email_address_document:
                email_address_document_item = email_address_document_item_data
                if not isinstance(email_address_document_item, str):
                    raise TypeError(
                        "emailAddressDocument_item: expected a string, got "
                        + type(email_address_document_item).__name__
                    )

                email_address_document.append(email_address_document_item)

        _secondary_email_address = d.pop("secondaryEmailAddress", UNSET)
        secondary_email_address: list[str] | Unset = UNSET
        if _secondary_email_address is not UNSET:
            secondary_email_address = []
            for secondary_email_address_item_data in _secondary_email_address:
                secondary_email_address_item = secondary_email_address_item_data
                if not isinstance(secondary_email_address_item, str):
                    raise TypeError(
                        "secondaryEmailAddress_item: expected a string, got "
                        + type(secondary_email_address_item).__name__
                    )

                secondary_email_address.append(secondary_email_address_item)

        phone_no = d.pop("phoneNo", UNSET)
        if not isinstance(phone_no, (str, Unset)):
            raise TypeError("phoneNo: expected a string, got " + type(phone_no).__name__)

        secondary_phone_no = d.pop("secondaryPhoneNo", UNSET)
        if not isinstance(secondary_phone_no, (str, Unset)):
            raise TypeError("secondaryPhoneNo: expected a string, got " + type(secondary_phone_no).__name__)

        organization_no = d.pop("organizationNo", UNSET)
        if not isinstance(organization_no, (str, Unset)):
            raise TypeError("organizationNo: expected a string, got " + type(organization_no).__name__)

        organization_no_scheme = d.pop("organizationNoScheme", UNSET)
        if not isinstance(organization_no_scheme, (str, Unset)):
            raise TypeError("organizationNoScheme: expected a string, got " + type(organization_no_scheme).__name__)

        ssn = d.pop("ssn", UNSET)
        if not isinstance(ssn, (str, Unset)):
            raise TypeError("ssn: expected a string, got " + type(ssn).__name__)

        ssn_country = d.pop("ssnCountry", UNSET)
        if not isinstance(ssn_country, (str, Unset)):
            raise TypeError("ssnCountry: expected a string, got " + type(ssn_country).__name__)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        year_of_birth = d.pop("yearOfBirth", UNSET)
        if not isinstance(year_of_birth, Unset) and not (
            isinstance(year_of_birth, int) and not isinstance(year_of_birth, bool)
        ):
            raise TypeError("yearOfBirth: expected an integer, got " + type(year_of_birth).__name__)

        customer_group_code = d.pop("customerGroupCode", UNSET)
        if not isinstance(customer_group_code, (str, Unset)):
            raise TypeError("customerGroupCode: expected a string, got " + type(customer_group_code).__name__)

        price_net_or_gross = d.pop("priceNetOrGross", UNSET)
        if not isinstance(price_net_or_gross, (str, Unset)):
            raise TypeError("priceNetOrGross: expected a string, got " + type(price_net_or_gross).__name__)

        language = d.pop("language", UNSET)
        if not isinstance(language, (str, Unset)):
            raise TypeError("language: expected a string, got " + type(language).__name__)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = Distribution.from_dict(_distribution)

        seller_reference = d.pop("sellerReference", UNSET)
        if not isinstance(seller_reference, (str, Unset)):
            raise TypeError("sellerReference: expected a string, got " + type(seller_reference).__name__)

        buyer_reference = d.pop("buyerReference", UNSET)
        if not isinstance(buyer_reference, (str, Unset)):
            raise TypeError("buyerReference: expected a string, got " + type(buyer_reference).__name__)

        bank_account_no = d.pop("bankAccountNo", UNSET)
        if not isinstance(bank_account_no, (str, Unset)):
            raise TypeError("bankAccountNo: expected a string, got " + type(bank_account_no).__name__)

        _stop_reminder_until = d.pop("stopReminderUntil", UNSET)
        stop_reminder_until: datetime.date | Unset
        if isinstance(_stop_reminder_until, Unset):
            stop_reminder_until = UNSET
        else:
            stop_reminder_until = datetime.date.fromisoformat(_stop_reminder_until)

        stop_reminder_memo = d.pop("stopReminderMemo", UNSET)
        if not isinstance(stop_reminder_memo, (str, Unset)):
            raise TypeError("stopReminderMemo: expected a string, got " + type(stop_reminder_memo).__name__)

        _stop_debt_collection_until = d.pop("stopDebtCollectionUntil", UNSET)
        stop_debt_collection_until: datetime.date | Unset
        if isinstance(_stop_debt_collection_until, Unset):
            stop_debt_collection_until = UNSET
        else:
            stop_debt_collection_until = datetime.date.fromisoformat(_stop_debt_collection_until)

        stop_debt_collection_memo = d.pop("stopDebtCollectionMemo", UNSET)
        if not isinstance(stop_debt_collection_memo, (str, Unset)):
            raise TypeError(
                "stopDebtCollectionMemo: expected a string, got " + type(stop_debt_collection_memo).__name__
            )

        _stop_interest_calc_until = d.pop("stopInterestCalcUntil", UNSET)
        stop_interest_calc_until: datetime.date | Unset
        if isinstance(_stop_interest_calc_until, Unset):
            stop_interest_calc_until = UNSET
        else:
            stop_interest_calc_until = datetime.date.fromisoformat(_stop_interest_calc_until)

        stop_interest_calc_memo = d.pop("stopInterestCalcMemo", UNSET)
        if not isinstance(stop_interest_calc_memo, (str, Unset)):
            raise TypeError("stopInterestCalcMemo: expected a string, got " + type(stop_interest_calc_memo).__name__)

        _efaktura_block_ids = d.pop("efakturaBlockIds", UNSET)
        efaktura_block_ids: list[str] | Unset = UNSET
        if _efaktura_block_ids is not UNSET:
            efaktura_block_ids = []
            for efaktura_block_ids_item_data in _efaktura_block_ids:
                efaktura_block_ids_item = efaktura_block_ids_item_data
                if not isinstance(efaktura_block_ids_item, str):
                    raise TypeError(
                        "efakturaBlockIds_item: expected a string, got " + type(efaktura_block_ids_item).__name__
                    )

                efaktura_block_ids.append(efaktura_block_ids_item)

        _peppol_block_ids = d.pop("peppolBlockIds", UNSET)
        peppol_block_ids: list[str] | Unset = UNSET
        if _peppol_block_ids is not UNSET:
            peppol_block_ids = []
            for peppol_block_ids_item_data in _peppol_block_ids:
                peppol_block_ids_item = peppol_block_ids_item_data
                if not isinstance(peppol_block_ids_item, str):
                    raise TypeError(
                        "peppolBlockIds_item: expected a string, got " + type(peppol_block_ids_item).__name__
                    )

                peppol_block_ids.append(peppol_block_ids_item)

        _digipost_block_ids = d.pop("digipostBlockIds", UNSET)
        digipost_block_ids: list[str] | Unset = UNSET
        if _digipost_block_ids is not UNSET:
            digipost_block_ids = []
            for digipost_block_ids_item_data in _digipost_block_ids:
                digipost_block_ids_item = digipost_block_ids_item_data
                if not isinstance(digipost_block_ids_item, str):
                    raise TypeError(
                        "digipostBlockIds_item: expected a string, got " + type(digipost_block_ids_item).__name__
                    )

                digipost_block_ids.append(digipost_block_ids_item)

        due_days = d.pop("dueDays", UNSET)
        if not isinstance(due_days, Unset) and not (isinstance(due_days, int) and not isinstance(due_days, bool)):
            raise TypeError("dueDays: expected an integer, got " + type(due_days).__name__)

        vat_liable = d.pop("vatLiable", UNSET)
        if not isinstance(vat_liable, Unset) and not (isinstance(vat_liable, bool)):
            raise TypeError("vatLiable: expected a boolean, got " + type(vat_liable).__name__)

        limit_amount = d.pop("limitAmount", UNSET)
        if not isinstance(limit_amount, Unset) and not (
            isinstance(limit_amount, (int, float)) and not isinstance(limit_amount, bool)
        ):
            raise TypeError("limitAmount: expected a number, got " + type(limit_amount).__name__)

        discount_rate = d.pop("discountRate", UNSET)
        if not isinstance(discount_rate, Unset) and not (
            isinstance(discount_rate, (int, float)) and not isinstance(discount_rate, bool)
        ):
            raise TypeError("discountRate: expected a number, got " + type(discount_rate).__name__)

        active_status_web = d.pop("activeStatusWeb", UNSET)
        if not isinstance(active_status_web, (str, Unset)):
            raise TypeError("activeStatusWeb: expected a string, got " + type(active_status_web).__name__)

        customer_message = d.pop("customerMessage", UNSET)
        if not isinstance(customer_message, (str, Unset)):
            raise TypeError("customerMessage: expected a string, got " + type(customer_message).__name__)

        registration_status_code = d.pop("registrationStatusCode", UNSET)
        if not isinstance(registration_status_code, (str, Unset)):
            raise TypeError("registrationStatusCode: expected a string, got " + type(registration_status_code).__name__)

        _registration_status_date = d.pop("registrationStatusDate", UNSET)
        registration_status_date: datetime.date | Unset
        if isinstance(_registration_status_date, Unset):
            registration_status_date = UNSET
        else:
            registration_status_date = datetime.date.fromisoformat(_registration_status_date)

        _options = d.pop("options", UNSET)
        options: list[str] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = options_item_data
                if not isinstance(options_item, str):
                    raise TypeError("options_item: expected a string, got " + type(options_item).__name__)

                options.append(options_item)

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
