"""Issue 16: the specs say only what Amili's docs say, and accept everything real Amili can send.

Machine checks over every spec: provenance with evidence, no closed value set that is not documented as complete,
no guessed requirement in the contract, consistent seed example names, the documented update rule of
update_customer, dates as given, and undocumented base URLs asked for instead of guessed.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from _spec_helpers import SPECS, load_spec, operations, resolve, schema_validator

from amili import AmiliClient, ConfigurationError, RequestValidationError
from amili.auth import StaticToken
from amili.sandbox import Sandbox

NAMES = sorted(p.stem for p in SPECS.glob("*.yaml"))
SOURCES = {"documented", "inferred", "observed"}
SEEDS = {
    "000_5613ecfe43c967e7",
    "001_8bbe3ac54df9263d",
    "002_0579c3a35a80273d",
    "003_a40ef9d8367f28bc",
    "004_6fce16ad56ed4058",
}
REFERENCE_FILES = {
    "README.md",
    "arm.md",
    "autocollect.md",
    "collection-legacy.md",
    "distribution-invoice.md",
    "distribution-partner.md",
    "identity.md",
}
SHARED = Path("/work/shared")
SEED_RE = re.compile(r"\bseed (\d{3}_[0-9a-f]{16})\b")
REFERENCE_RE = re.compile(r"\b([a-z-]+\.md|README\.md) (\S.{2,})")


def _walk(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield path, node
        for key, value in node.items():
            yield from _walk(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _walk(value, f"{path}/{i}")


def _claims(name: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every operation, schema and parameter of a spec (the objects that carry provenance)."""
    spec = load_spec(name)
    for path, method, op in operations(spec):
        yield f"{method.upper()} {path}", op
    for schema_name, schema in spec["components"].get("schemas", {}).items():
        yield f"schema {schema_name}", schema
    for param_name, param in spec["components"].get("parameters", {}).items():
        if "x-amili-source" in param:
            yield f"parameter {param_name}", param


def _evidence_problem(evidence: Any) -> str | None:
    if not isinstance(evidence, str) or not evidence.strip():
        return "no x-amili-evidence"
    seeds = SEED_RE.findall(evidence)
    references = [(f, section) for f, section in REFERENCE_RE.findall(evidence) if f in REFERENCE_FILES]
    if not seeds and not references:
        return f"evidence {evidence!r} names no seed file (seed NNN_hash) and no reference file with a section"
    for seed in seeds:
        if seed not in SEEDS:
            return f"evidence names unknown seed {seed}"
        if SHARED.is_dir() and not list((SHARED / "seeds").glob(f"{seed}*")):
            return f"seed {seed} is not in {SHARED / 'seeds'}"
    for file, _ in references:
        if SHARED.is_dir() and not (SHARED / "reference" / "amili" / file).is_file():
            return f"reference file {file} does not exist"
    return None


@pytest.mark.parametrize("name", NAMES)
def test_every_operation_and_schema_has_a_source_and_documented_ones_name_their_page(name: str) -> None:
    problems = []
    for where, obj in _claims(name):
        source = obj.get("x-amili-source")
        if source not in SOURCES:
            problems.append(f"{where}: x-amili-source {source!r}")
        elif source == "documented" and (problem := _evidence_problem(obj.get("x-amili-evidence"))):
            problems.append(f"{where}: {problem}")
    assert not problems, "\n".join(problems)


def test_the_evidence_check_is_not_a_rubber_stamp() -> None:
    assert _evidence_problem(None) == "no x-amili-evidence"
    assert _evidence_problem("the docs") is not None
    assert _evidence_problem("seed 009_0000000000000000") is not None
    assert _evidence_problem("arm.md") is not None  # a file without a section
    assert _evidence_problem("arm.md §7.4 GET one customer") is None
    assert _evidence_problem("seed 003_a40ef9d8367f28bc") is None


