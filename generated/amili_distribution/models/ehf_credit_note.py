from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from amili_common import ABSENT as _ABSENT
from amili_common import drop_absent as _drop_absent
from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset
from ..types import AmiliModel as _AmiliModel

T = TypeVar("T", bound="EhfCreditNote")


@_attrs_define(repr=False)
class EhfCreditNote(_AmiliModel):
    """EHF 3.0 credit note (UBL CreditNote in Amili's PascalCase JSON).

    Attributes:
        identifier (str): Caller's unique id for this document; used for status checks.
        id (str | Unset): Credit note number.
        issue_date (str | Unset): Date as Amili documents it: `YYYY-MM-DD`, or the empty string `""` for "not given"
            (the documented credit
            note sends `BillingReference[].InvoiceDocumentReference.IssueDate: ""`). Deliberately a plain string, not
            `format: date`, so that `""` is accepted and sent back unchanged.
             Example: 2020-03-01.
        due_date (str | Unset): Date as Amili documents it: `YYYY-MM-DD`, or the empty string `""` for "not given" (the
            documented credit
            note sends `BillingReference[].InvoiceDocumentReference.IssueDate: ""`). Deliberately a plain string, not
            `format: date`, so that `""` is accepted and sent back unchanged.
             Example: 2020-03-01.
        note (str | Unset):
        document_currency_code (str | Unset):  Example: NOK.
        accounting_cost (str | Unset):
        language_id (str | Unset):  Example: NO.
        buyer_reference (str | Unset):
        invoice_period (InvoicePeriod | Unset):
        order_reference (OrderReference | Unset):
        billing_reference (list[BillingReference] | Unset):
        despatch_document_reference (DocumentReference | Unset): Reference to another document (despatch advice,
            contract, referenced invoice).
        contract_document_reference (DocumentReference | Unset): Reference to another document (despatch advice,
            contract, referenced invoice).
        additional_document_reference (list[AdditionalDocumentReference] | Unset):
        accounting_supplier_party (AccountingParty | Unset): Wrapper used by `AccountingSupplierParty` and
            `AccountingCustomerParty`.
        accounting_customer_party (AccountingParty | Unset): Wrapper used by `AccountingSupplierParty` and
            `AccountingCustomerParty`.
        delivery (Delivery | Unset):
        payment_means (list[PaymentMeans] | Unset):
        payment_terms (PaymentTerms | Unset):
        allowance_charge (list[AllowanceCharge] | Unset):
        legal_monetary_total (LegalMonetaryTotal | Unset):
        tax_total (TaxTotal | Unset): Amili sends a single object (not the UBL array).
        credit_note_lines (list[DocumentLine] | Unset):
    """

    identifier: str
    id: str | Unset = UNSET
    issue_date: str | Unset = UNSET
    due_date: str | Unset = UNSET
    note: str | Unset = UNSET
    document_currency_code: str | Unset = UNSET
    accounting_cost: str | Unset = UNSET
    language_id: str | Unset = UNSET
    buyer_reference: str | Unset = UNSET
    invoice_period: InvoicePeriod | Unset = UNSET
    order_reference: OrderReference | Unset = UNSET
    billing_reference: list[BillingReference] | Unset = UNSET
    despatch_document_reference: DocumentReference | Unset = UNSET
    contract_document_reference: DocumentReference | Unset = UNSET
    additional_document_reference: list[AdditionalDocumentReference] | Unset = UNSET
    accounting_supplier_party: AccountingParty | Unset = UNSET
    accounting_customer_party: AccountingParty | Unset = UNSET
    delivery: Delivery | Unset = UNSET
    payment_means: list[PaymentMeans] | Unset = UNSET
    payment_terms: PaymentTerms | Unset = UNSET
    allowance_charge: list[AllowanceCharge] | Unset = UNSET
    legal_monetary_total: LegalMonetaryTotal | Unset = UNSET
    tax_total: TaxTotal | Unset = UNSET
    credit_note_lines: list[DocumentLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _absent = self.absent_fields
        if "identifier" not in _absent:
            identifier = self.identifier

        id = self.id

        issue_date = self.issue_date

        due_date = self.due_date

        note = self.note

        document_currency_code = self.document_currency_code

        accounting_cost = self.accounting_cost

        language_id = self.language_id

        buyer_reference = self.buyer_reference

        invoice_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoice_period, Unset):
            invoice_period = self.invoice_period.to_dict()

        order_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.order_reference, Unset):
            order_reference = self.order_reference.to_dict()

        billing_reference: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.billing_reference, Unset):
            billing_reference = []
            for billing_reference_item_data in self.billing_reference:
                billing_reference_item = billing_reference_item_data.to_dict()
                billing_reference.append(billing_reference_item)

        despatch_document_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.despatch_document_reference, Unset):
            despatch_document_reference = self.despatch_document_reference.to_dict()

        contract_document_reference: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contract_document_reference, Unset):
            contract_document_reference = self.contract_document_reference.to_dict()

        additional_document_reference: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.additional_document_reference, Unset):
            additional_document_reference = []
            for additional_document_reference_item_data in self.additional_document_reference:
                additional_document_reference_item = additional_document_reference_item_data.to_dict()
                additional_document_reference.append(additional_document_reference_item)

        accounting_supplier_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounting_supplier_party, Unset):
            accounting_supplier_party = self.accounting_supplier_party.to_dict()

        accounting_customer_party: dict[str, Any] | Unset = UNSET
        if not isinstance(self.accounting_customer_party, Unset):
            accounting_customer_party = self.accounting_customer_party.to_dict()

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        payment_means: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_means, Unset):
            payment_means = []
            for payment_means_item_data in self.payment_means:
                payment_means_item = payment_means_item_data.to_dict()
                payment_means.append(payment_means_item)

        payment_terms: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_terms, Unset):
            payment_terms = self.payment_terms.to_dict()

        allowance_charge: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allowance_charge, Unset):
            allowance_charge = []
            for allowance_charge_item_data in self.allowance_charge:
                allowance_charge_item = allowance_charge_item_data.to_dict()
                allowance_charge.append(allowance_charge_item)

        legal_monetary_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.legal_monetary_total, Unset):
            legal_monetary_total = self.legal_monetary_total.to_dict()

        tax_total: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tax_total, Unset):
            tax_total = self.tax_total.to_dict()

        credit_note_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.credit_note_lines, Unset):
            credit_note_lines = []
            for credit_note_lines_item_data in self.credit_note_lines:
                credit_note_lines_item = credit_note_lines_item_data.to_dict()
                credit_note_lines.append(credit_note_lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if "identifier" not in _absent:
            field_dict["Identifier"] = identifier
        if id is not UNSET:
            field_dict["ID"] = id
        if issue_date is not UNSET:
            field_dict["IssueDate"] = issue_date
        if due_date is not UNSET:
            field_dict["DueDate"] = due_date
        if note is not UNSET:
            field_dict["Note"] = note
        if document_currency_code is not UNSET:
            field_dict["DocumentCurrencyCode"] = document_currency_code
        if accounting_cost is not UNSET:
            field_dict["AccountingCost"] = accounting_cost
        if language_id is not UNSET:
            field_dict["LanguageID"] = language_id
        if buyer_reference is not UNSET:
            field_dict["BuyerReference"] = buyer_reference
        if invoice_period is not UNSET:
            field_dict["InvoicePeriod"] = invoice_period
        if order_reference is not UNSET:
            field_dict["OrderReference"] = order_reference
        if billing_reference is not UNSET:
            field_dict["BillingReference"] = billing_reference
        if despatch_document_reference is not UNSET:
            field_dict["DespatchDocumentReference"] = despatch_document_reference
        if contract_document_reference is not UNSET:
            field_dict["ContractDocumentReference"] = contract_document_reference
        if additional_document_reference is not UNSET:
            field_dict["AdditionalDocumentReference"] = additional_document_reference
        if accounting_supplier_party is not UNSET:
            field_dict["AccountingSupplierParty"] = accounting_supplier_party
        if accounting_customer_party is not UNSET:
            field_dict["AccountingCustomerParty"] = accounting_customer_party
        if delivery is not UNSET:
            field_dict["Delivery"] = delivery
        if payment_means is not UNSET:
            field_dict["PaymentMeans"] = payment_means
        if payment_terms is not UNSET:
            field_dict["PaymentTerms"] = payment_terms
        if allowance_charge is not UNSET:
            field_dict["AllowanceCharge"] = allowance_charge
        if legal_monetary_total is not UNSET:
            field_dict["LegalMonetaryTotal"] = legal_monetary_total
        if tax_total is not UNSET:
            field_dict["TaxTotal"] = tax_total
        if credit_note_lines is not UNSET:
            field_dict["CreditNoteLines"] = credit_note_lines

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _absent: list[tuple[str, str]] = []
        if "Identifier" not in d:
            identifier = _ABSENT
            _absent.append(("identifier", "Identifier"))
        else:
            identifier = d.pop("Identifier")
            if not isinstance(identifier, str):
                raise TypeError("Identifier: expected a string, got " + type(identifier).__name__)

        id = d.pop("ID", UNSET)
        if not isinstance(id, (str, Unset)):
            raise TypeError("ID: expected a string, got " + type(id).__name__)

        issue_date = d.pop("IssueDate", UNSET)
        if not isinstance(issue_date, (str, Unset)):
            raise TypeError("IssueDate: expected a string, got " + type(issue_date).__name__)

        due_date = d.pop("DueDate", UNSET)
        if not isinstance(due_date, (str, Unset)):
            raise TypeError("DueDate: expected a string, got " + type(due_date).__name__)

        note = d.pop("Note", UNSET)
        if not isinstance(note, (str, Unset)):
            raise TypeError("Note: expected a string, got " + type(note).__name__)

        document_currency_code = d.pop("DocumentCurrencyCode", UNSET)
        if not isinstance(document_currency_code, (str, Unset)):
            raise TypeError("DocumentCurrencyCode: expected a string, got " + type(document_currency_code).__name__)

        accounting_cost = d.pop("AccountingCost", UNSET)
        if not isinstance(accounting_cost, (str, Unset)):
            raise TypeError("AccountingCost: expected a string, got " + type(accounting_cost).__name__)

        language_id = d.pop("LanguageID", UNSET)
        if not isinstance(language_id, (str, Unset)):
            raise TypeError("LanguageID: expected a string, got " + type(language_id).__name__)

        buyer_reference = d.pop("BuyerReference", UNSET)
        if not isinstance(buyer_reference, (str, Unset)):
            raise TypeError("BuyerReference: expected a string, got " + type(buyer_reference).__name__)

        _invoice_period = d.pop("InvoicePeriod", UNSET)
        invoice_period: InvoicePeriod | Unset
        if isinstance(_invoice_period, Unset):
            invoice_period = UNSET
        else:
            invoice_period = InvoicePeriod.from_dict(_invoice_period)

        _order_reference = d.pop("OrderReference", UNSET)
        order_reference: OrderReference | Unset
        if isinstance(_order_reference, Unset):
            order_reference = UNSET
        else:
            order_reference = OrderReference.from_dict(_order_reference)

        _billing_reference = d.pop("BillingReference", UNSET)
        billing_reference: list[BillingReference] | Unset = UNSET
        if _billing_reference is not UNSET:
            billing_reference = []
            for billing_reference_item_data in _billing_reference:
                billing_reference_item = BillingReference.from_dict(billing_reference_item_data)

                billing_reference.append(billing_reference_item)

        _despatch_document_reference = d.pop("DespatchDocumentReference", UNSET)
        despatch_document_reference: DocumentReference | Unset
        if isinstance(_despatch_document_reference, Unset):
            despatch_document_reference = UNSET
        else:
            despatch_document_reference = DocumentReference.from_dict(_despatch_document_reference)

        _contract_document_reference = d.pop("ContractDocumentReference", UNSET)
        contract_document_reference: DocumentReference | Unset
        if isinstance(_contract_document_reference, Unset):
            contract_document_reference = UNSET
        else:
            contract_document_reference = DocumentReference.from_dict(_contract_document_reference)

        _additional_document_reference = d.pop("AdditionalDocumentReference", UNSET)
        additional_document_reference: list[AdditionalDocumentReference] | Unset = UNSET
        if _additional_document_reference is not UNSET:
            additional_document_reference = []
            for additional_document_reference_item_data in _additional_document_reference:
                additional_document_reference_item = AdditionalDocumentReference.from_dict(
                    additional_document_reference_item_data
                )

                additional_document_reference.append(additional_document_reference_item)

        _accounting_supplier_party = d.pop("AccountingSupplierParty", UNSET)
        accounting_supplier_party: AccountingParty | Unset
        if isinstance(_accounting_supplier_party, Unset):
            accounting_supplier_party = UNSET
        else:
            accounting_supplier_party = AccountingParty.from_dict(_accounting_supplier_party)

        _accounting_customer_party = d.pop("AccountingCustomerParty", UNSET)
        accounting_customer_party: AccountingParty | Unset
        if isinstance(_accounting_customer_party, Unset):
            accounting_customer_party = UNSET
        else:
            accounting_customer_party = AccountingParty.from_dict(_accounting_customer_party)

        _delivery = d.pop("Delivery", UNSET)
        delivery: Delivery | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = Delivery.from_dict(_delivery)

        _payment_means = d.pop("PaymentMeans", UNSET)
        payment_means: list[PaymentMeans] | Unset = UNSET
        if _payment_means is not UNSET:
            payment_means = []
            for payment_means_item_data in _payment_means:
                payment_means_item = PaymentMeans.from_dict(payment_means_item_data)

                payment_means.append(payment_means_item)

        _payment_terms = d.pop("PaymentTerms", UNSET)
        payment_terms: PaymentTerms | Unset
        if isinstance(_payment_terms, Unset):
            payment_terms = UNSET
        else:
            payment_terms = PaymentTerms.from_dict(_payment_terms)

        _allowance_charge = d.pop("AllowanceCharge", UNSET)
        allowance_charge: list[AllowanceCharge] | Unset = UNSET
        if _allowance_charge is not UNSET:
            allowance_charge = []
            for allowance_charge_item_data in _allowance_charge:
                allowance_charge_item = AllowanceCharge.from_dict(allowance_charge_item_data)

                allowance_charge.append(allowance_charge_item)

        _legal_monetary_total = d.pop("LegalMonetaryTotal", UNSET)
        legal_monetary_total: LegalMonetaryTotal | Unset
        if isinstance(_legal_monetary_total, Unset):
            legal_monetary_total = UNSET
        else:
            legal_monetary_total = LegalMonetaryTotal.from_dict(_legal_monetary_total)

        _tax_total = d.pop("TaxTotal", UNSET)
        tax_total: TaxTotal | Unset
        if isinstance(_tax_total, Unset):
            tax_total = UNSET
        else:
            tax_total = TaxTotal.from_dict(_tax_total)

        _credit_note_lines = d.pop("CreditNoteLines", UNSET)
        credit_note_lines: list[DocumentLine] | Unset = UNSET
        if _credit_note_lines is not UNSET:
            credit_note_lines = []
            for credit_note_lines_item_data in _credit_note_lines:
                credit_note_lines_item = DocumentLine.from_dict(credit_note_lines_item_data)

                credit_note_lines.append(credit_note_lines_item)

        ehf_credit_note = cls(
            identifier=identifier,
            id=id,
            issue_date=issue_date,
            due_date=due_date,
            note=note,
            document_currency_code=document_currency_code,
            accounting_cost=accounting_cost,
            language_id=language_id,
            buyer_reference=buyer_reference,
            invoice_period=invoice_period,
            order_reference=order_reference,
            billing_reference=billing_reference,
            despatch_document_reference=despatch_document_reference,
            contract_document_reference=contract_document_reference,
            additional_document_reference=additional_document_reference,
            accounting_supplier_party=accounting_supplier_party,
            accounting_customer_party=accounting_customer_party,
            delivery=delivery,
            payment_means=payment_means,
            payment_terms=payment_terms,
            allowance_charge=allowance_charge,
            legal_monetary_total=legal_monetary_total,
            tax_total=tax_total,
            credit_note_lines=credit_note_lines,
        )

        if _absent:
            _drop_absent(ehf_credit_note, _absent)

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        ehf_credit_note.additional_properties = additional_properties
        return ehf_credit_note

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


from ..models.accounting_party import AccountingParty
from ..models.additional_document_reference import AdditionalDocumentReference
from ..models.allowance_charge import AllowanceCharge
from ..models.billing_reference import BillingReference
from ..models.delivery import Delivery
from ..models.document_line import DocumentLine
from ..models.document_reference import DocumentReference
from ..models.invoice_period import InvoicePeriod
from ..models.legal_monetary_total import LegalMonetaryTotal
from ..models.order_reference import OrderReference
from ..models.payment_means import PaymentMeans
from ..models.payment_terms import PaymentTerms
from ..models.tax_total import TaxTotal
