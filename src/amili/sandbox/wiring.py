"""How `AmiliClient(environment="sandbox")` is wired to a simulator (kept with the sandbox, as openai keeps Azure
in `lib/`): the client core never branches on the sandbox, it receives finished options."""

from __future__ import annotations

from typing import Any

import attrs

from .._options import ClientOptions
from .._secrets import Secret
from .app import Sandbox
from .config import SandboxConfig

__all__ = ["wire_client_options"]


def wire_client_options(options: ClientOptions) -> ClientOptions:
    """An embedded simulator unless base URLs point at a served one; the sandbox's own credentials by default."""
    sandbox = options.sandbox
    if sandbox is None and not (options.base_url or options.base_urls):
        sandbox = Sandbox()
    if sandbox is None:
        # A sandbox served elsewhere (`amili sandbox serve`): its default credentials fill what is not given.
        defaults = SandboxConfig()
        return _fill_credentials(options, defaults.client_id, defaults.client_secret or "")
    changes: dict[str, Any] = {
        "environment": "sandbox",
        "sandbox": sandbox,
        "base_urls": {**sandbox.base_urls(), **options.base_urls},
    }
    if options.transport is None and options.http_client is None:
        changes["transport"] = sandbox.transport()
    creds = sandbox.credentials
    if options.partner_credentials is None:
        changes["partner_credentials"] = (creds.client_id, Secret(creds.client_secret))
    return _fill_credentials(attrs.evolve(options, **changes), creds.client_id, creds.client_secret)


def _fill_credentials(options: ClientOptions, client_id: str, client_secret: str) -> ClientOptions:
    """The sandbox's client id and secret where the caller gave none (nothing when a token provider is given)."""
    if options.token_provider is not None:
        return options
    return attrs.evolve(
        options,
        client_id=options.client_id or client_id,
        client_secret=options.client_secret or Secret(client_secret),
    )
