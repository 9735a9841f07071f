"""AutoCollect (Collection API v1): asynchronous invoice/payment/correction batches, cases, settlements."""

from __future__ import annotations

import base64
import json
import uuid
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .autocollect_legacy import LegacyWebApi
from .common import fault_flag, int_param, json_body, matches_filters
from .errors import error_response
from .state import AcBatch, Organization, iso

if TYPE_CHECKING:
    from starlette.requests import Request

    from .context import Context

Json = dict[str, Any]
PAGE_SIZE_DEFAULT, PAGE_SIZE_CAP = 50, 500
# the spec's BatchType enum knows only INVOICE and NONE (documented as incomplete)
BATCH_KINDS = {"invoices": "INVOICE", "payments": "NONE", "corrections": "NONE"}
CASE_TYPES = {"NOTICE": "COLLECTION_NOTICE", "PAYMENT_REMINDER": "PAYMENT_REMINDER"}
# case actions: action -> (allowed from, resulting status)
CASE_ACTIONS = {
    "pause": ({"OPEN"}, "PAUSED"),
    "resume": ({"PAUSED"}, "OPEN"),
    "withdraw": ({"OPEN", "PAUSED"}, "WITHDRAWN"),
}
#: decisions a creditor takes on a case (path under /cases/{caseId}/): recorded, the case stays where it is
CASE_DECISIONS = (
    "debt-collection-list/accept",
    "debt-collection-list/reject",
    "eviction-request/accept",
    "eviction-request/reject",
    "eviction-confirmation/accept",
    "eviction-confirmation/reject",
)


def encode_token(offset: int) -> str:
    return base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")


def decode_token(token: str | None) -> int | None:
    """Offset encoded in an opaque cursor; None for a token the sandbox did not issue."""
    if not token:
        return 0
    try:
        data = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        return int(data["o"])
    except (ValueError, KeyError, TypeError):
        return None


#: paging parameters of a cursor-paged list (never a filter)
CURSOR_PARAMS = frozenset({"pagetoken", "pagesize", "sortdirection"})