@pytest.mark.parametrize("name", NAMES)
def test_no_closed_enum_unless_documented_complete(name: str) -> None:
    """A value set seen in examples is open (x-amili-known-values); `enum` only where the docs list the whole set."""
    spec = load_spec(name)
    problems = []
    for path, node in _walk(spec):
        if "enum" in node:
            if node.get("x-amili-enum-complete") is not True:
                problems.append(f"{path}: closed enum {node['enum']} not marked x-amili-enum-complete")
            elif _evidence_problem(node.get("x-amili-evidence")):
                problems.append(f"{path}: complete enum without evidence")
            if node.get("x-amili-inferred-values"):
                problems.append(f"{path}: inferred values inside a documented enum")
        if "x-amili-known-values" in node:
            known, inferred = node["x-amili-known-values"], node.get("x-amili-inferred-values", [])
            if set(known) & set(inferred):
                problems.append(f"{path}: a value is both known (documented) and inferred")
            if node.get("type") != "string":
                problems.append(f"{path}: an open value set is a string")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("name", "schema", "value"),
    [
        ("autocollect", "Debtor", {"type": "COMPANY", "organizationNumber": "984842252"}),
        ("autocollect", "PaymentCreate", {"type": "CREDIT", "amount": 10}),
        ("autocollect", "Batch", {"batchId": "ae257e86-dc53-4865-9c97-5b125a3a5ac2", "type": "PAYMENT"}),
        ("autocollect", "Claim", {"type": "INTEREST"}),
        ("autocollect", "Case", {"status": "CLOSED", "subStatus": "SOMETHING_NEW", "type": "EVICTION"}),
        ("autocollect", "Settlement", {"collectionType": "DEBT_COLLECTION"}),
        ("autocollect", "InvoiceCreate", {"type": "INVOICE", "invoiceDate": "2025-01-01", "dueDate": "2025-01-15"}),
        ("autocollect", "WebhookEvent", {"id": "897e1f80-ceb5-4b58-a2aa-c895aff6ce3e", "type": "NEW_EVENT"}),
    ],
)
def test_values_the_docs_never_excluded_are_valid(name: str, schema: str, value: dict[str, Any]) -> None:
    schema_validator(name, schema).validate(value)


@pytest.mark.parametrize(
    ("operation_id", "param"),
    [
        ("list_invoices", "Status"),
        ("list_invoices", "Type"),
        ("list_cases", "Status"),
        ("list_cases", "Type"),
        ("list_batches", "Type"),
        ("list_all_batches", "Type"),
    ],
)
def test_request_filters_reuse_the_open_value_sets(operation_id: str, param: str) -> None:
    spec = load_spec("autocollect")
    op = next(op for _, _, op in operations(spec) if op["operationId"] == operation_id)
    parameter = next(p for p in (resolve(spec, p) for p in op["parameters"]) if p["name"] == param)
    schema = resolve(spec, parameter["schema"])
    assert schema["x-amili-known-values"] and "enum" not in schema
    schema_validator(spec, parameter["schema"]).validate("A_VALUE_NOT_SEEN_YET")


@pytest.mark.parametrize("name", NAMES)
def test_no_guessed_requirement_in_the_contract(name: str) -> None:
    """`required`/`minItems` only with documentary evidence; guesses live in x-amili-inferred-required."""
    spec = load_spec(name)
    problems = []
    for schema_name, schema in spec["components"]["schemas"].items():
        for path, node in _walk(schema, schema_name):
            if isinstance(node.get("required"), list) and (
                schema.get("x-amili-source") != "documented" or _evidence_problem(schema.get("x-amili-evidence"))
            ):
                problems.append(f"{path}: required {node['required']} without documentary evidence")
            if "minItems" in node or "minLength" in node:
                problems.append(f"{path}: minItems/minLength is not documented")
    for where, params in (("webhook headers", spec["components"].get("parameters", {})),):
        for param_name, param in params.items():
            if param.get("in") == "header" and param.get("required"):
                problems.append(f"{where}: {param_name} required")
    assert not problems, "\n".join(problems)


