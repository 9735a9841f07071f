"""Client construction: the API table, options (arguments > AMILI_* environment > defaults), `with_options` for any
option, bring-your-own `http_client`, `verify` forms (issue 15 knot 3, issue 18 items 10 and 11)."""

from __future__ import annotations

import ssl
import sys
from pathlib import Path

import attrs
import httpx
import pytest

import amili
from amili import AmiliClient, ConfigurationError, RetryPolicy, StaticToken
from amili._api_table import API_NAMES, API_TABLE, SERVER_KEYS, api_info
from amili._options import AllClientArgs, ClientOptions, build_options
from amili.environments import BASE_URLS
from amili.sandbox import FaultKind, FaultRule, Sandbox

ROOT = Path(__file__).resolve().parents[2]

# -- the table of APIs -------------------------------------------------------------------------------------------


def test_table_has_one_row_per_spec_and_every_layer_reads_it() -> None:
    specs = sorted(p.stem for p in (ROOT / "specs").glob("*.yaml"))
    assert sorted(API_NAMES) == specs
    from amili._api import API_NAMES as namespace_names
    from amili.sandbox.pipeline import PREFIXES

    assert sorted(namespace_names) == specs
    assert {info.name: info.default_server.sandbox_prefix for info in API_TABLE} == PREFIXES
    for info in API_TABLE:
        assert isinstance(getattr(AmiliClient, info.name), property)
        assert info.package == f"amili_{info.name}"


def test_documented_base_urls_come_from_the_specs() -> None:
    assert BASE_URLS["production"] == {
        "identity": "https://auth.amili.no",
        "arm": "https://api.amili.no/arm/v1",
        "autocollect": "https://api.amili.no/collection/v1",
    }
    assert BASE_URLS["staging"]["arm"] == "https://api.staging.amili.no/arm/v1"
    assert api_info("partner").token_issuer == "partner"
    assert api_info("arm").token_issuer == "identity"
    assert api_info("identity").auth == "none"


def test_codegen_gives_operations_with_their_own_servers_their_own_setting(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "codegen"))
    try:
        import facade
    finally:
        sys.path.remove(str(ROOT / "codegen"))
    spec = tmp_path / "demo.yaml"
    spec.write_text(
        """
openapi: 3.0.3
info: {title: Demo, version: "1"}
servers:
  - {url: "https://api.example/demo/v1", description: Production}
paths:
  /things:
    get: {operationId: list_things, responses: {"200": {description: ok}}}
  /webapi/api/ping:
    servers:
      - {url: "https://legacy.example", description: Placeholder, x-amili-server: legacy}
    get: {operationId: legacy_ping, responses: {"200": {description: ok}}}
"""
    )
    config = tmp_path / "demo.cfg"
    config.write_text("package_name_override: amili_demo\n")
    entry = facade.table_entry(spec, config, "DemoAPI")
    default, legacy = entry["servers"]
    assert default["key"] == "demo"
    assert default["urls"] == {"production": "https://api.example/demo/v1"}
    assert legacy["key"] == "demo.legacy"
    assert legacy["setting"] == "AMILI_DEMO_LEGACY_BASE_URL"
    assert legacy["urls"] == {}  # a placeholder is not a base URL: it must be configured
    assert legacy["operations"] == ("legacy_ping",)


async def test_operation_on_an_unconfigured_server_names_the_setting() -> None:
    # The façade routes such an operation through `ApiContext.for_server(key)`; with no base URL the call (not the
    # namespace) fails with the setting's name. No spec has such a server yet, so the Distribution API's server
    # (undocumented base URL) stands in for one.
    client = AmiliClient("id", "secret")
    namespace = client.arm  # builds fine
    context = namespace.customers._context.for_server("distribution")
    with pytest.raises(ConfigurationError, match="AMILI_DISTRIBUTION_BASE_URL"):
        await context.http.request("GET", "/x")
    await client.aclose()


# -- options: arguments > environment > defaults -----------------------------------------------------------------


