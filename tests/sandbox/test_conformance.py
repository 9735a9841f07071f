"""Issue 28.1: the sandbox speaks exactly what the specs say.

Every response the sandbox gives is compared with the specs by the SDK's own spec-drift checker in strict mode
(`AmiliClient(spec_drift="strict")` raises on the first departure): the demo workflow through the façade, and
every operation of every spec (schemathesis-generated valid requests with seeded ids, plus a hand-made valid
request for the operations random data rarely gets right) straight over the in-process transport.
"""

from __future__ import annotations

import functools
import io
import sys
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
import schemathesis
import yaml
from _conformance_seed import CLIENT_NO, META, ORG, ROOT, seed
from _spec_helpers import spec_operations, strict_view
from hypothesis import HealthCheck, Phase, given, settings

from amili import AmiliClient
from amili.drift import SpecDrift
from amili.drift.checker import OperationChecker, shapes_for
from amili.sandbox import Sandbox

ROOT_DIR = Path(__file__).resolve().parents[2]
SPECS = ROOT_DIR / "specs"
APIS = ("identity", "arm", "autocollect", "distribution", "partner")
EXAMPLES = 4
#: paging cursors are issued by the server: a made-up one is not a request the spec allows
CURSORS = ("query", "pageno", "PageToken", "pageToken")

# One module-wide sandbox and a last test that reads what the others reached: `make test` runs `pytest -n 3 --dist
# loadscope`, which keeps every test of a module on one worker, in file order.
KNOWN: dict[str, list[Any]] = {}
#: operation -> departures found (kind, path), and the statuses seen
DEPARTURES: dict[str, set[tuple[str, str]]] = {}
STATUSES: dict[str, Counter[int]] = {}


def _strict() -> SpecDrift:
    return SpecDrift("strict", sample_rate=1.0)


class _World:
    """The module's sandbox, seeded, and the schemathesis schemas bound to it: built on first use, not at import (every
    worker of `pytest -n` collects this file; one runs it)."""

    def __init__(self) -> None:
        self.sandbox = Sandbox()
        self.auth = anyio.run(functools.partial(seed, self.sandbox, KNOWN, invoices=8, known_from=4))
        self.schemas = {api: _load(api, self.sandbox) for api in APIS}


@functools.cache
def _world() -> _World:
    return _World()


def _checker(api: str, operation_id: str) -> OperationChecker:
    table = shapes_for(api)
    return OperationChecker(table.OPERATIONS[operation_id], table.SCHEMAS)


def _observe(name: str, response: Any) -> list[tuple[str, str]]:
    """The departures strict mode would raise for this response (the client's own checker)."""
    api, _, operation_id = name.partition(".")
    headers = [
        (k, v) for k, values in response.headers.items() for v in ([values] if isinstance(values, str) else values)
    ]
    raw = httpx.Response(response.status_code, headers=headers, content=response.content)
    found = _checker(api, operation_id).check(raw, full=True)
    STATUSES.setdefault(name, Counter())[response.status_code] += 1
    departures = {(kind, "/".join(parts)) for kind, parts, _, _ in found}
    DEPARTURES.setdefault(name, set()).update(departures)
    return sorted(departures)


def _known_values_only(node: Any) -> Any:
    """Requests use the documented values of an open value set (a made-up invoice type would be echoed back)."""
    if isinstance(node, dict):
        out = {k: _known_values_only(v) for k, v in node.items()}
        if node.get("x-amili-known-values") and "enum" not in node:
            out["enum"] = list(node["x-amili-known-values"])
        return out
    if isinstance(node, list):
        return [_known_values_only(v) for v in node]
    return node


def _load(api: str, SANDBOX: Sandbox) -> Any:
    spec = _known_values_only(strict_view(yaml.safe_load((SPECS / f"{api}.yaml").read_text())))
    schema = schemathesis.openapi.from_dict(spec)
    schema.app = SANDBOX.app
    schema.config.update(base_url=SANDBOX.base_urls(ROOT)[api])
    schema.config.generation.update(modes=["positive"], max_examples=EXAMPLES, deterministic=True, database="none")
    return schema


OPERATIONS = spec_operations(SPECS, APIS)


def _name(api: str, operation_id: str) -> str:
    return f"{api}.{operation_id}"