def test_seed_examples_are_embedded_under_one_naming_scheme() -> None:
    names: set[str] = set()
    for name in NAMES:
        for path, node in _walk(load_spec(name)):
            if path.endswith("/examples") or path == "/components/examples":
                names |= set(node)
    seedish = {n for n in names if re.search(r"\d{3}_[0-9a-f]{16}", n)}
    assert seedish, "no seed example found"
    for example in seedish:
        assert re.fullmatch(r"seed_\d{3}_[0-9a-f]{16}(_request|_response)?", example), example
    embedded = {re.search(r"\d{3}_[0-9a-f]{16}", n).group(0) for n in seedish}  # type: ignore[union-attr]
    assert embedded == SEEDS


# ---------------------------------------------------------------- dates: sent back as given


def test_invoice_dates_accept_a_date_or_a_date_time_and_round_trip_exactly() -> None:
    from amili_autocollect.models import InvoiceCreate

    validator = schema_validator("autocollect", "InvoiceCreate")
    for value in ("2025-01-01", "2019-08-24T14:15:22.123Z", "2024-01-15T00:00:00Z"):
        body = {"invoiceDate": value, "dueDate": value, "collectionNoticeDate": value}
        validator.validate(body)
        assert InvoiceCreate.from_dict(body).to_dict() == body
    assert not validator.is_valid({"invoiceDate": "15.01.2024"})
    given = InvoiceCreate(
        invoice_date=datetime.date(2025, 1, 1),
        due_date=datetime.datetime(2025, 1, 1, 12, 30, tzinfo=datetime.UTC),
    ).to_dict()
    assert given == {"invoiceDate": "2025-01-01", "dueDate": "2025-01-01T12:30:00Z"}


# ---------------------------------------------------------------- update_customer: null vs omitted


def test_update_customer_is_documented_and_tells_null_from_omitted() -> None:
    from amili_arm.models import Customer, PostalAddress

    op = next(op for _, _, op in operations("arm") if op["operationId"] == "update_customer")
    assert op["x-amili-source"] == "documented"
    assert "put-update-one-customer-3942678e0" in op["x-amili-evidence"]
    customer = Customer(customer_no="543210", name=None, phone_no="", postal_address=PostalAddress(city_name="Oslo"))
    assert customer.to_dict() == {
        "customerNo": "543210",
        "name": None,
        "phoneNo": "",
        "postalAddress": {"cityName": "Oslo"},
    }
    schema_validator("arm", "CustomerRequest").validate({"metadata": {"userId": "u"}, "customer": customer.to_dict()})


def test_sandbox_applies_the_documented_update_rule(amili_client: AmiliClient) -> None:
    async def main() -> None:
        async with amili_client as amili:
            customers = amili.arm.customers
            address = {"addressLine1": "707 Arm street", "postalCode": "1234", "cityName": "Oslo", "countryCode": "NO"}
            created = {"customerNo": "U1", "name": "Owe", "phoneNo": "99887766", "postalAddress": address}
            await customers.create_customer(2218, body={"metadata": {"userId": "t"}, "customer": created})
            update = {"customerNo": "U1", "name": None, "phoneNo": "", "informalName": "Oa"}
            await customers.update_customer(2218, body={"metadata": {"userId": "t"}, "customer": update})
            stored = (await customers.get_customer(2218, "U1")).to_dict()
            assert stored["name"] == "Owe"  # null keeps the stored value
            assert stored["phoneNo"] == ""  # "" is a value
            assert stored["informalName"] == "Oa"
            assert stored["postalAddress"] == address  # absent keeps the group
            same = {"customerNo": "U1", "postalAddress": {"cityName": "Oslo"}}
            await customers.update_customer(2218, body={"metadata": {"userId": "t"}, "customer": same})
            assert (await customers.get_customer(2218, "U1")).to_dict()["postalAddress"] == address  # no change
            moved = {"customerNo": "U1", "postalAddress": {"cityName": "Bergen", "postalCode": "5003"}}
            await customers.update_customer(2218, body={"metadata": {"userId": "t"}, "customer": moved})
            group = (await customers.get_customer(2218, "U1")).to_dict()["postalAddress"]
            assert group["cityName"] == "Bergen" and group["postalCode"] == "5003"
            assert group["addressLine1"] == "" and group["countryCode"] == ""  # the whole group was replaced

    anyio.run(main)


