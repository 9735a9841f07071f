"""The façade over the generated clients: typed results, typed errors, raw responses, options."""

from __future__ import annotations

import httpx
import pytest
from amili_identity.models import ClientCredentialsRequest, Health, TokenResponse
from pytest_httpx import HTTPXMock

from amili import (
    AmiliClient,
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    ConfigurationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ResponseValidationError,
)

AUTH = "https://auth.staging.amili.no"
TOKEN = {"access_token": "abc.def.ghi", "token_type": "Bearer", "expires_in": 3600}


def _creds() -> ClientCredentialsRequest:
    return ClientCredentialsRequest(grant_type="client_credentials", client_id="c", client_secret="s")


async def test_call_returns_parsed_model_and_raw_gives_status_headers_request_id(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AUTH}/health", json={"status": "Healthy"}, headers={"X-Amili-Request-Id": "r-1"})
    httpx_mock.add_response(url=f"{AUTH}/health", json={"status": "Healthy"}, headers={"X-Amili-Request-Id": "r-2"})
    async with AmiliClient("c", "s", environment="staging") as amili:
        health = await amili.identity.health.get_health()
        raw = await amili.identity.health.get_health.raw()
    assert isinstance(health, Health)
    assert health.status == "Healthy"
    assert raw.status_code == 200
    assert raw.request_id == "r-2"
    assert isinstance(raw.parsed, Health)
    assert raw.headers["x-amili-request-id"] == "r-2"


async def test_dict_body_is_accepted_and_missing_field_is_named_before_sending(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AUTH}/token", json=TOKEN)
    async with AmiliClient("c", "s", environment="staging") as amili:
        result = await amili.identity.tokens.create_token(
            body={"grant_type": "client_credentials", "client_id": "c", "client_secret": "s"}  # type: ignore[arg-type]
        )
        assert isinstance(result, TokenResponse)
        with pytest.raises(RequestValidationError) as info:
            await amili.identity.tokens.create_token(body={"grant_type": "client_credentials"})  # type: ignore[arg-type]
    assert info.value.field == "client_id"
    assert len(httpx_mock.get_requests()) == 1


@pytest.mark.parametrize(
    "body",
    [
        {"token_type": "Bearer"},  # missing required access_token
        "<html>oops</html>",
        "[1, 2",
    ],
)
async def test_malformed_2xx_raises_response_validation_error(httpx_mock: HTTPXMock, body: object) -> None:
    if isinstance(body, dict):
        httpx_mock.add_response(url=f"{AUTH}/token", json=body, headers={"X-Amili-Request-Id": "req-9"})
    else:
        httpx_mock.add_response(url=f"{AUTH}/token", text=str(body), headers={"X-Amili-Request-Id": "req-9"})
    async with AmiliClient("c", "s", environment="staging") as amili:
        with pytest.raises(ResponseValidationError) as info:
            await amili.identity.tokens.create_token(body=_creds())
    assert info.value.request_id == "req-9"
    assert "identity.tokens.create_token" in str(info.value)
    assert "req-9" in str(info.value)


