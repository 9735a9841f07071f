"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .banq_soft_response import BanqSoftResponse
from .batch import Batch
from .batch_completed_data import BatchCompletedData
from .batch_completed_event import BatchCompletedEvent
from .batch_failed_item import BatchFailedItem
from .batch_list_response import BatchListResponse
from .batch_reference import BatchReference
from .batch_reference_response import BatchReferenceResponse
from .batch_response import BatchResponse
from .batch_status import BatchStatus
from .batch_succeeded_item import BatchSucceededItem
from .batch_type import BatchType
from .case import Case
from .case_action_request import CaseActionRequest
from .case_event import CaseEvent
from .case_event_data import CaseEventData
from .case_list_response import CaseListResponse
from .case_status import CaseStatus
from .case_sub_status import CaseSubStatus
from .case_type import CaseType
from .case_updated_data import CaseUpdatedData
from .case_updated_event import CaseUpdatedEvent
from .claim import Claim
from .claim_type import ClaimType
from .correction import Correction
from .create_corrections_request import CreateCorrectionsRequest
from .create_invoices_request import CreateInvoicesRequest
from .create_payments_request import CreatePaymentsRequest
from .debtor import Debtor
from .debtor_type import DebtorType
from .email import Email
from .error_response import ErrorResponse
from .error_response_errors import ErrorResponseErrors
from .health import Health
from .health_checks import HealthChecks
from .invoice import Invoice
from .invoice_create import InvoiceCreate
from .invoice_document import InvoiceDocument
from .invoice_document_list_response import InvoiceDocumentListResponse
from .invoice_history_entry import InvoiceHistoryEntry
from .invoice_history_list_response import InvoiceHistoryListResponse
from .invoice_list_response import InvoiceListResponse
from .invoice_payment import InvoicePayment
from .invoice_payment_list_response import InvoicePaymentListResponse
from .invoice_response import InvoiceResponse
from .invoice_status import InvoiceStatus
from .invoice_type import InvoiceType
from .legacy_attachment import LegacyAttachment
from .legacy_batch import LegacyBatch
from .legacy_batch_dto import LegacyBatchDto
from .legacy_batch_error import LegacyBatchError
from .legacy_batch_failed_item import LegacyBatchFailedItem
from .legacy_batch_list_response import LegacyBatchListResponse
from .legacy_batch_object_response import LegacyBatchObjectResponse
from .legacy_batch_status import LegacyBatchStatus
from .legacy_batch_succeeded_item import LegacyBatchSucceededItem
from .legacy_case import LegacyCase
from .legacy_case_history import LegacyCaseHistory
from .legacy_contact import LegacyContact
from .legacy_creditor import LegacyCreditor
from .legacy_payment_details import LegacyPaymentDetails
from .legacy_result import LegacyResult
from .legacy_settlement import LegacySettlement
from .organization_ref import OrganizationRef
from .payment_create import PaymentCreate
from .payment_type import PaymentType
from .phone_number import PhoneNumber
from .ping_response import PingResponse
from .report import Report
from .report_list_response import ReportListResponse
from .settlement import Settlement
from .settlement_collection_type import SettlementCollectionType
from .settlement_created_data import SettlementCreatedData
from .settlement_created_event import SettlementCreatedEvent
from .settlement_list_response import SettlementListResponse
from .settlement_response import SettlementResponse
from .summary import Summary
from .webhook_event import WebhookEvent
from .webhook_event_type import WebhookEventType
from .webhook_headers import WebhookHeaders
from .webhook_source import WebhookSource

__all__ = (
    "Address",
    "BanqSoftResponse",
    "Batch",
    "BatchCompletedData",
    "BatchCompletedEvent",
    "BatchFailedItem",
    "BatchListResponse",
    "BatchReference",
    "BatchReferenceResponse",
    "BatchResponse",
    "BatchStatus",
    "BatchSucceededItem",
    "BatchType",
    "Case",
    "CaseActionRequest",
    "CaseEvent",
    "CaseEventData",
    "CaseListResponse",
    "CaseStatus",
    "CaseSubStatus",
    "CaseType",
    "CaseUpdatedData",
    "CaseUpdatedEvent",
    "Claim",
    "ClaimType",
    "Correction",
    "CreateCorrectionsRequest",
    "CreateInvoicesRequest",
    "CreatePaymentsRequest",
    "Debtor",
    "DebtorType",
    "Email",
    "ErrorResponse",
    "ErrorResponseErrors",
    "Health",
    "HealthChecks",
    "Invoice",
    "InvoiceCreate",
    "InvoiceDocument",
    "InvoiceDocumentListResponse",
    "InvoiceHistoryEntry",
    "InvoiceHistoryListResponse",
    "InvoiceListResponse",
    "InvoicePayment",
    "InvoicePaymentListResponse",
    "InvoiceResponse",
    "InvoiceStatus",
    "InvoiceType",
    "LegacyAttachment",
    "LegacyBatch",
    "LegacyBatchDto",
    "LegacyBatchError",
    "LegacyBatchFailedItem",
    "LegacyBatchListResponse",
    "LegacyBatchObjectResponse",
    "LegacyBatchStatus",
    "LegacyBatchSucceededItem",
    "LegacyCase",
    "LegacyCaseHistory",
    "LegacyContact",
    "LegacyCreditor",
    "LegacyPaymentDetails",
    "LegacyResult",
    "LegacySettlement",
    "OrganizationRef",
    "PaymentCreate",
    "PaymentType",
    "PhoneNumber",
    "PingResponse",
    "Report",
    "ReportListResponse",
    "Settlement",
    "SettlementCollectionType",
    "SettlementCreatedData",
    "SettlementCreatedEvent",
    "SettlementListResponse",
    "SettlementResponse",
    "Summary",
    "WebhookEvent",
    "WebhookEventType",
    "WebhookHeaders",
    "WebhookSource",
)
