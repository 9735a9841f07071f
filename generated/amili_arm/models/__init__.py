"""Contains all the data models used in inputs/outputs"""

from .action import Action
from .action_parameters import ActionParameters
from .action_request import ActionRequest
from .action_response import ActionResponse
from .adb_interval import AdbInterval
from .adb_interval_list import AdbIntervalList
from .ar_item import ArItem
from .ar_item_list import ArItemList
from .ar_item_update import ArItemUpdate
from .ar_item_update_request import ArItemUpdateRequest
from .auto_posting import AutoPosting
from .auto_posting_error_response import AutoPostingErrorResponse
from .auto_posting_request import AutoPostingRequest
from .auto_posting_response import AutoPostingResponse
from .auto_posting_result import AutoPostingResult
from .batch import Batch
from .batch_item_result import BatchItemResult
from .batch_receipt import BatchReceipt
from .client_config import ClientConfig
from .client_config_list import ClientConfigList
from .code import Code
from .code_list import CodeList
from .credit_note import CreditNote
from .currency_amounts import CurrencyAmounts
from .customer import Customer
from .customer_batch_request import CustomerBatchRequest
from .customer_list import CustomerList
from .customer_request import CustomerRequest
from .distribution import Distribution
from .document import Document
from .document_batch_request import DocumentBatchRequest
from .document_bundle import DocumentBundle
from .document_bundle_list import DocumentBundleList
from .document_line import DocumentLine
from .document_list import DocumentList
from .document_request import DocumentRequest
from .einvoice_address import EinvoiceAddress
from .error_detail import ErrorDetail
from .error_response import ErrorResponse
from .file_result import FileResult
from .file_upload_request import FileUploadRequest
from .file_upload_response import FileUploadResponse
from .gl_item import GlItem
from .gl_item_list import GlItemList
from .gl_movement import GlMovement
from .gl_movement_list import GlMovementList
from .gl_movement_period import GlMovementPeriod
from .health import Health
from .health_checks import HealthChecks
from .log_item import LogItem
from .log_item_list import LogItemList
from .metadata import Metadata
from .os_file import OsFile
from .os_file_list import OsFileList
from .page_summary import PageSummary
from .payment_reservation import PaymentReservation
from .payment_reservation_request import PaymentReservationRequest
from .payment_reservation_response import PaymentReservationResponse
from .postal_address import PostalAddress
from .report_action import ReportAction
from .report_action_parameters import ReportActionParameters
from .report_action_request import ReportActionRequest
from .result_envelope import ResultEnvelope
from .warning import Warning_

__all__ = (
    "Action",
    "ActionParameters",
    "ActionRequest",
    "ActionResponse",
    "AdbInterval",
    "AdbIntervalList",
    "ArItem",
    "ArItemList",
    "ArItemUpdate",
    "ArItemUpdateRequest",
    "AutoPosting",
    "AutoPostingErrorResponse",
    "AutoPostingRequest",
    "AutoPostingResponse",
    "AutoPostingResult",
    "Batch",
    "BatchItemResult",
    "BatchReceipt",
    "ClientConfig",
    "ClientConfigList",
    "Code",
    "CodeList",
    "CreditNote",
    "CurrencyAmounts",
    "Customer",
    "CustomerBatchRequest",
    "CustomerList",
    "CustomerRequest",
    "Distribution",
    "Document",
    "DocumentBatchRequest",
    "DocumentBundle",
    "DocumentBundleList",
    "DocumentLine",
    "DocumentList",
    "DocumentRequest",
    "EinvoiceAddress",
    "ErrorDetail",
    "ErrorResponse",
    "FileResult",
    "FileUploadRequest",
    "FileUploadResponse",
    "GlItem",
    "GlItemList",
    "GlMovement",
    "GlMovementList",
    "GlMovementPeriod",
    "Health",
    "HealthChecks",
    "LogItem",
    "LogItemList",
    "Metadata",
    "OsFile",
    "OsFileList",
    "PageSummary",
    "PaymentReservation",
    "PaymentReservationRequest",
    "PaymentReservationResponse",
    "PostalAddress",
    "ReportAction",
    "ReportActionParameters",
    "ReportActionRequest",
    "ResultEnvelope",
    "Warning_",
)
