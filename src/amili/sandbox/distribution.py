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
    "invoice": ("invoice", "Invoice", "send_invoice"),
    "letter": ("letter", "Letter", "send_letter"),
    "ehf30/invoice": ("ehf_invoice", "Invoice", "send_ehf_invoice"),
    "ehf30/creditnote": ("ehf_creditnote", "Creditnote", "send_ehf_credit_note"),
    "dk/invoice": ("dk_invoice", "Invoice", "send_danish_invoice"),
    "se/invoice": ("se_invoice", "Invoice", "send_swedish_invoice"),
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
        kind, root, _ = SEND_KINDS[sub]

        async def send(request: Request) -> Response:
            body = await json_body(request)
            document = body.get(root) if body else None
            if not isinstance(document, dict) or not document.get("Identifier"):
                return error_response("distribution", 400, f"Body must contain {root} with an Identifier")
            identifier = str(document["Identifier"])
            state = self.ctx.state
            if identifier in state.sent_documents:
                state.duplicates["distribution.identifier"] += 1
                body = {"RequestId": identifier, "Message": f"{identifier} already exists.", "Errors": []}
                return JSONResponse(body, status_code=400)  # the spec declares only 202/400
            subscription = body.get("Subscription") if body else None
            company = subscription.get("SubscriptionId") if isinstance(subscription, dict) else None
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
            "Message": f"{document.identifier} is {document.status.lower()}.",
            "Channel": str(
                document.payload.get("Channel") or ("PEPPOL" if document.kind.startswith("ehf") else "PRINT")
            ),
            "Updated": iso(document.ready_at if document.status != "RECEIVED" else document.created_at),
        }

    async def check_invoice_status(self, request: Request) -> Response:
        body = await json_body(request) or {}
        return self._status(str(body.get("Identifier") or ""))

    async def get_invoice_status(self, request: Request) -> Response:
        return self._status(request.query_params.get("Identifier", ""))

    def _status(self, identifier: str) -> Response:
        document = self.ctx.state.sent_documents.get(identifier)
        if document is None:
            return error_response("distribution", 404, f"{identifier} not found")
        return JSONResponse(self.status_json(document))

    async def lookup(self, request: Request) -> Response:
        """A time-limited link to view a sent document (URL shape is the sandbox's own)."""
        body = await json_body(request) or {}
        identifier = str(body.get("Identifier") or "")
        document = self.ctx.state.sent_documents.get(identifier)
        if document is None:
            return error_response("distribution", 404, f"{identifier} not found")
        root = f"{request.url.scheme}://{request.url.netloc}{request.scope.get('root_path', '')}"
        return JSONResponse(
            {
                "Identifier": identifier,
                "Url": f"{root}/view/{document.transaction_rid}",
                "Expires": iso(self.ctx.clock.now() + 3600),
            }
        )

    def _pending_or_active(self, record: Json) -> str:
        return "ACTIVE" if record["readyAt"] <= self.ctx.clock.now() else "PENDING"

    async def add_company(self, request: Request) -> Response:
        body = await json_body(request) or {}
        company = body.get("Company") if isinstance(body.get("Company"), dict) else None
        number = str((company or {}).get("OrganizationNumber") or "")
        if not company or not number:
            return error_response("distribution", 400, "Company.OrganizationNumber is required")
        companies = self.ctx.state.companies
        if number in companies:
            self.ctx.state.duplicates["distribution.company"] += 1
            return error_response("distribution", 400, f"{number} already exists.")
        companies[number] = {**company, "Subscription": body.get("Subscription"), "readyAt": self.ctx.ready_at()}
        return JSONResponse({"RequestId": number, "Message": f"{number} is accepted."}, status_code=202)

    async def get_company_status(self, request: Request) -> Response:
        body = await json_body(request) or {}
        number = str(body.get("OrganizationNumber") or "")
        record = self.ctx.state.companies.get(number)
        if record is None:
            return error_response("distribution", 404, f"{number} not found")
        status = self._pending_or_active(record)
        return JSONResponse({"OrganizationNumber": number, "Status": status, "Message": f"{number} is {status}."})

    async def register_bank_agreement(self, request: Request) -> Response:
        body = await json_body(request) or {}
        payer = str(body.get("PayerNumber") or "")
        if not payer:  # the spec's only (inferred) requirement: x-amili-inferred-required [PayerNumber]
            return error_response("distribution", 400, "PayerNumber is required")
        agreements = self.ctx.state.bank_agreements
        if payer in agreements:
            self.ctx.state.duplicates["distribution.bank_agreement"] += 1
            return error_response("distribution", 400, f"{payer} already exists.")
        agreements[payer] = {**body, "readyAt": self.ctx.ready_at()}
        return JSONResponse({"RequestId": payer, "Message": f"{payer} is accepted."}, status_code=202)

    async def get_bank_agreement_status(self, request: Request) -> Response:
        body = await json_body(request) or {}
        payer = str(body.get("PayerNumber") or "")
        record = self.ctx.state.bank_agreements.get(payer)
        if record is None:  # also found by the national id / organisation number it was registered with
            wanted = {k: body[k] for k in ("NationalId", "OrganizationNumber") if body.get(k)}
            agreements = self.ctx.state.bank_agreements.values()
            record = next((a for a in agreements if any(a.get(k) == v for k, v in wanted.items())), None)
        if record is None:
            return error_response("distribution", 404, f"Bank agreement {payer} not found")
        status = self._pending_or_active(record)
        number = str(record["PayerNumber"])
        return JSONResponse({"PayerNumber": number, "Status": status, "Message": f"{number} is {status}."})

    def routes(self) -> list[Route]:
        routes = [
            Route(f"/send/{sub}", self.send_handler(sub), methods=["POST"], name=f"distribution.{operation}")
            for sub, (_, _, operation) in SEND_KINDS.items()
        ]
        routes += [
            Route(
                "/send/pstatus", self.check_invoice_status, methods=["POST"], name="distribution.check_invoice_status"
            ),
            Route("/send/status", self.get_invoice_status, methods=["GET"], name="distribution.get_invoice_status"),
            Route("/lookup", self.lookup, methods=["POST"], name="distribution.get_lookup_link"),
            Route("/organization", self.add_company, methods=["POST"], name="distribution.add_company"),
            Route(
                "/organization/status",
                self.get_company_status,
                methods=["POST"],
                name="distribution.get_company_status",
            ),
            Route(
                "/bankagreement/swedish",
                self.register_bank_agreement,
                methods=["POST"],
                name="distribution.register_bank_agreement",
            ),
            Route(
                "/bankagreement/swedish/status",
                self.get_bank_agreement_status,
                methods=["POST"],
                name="distribution.get_bank_agreement_status",
            ),
        ]
        return routes