async def test_status_errors_are_typed_and_carry_details(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(
        url=f"{AUTH}/token",
        status_code=400,
        json={"error": "invalid_request", "error_description": "grant_type missing"},
        headers={"X-Amili-Request-Id": "req-4"},
    )
    async with AmiliClient("c", "s", environment="staging") as amili:
        with pytest.raises(BadRequestError) as info:
            await amili.identity.tokens.create_token(body=_creds())
    err = info.value
    assert err.status_code == 400
    assert err.request_id == "req-4"
    assert err.body == {"error": "invalid_request", "error_description": "grant_type missing"}
    assert err.parsed is not None
    assert err.parsed.error == "invalid_request"
    assert "grant_type missing" in str(err)
    assert "req-4" in str(err)


async def test_html_5xx_is_internal_server_error_not_a_parse_crash(httpx_mock: HTTPXMock) -> None:
    for _ in range(3):
        httpx_mock.add_response(url=f"{AUTH}/health", status_code=502, text="<html>Bad gateway</html>")
    async with AmiliClient("c", "s", environment="staging", retry_policy=_fast()) as amili:
        with pytest.raises(InternalServerError) as info:
            await amili.identity.health.get_health()
    assert info.value.status_code == 502
    assert len(httpx_mock.get_requests()) == 3


async def test_undocumented_404_is_typed(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AUTH}/health", status_code=404, json={"message": "nope"})
    async with AmiliClient("c", "s", environment="staging") as amili:
        with pytest.raises(NotFoundError, match="nope"):
            await amili.identity.health.get_health()


async def test_rate_limit_beyond_cap_raises_with_retry_after(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AUTH}/health", status_code=429, headers={"Retry-After": "600"})
    async with AmiliClient("c", "s", environment="staging") as amili:
        with pytest.raises(RateLimitError) as info:
            await amili.identity.health.get_health()
    assert info.value.retry_after == 600
    assert len(httpx_mock.get_requests()) == 1


async def test_connection_errors_and_timeouts_are_typed(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_exception(httpx.ConnectError("refused"), is_reusable=True)
    async with AmiliClient("c", "s", environment="staging", retry_policy=_fast()) as amili:
        with pytest.raises(APIConnectionError):
            await amili.identity.health.get_health()
    httpx_mock.reset()
    httpx_mock.add_exception(httpx.ReadTimeout("slow"), is_reusable=True)
    async with AmiliClient("c", "s", environment="staging", retry_policy=_fast()) as amili:
        with pytest.raises(APITimeoutError):
            await amili.identity.health.get_health()


async def test_with_options_shares_pool_and_adds_headers(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AUTH}/health", json={"status": "ok"}, is_reusable=True)
    async with AmiliClient("c", "s", environment="staging") as amili:
        view = amili.with_options(headers={"X-Trace": "t1"}, max_retries=0, timeout=3)
        await view.identity.health.get_health()
        await amili.identity.health.get_health()
        assert view._core() is amili._core()
    first, second = httpx_mock.get_requests()
    assert first.headers["x-trace"] == "t1"
    assert "x-trace" not in second.headers


async def test_generated_client_is_configured_for_direct_use(httpx_mock: HTTPXMock) -> None:
    from amili_identity.api.health import get_health

    httpx_mock.add_response(url=f"{AUTH}/health", json={"status": "ok"})
    async with AmiliClient("c", "s", environment="staging") as amili:
        result = await get_health.asyncio(client=amili.identity.client)
    assert isinstance(result, Health)


def test_configuration_errors() -> None:
    with pytest.raises(ConfigurationError):
        AmiliClient("c", "s", environment="moon")
    with pytest.raises(ConfigurationError):
        AmiliClient("c", "s", base_urls={"nope": "https://x"})
    with pytest.raises(ConfigurationError):
        AmiliClient("c", "s", max_retries=-1)


def test_from_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMILI_CLIENT_ID", "cid")
    monkeypatch.setenv("AMILI_CLIENT_SECRET", "csecret")
    monkeypatch.setenv("AMILI_ENVIRONMENT", "staging")
    monkeypatch.setenv("AMILI_DISTRIBUTION_BASE_URL", "https://dist.internal")
    amili = AmiliClient.from_env()
    assert amili.environment == "staging"
    assert amili._base_urls["distribution"] == "https://dist.internal"
    assert "csecret" not in repr(amili)


def _fast():  # type: ignore[no-untyped-def]
    from amili import RetryPolicy

    return RetryPolicy(base_delay=0.001, max_delay=0.002)


async def test_closing_a_with_options_view_keeps_the_parent_pool_open(httpx_mock: HTTPXMock) -> None:
    httpx_mock.add_response(url=f"{AUTH}/health", json={"status": "ok"}, is_reusable=True)
    async with AmiliClient("c", "s", environment="staging") as amili:
        core = amili._core()
        async with amili.with_options(max_retries=0) as view:
            await view.identity.health.get_health()
        assert amili._core() is core  # the view's exit did not close the shared pool
        await amili.identity.health.get_health()
