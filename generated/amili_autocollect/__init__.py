"""A client library for accessing Amili AutoCollect (Debt Collection, Collection API v1)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
