"""Distribution Invoice API (send + status) and the Partner API that lists what was sent."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .common import json_body
from .errors import error_response
from .state import SentDocument, iso

if TYPE_CHECKING:
    from starlette.requests import Request

    from .context import Context

Json = dict[str, Any]
# path under /send -> (kind, root object name)
SEND_KINDS = {
    "invoice": ("invoice", "Invoice"),
    "letter": ("letter", "Letter"),
    "ehf30/invoice": ("ehf_invoice", "Invoice"),
    "ehf30/creditnote": ("ehf_creditnote", "Creditnote"),
    "dk/invoice": ("dk_invoice", "Invoice"),
    "se/invoice": ("se_invoice", "Invoice"),
}


class Distribution:
    """Accepts documents (202 {RequestId, Message}); they become DELIVERED after the configured delay."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    async def process_due(self) -> None:
        now = self.ctx.clock.now()
        for document in self.ctx.state.sent_documents.values():
            if document.status == "RECEIVED" and document.ready_at <= now:
                document.status = "DELIVERED"

    def send_handler(self, sub: str) -> Any:
        kind, root = SEND_KINDS[sub]

        async def send(request: Request) -> Response:
            body = await json_body(request)
            document = body.get(root) if body else None
            if not isinstance(document, dict) or not document.get("Identifier"):
                return error_response("distribution", 400, f"Body must contain {root} with an Identifier")
            identifier = str(document["Identifier"])
            state = self.ctx.state
            if identifier in state.sent_documents:
                state.duplicates["distribution.identifier"] += 1
                return JSONResponse(
                    {"RequestId": identifier, "Message": f"{identifier} already exists."}, status_code=409
                )
            company = body.get("Subscription", {}).get("SubscriptionId") if body else None
            state.sent_documents[identifier] = SentDocument(
                identifier=identifier,
                kind=kind,
                payload=document,
                company_id=str(company) if company else None,
                created_at=self.ctx.clock.now(),
                ready_at=self.ctx.ready_at(),
                transaction_rid=str(uuid.uuid4()),
            )
            return JSONResponse({"RequestId": identifier, "Message": f"{identifier} is accepted."}, status_code=202)

        return send

    def status_json(self, document: SentDocument) -> Json:
        return {
            "Identifier": document.identifier,
            "RequestId": document.identifier,
            "Status": document.status,
            "TransactionRid": document.transaction_rid,
            "Kind": document.kind,
            "Created": iso(document.created_at),
        }

    async def status_post(self, request: Request) -> Response:
        body = await json_body(request) or {}
        identifier = body.get("Identifier") or body.get("RequestId")
        return self._status(str(identifier or ""))

    async def status_get(self, request: Request) -> Response:
        identifier = request.path_params.get("identifier") or request.query_params.get("identifier", "")
        return self._status(str(identifier))

    def _status(self, identifier: str) -> Response:
        document = self.ctx.state.sent_documents.get(identifier)
        if document is None:
            return error_response("distribution", 404, f"{identifier} not found")
        return JSONResponse(self.status_json(document))

    def routes(self) -> list[Route]:
        routes = [
            Route(f"/send/{sub}", self.send_handler(sub), methods=["POST"], name=f"distribution.send_{kind}")
            for sub, (kind, _) in SEND_KINDS.items()
        ]
        routes += [
            Route("/send/pstatus", self.status_post, methods=["POST"], name="distribution.check_status"),
            Route("/send/status/{identifier}", self.status_get, methods=["GET"], name="distribution.get_status"),
            Route("/send/status", self.status_get, methods=["GET"], name="distribution.get_status_query"),
        ]
        return routes


class Partner:
    """Partner API: lists what the Invoice API received."""

    def __init__(self, ctx: Context, distribution: Distribution) -> None:
        self.ctx = ctx
        self.distribution = distribution

    def _invoices(self, request: Request) -> list[Json]:
        q = request.query_params
        out = []
        for document in self.ctx.state.sent_documents.values():
            payload = document.payload
            number = str(payload.get("InvoiceNo") or payload.get("ID") or "")
            created = iso(document.created_at)
            if q.get("InvoiceNumber") and q["InvoiceNumber"] != number:
                continue
            if q.get("CompanyId") and document.company_id and q["CompanyId"] != document.company_id:
                continue
            if q.get("FromDate") and created < q["FromDate"]:
                continue
            if q.get("ToDate") and created[: len(q["ToDate"])] > q["ToDate"]:
                continue
            out.append(
                {**self.distribution.status_json(document), "InvoiceNumber": number, "CompanyId": document.company_id}
            )
        return out

    async def list_invoices(self, request: Request) -> Response:
        return JSONResponse(self._invoices(request))

    async def invoice_summary(self, request: Request) -> Response:
        invoices = self._invoices(request)
        by_status: dict[str, int] = {}
        for invoice in invoices:
            by_status[invoice["Status"]] = by_status.get(invoice["Status"], 0) + 1
        return JSONResponse({"Total": len(invoices), "ByStatus": by_status})

    async def list_companies(self, request: Request) -> Response:
        ids = sorted({d.company_id for d in self.ctx.state.sent_documents.values() if d.company_id})
        return JSONResponse([{"CompanyId": i, "Name": f"Sandbox company {i}"} for i in ids])

    def routes(self) -> list[Route]:
        return [
            Route("/companies", self.list_companies, methods=["GET"], name="partner.list_companies"),
            Route("/invoices", self.list_invoices, methods=["GET"], name="partner.list_invoices"),
            Route("/invoices/summary", self.invoice_summary, methods=["GET"], name="partner.get_invoice_summary"),
        ]