@pytest.mark.parametrize(
    ("api", "path", "method", "operation_id"), OPERATIONS, ids=[_name(o[0], o[3]) for o in OPERATIONS]
)
def test_every_operation_answers_as_its_spec_says(api: str, path: str, method: str, operation_id: str) -> None:
    name = _name(api, operation_id)
    world = _world()
    operation = world.schemas[api][path][method]
    AUTH = world.auth

    @given(case=operation.as_strategy())
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
        phases=[Phase.explicit, Phase.generate],
    )
    def check(case: Any) -> None:
        for key, values in KNOWN.items():
            if case.path_parameters and key in case.path_parameters:
                case.path_parameters[key] = values[0]
        for key in CURSORS:
            if case.query:
                case.query.pop(key, None)
        response = case.call(headers=AUTH)
        assert response.status_code < 500, (name, response.status_code, response.text)
        assert _observe(name, response) == [], (name, response.status_code, response.text[:2000])

    check()


def _happy_paths() -> list[tuple[str, dict[str, Any]]]:
    """A valid request per operation that random generation rarely gets right."""
    SANDBOX = _world().sandbox
    creds = SANDBOX.credentials
    organization = SANDBOX.state.organization(ORG)
    before_invoices, before_cases = set(organization.invoices), set(organization.cases)
    fresh = [
        {"invoiceNumber": f"H{n}", "originalInvoiceAmount": 50, "uniqueSourceInvoiceId": f"HS{n}", "type": "NOTICE"}
        for n in range(8)
    ]
    anyio.run(SANDBOX.seed.autocollect.invoices, ORG, fresh)
    invoices = sorted(set(organization.invoices) - before_invoices)
    cases = sorted(set(organization.cases) - before_cases)
    arm_client = SANDBOX.state.arm_clients[CLIENT_NO]
    document = next(d for d, v in arm_client.documents.items() if v["customerNo"] == "C2")
    ar_item = next(iter(arm_client.ar_items))

    def case(case_id: str) -> dict[str, Any]:
        return {"path_parameters": {"organizationId": ORG, "caseId": case_id}, "body": {}}

    sent = SANDBOX.partner.invoice_json(SANDBOX.state.sent_documents["DOC0"])
    view = {"TransactionRid": sent["TransactionRid"], "CompanyId": sent["CompanyId"]}
    by_number = {"InvoiceNumber": sent["InvoiceNumber"], "CompanyId": sent["CompanyId"]}
    form = "application/x-www-form-urlencoded"
    grant = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
    return [
        ("identity.create_token", {"body": grant, "media_type": form}),
        ("partner.create_token", {"body": {"ClientId": creds.client_id, "ClientSecret": creds.client_secret}}),
        ("partner.list_file_invoices", {"query": {"FileName": "DOC0.xml"}}),
        ("partner.get_invoice_view", {"query": view}),
        ("partner.get_invoice_view_by_number", {"query": by_number}),
        ("partner.get_receipt", {"query": view}),
        ("distribution.register_bank_agreement", {"body": {"PayerNumber": "P77", "NationalId": "01017012345"}}),
        ("distribution.get_bank_agreement_status", {"body": {"PayerNumber": "P77"}}),
        ("arm.delete_customer", {"path_parameters": {"clientno": CLIENT_NO, "customerno": "C9"}}),
        (
            "arm.update_ar_item",
            {
                "path_parameters": {"clientno": CLIENT_NO},
                "body": {"metadata": META, "arItem": {"arItemId": ar_item, "kid": "777"}},
            },
        ),
        (
            "arm.create_auto_postings",
            {
                "path_parameters": {"clientno": CLIENT_NO, "autopostingmethod": "kid"},
                "body": {
                    "metadata": META,
                    "autoPostings": [{"postingId": "HP1", "amount": 10.0, "documentNo": document}],
                },
            },
        ),
        ("autocollect.pause_invoice", {"path_parameters": {"organizationId": ORG, "invoiceId": invoices[0]}}),
        ("autocollect.resume_invoice", {"path_parameters": {"organizationId": ORG, "invoiceId": invoices[0]}}),
        ("autocollect.withdraw_invoice", {"path_parameters": {"organizationId": ORG, "invoiceId": invoices[1]}}),
        ("autocollect.pause_case", case(cases[2])),
        ("autocollect.resume_case", case(cases[2])),
        ("autocollect.reject_debt_collection_list", case(cases[3])),
        ("autocollect.accept_eviction_request", case(cases[4])),
        ("autocollect.reject_eviction_request", case(cases[5])),
        ("autocollect.accept_eviction_confirmation", case(cases[6])),
        ("autocollect.reject_eviction_confirmation", case(cases[7])),
        ("distribution.send_danish_invoice", {"body": {"Invoice": {"Identifier": "HDK1", "InvoiceNo": "1"}}}),
    ]


