"""Embedded Amili sandbox: an ASGI app that behaves like Amili's identity, ARM, AutoCollect and Distribution APIs.

Needs the ``sandbox`` extra (``pip install amili-sdk[sandbox]``).
"""

from .app import Credentials, Sandbox, create_app
from .config import SandboxConfig
from .drift import DriftRule
from .faults import FaultEvent, FaultKind, FaultRule
from .seeding import SeedError
from .state import RequestRecord, SandboxState, Violation
from .webhooks import WebhookDelivery, sign

__all__ = [
    "Credentials",
    "DriftRule",
    "FaultEvent",
    "FaultKind",
    "FaultRule",
    "RequestRecord",
    "Sandbox",
    "SandboxConfig",
    "SandboxState",
    "SeedError",
    "Violation",
    "WebhookDelivery",
    "create_app",
    "sign",
]
