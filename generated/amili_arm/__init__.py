"""A client library for accessing Amili ARM API (ARMrest, Accounts Receivable Management)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
