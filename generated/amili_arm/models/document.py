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

T = TypeVar("T", bound="Document")


@_attrs_define(repr=False)
class Document(_AmiliModel):
    """A document (invoice etc.). Sent on create, returned by the GETs; `clientNo`, `accountNo`, `referenceNo` and
    `documentBundleId` are filled in by ARM (inferred from the create result).

        Attributes:
            customer_no (str):
            document_no (str):
            client_no (int | Unset):
            account_no (int | Unset):
            reference_no (int | Unset):
            document_bundle_id (int | Unset):
            document_type (str | Unset): Value seen `IN` (invoice).
            document_date (datetime.date | Unset):
            due_date (datetime.date | Unset):
            currency (str | Unset):
            language (str | Unset):
            kid (str | Unset): Norwegian payment reference (KID).
            marketing_message_code (str | Unset):
            customer_message (str | Unset):
            sales_order_id (str | Unset):
            purchase_order_id (str | Unset):
            seller_reference (str | Unset):
            buyer_reference (str | Unset):
            additional_reference (str | Unset):
            sub_customer_no (str | Unset):
            ledger_note (str | Unset):
            currency_amounts (CurrencyAmounts | Unset): Amounts in the document currency.
            distribution (Distribution | Unset): How documents are distributed to the customer.
            einvoice_address (EinvoiceAddress | Unset): E-invoice routing.
            email_address (list[str] | Unset):
            attachment_files (list[Any] | Unset): Attachments (item shape not documented; empty in every example).
            attachment_codes (list[Any] | Unset): Attachment codes (item shape not documented; empty in every example).
            custom_codes (list[Any] | Unset): Custom codes (item shape not documented; empty in every example).
            document_lines (list[DocumentLine] | Unset):
    """

    customer_no: str
    document_no: str
    client_no: int | Unset = UNSET
    account_no: int | Unset = UNSET
    reference_no: int | Unset = UNSET
    document_bundle_id: int | Unset = UNSET
    document_type: str | Unset = UNSET
    document_date: datetime.date | Unset = UNSET
    due_date: datetime.date | Unset = UNSET
    currency: str | Unset = UNSET
    language: str | Unset = UNSET
    kid: str | Unset = UNSET
    marketing_message_code: str | Unset = UNSET
    customer_message: str | Unset = UNSET
    sales_order_id: str | Unset = UNSET
    purchase_order_id: str | Unset = UNSET
    seller_reference: str | Unset = UNSET
    buyer_reference: str | Unset = UNSET
    additional_reference: str | Unset = UNSET
    sub_customer_no: str | Unset = UNSET
    ledger_note: str | Unset = UNSET
    currency_amounts: CurrencyAmounts | Unset = UNSET
    distribution: Distribution | Unset = UNSET
    einvoice_address: EinvoiceAddress | Unset = UNSET
    email_address: list[str] | Unset = UNSET
    attachment_files: list[Any] | Unset = UNSET
    attachment_codes: list[Any] | Unset = UNSET
    custom_codes: list[Any] | Unset = UNSET
    document_lines: list[DocumentLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "customer_no" not in _absent:
            customer_no = self.customer_no

        if "document_no" not in _absent:
            document_no = self.document_no

        client_no = self.client_no

        account_no = self.account_no

        reference_no = self.reference_no

        document_bundle_id = self.document_bundle_id

        document_type = self.document_type

        document_date: str | Unset = UNSET
        if not isinstance(self.document_date, Unset):
            document_date = (
                self.document_date.isoformat(
                    timespec="seconds"
                    if not self.document_date.microsecond
                    else "milliseconds"
                    if not self.document_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.document_date, datetime.datetime)
                else self.document_date.isoformat()
            )

        due_date: str | Unset = UNSET
        if not isinstance(self.due_date, Unset):
            due_date = (
                self.due_date.isoformat(
                    timespec="seconds"
                    if not self.due_date.microsecond
                    else "milliseconds"
                    if not self.due_date.microsecond % 1000
                    else "microseconds"
                ).replace("+00:00", "Z")
                if isinstance(self.due_date, datetime.datetime)
                else self.due_date.isoformat()
            )

        currency = self.currency

        language = self.language

        kid = self.kid

        marketing_message_code = self.marketing_message_code

        customer_message = self.customer_message

        sales_order_id = self.sales_order_id

        purchase_order_id = self.purchase_order_id

        seller_reference = self.seller_reference

        buyer_reference = self.buyer_reference

        additional_reference = self.additional_reference

        sub_customer_no = self.sub_customer_no

        ledger_note = self.ledger_note

        currency_amounts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.currency_amounts, Unset):
            currency_amounts = self.currency_amounts.to_dict()

        distribution: dict[str, Any] | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.to_dict()

        einvoice_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.einvoice_address, Unset):
            einvoice_address = self.einvoice_address.to_dict()

        email_address: list[str] | Unset = UNSET
        if not isinstance(self.email_address, Unset):
            email_address = self.email_address

        attachment_files: list[Any] | Unset = UNSET
        if not isinstance(self.attachment_files, Unset):
            attachment_files = self.attachment_files

        attachment_codes: list[Any] | Unset = UNSET
        if not isinstance(self.attachment_codes, Unset):
            attachment_codes = self.attachment_codes

        custom_codes: list[Any] | Unset = UNSET
        if not isinstance(self.custom_codes, Unset):
            custom_codes = self.custom_codes

        document_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.document_lines, Unset):
            document_lines = []
            for document_lines_item_data in self.document_lines:
                document_lines_item = document_lines_item_data.to_dict()
                document_lines.append(document_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "customer_no" not in _absent:
            field_dict["customerNo"] = customer_no
        if "document_no" not in _absent:
            field_dict["documentNo"] = document_no
        if client_no is not UNSET:
            field_dict["clientNo"] = client_no
        if account_no is not UNSET:
            field_dict["accountNo"] = account_no
        if reference_no is not UNSET:
            field_dict["referenceNo"] = reference_no
        if document_bundle_id is not UNSET:
            field_dict["documentBundleId"] = document_bundle_id
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if document_date is not UNSET:
            field_dict["documentDate"] = document_date
        if due_date is not UNSET:
            field_dict["dueDate"] = due_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if language is not UNSET:
            field_dict["language"] = language
        if kid is not UNSET:
            field_dict["kid"] = kid
        if marketing_message_code is not UNSET:
            field_dict["marketingMessageCode"] = marketing_message_code
        if customer_message is not UNSET:
            field_dict["customerMessage"] = customer_message
        if sales_order_id is not UNSET:
            field_dict["salesOrderId"] = sales_order_id
        if purchase_order_id is not UNSET:
            field_dict["purchaseOrderId"] = purchase_order_id
        if seller_reference is not UNSET:
            field_dict["sellerReference"] = seller_reference
        if buyer_reference is not UNSET:
            field_dict["buyerReference"] = buyer_reference
        if additional_reference is not UNSET:
            field_dict["additionalReference"] = additional_reference
        if sub_customer_no is not UNSET:
            field_dict["subCustomerNo"] = sub_customer_no
        if ledger_note is not UNSET:
            field_dict["ledgerNote"] = ledger_note
        if currency_amounts is not UNSET:
            field_dict["currencyAmounts"] = currency_amounts
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if einvoice_address is not UNSET:
            field_dict["einvoiceAddress"] = einvoice_address
        if email_address is not UNSET:
            field_dict["emailAddress"] = email_address
        if attachment_files is not UNSET:
            field_dict["attachmentFiles"] = attachment_files
        if attachment_codes is not UNSET:
            field_dict["attachmentCodes"] = attachment_codes
        if custom_codes is not UNSET:
            field_dict["customCodes"] = custom_codes
        if document_lines is not UNSET:
            field_dict["documentLines"] = document_lines

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

        if "documentNo" not in d:
            document_no = _ABSENT
            _absent.append(("document_no", "documentNo"))
        else:
            document_no = d.pop("documentNo")
            if not isinstance(document_no, str):
                raise TypeError("documentNo: expected a string, got " + type(document_no).__name__)

        client_no = d.pop("clientNo", UNSET)
        if not isinstance(client_no, Unset) and not (isinstance(client_no, int) and not isinstance(client_no, bool)):
            raise TypeError("clientNo: expected an integer, got " + type(client_no).__name__)

        account_no = d.pop("accountNo", UNSET)
        if not isinstance(account_no, Unset) and not (isinstance(account_no, int) and not isinstance(account_no, bool)):
            raise TypeError("accountNo: expected an integer, got " + type(account_no).__name__)

        reference_no = d.pop("referenceNo", UNSET)
        if not isinstance(reference_no, Unset) and not (
            isinstance(reference_no, int) and not isinstance(reference_no, bool)
        ):
            raise TypeError("referenceNo: expected an integer, got " + type(reference_no).__name__)

        document_bundle_id = d.pop("documentBundleId", UNSET)
        if not isinstance(document_bundle_id, Unset) and not (
            isinstance(document_bundle_id, int) and not isinstance(document_bundle_id, bool)
        ):
            raise TypeError("documentBundleId: expected an integer, got " + type(document_bundle_id).__name__)

        document_type = d.pop("documentType", UNSET)
        if not isinstance(document_type, (str, Unset)):
            raise TypeError("documentType: expected a string, got " + type(document_type).__name__)

        _document_date = d.pop("documentDate", UNSET)
        document_date: datetime.date | Unset
        if isinstance(_document_date, Unset):
            document_date = UNSET
        else:
            document_date = datetime.date.fromisoformat(_document_date)

        _due_date = d.pop("dueDate", UNSET)
        due_date: datetime.date | Unset
        if isinstance(_due_date, Unset):
            due_date = UNSET
        else:
            due_date = datetime.date.fromisoformat(_due_date)

        currency = d.pop("currency", UNSET)
        if not isinstance(currency, (str, Unset)):
            raise TypeError("currency: expected a string, got " + type(currency).__name__)

        language = d.pop("language", UNSET)
        if not isinstance(language, (str, Unset)):
            raise TypeError("language: expected a string, got " + type(language).__name__)

        kid = d.pop("kid", UNSET)
        if not isinstance(kid, (str, Unset)):
            raise TypeError("kid: expected a string, got " + type(kid).__name__)

        marketing_message_code = d.pop("marketingMessageCode", UNSET)
        if not isinstance(marketing_message_code, (str, Unset)):
            raise TypeError("marketingMessageCode: expected a string, got " + type(marketing_message_code).__name__)

        customer_message = d.pop("customerMessage", UNSET)
        if not isinstance(customer_message, (str, Unset)):
            raise TypeError("customerMessage: expected a string, got " + type(customer_message).__name__)

        sales_order_id = d.pop("salesOrderId", UNSET)
        if not isinstance(sales_order_id, (str, Unset)):
            raise TypeError("salesOrderId: expected a string, got " + type(sales_order_id).__name__)

        purchase_order_id = d.pop("purchaseOrderId", UNSET)
        if not isinstance(purchase_order_id, (str, Unset)):
            raise TypeError("purchaseOrderId: expected a string, got " + type(purchase_order_id).__name__)

        seller_reference = d.pop("sellerReference", UNSET)
        if not isinstance(seller_reference, (str, Unset)):
            raise TypeError("sellerReference: expected a string, got " + type(seller_reference).__name__)

        buyer_reference = d.pop("buyerReference", UNSET)
        if not isinstance(buyer_reference, (str, Unset)):
            raise TypeError("buyerReference: expected a string, got " + type(buyer_reference).__name__)

        additional_reference = d.pop("additionalReference", UNSET)
        if not isinstance(additional_reference, (str, Unset)):
            raise TypeError("additionalReference: expected a string, got " + type(additional_reference).__name__)

        sub_customer_no = d.pop("subCustomerNo", UNSET)
        if not isinstance(sub_customer_no, (str, Unset)):
            raise TypeError("subCustomerNo: expected a string, got " + type(sub_customer_no).__name__)

        ledger_note = d.pop("ledgerNote", UNSET)
        if not isinstance(ledger_note, (str, Unset)):
            raise TypeError("ledgerNote: expected a string, got " + type(ledger_note).__name__)

        _currency_amounts = d.pop("currencyAmounts", UNSET)
        currency_amounts: CurrencyAmounts | Unset
        if isinstance(_currency_amounts, Unset):
            currency_amounts = UNSET
        else:
            currency_amounts = CurrencyAmounts.from_dict(_currency_amounts)

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = Distribution.from_dict(_distribution)

        _einvoice_address = d.pop("einvoiceAddress", UNSET)
        einvoice_address: EinvoiceAddress | Unset
        if isinstance(_einvoice_address, Unset):
            einvoice_address = UNSET
        else:
            einvoice_address = EinvoiceAddress.from_dict(_einvoice_address)

        _email_address = d.pop("emailAddress", UNSET)
        email_address: list[str] | Unset = UNSET
        if _email_address is not UNSET:
            email_address = []
            for email_address_item_data in _email_address:
                email_address_item = email_address_item_data
                if not isinstance(email_address_item, str):
                    raise TypeError("emailAddress_item: expected a string, got " + type(email_address_item).__name__)

                email_address.append(email_address_item)

        _attachment_files = d.pop("attachmentFiles", UNSET)
        attachment_files: list[Any] | Unset = UNSET
        if _attachment_files is not UNSET:
            attachment_files = []
            for attachment_files_item_data in _attachment_files:
                attachment_files_item = attachment_files_item_data

                attachment_files.append(attachment_files_item)

        _attachment_codes = d.pop("attachmentCodes", UNSET)
        attachment_codes: list[Any] | Unset = UNSET
        if _attachment_codes is not UNSET:
            attachment_codes = []
            for attachment_codes_item_data in _attachment_codes:
                attachment_codes_item = attachment_codes_item_data

                attachment_codes.append(attachment_codes_item)

        _custom_codes = d.pop("customCodes", UNSET)
        custom_codes: list[Any] | Unset = UNSET
        if _custom_codes is not UNSET:
            custom_codes = []
            for custom_codes_item_data in _custom_codes:
                custom_codes_item = custom_codes_item_data

                custom_codes.append(custom_codes_item)

        _document_lines = d.pop("documentLines", UNSET)
        document_lines: list[DocumentLine] | Unset = UNSET
        if _document_lines is not UNSET:
            document_lines = []
            for document_lines_item_data in _document_lines:
                document_lines_item = DocumentLine.from_dict(document_lines_item_data)

                document_lines.append(document_lines_item)

        document = cls(
            customer_no=customer_no,
            document_no=document_no,
            client_no=client_no,
            account_no=account_no,
            reference_no=reference_no,
            document_bundle_id=document_bundle_id,
            document_type=document_type,
            document_date=document_date,
            due_date=due_date,
            currency=currency,
            language=language,
            kid=kid,
            marketing_message_code=marketing_message_code,
            customer_message=customer_message,
            sales_order_id=sales_order_id,
            purchase_order_id=purchase_order_id,
            seller_reference=seller_reference,
            buyer_reference=buyer_reference,
            additional_reference=additional_reference,
            sub_customer_no=sub_customer_no,
            ledger_note=ledger_note,
            currency_amounts=currency_amounts,
            distribution=distribution,
            einvoice_address=einvoice_address,
            email_address=email_address,
            attachment_files=attachment_files,
            attachment_codes=attachment_codes,
            custom_codes=custom_codes,
            document_lines=document_lines,
        )

        if _absent:
            _drop_absent(document, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        document.additional_properties = additional_properties
        return document

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


from ..models.currency_amounts import CurrencyAmounts
from ..models.distribution import Distribution
from ..models.document_line import DocumentLine
from ..models.einvoice_address import EinvoiceAddress