def test_every_argument_is_an_option() -> None:
    fields = {f.name for f in attrs.fields(ClientOptions)}
    arguments = set(AllClientArgs.__annotations__)
    assert arguments - {"max_retries", "retry_policy"} == fields - {"retry"}


def test_no_arguments_reads_the_amili_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMILI_CLIENT_ID", "env-id")
    monkeypatch.setenv("AMILI_CLIENT_SECRET", "env-secret")
    monkeypatch.setenv("AMILI_ENVIRONMENT", "staging")
    monkeypatch.setenv("AMILI_DISTRIBUTION_BASE_URL", "https://dist.example/")
    monkeypatch.setenv("AMILI_MAX_RETRIES", "5")
    monkeypatch.setenv("AMILI_TIMEOUT", "12")
    client = AmiliClient()
    assert client.options.client_id == "env-id"
    assert client.options.client_secret is not None and client.options.client_secret.get() == "env-secret"
    assert client.environment == "staging"
    assert client.base_url("distribution") == "https://dist.example"
    assert client.base_url("arm") == "https://api.staging.amili.no/arm/v1"
    assert client.options.retry.max_retries == 5
    assert client.options.timeout.read == 12
    assert "env-secret" not in repr(client) and "env-secret" not in repr(client.options)
    assert AmiliClient.from_env().options == client.options  # the alias


def test_explicit_arguments_win_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMILI_CLIENT_ID", "env-id")
    monkeypatch.setenv("AMILI_ENVIRONMENT", "staging")
    monkeypatch.setenv("AMILI_ARM_BASE_URL", "https://env-arm.example")
    monkeypatch.setenv("AMILI_DISTRIBUTION_BASE_URL", "https://env-dist.example")
    client = AmiliClient(
        "arg-id", "s", environment="production", max_retries=0, base_urls={"arm": "https://arg-arm.example"}
    )
    assert client.options.client_id == "arg-id"
    assert client.environment == "production"
    assert client.options.retry.max_retries == 0
    assert client.base_url("arm") == "https://arg-arm.example"
    assert client.base_url("distribution") == "https://env-dist.example"  # other keys keep their variable


def test_bad_environment_values_are_configuration_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AMILI_MAX_RETRIES", "many")
    with pytest.raises(ConfigurationError, match="AMILI_MAX_RETRIES"):
        AmiliClient()
    with pytest.raises(ConfigurationError, match="unknown API"):
        build_options({"base_urls": {"nope": "https://x"}}, read_env=False)


def test_unknown_option_is_a_configuration_error_with_a_suggestion() -> None:
    with pytest.raises(ConfigurationError, match="'page_size'"):
        AmiliClient(page_size=3)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="'retries' \\(did you mean 'max_retries'\\?\\)"):
        AmiliClient("c", "s", retries=3)  # type: ignore[call-arg]
    with pytest.raises(ConfigurationError, match="did you mean 'production'"):
        AmiliClient("c", "s", environment="prodution")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="'batch_dealy' \\(did you mean 'batch_delay'\\?\\)"):
        AmiliClient.sandbox(batch_dealy=1)


