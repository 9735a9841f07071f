"""``sandbox.seed``: put data into a sandbox through the same path as a request (spec validation, handlers).

Each seed is an in-process call of the API's own create operation, so a seeded record is exactly what a client
would have created — and a seed the spec refuses raises ``SeedError`` naming the field. Seeds bypass faults, auth
and the request log. Models of the generated clients (``amili_arm.models.Customer``) or plain mappings with the
API's JSON field names are accepted.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import httpx

from .pipeline import SEED_HEADER

if TYPE_CHECKING:
    from .app import Sandbox

Json = dict[str, Any]
SEED_USER = "sandbox-seed"


class _Model(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


Record = Mapping[str, Any] | _Model


class SeedError(ValueError):
    """The sandbox refused a seed, as it would have refused the request (message names the fields)."""


def _json(record: Record | None, fields: Mapping[str, Any]) -> Json:
    base = dict(record) if isinstance(record, Mapping) else (record.to_dict() if record is not None else {})
    return {**base, **fields}


class _Api:
    def __init__(self, sandbox: Sandbox, api: str) -> None:
        self._sandbox, self._api_name = sandbox, api

    async def _post(self, path: str, body: Json) -> Json:
        sandbox, delay = self._sandbox, self._sandbox.config.batch_delay
        sandbox.config.batch_delay = 0  # seeded data exists at once, whatever delay the test configured
        root = sandbox.base_urls()[self._api_name]
        try:
            async with httpx.AsyncClient(transport=sandbox.transport(), base_url=root) as http:
                response = await http.post(path, json=body, headers={SEED_HEADER: "1"})
        finally:
            sandbox.config.batch_delay = delay
        answer: Json = response.json() if response.content else {}
        if response.status_code >= 400:
            raise SeedError(f"{self._api_name} seed {path} refused ({response.status_code}): {json.dumps(answer)}")
        await sandbox.process_due()
        return answer


class ArmSeeds(_Api):
    async def customer(self, clientno: int, customer: Record | None = None, /, **fields: Any) -> Json:
        """Create a customer (``customerNo``, ``name``...) of ARM client ``clientno``; returns ARM's envelope."""
        body = {"metadata": {"userId": SEED_USER}, "customer": _json(customer, fields)}
        return await self._post(f"/clients/{clientno}/customers", body)

    async def document(self, clientno: int, document: Record | None = None, /, **fields: Any) -> Json:
        """Create a document (and its AR item) for an existing customer."""
        body = {"metadata": {"userId": SEED_USER}, "document": _json(document, fields)}
        return await self._post(f"/clients/{clientno}/documents", body)


class AutoCollectSeeds(_Api):
    async def invoices(self, organization_id: str, invoices: list[Record]) -> Json:
        """Submit invoices and process the batch at once (cases and webhooks included); returns the batch.
        Raises ``SeedError`` naming each item AutoCollect failed (the batch is then PARTIAL or FAILED)."""
        body = {"invoices": [_json(i, {}) for i in invoices]}
        answer = await self._post(f"/orgs/{organization_id}/invoices", body)
        organization = self._sandbox.state.organizations.get(str(organization_id))
        batch_id = str((answer.get("data") or {}).get("batchId", ""))
        batch = organization.batches.get(batch_id) if organization is not None else None
        if batch is not None and batch.failed:
            reasons = "; ".join(f"index {f.get('index')}: {f.get('message')}" for f in batch.failed[:10])
            raise SeedError(
                f"autocollect seed: {len(batch.failed)} of {len(invoices)} invoice(s) failed "
                f"(batch {batch_id} {batch.status}): {reasons}"
            )
        return answer


class DistributionSeeds(_Api):
    async def invoice(self, invoice: Record | None = None, /, **fields: Any) -> Json:
        """Send an invoice (``Identifier``, ``InvoiceNo``...) for distribution."""
        return await self._post("/send/invoice", {"Invoice": _json(invoice, fields)})


class Seeder:
    """``sandbox.seed.arm.customer(2218, customerNo="C1", name="Ann")``, ``await sandbox.seed.load("data.yaml")``."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.arm = ArmSeeds(sandbox, "arm")
        self.autocollect = AutoCollectSeeds(sandbox, "autocollect")
        self.distribution = DistributionSeeds(sandbox, "distribution")

    async def load(self, fixtures: str | Path | Mapping[str, Any]) -> None:
        """Seed from a JSON/YAML file or mapping::

        arm: {2218: {customers: [{customerNo: C1, name: Ann}], documents: [...]}}
        autocollect: {<organizationId>: {invoices: [...]}}
        distribution: {invoices: [{Identifier: D1, InvoiceNo: "1"}]}
        """
        data = fixtures if isinstance(fixtures, Mapping) else _read(Path(fixtures))
        _known_keys(data, SECTIONS, "fixture section")
        for clientno, entities in (data.get("arm") or {}).items():
            _known_keys(entities or {}, ARM_ENTITIES, f"arm.{clientno} entity")
        for organization_id, entities in (data.get("autocollect") or {}).items():
            _known_keys(entities or {}, AUTOCOLLECT_ENTITIES, f"autocollect.{organization_id} entity")
        _known_keys(data.get("distribution") or {}, DISTRIBUTION_ENTITIES, "distribution entity")
        for clientno, entities in (data.get("arm") or {}).items():
            for customer in entities.get("customers", []):
                await self.arm.customer(int(clientno), customer)
            for document in entities.get("documents", []):
                await self.arm.document(int(clientno), document)
        for organization_id, entities in (data.get("autocollect") or {}).items():
            if entities.get("invoices"):
                await self.autocollect.invoices(str(organization_id), entities["invoices"])
        for invoice in (data.get("distribution") or {}).get("invoices", []):
            await self.distribution.invoice(invoice)


SECTIONS = ("arm", "autocollect", "distribution")
ARM_ENTITIES = ("customers", "documents")
AUTOCOLLECT_ENTITIES = ("invoices",)
DISTRIBUTION_ENTITIES = ("invoices",)


def _known_keys(data: Mapping[str, Any], known: tuple[str, ...], what: str) -> None:
    """Refuse a key the loader would silently skip (``customer:`` for ``customers:``), before anything is seeded."""
    if not isinstance(data, Mapping):
        raise SeedError(f"{what}s: a mapping is expected, got {type(data).__name__}")
    for key in data:
        if key not in known:
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.5)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise SeedError(f"unknown {what} {key!r}{hint} (known: {', '.join(known)})")


def _read(path: Path) -> Mapping[str, Any]:
    text = path.read_text()
    if path.suffix.lower() == ".json":
        loaded = json.loads(text)
    else:
        import yaml  # type: ignore[import-untyped]

        loaded = yaml.safe_load(text)
    if not isinstance(loaded, Mapping):
        raise SeedError(f"{path}: a fixture file holds a mapping (arm/autocollect/distribution)")
    return loaded
