"""Contains all the data models used in inputs/outputs"""

from .client_credentials_request import ClientCredentialsRequest
from .health import Health
from .health_checks import HealthChecks
from .o_auth_error import OAuthError
from .refresh_token_request import RefreshTokenRequest
from .token_introspection import TokenIntrospection
from .token_response import TokenResponse
from .verify_token_request import VerifyTokenRequest

__all__ = (
    "ClientCredentialsRequest",
    "Health",
    "HealthChecks",
    "OAuthError",
    "RefreshTokenRequest",
    "TokenIntrospection",
    "TokenResponse",
    "VerifyTokenRequest",
)
