"""A client library for accessing Amili Identity (Identiverse token service)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