def test_hand_made_requests_answer_as_the_spec_says() -> None:
    world = _world()
    SANDBOX, SCHEMAS, AUTH = world.sandbox, world.schemas, world.auth
    for name, parts in _happy_paths():
        api, _, operation_id = name.partition(".")
        spec_operation = SANDBOX.validator.specs[api].find(operation_id)
        assert spec_operation is not None, name
        operation = SCHEMAS[api][spec_operation.template][spec_operation.method]
        response = operation.Case(**parts).call(headers=AUTH)
        assert 200 <= response.status_code < 300, (name, response.status_code, response.text)
        assert _observe(name, response) == [], (name, response.text[:2000])


def test_zz_every_operation_reached_a_success() -> None:
    """Runs last (file order): the runs above reached a 2xx of every operation but those that never can."""
    never = {"identity.refresh_token"}  # the sandbox issues no refresh tokens: every refresh is invalid_grant
    reached = {name for name, statuses in STATUSES.items() if any(200 <= s < 300 for s in statuses)}
    expected = {_name(api, operation_id) for api, _, _, operation_id in OPERATIONS}
    departures = {name: sorted(d) for name, d in DEPARTURES.items() if d}
    print("\n".join(f"{name} {kind} {path}" for name, found in sorted(departures.items()) for kind, path in found))
    assert sorted(expected - reached - never) == [], {n: STATUSES.get(n) for n in expected - reached - never}
    assert departures == {}


async def test_the_demo_workflow_runs_in_strict_drift_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    """examples/demo.py against `AmiliClient.sandbox(spec_drift="strict")`: any departure would raise."""
    sys.path.insert(0, str(ROOT_DIR / "examples"))
    try:
        import demo  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT_DIR / "examples"))
    made: list[AmiliClient] = []
    original = AmiliClient.sandbox

    def strict_sandbox(**options: Any) -> AmiliClient:
        made.append(original(spec_drift=_strict(), **options))
        return made[-1]

    monkeypatch.setattr(AmiliClient, "sandbox", strict_sandbox)
    await demo.run_demo(customers=20, documents=200, out=io.StringIO(), progress=False, chunk_size=50)
    assert made and made[0].spec_drift is not None
    assert made[0].spec_drift.events == []


async def test_a_customer_to_case_workflow_runs_in_strict_drift_mode() -> None:
    """The issue's workflow: create/get customer, documents, AutoCollect invoices and cases, Distribution."""
    async with AmiliClient.sandbox(spec_drift=_strict()) as amili:
        customer: Any = {"metadata": META, "customer": {"customerNo": "K1", "name": "Kari"}}
        await amili.arm.customers.create_customer(clientno=CLIENT_NO, body=customer)
        got = await amili.arm.customers.get_customer(clientno=CLIENT_NO, customerno="K1")
        assert got.name == "Kari"
        await amili.arm.customers.list_customers(clientno=CLIENT_NO)
        docs = [{"documentNo": f"D{n}", "customerNo": "K1", "documentType": "IN", "kid": f"7{n}"} for n in range(3)]
        handle = await amili.arm.documents.submit_batch(CLIENT_NO, docs)
        assert len((await handle.wait(timeout=30)).successes) == 3
        await amili.arm.documents.get_document(clientno=CLIENT_NO, documentno="D1")
        invoices = [
            {"invoiceNumber": f"I{n}", "originalInvoiceAmount": 100, "uniqueSourceInvoiceId": f"S{n}", "type": "NOTICE"}
            for n in range(3)
        ]
        org = uuid.UUID(ORG)
        result = await (await amili.autocollect.invoices.submit(ORG, invoices)).wait(timeout=30)
        assert len(result.successes) == 3
        listed = [i async for i in amili.autocollect.invoices.list_invoices.iter(organization_id=org)]
        await amili.autocollect.invoices.get_invoice(organization_id=org, invoice_id=listed[0].id)
        cases = [c async for c in amili.autocollect.cases.list_cases.iter(organization_id=org)]
        assert len(cases) == 3
        await amili.autocollect.batches.list_batches(organization_id=org)
        await amili.distribution.send.send_invoice(body={"Invoice": {"Identifier": "X1", "InvoiceNo": "1"}})
        await amili.distribution.status.get_invoice_status(identifier="X1")
        assert amili.spec_drift is not None and amili.spec_drift.events == []