class AutoCollect(LegacyWebApi):
    """AutoCollect handlers and the batch processor that turns queued batches into invoices, cases, settlements."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.next_case_number = 5000001

    def org(self, request: Request) -> Organization:
        key = "organizationId" if "organizationId" in request.path_params else "orgId"
        return self.ctx.state.organization(str(request.path_params[key]))

    # ------------------------------------------------------------------------------------------ paging

    def cursor_page(
        self,
        request: Request,
        items: list[Json],
        token_param: str = "PageToken",  # noqa: S107
        bad_token_status: int | None = 400,
    ) -> Response:
        q = request.query_params
        size_param = "pageSize" if token_param == "pageToken" else "PageSize"
        offset = decode_token(q.get(token_param))
        if offset is None and bad_token_status is not None:
            return error_response("autocollect", bad_token_status, f"Invalid {token_param}")
        if offset is None:  # the operation documents no 400: an unknown cursor is past the end
            offset = len(items)
        size = max(1, min(int_param(q.get(size_param), PAGE_SIZE_DEFAULT), PAGE_SIZE_CAP))
        if q.get("SortDirection", "").upper() == "DESC":
            items = list(reversed(items))
        chunk = items[offset : offset + size]
        next_token = encode_token(offset + size) if offset + size < len(items) else None
        return JSONResponse({"summary": {"status": "SUCCESS", "nextPageToken": next_token}, "data": chunk})

    def list_page(self, request: Request, collection: str, entity: str) -> Response:
        """A declared list (``declared.LISTS``): the organization's ``collection``, filtered by the query parameters
        named like a field (``Status``, ``InvoiceNumber``...), paged by cursor."""
        items = list(getattr(self.org(request), collection).values())
        filters = {k: v for k, v in request.query_params.items() if k.lower() not in CURSOR_PARAMS}
        return self.cursor_page(request, [i for i in items if matches_filters(i, filters)])

    @staticmethod
    def filtered(items: list[Json], request: Request, mapping: dict[str, str]) -> list[Json]:
        """Apply documented filters: query parameter -> item field (exact, case-insensitive)."""
        q = request.query_params
        out = items
        for param, fieldname in mapping.items():
            wanted = q.get(param)
            if wanted:
                out = [i for i in out if str(i.get(fieldname, "")).lower() == wanted.lower()]
        return out

    # ------------------------------------------------------------------------------------------ writes

    async def create_batch(self, request: Request) -> Response:
        org = self.org(request)
        kind = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        batch_type = BATCH_KINDS[kind]
        key = request.headers.get("IdempotencyKey")
        if key and (kind, key) in org.idempotency:
            self.ctx.state.duplicates["autocollect.idempotent_replay"] += 1
            return self.accepted(request, org.batches[org.idempotency[(kind, key)]])
        body = await json_body(request)
        items = body.get(kind) if body else None
        if not isinstance(items, list) or not items:
            return error_response("autocollect", 400, f"Body must contain a non-empty {kind} array")
        batch = AcBatch(
            batch_id=str(uuid.uuid4()),
            organization_id=org.organization_id,
            type=batch_type,
            items=items,
            created_by=str(uuid.uuid5(uuid.NAMESPACE_URL, self.ctx.config.client_id)),
            created_at=self.ctx.clock.now(),
            ready_at=self.ctx.ready_at(),
            idempotency_key=key,
            kind=kind,
            fail_all=fault_flag(request, "batch_failure"),
        )
        org.batches[batch.batch_id] = batch
        if key:
            org.idempotency[(kind, key)] = batch.batch_id
        return self.accepted(request, batch)

    def accepted(self, request: Request, batch: AcBatch) -> Response:
        root = f"{request.url.scheme}://{request.url.netloc}{request.scope.get('root_path', '')}"
        data = {"batchId": batch.batch_id, "batchUrl": f"{root}/batches/{batch.batch_id}"}
        return JSONResponse({"summary": {"status": "SUCCESS"}, "data": data}, status_code=202)

    async def process_due(self) -> None:
        """Process queued batches whose delay has passed and send the resulting webhooks."""
        now = self.ctx.clock.now()
        for org in self.ctx.state.organizations.values():
            for batch in list(org.batches.values()):
                if batch.status == "QUEUED" and batch.ready_at <= now:
                    await self._process(org, batch, now)

    async def _process(self, org: Organization, batch: AcBatch, now: float) -> None:
        events: list[tuple[str, Json]] = []
        for index, item in enumerate(batch.items):
            error: str | None
            if batch.fail_all:
                error = "Batch processing failed"
            elif not isinstance(item, dict):
                error = "Item is not an object"
            elif batch.type == "INVOICE":
                error = self._invoice(org, batch, item, events)
            elif batch.kind == "payments":
                error = self._payment(org, item, events)
            else:
                error = self._correction(org, item)
            if error is not None:
                keys = ("invoiceId", "invoiceNumber", "uniqueSourceInvoiceId")
                ref: Json = {k: item[k] for k in keys if isinstance(item, dict) and k in item}
                batch.failed.append({"index": index, **ref, "message": error, "errors": [error]})
        # By count: payment and correction batches list no `succeeded[]` entries, yet apply their other items.
        batch.status = (
            "SUCCESS" if not batch.failed else ("FAILED" if len(batch.failed) >= len(batch.items) else "PARTIAL")
        )
        batch.finished_at = now
        for event, data in events:
            await self.ctx.webhooks.emit(event, data)
        await self.ctx.webhooks.emit(
            "BATCH_COMPLETED",
            {"batchId": batch.batch_id, "organizationId": org.organization_id, "status": batch.status},
        )

    def _invoice(self, org: Organization, batch: AcBatch, item: Json, events: list[tuple[str, Json]]) -> str | None:
        number = item.get("invoiceNumber")
        if not number:
            return "invoiceNumber is required"
        amount = item.get("originalInvoiceAmount")
        if not isinstance(amount, int | float) or amount < 0:
            return "originalInvoiceAmount must be a non-negative number"
        source_id = item.get("uniqueSourceInvoiceId")
        for existing in org.invoices.values():
            if existing["invoiceNumber"] == number or (
                source_id and existing.get("uniqueSourceInvoiceId") == source_id
            ):
                self.ctx.state.duplicates["autocollect.invoice"] += 1
                return f"Invoice {number} already exists"
        invoice_id, case_id = str(uuid.uuid4()), str(uuid.uuid4())
        case_number = str(self.next_case_number)
        self.next_case_number += 1
        debtors = item.get("debtors")
        debtor_list: list[Any] = debtors if isinstance(debtors, list) else []
        customer_number = next((d.get("customerNumber") for d in debtor_list if isinstance(d, dict)), None)
        invoice = {
            **item,
            "id": invoice_id,
            "organization": {"id": org.organization_id, "organizationNumber": "", "name": ""},
            "collectionCaseNumber": case_number,
            "caseId": case_id,
            "status": "OPEN",
            "remainingAmount": amount,
            "customerNumber": customer_number,
            "createdAt": iso(self.ctx.clock.now()),
        }
        org.invoices[invoice_id] = invoice
        self.log(org, invoice_id, "CREATED", f"Invoice {number} registered (batch {batch.batch_id})")
        case = {
            "caseId": case_id,
            "caseNumber": case_number,
            "organizationId": org.organization_id,
            "type": CASE_TYPES.get(str(item.get("type")), str(item.get("type") or "COLLECTION_NOTICE")),
            "status": "OPEN",
            "invoices": [invoice_id],
            "customerNumber": customer_number,
            "uniqueSourceInvoiceId": source_id,
            "createdAt": iso(self.ctx.clock.now()),
        }
        org.cases[case_id] = case
        batch.succeeded.append(
            {"invoiceId": invoice_id, "invoiceNumber": number, "caseId": case_id, "caseNumber": case_number}
        )
        events.append(("CASE", self.case_event(org, case)))
        return None

    def _payment(self, org: Organization, item: Json, events: list[tuple[str, Json]]) -> str | None:
        invoice = org.invoices.get(str(item.get("invoiceId")))
        if invoice is None:
            return f"Invoice {item.get('invoiceId')} not found"
        amount = item.get("amount")
        if not isinstance(amount, int | float) or amount <= 0:
            return "amount must be a positive number"
        payment_id = str(uuid.uuid4())
        org.payments[payment_id] = {"id": payment_id, **item}
        self.log(org, invoice["id"], "PAYMENT", f"Payment of {amount} registered")
        invoice["remainingAmount"] = max(0, invoice["remainingAmount"] - amount)
        if invoice["remainingAmount"] == 0:
            settlement_id = str(uuid.uuid4())
            settlement = {
                "settlementId": settlement_id,
                "organizationId": org.organization_id,
                "settlementDate": iso(self.ctx.clock.now())[:10],
                "invoiceId": invoice["id"],
                "invoiceNumber": invoice["invoiceNumber"],
                "caseNumber": invoice["collectionCaseNumber"],
                "collectionType": "REMINDER",
                "currency": invoice.get("currency", "NOK"),
                "amount": invoice.get("originalInvoiceAmount"),
            }
            org.settlements[settlement_id] = settlement  # the status stays: the docs name no "paid" status
            events.append(("SETTLEMENT_CREATED", {k: settlement[k] for k in list(settlement)[:6]}))
        return None

    def _correction(self, org: Organization, item: Json) -> str | None:
        invoice = org.invoices.get(str(item.get("invoiceId")))
        if invoice is None:
            return f"Invoice {item.get('invoiceId')} not found"
        amount = item.get("amount")
        if not isinstance(amount, int | float):
            return "amount must be a number"
        correction_id = str(uuid.uuid4())
        org.corrections[correction_id] = {"id": correction_id, **item}
        self.log(org, invoice["id"], "CORRECTION", f"Correction of {amount} registered")
        invoice["remainingAmount"] = max(0, invoice["remainingAmount"] + amount)
        return None

    def log(self, org: Organization, invoice_id: str, kind: str, message: str) -> None:
        entry = {"type": kind, "loggedAt": iso(self.ctx.clock.now()), "message": message, "subject": invoice_id}
        org.history.setdefault(invoice_id, []).append(entry)

    def case_event(self, org: Organization, case: Json, fields: list[str] | None = None) -> Json:
        data = {
            "orgId": org.organization_id,
            "caseId": case["caseId"],
            "caseNumber": case["caseNumber"],
            "type": case["type"],
            "status": case["status"],
            "invoices": list(case["invoices"]),
        }
        if fields is not None:
            data["fields"] = fields
        return data

    # ------------------------------------------------------------------------------------------ reads

    async def get_batch(self, request: Request) -> Response:
        batch_id = str(request.path_params["batchId"])
        if "organizationId" in request.path_params or "orgId" in request.path_params:
            batch = self.org(request).batches.get(batch_id)
        else:
            batch = next(
                (o.batches[batch_id] for o in self.ctx.state.organizations.values() if batch_id in o.batches), None
            )
        if batch is None:
            return error_response("autocollect", 404, f"Batch {batch_id} not found")
        return JSONResponse({"summary": {"status": "SUCCESS"}, "data": batch.to_json()})

    async def list_batches(self, request: Request) -> Response:
        org = self.org(request)
        items = [b.to_json() for b in org.batches.values()]
        items = self.filtered(items, request, {"State": "status", "Type": "type"})
        key = request.query_params.get("IdempotencyKey")
        if key:  # exact: the batch engine reconciles a crashed run by it
            items = [b for b in items if b.get("idempotencyKey") == key]
        subject = request.query_params.get("SubjectId")
        if subject:
            items = [b for b in items if subject in json.dumps(b)]
        return self.cursor_page(request, items)

    async def case_action(self, request: Request) -> Response:
        org = self.org(request)
        action = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        case = org.cases.get(str(request.path_params["caseId"]))
        if case is None:
            return error_response("autocollect", 404, f"Case {request.path_params['caseId']} not found")
        allowed, target = CASE_ACTIONS[action]
        if case["status"] not in allowed:
            return error_response("autocollect", 409, f"Cannot {action} a case in status {case['status']}")
        case["status"] = target
        for invoice_id in case["invoices"]:
            if invoice_id in org.invoices:
                org.invoices[invoice_id]["status"] = target
                self.log(org, invoice_id, action.upper(), f"Case {case['caseNumber']}: {action}")
        await self.ctx.webhooks.emit("CASE_UPDATED", self.case_event(org, case, ["status"]))
        return Response(status_code=202)  # the spec documents no body

    async def case_decision(self, request: Request) -> Response:
        """Accept/reject a debt-collection list, eviction request or eviction confirmation (recorded on the case)."""
        org = self.org(request)
        parts = request.url.path.rstrip("/").split("/")
        subject, decision = parts[-2], parts[-1]
        case = org.cases.get(str(request.path_params["caseId"]))
        if case is None:
            return error_response("autocollect", 404, f"Case {request.path_params['caseId']} not found")
        if case["status"] not in ("OPEN", "PAUSED"):
            text = f"Cannot {decision} {subject} of a case in status {case['status']}"
            return error_response("autocollect", 409, text)
        decisions = case.setdefault("decisions", {})
        if subject in decisions:
            return error_response("autocollect", 409, f"{subject} was already {decisions[subject]['decision']}ed")
        body = await json_body(request) or {}
        decisions[subject] = {"decision": decision, "at": iso(self.ctx.clock.now()), **body}
        for invoice_id in case["invoices"]:
            text = f"Case {case['caseNumber']}: {subject} {decision}"
            self.log(org, invoice_id, f"{subject}/{decision}".upper(), text)
        await self.ctx.webhooks.emit("CASE_UPDATED", self.case_event(org, case, ["decisions"]))
        return Response(status_code=202)

    async def invoice_action(self, request: Request) -> Response:
        """pause/resume/withdraw one invoice (older API); like the case actions, 202 without a body."""
        org = self.org(request)
        action = request.url.path.rstrip("/").rsplit("/", 1)[-1]
        invoice = org.invoices.get(str(request.path_params["invoiceId"]))
        if invoice is None:
            return error_response("autocollect", 404, f"Invoice {request.path_params['invoiceId']} not found")
        allowed, target = CASE_ACTIONS[action]
        if invoice["status"] not in allowed or invoice.get("remainingAmount") == 0:  # the spec documents no 409 here
            state = "settled" if invoice.get("remainingAmount") == 0 else f"in status {invoice['status']}"
            return error_response("autocollect", 400, f"Cannot {action} an invoice {state}")
        invoice["status"] = target
        self.log(org, invoice["id"], action.upper(), f"Invoice {invoice['invoiceNumber']}: {action}")
        return Response(status_code=202)

    def invoice_or_404(self, request: Request) -> tuple[Organization, Json | None]:
        org = self.org(request)
        return org, org.invoices.get(str(request.path_params["invoiceId"]))

    async def list_invoice_documents(self, request: Request) -> Response:
        _org, invoice = self.invoice_or_404(request)
        if invoice is None:
            return error_response("autocollect", 404, f"Invoice {request.path_params['invoiceId']} not found")
        root = f"{request.url.scheme}://{request.url.netloc}{request.scope.get('root_path', '')}"
        document = {
            "id": f"{invoice['id']}-notice",
            "name": f"Collection notice {invoice['invoiceNumber']}.pdf",
            "type": "COLLECTION_NOTICE",
            "contentType": "application/pdf",
            "createdAt": invoice["createdAt"],
            "url": f"{root}/documents/{invoice['id']}-notice.pdf",
        }
        return JSONResponse({"summary": {"status": "SUCCESS"}, "data": [document]})

    async def list_invoice_history(self, request: Request) -> Response:
        org, invoice = self.invoice_or_404(request)
        if invoice is None:
            return error_response("autocollect", 404, f"Invoice {request.path_params['invoiceId']} not found")
        return JSONResponse({"summary": {"status": "SUCCESS"}, "data": list(org.history.get(invoice["id"], []))})

    async def list_invoice_payments(self, request: Request) -> Response:
        org, invoice = self.invoice_or_404(request)
        if invoice is None:
            return error_response("autocollect", 404, f"Invoice {request.path_params['invoiceId']} not found")
        payments = [
            {
                "id": p["id"],
                "invoiceId": invoice["id"],
                "type": "DIRECT_PAYMENT",
                "amount": p.get("amount"),
                "currency": str(p.get("currency") or invoice.get("currency") or "NOK"),
                "date": str(invoice["createdAt"]),  # payment requests carry no date in the spec
            }
            for p in org.payments.values()
            if p.get("invoiceId") == invoice["id"]
        ]
        return JSONResponse({"summary": {"status": "SUCCESS"}, "data": payments})

    async def list_reports(self, request: Request) -> Response:
        """One settlement report per settlement date (the report catalogue is undocumented)."""
        org = self.org(request)
        root = f"{request.url.scheme}://{request.url.netloc}{request.scope.get('root_path', '')}"
        dates = sorted({s["settlementDate"] for s in org.settlements.values()})
        reports = [
            {
                "id": f"settlement-{day}",
                "name": f"Settlement report {day}",
                "type": "SETTLEMENT",
                "createdAt": f"{day}T00:00:00Z",
                "url": f"{root}/orgs/{org.organization_id}/reports/settlement-{day}",
            }
            for day in dates
        ]
        return JSONResponse({"summary": {"status": "SUCCESS"}, "data": reports})

    async def list_settlements(self, request: Request) -> Response:
        org = self.org(request)
        items = list(org.settlements.values())
        since, until = request.query_params.get("fromDate"), request.query_params.get("toDate")
        items = [
            s
            for s in items
            if (not since or s["settlementDate"] >= since[:10]) and (not until or s["settlementDate"] <= until[:10])
        ]
        return self.cursor_page(request, items, token_param="pageToken")

    def routes(self) -> list[Route]:
        o = "/orgs/{organizationId}"
        routes = [
            Route(f"{o}/{kind}", self.create_batch, methods=["POST"], name=f"autocollect.create_{kind}")
            for kind in BATCH_KINDS
        ]
        routes += [
            Route(f"{o}/batches", self.list_batches, methods=["GET"], name="autocollect.list_batches"),
            Route(f"{o}/batches/{{batchId}}", self.get_batch, methods=["GET"], name="autocollect.get_batch"),
            Route("/batches/{batchId}", self.get_batch, methods=["GET"], name="autocollect.get_batch_legacy"),
            Route("/batches", self.list_all_batches, methods=["GET"], name="autocollect.list_all_batches"),
            Route(f"{o}/reports", self.list_reports, methods=["GET"], name="autocollect.list_reports"),
            Route("/webapi/api/Batch", self.legacy_get_batch, methods=["GET"], name="autocollect.get_legacy_batch"),
            Route(
                "/webapi/api/Batch", self.legacy_post_batch, methods=["POST"], name="autocollect.create_legacy_batch"
            ),
            Route(
                "/webapi/api/Attachment",
                self.legacy_attachment,
                methods=["POST"],
                name="autocollect.create_legacy_attachment",
            ),
            Route(f"{o}/settlements", self.list_settlements, methods=["GET"], name="autocollect.list_settlements"),
        ]
        routes += [
            Route(
                f"{o}/cases/{{caseId}}/{action}", self.case_action, methods=["POST"], name=f"autocollect.{action}_case"
            )
            for action in CASE_ACTIONS
        ]
        routes += [
            Route(
                f"{o}/cases/{{caseId}}/{path}",
                self.case_decision,
                methods=["POST"],
                name=f"autocollect.{path.split('/')[1]}_{path.split('/')[0].replace('-', '_')}",
            )
            for path in CASE_DECISIONS
        ]
        i = f"{o}/invoices/{{invoiceId}}"
        routes += [
            Route(f"{i}/{action}", self.invoice_action, methods=["POST"], name=f"autocollect.{action}_invoice")
            for action in CASE_ACTIONS
        ]
        routes += [
            Route(f"{i}/{sub}", handler, methods=["GET"], name=f"autocollect.list_invoice_{sub}")
            for sub, handler in (
                ("documents", self.list_invoice_documents),
                ("history", self.list_invoice_history),
                ("payments", self.list_invoice_payments),
            )
        ]
        return routes