def test_a_client_without_credentials_is_refused_when_built_naming_the_variables(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AMILI_CLIENT_ID", raising=False)
    monkeypatch.delenv("AMILI_CLIENT_SECRET", raising=False)
    with pytest.raises(ConfigurationError, match="AMILI_CLIENT_ID and AMILI_CLIENT_SECRET"):
        AmiliClient()
    with pytest.raises(ConfigurationError, match="set AMILI_CLIENT_SECRET"):
        AmiliClient("id-only")
    monkeypatch.setenv("AMILI_CLIENT_ID", "from-env")
    monkeypatch.setenv("AMILI_CLIENT_SECRET", "from-env")
    AmiliClient()  # the variables are enough
    monkeypatch.delenv("AMILI_CLIENT_ID")
    AmiliClient(token_provider=StaticToken("t"))  # so is any other credential
    AmiliClient(basic_auth=("user", "password"))
    AmiliClient.sandbox()  # the sandbox wires its own


# -- with_options ------------------------------------------------------------------------------------------------


async def test_with_options_view_shares_the_pool_for_per_call_settings(amili_client: AmiliClient) -> None:
    async with amili_client as client:
        view = client.with_options(timeout=3, max_retries=0, headers={"X-Trace": "1"})
        await view.arm.customers.list_customers(clientno=2218)
        assert view._core() is client._core()
        assert view.options.retry.max_retries == 0
        assert client.options.retry.max_retries == RetryPolicy().max_retries
        assert view.options.headers == {"X-Trace": "1"}
        assert view.with_options(headers={"X-Other": "2"}).options.headers == {"X-Trace": "1", "X-Other": "2"}


async def test_with_options_copies_any_option_into_an_independent_client() -> None:
    async with AmiliClient("id", "secret", base_urls={"distribution": "https://a.example"}) as client:
        other = client.with_options(base_urls={"distribution": "https://b.example"}, scope="read")
        assert other._core() is not client._core()
        assert other.base_url("distribution") == "https://b.example"
        assert client.base_url("distribution") == "https://a.example"
        assert other.options.scope == "read"
        assert other.options.client_id == "id"  # everything else is copied
        await other.aclose()


# -- bring your own httpx client, verify -------------------------------------------------------------------------


async def test_http_client_keeps_its_hooks_and_headers_under_sdk_auth_and_retries(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    sandbox.add_fault(FaultRule(kind=FaultKind.ERROR, operation="arm.customers.list_customers", times=1))
    seen: list[tuple[str, str | None]] = []
    corp: list[str | None] = []

    async def hook(request: httpx.Request) -> None:
        seen.append((request.url.path, request.headers.get("authorization", "")[:6] or None))
        corp.append(request.headers.get("x-corp"))

    own = httpx.AsyncClient(transport=sandbox.transport(), event_hooks={"request": [hook]}, headers={"X-Corp": "1"})
    async with AmiliClient(
        environment="sandbox",
        sandbox=sandbox,
        http_client=own,
        retry_policy=RetryPolicy(base_delay=0.001, max_delay=0.002),
    ) as client:
        await client.arm.customers.list_customers(clientno=2218)
    paths = [p for p, _ in seen]
    assert paths.count("/arm/v1/clients/2218/customers") == 2  # the SDK retried the 503 through the caller's client
    assert ("/arm/v1/clients/2218/customers", "Bearer") in seen  # the SDK's auth applied
    assert corp and all(value == "1" for value in corp)  # the caller's default headers go out
    assert not own.is_closed  # the caller owns it
    await own.aclose()


def test_http_client_excludes_pool_settings_of_the_sdk() -> None:
    own = httpx.AsyncClient()
    with pytest.raises(ConfigurationError, match="http_client"):
        AmiliClient("id", "s", http_client=own, verify=False)
    with pytest.raises(ConfigurationError, match="not both"):
        AmiliClient("id", "s", http_client=own, transport=httpx.MockTransport(lambda r: httpx.Response(200)))


def test_verify_accepts_bool_context_and_ca_path(tmp_path: Path) -> None:
    import certifi

    assert AmiliClient("i", "s", verify=False).options.verify is False
    context = ssl.create_default_context()
    assert AmiliClient("i", "s", verify=context).options.verify is context
    from_path = AmiliClient("i", "s", verify=certifi.where()).options.verify
    assert isinstance(from_path, ssl.SSLContext)
    with pytest.raises(ConfigurationError, match="CA bundle"):
        AmiliClient("i", "s", verify=str(tmp_path / "missing.pem"))


def test_public_names_unchanged() -> None:
    assert amili.AmiliClient is AmiliClient
    assert amili.ClientOptions is ClientOptions
    assert set(SERVER_KEYS) >= set(API_NAMES)
