"""ARM ("ARMrest"): clients' customers, documents, AR items and files; single writes apply at once, batches later."""

from __future__ import annotations

import base64
import binascii
import math
import secrets
import uuid
from typing import TYPE_CHECKING, Any

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .arm_postings import ArmPostings
from .arm_rules import envelope, merge_customer, rejected, sanitize_emails
from .common import fault_flag, int_param, json_body, matches_filters
from .errors import error_response
from .state import ArmBatch, ArmClient, ArmQuery, iso

if TYPE_CHECKING:
    from starlette.requests import Request

    from .context import Context

Json = dict[str, Any]
PAGING = {"maximumcount", "pagesize", "query", "pageno", "expand", "userid"}
MAXIMUM_COUNT_CAP = 10000
PAGE_SIZE_DEFAULT, PAGE_SIZE_CAP = 100, 1000


class Arm(ArmPostings):
    """ARM handlers; every method that writes is also used by batch processing so both paths agree."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------------------------------ domain

    def apply_customer(self, client: ArmClient, data: Json, method: str) -> tuple[int, Json]:
        data = dict(data)
        customer_no = str(data.get("customerNo") or "")
        if not customer_no:
            return 422, rejected(client.client_no, "customerNo is required")
        existing = client.customers.get(customer_no)
        if existing is None and method == "PUT":
            return 404, rejected(client.client_no, f"Customer {customer_no} not found", customerNo=customer_no)
        warnings = sanitize_emails(data)
        data.pop("options", None)
        if existing is None:
            account_no = client.next_account_no
            client.next_account_no += 1
            record = {"clientNo": client.client_no, "accountNo": account_no}
            merge_customer(record, {**data, "customerNo": customer_no}, new=True)
            client.customers[customer_no] = record
            result, message = "CREATED", "Customer created"
        else:
            merge_customer(existing, data)
            record, result, message = existing, "UPDATED", "Customer updated"
        return 200, envelope(
            "PROCESSED",
            result,
            message,
            client.client_no,
            warnings,
            accountNo=record["accountNo"],
            customerNo=customer_no,
        )

    def apply_document(self, client: ArmClient, data: Json) -> tuple[int, Json]:
        data = dict(data)
        document_no, customer_no = str(data.get("documentNo") or ""), str(data.get("customerNo") or "")
        ids = {"customerNo": customer_no, "documentNo": document_no}
        if not document_no or not customer_no:
            return 422, rejected(client.client_no, "documentNo and customerNo are required", **ids)
        customer = client.customers.get(customer_no)
        if customer is None:
            return 422, rejected(client.client_no, f"Customer {customer_no} does not exist", **ids)
        if document_no in client.documents:
            self.ctx.state.duplicates["arm.documentNo"] += 1
            return 422, rejected(client.client_no, f"Document {document_no} already exists", **ids)
        warnings = sanitize_emails(data)
        reference_no, bundle_id = client.next_reference_no, client.next_bundle_id
        client.next_reference_no += 1
        client.next_bundle_id += 1
        amounts = data.get("currencyAmounts") if isinstance(data.get("currencyAmounts"), dict) else {}
        record = {
            "clientNo": client.client_no,
            "accountNo": customer["accountNo"],
            "referenceNo": reference_no,
            "documentBundleId": bundle_id,
            "documentUuid": str(uuid.uuid4()),
            **data,
        }
        client.documents[document_no] = record
        ar_item_id = client.next_ar_item_id
        client.next_ar_item_id += 1
        ar_item = {
            "arItemId": ar_item_id,
            "clientNo": client.client_no,
            "accountNo": customer["accountNo"],
            "customerNo": customer_no,
            "documentNo": document_no,
            "documentType": data.get("documentType", "IN"),
            "documentDate": data.get("documentDate"),
            "dueDate": data.get("dueDate"),
            "kid": data.get("kid"),
            "currency": data.get("currency", "NOK"),
            "currencyAmounts": amounts,
            "referenceNo": reference_no,
            "documentBundleId": bundle_id,
            "remainingAmount": (amounts or {}).get("inclVat", 0),
            "status": "OPEN",
        }
        client.ar_items[ar_item_id] = {k: v for k, v in ar_item.items() if v is not None}  # the spec has no nulls
        return 201, envelope(
            "PROCESSED",
            "CREATED",
            "CREATED",
            client.client_no,
            warnings,
            accountNo=customer["accountNo"],
            referenceNo=reference_no,
            documentBundleId=bundle_id,
            customerNo=customer_no,
            documentNo=document_no,
        )

    async def process_due(self) -> None:
        """Finish every batch whose delay has passed (called before each request and by the serve loop)."""
        now = self.ctx.clock.now()
        for client in self.ctx.state.arm_clients.values():
            for batch in client.batches.values():
                if batch.status == "PROCESSING" and batch.ready_at <= now:
                    self._process(client, batch, now)

    def _process(self, client: ArmClient, batch: ArmBatch, now: float) -> None:
        for index, item in enumerate(batch.items):
            if batch.fail_all:
                _code, body = 500, rejected(client.client_no, "Batch processing failed")
            elif not isinstance(item, dict):
                _code, body = 422, rejected(client.client_no, "Item is not an object")
            elif batch.kind == "customers":
                _code, body = self.apply_customer(client, item, batch.method)
            else:
                _code, body = self.apply_document(client, item)
            batch.results.append({"itemNo": index + 1, **body})
        failed = sum(1 for r in batch.results if r["status"] != "PROCESSED")
        batch.status = "PROCESSED" if failed == 0 else ("FAILED" if failed == len(batch.items) else "PARTLY_PROCESSED")
        batch.finished_at = now

    # ------------------------------------------------------------------------------------------ paging

    def list_page(self, request: Request, collection: str, entity: str) -> Response:
        """A declared list (``declared.LISTS``): the client's ``collection``, paged as ARM pages."""
        client = self.client(request)
        return self.page(request, client, entity, list(getattr(client, collection).values()))

    def page(self, request: Request, client: ArmClient, entity: str, items: list[Json]) -> Response:
        q = request.query_params
        state = self.ctx.state
        if q.get("query"):
            stored = state.arm_queries.get(q["query"])
            if stored is None or stored.entity != f"{client.client_no}/{entity}":
                # list operations document no 404: an unknown/expired query id is a bad request
                return error_response("arm", 400, f"Query {q['query']} not found or expired")
        else:
            maximum = max(1, min(int_param(q.get("maximumcount"), MAXIMUM_COUNT_CAP), MAXIMUM_COUNT_CAP))
            size = int_param(q.get("pagesize"), PAGE_SIZE_DEFAULT)
            size = 10 if size < 5 else min(size, PAGE_SIZE_CAP)
            filters = {k: v for k, v in q.items() if k.lower() not in PAGING}
            selected = [dict(i) for i in items if matches_filters(i, filters)][:maximum]
            stored = ArmQuery(secrets.token_urlsafe(16), f"{client.client_no}/{entity}", selected, size, maximum)
            state.arm_queries[stored.query_id] = stored
        page_no = max(1, int_param(q.get("pageno"), 1))
        total = len(stored.items)
        total_pages = max(1, math.ceil(total / stored.page_size))
        start = (page_no - 1) * stored.page_size
        chunk = stored.items[start : start + stored.page_size]
        base = f"{request.url.scheme}://{request.url.netloc}{request.url.path}?query={stored.query_id}&pageno="
        summary = {
            "pageNo": page_no,
            "currentPageSize": len(chunk),
            "pageSizeLimit": stored.page_size,
            "totalPages": total_pages,
            "totalCount": total,
            "maximumCount": stored.maximum_count,
            "nextPage": f"{base}{page_no + 1}" if page_no < total_pages else None,
            "lastPage": f"{base}{total_pages}",
            "queryId": stored.query_id,
        }
        return JSONResponse({"summary": summary, entity: chunk})

    # ------------------------------------------------------------------------------------------ handlers

    def client(self, request: Request) -> ArmClient:
        """The client of the path; a client number that cannot exist is one the caller has no access to (403,
        which every ARM operation documents)."""
        client_no = int_param(str(request.path_params["clientno"]), 0)
        if client_no <= 0:
            raise HTTPException(403, f"No access to client {request.path_params['clientno']}")
        return self.ctx.state.arm_client(client_no)

    async def write_customer(self, request: Request) -> Response:
        client = self.client(request)
        body = await json_body(request)
        customer = body.get("customer") if body else None
        if not isinstance(customer, dict):
            return JSONResponse(rejected(client.client_no, "Body must contain a customer object"), status_code=400)
        status, result = self.apply_customer(client, customer, request.method)
        return JSONResponse(result, status_code=status)

    async def delete_customer(self, request: Request) -> Response:
        client = self.client(request)
        customer_no = request.path_params["customerno"]
        if customer_no not in client.customers:
            return error_response("arm", 404, f"Customer {customer_no} not found")
        if any(d["customerNo"] == customer_no for d in client.documents.values()):
            body = rejected(client.client_no, "Customer has documents or AR items", customerNo=customer_no)
            return JSONResponse(body, status_code=422)
        record = client.customers.pop(customer_no)
        return JSONResponse(
            envelope(
                "PROCESSED",
                "DELETED",
                "Customer deleted",
                client.client_no,
                [],
                accountNo=record["accountNo"],
                customerNo=customer_no,
            )
        )

    async def create_batch(self, request: Request) -> Response:
        client = self.client(request)
        kind = "customers" if request.url.path.rstrip("/").endswith("customers/batches") else "documents"
        body = await json_body(request)
        items = body.get(kind) if body else None
        if not isinstance(items, list) or not items:
            return JSONResponse(rejected(client.client_no, f"Body must contain a non-empty {kind} array"), 400)
        metadata = body.get("metadata") if body and isinstance(body.get("metadata"), dict) else {}
        batch = ArmBatch(
            batch_uuid=str(uuid.uuid4()),
            client_no=client.client_no,
            kind=kind,
            method=request.method,
            items=items,
            user_id=(metadata or {}).get("userId"),
            created_at=self.ctx.clock.now(),
            ready_at=self.ctx.ready_at(),
            fail_all=fault_flag(request, "batch_failure"),
        )
        client.batches[batch.batch_uuid] = batch
        return JSONResponse(
            envelope(
                "ACCEPTED",
                "QUEUED",
                "Batch accepted for processing",
                client.client_no,
                [],
                batchUuid=batch.batch_uuid,
                itemCount=len(items),
            ),
            status_code=202,
        )

    async def get_batch(self, request: Request) -> Response:
        client = self.client(request)
        batch = client.batches.get(request.path_params["batchuuid"])
        if batch is None:
            return error_response("arm", 404, f"Batch {request.path_params['batchuuid']} not found")
        failed = sum(1 for r in batch.results if r["status"] != "PROCESSED")
        result = {"PROCESSING": "PENDING", "PROCESSED": "OK", "PARTLY_PROCESSED": "PARTIAL"}.get(batch.status, "ERROR")
        message = (
            "Batch is being processed" if batch.status == "PROCESSING" else f"{failed} of {len(batch.items)} failed"
        )
        body = envelope(
            batch.status,
            result,
            message,
            client.client_no,
            [],
            batchUuid=batch.batch_uuid,
            batchType=batch.kind,
            receivedAt=iso(batch.created_at),
            processedAt=iso(batch.finished_at) if batch.finished_at is not None else None,
            itemCount=len(batch.items),
        )
        if batch.status == "PROCESSING":
            return JSONResponse(body, status_code=202)
        body.update(succeededCount=len(batch.results) - failed, failedCount=failed, items=batch.results)
        return JSONResponse(body, status_code=206 if failed else 200)

    async def create_document(self, request: Request) -> Response:
        client = self.client(request)
        body = await json_body(request)
        document = body.get("document") if body else None
        if not isinstance(document, dict):
            return JSONResponse(rejected(client.client_no, "Body must contain a document object"), status_code=400)
        status, result = self.apply_document(client, document)
        return JSONResponse(result, status_code=status)

    async def upload_files(self, request: Request) -> Response:
        client = self.client(request)
        body = await json_body(request)
        files = body.get("files") if body else None
        if not isinstance(files, list) or not files:
            return JSONResponse(rejected(client.client_no, "Body must contain a non-empty files array"), 400)
        results = []
        for item in files:
            file_id = str(item.get("fileId", "")) if isinstance(item, dict) else ""
            try:
                base64.b64decode(str(item.get("content", "")), validate=True) if file_id else None
                ok = bool(file_id)
            except (binascii.Error, ValueError):
                ok = False
            if ok:
                client.files[file_id] = {"clientNo": client.client_no, **item}
                results.append(
                    {"fileId": file_id, "status": "PROCESSED", "result": "CREATED", "message": "File uploaded"}
                )
            else:
                results.append({"fileId": file_id, "status": "REJECTED", "result": "ERROR", "message": "Invalid file"})
        failed = sum(1 for r in results if r["status"] != "PROCESSED")
        status = "PROCESSED" if not failed else ("FAILED" if failed == len(results) else "PARTLY_PROCESSED")
        return JSONResponse(
            {
                "status": status,
                "result": "CREATED" if failed < len(results) else "ERROR",
                "message": "File(s) uploaded" if not failed else f"{failed} of {len(results)} file(s) rejected",
                "clientNo": client.client_no,
                "files": results,
            },
            status_code=207 if failed else 200,
        )

    async def list_files(self, request: Request) -> Response:
        client = self.client(request)
        wanted = request.query_params.get("filetype")
        files = [{k: v for k, v in f.items() if k != "content"} for f in client.files.values()]
        files = [f for f in files if not wanted or str(f.get("type", "")).lower() == wanted.lower()]
        return self.page(request, client, "files", files)

    async def update_ar_item(self, request: Request) -> Response:
        client = self.client(request)
        body = await json_body(request)
        update = body.get("arItem") if body else None
        if not isinstance(update, dict):
            return JSONResponse(rejected(client.client_no, "Body must contain an arItem object"), status_code=400)
        item = client.ar_items.get(int_param(str(update.get("arItemId", "")), -1)) or next(
            (i for i in client.ar_items.values() if i["documentNo"] == update.get("documentNo")), None
        )
        if item is None:
            return JSONResponse(rejected(client.client_no, "AR item not found"), status_code=404)
        changes = {k: v for k, v in update.items() if k not in ("arItemId", "documentNo", "creditNote")}
        item.update(changes)
        credit = update.get("creditNote")
        if isinstance(credit, dict):
            amount = (credit.get("currencyAmounts") or {}).get("inclVat", 0)
            item["remainingAmount"] = max(0, item.get("remainingAmount", 0) - amount)
        return JSONResponse(
            envelope(
                "PROCESSED",
                "UPDATED",
                "AR item updated",
                client.client_no,
                [],
                arItemId=item["arItemId"],
                documentNo=item["documentNo"],
                customerNo=item["customerNo"],
            )
        )

    def routes(self) -> list[Route]:
        c = "/clients/{clientno}"
        return [
            Route(f"{c}/customers", self.write_customer, methods=["POST"], name="arm.create_customer"),
            Route(f"{c}/customers", self.write_customer, methods=["PUT"], name="arm.update_customer"),
            Route(f"{c}/customers/batches", self.create_batch, methods=["POST"], name="arm.create_customers_batch"),
            Route(f"{c}/customers/batches", self.create_batch, methods=["PUT"], name="arm.update_customers_batch"),
            Route(
                f"{c}/customers/{{customerno}}", self.delete_customer, methods=["DELETE"], name="arm.delete_customer"
            ),
            Route(f"{c}/documents", self.create_document, methods=["POST"], name="arm.create_document"),
            Route(f"{c}/documents/batches", self.create_batch, methods=["POST"], name="arm.create_documents_batch"),
            Route(f"{c}/batches/{{batchuuid}}", self.get_batch, methods=["GET"], name="arm.get_batch"),
            Route(f"{c}/files", self.upload_files, methods=["POST"], name="arm.upload_files"),
            Route(f"{c}/files", self.list_files, methods=["GET"], name="arm.list_files"),
            Route(f"{c}/aritems", self.update_ar_item, methods=["PUT"], name="arm.update_ar_item"),
            Route(
                f"{c}/paymentreservations",
                self.create_payment_reservation,
                methods=["POST"],
                name="arm.create_payment_reservation",
            ),
            Route(f"{c}/actions", self.create_action, methods=["POST"], name="arm.create_action"),
            Route(f"{c}/actions/reports", self.create_report_action, methods=["POST"], name="arm.create_report_action"),
            Route(
                f"{c}/autopostings/{{autopostingmethod}}",
                self.create_auto_postings,
                methods=["POST"],
                name="arm.create_auto_postings",
            ),
        ]
