"""Applying credentials to requests: `Credentials` (the client's own stack, in the connection gate) and `AmiliAuth`
(the same rules as a plain `httpx.Auth`, for an httpx client of your own). The providers live in `auth.py`."""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator
from typing import TYPE_CHECKING, Any

import httpx

from . import _extensions as _ext
from ._logging import logger as _logger
from .errors import ConfigurationError

if TYPE_CHECKING:
    from .auth import BasicCredentials, Token, TokenProvider

__all__ = ["AmiliAuth", "Credentials"]


class Credentials:
    """An API's credentials, applied in one place for every request of the client's own stack.

    `begin` runs when a call starts (above the retry engine): it settles the scheme and takes the provider's ticket.
    `attach` runs in the connection gate when the request is admitted to a connection: the bearer token current then
    (a request that queued behind 1,000 others never carries the token it was given when it joined the queue).
    `rejected` runs in the gate on a 401 to a token it attached: that token is invalidated and the request is sent
    once more with the current one (refresh once, replay once)."""

    __slots__ = ("basic", "provider")

    def __init__(self, provider: TokenProvider | None, basic: BasicCredentials | None = None) -> None:
        self.provider = provider
        self.basic = basic

    def choose(self, schemes: str) -> str:
        """An operation may accept several schemes ("bearer,basic"): use the first one we hold credentials for."""
        if schemes == "bearer" and self.provider is not None:
            return "bearer"  # the common case, on every request
        if schemes == "none":
            return "none"
        options = [s.strip() for s in schemes.split(",") if s.strip()] or ["bearer"]
        for option in options:
            if option == "none" or (option == "basic" and self.basic is not None):
                return option
            if option == "bearer" and self.provider is not None:
                return option
        if options == ["basic"]:
            raise ConfigurationError("this operation needs HTTP Basic credentials (AmiliClient(basic_auth=...))")
        return "bearer"

    def begin(self, request: httpx.Request) -> None:
        """At the start of a call: the scheme it will use (`none` when the caller set its own `Authorization`)."""
        extensions = request.extensions
        scheme = self.choose(str(extensions.get(_ext.AUTH, "bearer")))
        if scheme == "bearer":
            if "authorization" in request.headers:
                scheme = "none"
            elif self.provider is None:
                raise ConfigurationError(
                    "this operation needs a bearer token: pass client_id/client_secret or a token_provider"
                )
            else:
                ticket = getattr(self.provider, "ticket", None)
                if ticket is not None:  # a fetch failing while this call waits (queued included) answers it too
                    extensions[_ext.TICKET] = ticket()
                if _logger.isEnabledFor(logging.DEBUG):
                    # A placeholder until the gate attaches the token: the attempt's log shows the header (redacted).
                    request.headers["Authorization"] = "Bearer"
        elif scheme == "basic" and "authorization" in request.headers:
            scheme = "none"
        extensions[_ext.AUTH] = scheme

    async def attach(self, request: httpx.Request) -> Token | None:
        """On admission: the credentials header; the bearer token attached (None for other schemes)."""
        extensions = request.extensions
        scheme = extensions.get(_ext.AUTH)
        if scheme == "bearer":
            provider: Any = self.provider
            ticket = extensions.get(_ext.TICKET)
            token: Token = await (provider.get_token() if ticket is None else provider.get_token(asked=ticket))
            request.headers["Authorization"] = f"Bearer {token.value}"
            return token
        if scheme == "basic" and self.basic is not None:
            request.headers["Authorization"] = self.basic.header()
        return None

    def rejected(self, token: Token) -> None:
        """A 401 answered the request carrying `token`: the next `attach` fetches (or waits for) a new one."""
        if self.provider is not None:
            self.provider.invalidate(token)

    def __repr__(self) -> str:
        return f"Credentials(bearer={self.provider is not None}, basic={self.basic is not None})"


class AmiliAuth(httpx.Auth):
    """The SDK's credentials as a plain `httpx.Auth`, for an httpx client of your own: applies the scheme an
    operation asks for; on a 401 refreshes the token once and replays once. (`AmiliClient` itself applies them in
    its connection gate: see `Credentials`.)"""

    requires_request_body = False  # nothing is signed over the body: don't make httpx read it first

    def __init__(self, provider: TokenProvider | None, basic: BasicCredentials | None = None) -> None:
        self.provider = provider
        self.basic = basic

    def sync_auth_flow(self, request: httpx.Request) -> object:  # type: ignore[override]
        raise RuntimeError("amili-sdk is async only")

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        scheme = Credentials(self.provider, self.basic).choose(str(request.extensions.get(_ext.AUTH, "bearer")))
        if scheme == "none" or "authorization" in request.headers:
            yield request
            return
        if scheme == "basic":
            assert self.basic is not None
            request.headers["Authorization"] = self.basic.header()
            yield request
            return
        if self.provider is None:
            raise ConfigurationError(
                "this operation needs a bearer token: pass client_id/client_secret or a token_provider"
            )
        token = await self.provider.get_token()
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code != 401:
            return
        self.provider.invalidate(token)
        token = await self.provider.get_token()
        request.headers["Authorization"] = f"Bearer {token.value}"
        yield request
