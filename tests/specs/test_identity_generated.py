"""The generated identity client speaks exactly the documented token protocol."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import parse_qs

import httpx
import pytest
from amili_identity import Client
from amili_identity.api.tokens import create_token
from amili_identity.models import ClientCredentialsRequest, OAuthError, TokenResponse

if TYPE_CHECKING:
    from pytest_httpx import HTTPXMock

BASE = "https://auth.staging.amili.no"
DOCUMENTED_RESPONSE = {
    "access_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9...",
    "token_type": "Bearer",
    "not_before": 1709300000,
    "expires_in": 3600,
    "expires_on": 1709303600,
    "resource": "04468334-ec11-4ef8-9e7c-e124bacbd5c1",
}


async def test_token_request_sends_documented_form_body(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/token", json=DOCUMENTED_RESPONSE)
    client = Client(base_url=BASE)
    body = ClientCredentialsRequest(grant_type="client_credentials", client_id="my-integration", client_secret="s3cr3t")

    result = await create_token.asyncio(client=client, body=body)

    request = httpx_mock.get_request()
    assert request is not None
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert parse_qs(request.content.decode(), strict_parsing=True) == {
        "grant_type": ["client_credentials"],
        "client_id": ["my-integration"],
        "client_secret": ["s3cr3t"],
    }
    assert isinstance(result, TokenResponse)
    assert result.to_dict() == DOCUMENTED_RESPONSE
    assert result.expires_on == 1709303600
    assert result.expires_in == 3600


async def test_optional_scope_is_sent_only_when_given(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(method="POST", url=f"{BASE}/token", json=DOCUMENTED_RESPONSE)
    body = ClientCredentialsRequest(
        grant_type="client_credentials", client_id="c", client_secret="s", scope="write:collection.case"
    )
    await create_token.asyncio(client=Client(base_url=BASE), body=body)
    request = httpx_mock.get_request()
    assert request is not None
    assert parse_qs(request.content.decode())["scope"] == ["write:collection.case"]


@pytest.mark.parametrize("status", [400, 401])
async def test_oauth_error_parses_into_error_model(httpx_mock: HTTPXMock, status: int) -> None:
    httpx_mock.add_response(
        method="POST",
        url=f"{BASE}/token",
        status_code=status,
        json={"error": "invalid_client", "error_description": "Client authentication failed."},
    )
    response = await create_token.asyncio_detailed(
        client=Client(base_url=BASE),
        body=ClientCredentialsRequest(grant_type="client_credentials", client_id="c", client_secret="wrong"),
    )
    assert response.status_code == status
    assert isinstance(response.parsed, OAuthError)
    assert response.parsed.error == "invalid_client"
    assert response.parsed.error_description == "Client authentication failed."


def test_unknown_fields_are_kept_not_dropped() -> None:
    payload = {**DOCUMENTED_RESPONSE, "id_token": "x"}
    assert TokenResponse.from_dict(payload).to_dict() == payload


def test_missing_required_field_is_a_key_error_in_raw_generated_code() -> None:
    # The façade turns this into ResponseValidationError; the raw generated model is strict.
    with pytest.raises(KeyError):
        TokenResponse.from_dict({"token_type": "Bearer"})


def test_generated_client_keeps_tls_verification_on() -> None:
    client = Client(base_url=BASE)
    assert client._verify_ssl is True
    assert isinstance(client.get_async_httpx_client(), httpx.AsyncClient)