# ---------------------------------------------------------------- base URLs that Amili does not document

UNDOCUMENTED_BASE = {
    "/orgs/{organizationId}/reports": "collection_legacy",
    "/ping": "collection_legacy",
    "/ping/authorized": "collection_legacy",
    "/health": "collection_legacy",
    "/banqsoft": "collection_legacy",
    "/webapi/api/Attachment": "legacy_webapi",
    "/webapi/api/Batch": "legacy_webapi",
    "/webapi/api/Ping": "legacy_webapi",
}


def test_undocumented_base_urls_have_their_own_server_entry() -> None:
    paths = load_spec("autocollect")["paths"]
    for path, item in paths.items():
        servers = item.get("servers", [])
        settings = {s.get("x-amili-server") for s in servers}
        assert settings == ({UNDOCUMENTED_BASE[path]} if path in UNDOCUMENTED_BASE else set()), path
        for server in servers:
            assert server["x-amili-source"] == "inferred"


def test_facade_asks_for_the_base_url_setting_instead_of_guessing() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"message": "pong"})

    async def main() -> None:
        transport = httpx.MockTransport(handler)
        async with AmiliClient(token_provider=StaticToken("t"), transport=transport) as amili:
            with pytest.raises(ConfigurationError, match="collection_legacy"):
                await amili.autocollect.system.ping()
            with pytest.raises(ConfigurationError, match="AMILI_AUTOCOLLECT_LEGACY_WEBAPI_BASE_URL"):
                await amili.autocollect.legacy_webapi.ping_legacy()
        assert sent == []
        urls = {"autocollect.collection_legacy": "https://legacy.example"}
        async with AmiliClient(token_provider=StaticToken("t"), transport=transport, base_urls=urls) as amili:
            await amili.autocollect.system.ping()
        assert str(sent[-1].url) == "https://legacy.example/ping"

    anyio.run(main)


# ---------------------------------------------------------------- identity form bodies


def test_form_bodies_refuse_null_and_objects_and_encode_scalars_faithfully() -> None:
    from amili_identity.models import ClientCredentialsRequest

    sent: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, json={"access_token": "a", "token_type": "Bearer", "expires_in": 3600})

    async def main() -> None:
        async with AmiliClient(token_provider=StaticToken("t"), transport=httpx.MockTransport(handler)) as amili:
            for extra, what in (({"": 1.7e16}, None), ({"scope": None}, "null"), ({"x": {"a": 1}}, "dict")):
                body = ClientCredentialsRequest(grant_type="client_credentials", client_id="c", client_secret="s")
                body.additional_properties.update(extra)
                if what is None:
                    await amili.identity.tokens.create_token(body=body)
                    assert b"=1.7e%2B16" in sent[-1]
                    continue
                with pytest.raises(RequestValidationError, match=what) as info:
                    await amili.identity.tokens.create_token(body=body)
                assert info.value.field == next(iter(extra))

    anyio.run(main)
    assert len(sent) == 1


def test_sandbox_form_parser_keeps_blank_values(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox

    async def main() -> None:
        async with sandbox.client() as client:
            response = await client.post("/identity/verify", data={"token": ""})
            assert response.status_code == 200, response.text
            assert response.json() == {"active": False}

    anyio.run(main)