class Partner:
    """Partner API: its own token endpoint, and read-only views of what the Invoice API received."""

    def __init__(self, ctx: Context, distribution: Distribution) -> None:
        self.ctx = ctx
        self.distribution = distribution

    async def create_token(self, request: Request) -> Response:
        body = await json_body(request) or {}
        if not self.ctx.tokens.accepts(str(body.get("ClientId", "")), str(body.get("ClientSecret", ""))):
            return JSONResponse({"Message": "Invalid client credentials", "Errors": []}, status_code=401)
        token = self.ctx.tokens.issue(str(body["ClientId"]), "partner")
        return JSONResponse({"Token": token["access_token"], "Expires": iso(float(str(token["expires_on"])))})

    def invoice_json(self, document: SentDocument) -> Json:
        payload = document.payload
        invoicee = payload.get("Invoicee") if isinstance(payload.get("Invoicee"), dict) else {}
        status = self.distribution.status_json(document)
        return {
            "TransactionRid": document.transaction_rid,
            "CompanyId": document.company_id or "",
            "InvoiceNumber": str(payload.get("InvoiceNo") or payload.get("ID") or document.identifier),
            "FileName": f"{document.identifier}.xml",
            "CustomerNo": str((invoicee or {}).get("CustomerNo", "")),
            "Name": str((invoicee or {}).get("Name", "")),
            "InvoiceDate": str(payload.get("InvoiceDate") or payload.get("IssueDate") or ""),
            "DueDate": str(payload.get("DueDate") or ""),
            "Channel": status["Channel"],
            "Status": document.status,
        }

    def _select(self, request: Request) -> list[SentDocument]:
        q = request.query_params
        out = []
        for document in self.ctx.state.sent_documents.values():
            created = iso(document.created_at)
            if q.get("CompanyId") and q["CompanyId"] != (document.company_id or ""):
                continue
            if q.get("FromDate") and created < q["FromDate"][:19]:
                continue
            if q.get("ToDate") and created[:19] > q["ToDate"][:19]:
                continue
            invoice_number = self.invoice_json(document)["InvoiceNumber"]
            if q.get("InvoiceNumber") and q["InvoiceNumber"] != invoice_number:
                continue
            if q.get("TransactionRid") and q["TransactionRid"] != document.transaction_rid:
                continue
            out.append(document)
        return out

    async def list_invoices(self, request: Request) -> Response:
        return JSONResponse([self.invoice_json(d) for d in self._select(request)])

    async def get_invoice_summary(self, request: Request) -> Response:
        documents = self._select(request)
        channels: dict[str, int] = {}
        for document in documents:
            channel = self.distribution.status_json(document)["Channel"]
            channels[channel] = channels.get(channel, 0) + 1
        q = request.query_params
        return JSONResponse(
            {
                "CompanyId": q.get("CompanyId", ""),
                "FromDate": q.get("FromDate", ""),
                "ToDate": q.get("ToDate", ""),
                "InvoiceCount": len(documents),
                "Channels": [{"Channel": c, "Count": n} for c, n in sorted(channels.items())],
            }
        )

    async def list_companies(self, request: Request) -> Response:
        state = self.ctx.state
        names = {d.company_id: f"Sandbox company {d.company_id}" for d in state.sent_documents.values() if d.company_id}
        names.update({number: str(c.get("Name") or number) for number, c in state.companies.items()})
        return JSONResponse([{"CompanyId": i, "Name": names[i]} for i in sorted(names)])

    async def list_files(self, request: Request) -> Response:
        return JSONResponse(
            [
                {
                    "FileName": f"{d.identifier}.xml",
                    "CompanyId": d.company_id or "",
                    "Created": iso(d.created_at),
                    "Status": d.status,
                    "InvoiceCount": 1,
                }
                for d in self._select(request)
            ]
        )

    async def get_files_summary(self, request: Request) -> Response:
        documents = self._select(request)
        q = request.query_params
        return JSONResponse(
            {
                "CompanyId": q.get("CompanyId", ""),
                "FromDate": q.get("FromDate", ""),
                "ToDate": q.get("ToDate", ""),
                "FileCount": len(documents),
                "InvoiceCount": len(documents),
            }
        )

    async def list_file_invoices(self, request: Request) -> Response:
        name = request.query_params.get("FileName", "")
        docs = [d for d in self._select(request) if f"{d.identifier}.xml" == name]
        if not docs:
            return error_response("partner", 404, f"File {name} not found")
        return JSONResponse([self.invoice_json(d) for d in docs])

    async def get_invoice_view(self, request: Request) -> Response:
        documents = self._select(request)
        if not documents:
            return error_response("partner", 404, "Invoice not found")
        invoice = self.invoice_json(documents[0])
        return JSONResponse(
            {key: invoice[key] for key in ("TransactionRid", "CompanyId", "InvoiceNumber")}
            | {
                "Url": f"{request.url.scheme}://{request.url.netloc}/partner/view/{invoice['TransactionRid']}",
                "MimeType": "application/pdf",
            }
        )

    async def get_receipt(self, request: Request) -> Response:
        documents = self._select(request)
        if not documents:
            return error_response("partner", 404, "Invoice not found")
        invoice = self.invoice_json(documents[0])
        return JSONResponse(
            {key: invoice[key] for key in ("TransactionRid", "CompanyId", "InvoiceNumber", "Channel", "Status")}
            | {"Delivered": self.distribution.status_json(documents[0])["Updated"]}
        )

    def routes(self) -> list[Route]:
        return [
            Route("/token", self.create_token, methods=["POST"], name="partner.create_token"),
            Route("/companies", self.list_companies, methods=["GET"], name="partner.list_companies"),
            Route("/files", self.list_files, methods=["GET"], name="partner.list_files"),
            Route("/files/summary", self.get_files_summary, methods=["GET"], name="partner.get_files_summary"),
            Route("/files/invoices", self.list_file_invoices, methods=["GET"], name="partner.list_file_invoices"),
            Route("/invoice/summary", self.get_invoice_summary, methods=["GET"], name="partner.get_invoice_summary"),
            Route("/invoices", self.list_invoices, methods=["GET"], name="partner.list_invoices"),
            Route("/invoiceview", self.get_invoice_view, methods=["GET"], name="partner.get_invoice_view"),
            Route(
                "/invoiceview/invoicenumber",
                self.get_invoice_view,
                methods=["GET"],
                name="partner.get_invoice_view_by_number",
            ),
            Route("/receipt", self.get_receipt, methods=["GET"], name="partner.get_receipt"),
        ]
