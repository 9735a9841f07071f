"""Contains all the data models used in inputs/outputs"""

from .channel_count import ChannelCount
from .distribution_file import DistributionFile
from .error_response import ErrorResponse
from .files_summary import FilesSummary
from .invoice_summary import InvoiceSummary
from .invoice_view import InvoiceView
from .partner_company import PartnerCompany
from .partner_invoice import PartnerInvoice
from .receipt import Receipt
from .token_request import TokenRequest
from .token_response import TokenResponse

__all__ = (
    "ChannelCount",
    "DistributionFile",
    "ErrorResponse",
    "FilesSummary",
    "InvoiceSummary",
    "InvoiceView",
    "PartnerCompany",
    "PartnerInvoice",
    "Receipt",
    "TokenRequest",
    "TokenResponse",
)
