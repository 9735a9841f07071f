"""Identiverse stand-in: client-credentials tokens signed with a per-sandbox HMAC key, revocable on demand."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

if TYPE_CHECKING:
    from starlette.requests import Request

    from .context import Context


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class IssuedToken:
    jti: str
    client_id: str
    scope: str
    issued_at: float
    expires_at: float
    revoked: bool = False


class TokenIssuer:
    """Issues and checks JWT-shaped tokens; only this sandbox can verify them (random key)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.key = secrets.token_bytes(32)
        self.resource = str(uuid.uuid4())
        self.tokens: dict[str, IssuedToken] = {}

    def issue(self, client_id: str, scope: str) -> dict[str, object]:
        now = int(self.ctx.clock.now())
        lifetime = self.ctx.config.token_lifetime
        jti = uuid.uuid4().hex
        header = {"typ": "JWT", "alg": "HS256"}
        claims = {
            "iss": "amili-sandbox",
            "aud": self.resource,
            "sub": client_id,
            "client_id": client_id,
            "scope": scope,
            "iat": now,
            "nbf": now,
            "exp": now + lifetime,
            "jti": jti,
        }
        signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
        signature = hmac.new(self.key, signing_input.encode(), hashlib.sha256).digest()
        self.tokens[jti] = IssuedToken(jti, client_id, scope, now, now + lifetime)
        body: dict[str, object] = {
            "access_token": f"{signing_input}.{_b64(signature)}",
            "token_type": "Bearer",
            "not_before": now,
            "expires_in": lifetime,
            "expires_on": now + lifetime,
            "resource": self.resource,
        }
        if scope:
            body["scope"] = scope
        return body

    def check(self, token: str) -> tuple[IssuedToken | None, str]:
        """Return the token record and '' if valid, else (record or None, reason)."""
        parts = token.split(".")
        if len(parts) != 3:
            return None, "malformed token"
        expected = hmac.new(self.key, f"{parts[0]}.{parts[1]}".encode(), hashlib.sha256).digest()
        try:
            signature = _unb64(parts[2])
            claims = json.loads(_unb64(parts[1]))
        except (ValueError, json.JSONDecodeError):
            return None, "malformed token"
        if not hmac.compare_digest(signature, expected):
            return None, "invalid signature"
        record = self.tokens.get(str(claims.get("jti")))
        if record is None:
            return None, "unknown token"
        if record.revoked:
            return record, "token revoked"
        if self.ctx.clock.now() >= record.expires_at:
            return record, "token expired"
        return record, ""

    def check_header(self, authorization: str | None) -> str:
        """'' when the Authorization header carries a valid bearer token, else the reason it does not."""
        if not authorization:
            return "missing bearer token"
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return "missing bearer token"
        return self.check(token.strip())[1]

    def check_basic(self, authorization: str) -> str:
        """'' when a ``Basic`` header carries accepted client credentials (legacy AutoCollect /webapi)."""
        try:
            decoded = base64.b64decode(authorization.partition(" ")[2].strip(), validate=True).decode()
        except (ValueError, UnicodeDecodeError):
            return "basic credentials malformed"
        client_id, _, client_secret = decoded.partition(":")
        return "" if self.accepts(client_id, client_secret) else "basic credentials rejected"

    def revoke_all(self) -> None:
        for record in self.tokens.values():
            record.revoked = True

    def expire_all(self) -> None:
        now = self.ctx.clock.now()
        for record in self.tokens.values():
            record.expires_at = min(record.expires_at, now)

    def accepts(self, client_id: str, client_secret: str) -> bool:
        expected = self.ctx.credentials().get(client_id)
        return expected is not None and hmac.compare_digest(expected.encode(), client_secret.encode())


async def _form(request: Request) -> dict[str, str]:
    """Parse a urlencoded body without python-multipart (Starlette's form parser needs it)."""
    return dict(parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True))


def _oauth_error(status: int, error: str, description: str) -> JSONResponse:
    return JSONResponse({"error": error, "error_description": description}, status_code=status)


def routes(ctx: Context) -> list[Route]:
    issuer = ctx.tokens

    async def create_token(request: Request) -> Response:
        form = await _form(request)
        grant = str(form.get("grant_type", ""))
        if grant != "client_credentials":
            return _oauth_error(400, "unsupported_grant_type", f"grant_type {grant!r} is not supported")
        client_id, client_secret = str(form.get("client_id", "")), str(form.get("client_secret", ""))
        if not issuer.accepts(client_id, client_secret):
            return _oauth_error(401, "invalid_client", "Client authentication failed.")
        return JSONResponse(issuer.issue(client_id, str(form.get("scope", ""))))

    async def refresh_token(request: Request) -> Response:
        await _form(request)
        return _oauth_error(400, "invalid_grant", "The sandbox issues no refresh tokens; request a new token.")

    async def verify_token(request: Request) -> Response:
        form = await _form(request)
        record, reason = issuer.check(str(form.get("token", "")))
        if record is None or reason:
            return JSONResponse({"active": False})
        return JSONResponse(
            {
                "active": True,
                "client_id": record.client_id,
                "scope": record.scope,
                "iss": "amili-sandbox",
                "aud": issuer.resource,
                "sub": record.client_id,
                "exp": int(record.expires_at),
                "iat": int(record.issued_at),
                "nbf": int(record.issued_at),
            }
        )

    return [
        Route("/token", create_token, methods=["POST"], name="identity.create_token"),
        Route("/refresh", refresh_token, methods=["POST"], name="identity.refresh_token"),
        Route("/verify", verify_token, methods=["POST"], name="identity.verify_token"),
    ]
