"""Contains all the data models used in inputs/outputs"""

from .accepted import Accepted
from .accounting_party import AccountingParty
from .add_company_request import AddCompanyRequest
from .additional_document_reference import AdditionalDocumentReference
from .allowance_charge import AllowanceCharge
from .attachment import Attachment
from .b2c_invoice import B2CInvoice
from .b2c_invoice_request import B2CInvoiceRequest
from .b2c_letter import B2CLetter
from .b2c_letter_request import B2CLetterRequest
from .b2c_line_detail import B2CLineDetail
from .bank_agreement_request import BankAgreementRequest
from .bank_agreement_status import BankAgreementStatus
from .bank_agreement_status_request import BankAgreementStatusRequest
from .billing_reference import BillingReference
from .channel_settings import ChannelSettings
from .company import Company
from .company_status import CompanyStatus
from .company_status_request import CompanyStatusRequest
from .contact import Contact
from .country import Country
from .delivery import Delivery
from .delivery_location import DeliveryLocation
from .delivery_party import DeliveryParty
from .digipost_settings import DigipostSettings
from .discount import Discount
from .document_line import DocumentLine
from .document_reference import DocumentReference
from .ehf_credit_note import EhfCreditNote
from .ehf_credit_note_request import EhfCreditNoteRequest
from .ehf_invoice import EhfInvoice
from .ehf_invoice_request import EhfInvoiceRequest
from .email_settings import EmailSettings
from .embedded_document_binary_object import EmbeddedDocumentBinaryObject
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .external_reference import ExternalReference
from .financial_account import FinancialAccount
from .financial_institution import FinancialInstitution
from .financial_institution_branch import FinancialInstitutionBranch
from .invoice_period import InvoicePeriod
from .invoice_status import InvoiceStatus
from .invoice_status_request import InvoiceStatusRequest
from .invoicee import Invoicee
from .invoicer import Invoicer
from .item import Item
from .item_identification import ItemIdentification
from .legal_monetary_total import LegalMonetaryTotal
from .lookup_link import LookupLink
from .lookup_link_request import LookupLinkRequest
from .order_line_reference import OrderLineReference
from .order_reference import OrderReference
from .party import Party
from .party_identification import PartyIdentification
from .party_legal_entity import PartyLegalEntity
from .party_name import PartyName
from .party_tax_scheme import PartyTaxScheme
from .payment_info import PaymentInfo
from .payment_means import PaymentMeans
from .payment_terms import PaymentTerms
from .postal_address import PostalAddress
from .price import Price
from .subscription import Subscription
from .tax_category import TaxCategory
from .tax_scheme import TaxScheme
from .tax_sub_total import TaxSubTotal
from .tax_total import TaxTotal
from .typed_value import TypedValue

__all__ = (
    "Accepted",
    "AccountingParty",
    "AddCompanyRequest",
    "AdditionalDocumentReference",
    "AllowanceCharge",
    "Attachment",
    "B2CInvoice",
    "B2CInvoiceRequest",
    "B2CLetter",
    "B2CLetterRequest",
    "B2CLineDetail",
    "BankAgreementRequest",
    "BankAgreementStatus",
    "BankAgreementStatusRequest",
    "BillingReference",
    "ChannelSettings",
    "Company",
    "CompanyStatus",
    "CompanyStatusRequest",
    "Contact",
    "Country",
    "Delivery",
    "DeliveryLocation",
    "DeliveryParty",
    "DigipostSettings",
    "Discount",
    "DocumentLine",
    "DocumentReference",
    "EhfCreditNote",
    "EhfCreditNoteRequest",
    "EhfInvoice",
    "EhfInvoiceRequest",
    "EmailSettings",
    "EmbeddedDocumentBinaryObject",
    "ErrorDetail",
    "ErrorResponse",
    "ExternalReference",
    "FinancialAccount",
    "FinancialInstitution",
    "FinancialInstitutionBranch",
    "InvoicePeriod",
    "InvoiceStatus",
    "InvoiceStatusRequest",
    "Invoicee",
    "Invoicer",
    "Item",
    "ItemIdentification",
    "LegalMonetaryTotal",
    "LookupLink",
    "LookupLinkRequest",
    "OrderLineReference",
    "OrderReference",
    "Party",
    "PartyIdentification",
    "PartyLegalEntity",
    "PartyName",
    "PartyTaxScheme",
    "PaymentInfo",
    "PaymentMeans",
    "PaymentTerms",
    "PostalAddress",
    "Price",
    "Subscription",
    "TaxCategory",
    "TaxScheme",
    "TaxSubTotal",
    "TaxTotal",
    "TypedValue",
)
