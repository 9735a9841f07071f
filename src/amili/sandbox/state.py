"""In-memory stores for every API, plus the request log; one instance per sandbox, nothing global."""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

Json = dict[str, Any]


class Clock:
    """Wall clock with an offset, so tests can jump forward (token expiry, batch delays) without sleeping."""

    def __init__(self) -> None:
        self.offset = 0.0

    def now(self) -> float:
        return time.time() + self.offset

    def advance(self, seconds: float) -> None:
        self.offset += seconds


def iso(ts: float) -> str:
    """RFC 3339 UTC timestamp as Amili writes them (``2025-03-09T14:30:05Z``)."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


# --------------------------------------------------------------------------------------------------- ARM


@dataclass
class ArmBatch:
    batch_uuid: str
    client_no: int
    kind: str  # "customers" | "documents"
    method: str  # POST | PUT
    items: list[Json]
    user_id: str | None
    created_at: float
    ready_at: float
    fail_all: bool = False
    status: str = "PROCESSING"
    finished_at: float | None = None
    results: list[Json] = field(default_factory=list)


@dataclass
class ArmQuery:
    """A stored list query (ARM pages by ``query=<queryId>&pageno=n``)."""

    query_id: str
    entity: str
    items: list[Json]
    page_size: int
    maximum_count: int


@dataclass
class ArmClient:
    client_no: int
    customers: dict[str, Json] = field(default_factory=dict)
    documents: dict[str, Json] = field(default_factory=dict)
    ar_items: dict[int, Json] = field(default_factory=dict)
    files: dict[str, Json] = field(default_factory=dict)
    batches: dict[str, ArmBatch] = field(default_factory=dict)
    payment_reservations: dict[str, Json] = field(default_factory=dict)
    next_account_no: int = 500001
    next_reference_no: int = 35001
    next_bundle_id: int = 432001
    next_ar_item_id: int = 900001


# --------------------------------------------------------------------------------------------------- AutoCollect


@dataclass
class AcBatch:
    batch_id: str
    organization_id: str
    type: str  # INVOICE | PAYMENT | CORRECTION
    items: list[Json]
    created_by: str
    created_at: float
    ready_at: float
    idempotency_key: str | None
    kind: str = "invoices"  # invoices | payments | corrections (``type`` is the spec's coarser BatchType)
    fail_all: bool = False
    status: str = "QUEUED"
    finished_at: float | None = None
    succeeded: list[Json] = field(default_factory=list)
    failed: list[Json] = field(default_factory=list)

    def to_json(self) -> Json:
        body: Json = {
            "batchId": self.batch_id,
            "type": self.type,
            "status": self.status,
            "createdAt": iso(self.created_at),
            "finishedAt": iso(self.finished_at) if self.finished_at is not None else None,
            "organizationId": self.organization_id,
            "createdBy": self.created_by,
            "succeeded": list(self.succeeded),
            "failed": list(self.failed),
        }
        if self.idempotency_key is not None:
            body["idempotencyKey"] = self.idempotency_key
        return body


@dataclass
class Organization:
    organization_id: str
    invoices: dict[str, Json] = field(default_factory=dict)
    payments: dict[str, Json] = field(default_factory=dict)
    corrections: dict[str, Json] = field(default_factory=dict)
    cases: dict[str, Json] = field(default_factory=dict)
    settlements: dict[str, Json] = field(default_factory=dict)
    batches: dict[str, AcBatch] = field(default_factory=dict)
    idempotency: dict[tuple[str, str], str] = field(default_factory=dict)
    #: invoiceId -> InvoiceHistoryEntry list (creation, actions, payments)
    history: dict[str, list[Json]] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------------- Distribution


@dataclass
class SentDocument:
    identifier: str
    kind: str  # invoice | letter | ehf_invoice | ehf_creditnote | dk_invoice | se_invoice
    payload: Json
    company_id: str | None
    created_at: float
    ready_at: float
    status: str = "RECEIVED"
    transaction_rid: str = ""


# --------------------------------------------------------------------------------------------------- inspection


@dataclass
class RequestRecord:
    """One request as the sandbox saw it."""

    request_id: str
    method: str
    path: str
    query: str
    operation: str
    status: int = 0
    fault: str | None = None
    idempotency_key: str | None = None
    at: float = 0.0
    #: request headers and body as sent, secrets redacted (``redaction``); the same for the response
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    response_headers: dict[str, str] = field(default_factory=dict)
    response_body: str = ""
    #: seconds from the request reaching the sandbox to its answer (injected latency included)
    duration: float = 0.0
    #: the W3C trace context the request carried (`AmiliClient(telemetry=Telemetry(propagate=True))`), if any
    traceparent: str | None = None

    def to_json(self) -> Json:
        return {
            "requestId": self.request_id,
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "operation": self.operation,
            "status": self.status,
            "fault": self.fault,
            "idempotencyKey": self.idempotency_key,
            "at": iso(self.at),
            "duration": round(self.duration, 4),
            "headers": self.headers,
            "body": self.body,
            "responseHeaders": self.response_headers,
            "responseBody": self.response_body,
            "traceparent": self.traceparent,
        }


@dataclass
class Violation:
    """A request that does not conform to the spec; tests assert the SDK produces none."""

    request_id: str
    api: str
    operation: str
    method: str
    path: str
    errors: list[str]

    def to_json(self) -> Json:
        return {
            "requestId": self.request_id,
            "api": self.api,
            "operation": self.operation,
            "method": self.method,
            "path": self.path,
            "errors": list(self.errors),
        }


@dataclass
class SandboxState:
    """All stores. ``counts()`` is the cheap summary tests assert on."""

    arm_clients: dict[int, ArmClient] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    sent_documents: dict[str, SentDocument] = field(default_factory=dict)
    arm_queries: dict[str, ArmQuery] = field(default_factory=dict)
    #: legacy AutoCollect (/webapi): senderid -> posted LegacyBatchDto bodies, and posted attachments
    legacy_batches: dict[str, list[Json]] = field(default_factory=dict)
    legacy_attachments: list[Json] = field(default_factory=list)
    #: Distribution: OrganizationNumber -> company record, PayerNumber -> Swedish bank agreement
    companies: dict[str, Json] = field(default_factory=dict)
    bank_agreements: dict[str, Json] = field(default_factory=dict)
    #: Rejected or replayed duplicates, keyed by kind (``arm.documentNo``, ``autocollect.invoice``,
    #: ``autocollect.idempotent_replay``, ``distribution.identifier``...).
    duplicates: Counter[str] = field(default_factory=Counter)
    requests_per_route: Counter[str] = field(default_factory=Counter)

    def arm_client(self, client_no: int) -> ArmClient:
        return self.arm_clients.setdefault(client_no, ArmClient(client_no))

    def organization(self, organization_id: str) -> Organization:
        return self.organizations.setdefault(organization_id, Organization(organization_id))

    def lookup(self, api: str, params: dict[str, str]) -> list[Json]:
        """Stored records a path's parameters identify (``clientno`` + ``customerno`` -> that customer...), so a
        generically served operation reads what the stateful ones wrote."""
        p = {k.lower(): v for k, v in params.items()}
        found: list[Json] = []
        if api == "arm" and str(p.get("clientno", "")).isdigit() and int(p["clientno"]) in self.arm_clients:
            client = self.arm_clients[int(p["clientno"])]
            stores: dict[str, dict[Any, Json]] = {"customerno": client.customers, "documentno": client.documents}
            stores |= {"fileid": client.files, "aritemid": {str(k): v for k, v in client.ar_items.items()}}
            found += [stores[name][p[name]] for name in stores if p.get(name) in stores[name]]
        organization = self.organizations.get(str(p.get("organizationid") or p.get("orgid")))
        if api == "autocollect" and organization is not None:
            stores = {"invoiceid": organization.invoices, "caseid": organization.cases}
            stores |= {"settlementid": organization.settlements}
            found += [stores[name][p[name]] for name in stores if p.get(name) in stores[name]]
        return found

    def counts(self) -> Json:
        return {
            "arm": {
                str(no): {
                    "customers": len(c.customers),
                    "documents": len(c.documents),
                    "arItems": len(c.ar_items),
                    "files": len(c.files),
                    "batches": len(c.batches),
                    "paymentReservations": len(c.payment_reservations),
                }
                for no, c in self.arm_clients.items()
            },
            "autocollect": {
                oid: {
                    "invoices": len(o.invoices),
                    "payments": len(o.payments),
                    "corrections": len(o.corrections),
                    "cases": len(o.cases),
                    "settlements": len(o.settlements),
                    "batches": len(o.batches),
                }
                for oid, o in self.organizations.items()
            },
            "distribution": {
                "documents": len(self.sent_documents),
                "companies": len(self.companies),
                "bankAgreements": len(self.bank_agreements),
            },
            "legacy": {
                "batches": sum(map(len, self.legacy_batches.values())),
                "attachments": len(self.legacy_attachments),
            },
            "duplicates": dict(self.duplicates),
            "requests": dict(self.requests_per_route),
        }
