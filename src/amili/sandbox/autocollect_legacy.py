"""AutoCollect's legacy `/webapi/api/...` generation: batches, results and attachments over the same state."""

from __future__ import annotations

import base64
import uuid
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response

from .common import json_body
from .errors import error_response
from .state import AcBatch

if TYPE_CHECKING:
    from starlette.requests import Request

    from .context import Context

Json = dict[str, Any]
#: legacy status code per batch status (undocumented; 0 = OK as in the examples)
LEGACY_STATUS_CODES = {"SUCCESS": 0, "QUEUED": 1, "PARTIAL": 2, "FAILED": 3}


class LegacyWebApi:
    """Mixed into the API's handler class; needs its `ctx` and the helpers below."""

    ctx: Context

    if TYPE_CHECKING:

        def cursor_page(self, *args: Any, **kwargs: Any) -> Response: ...

        @staticmethod
        def filtered(items: list[Json], request: Request, mapping: dict[str, str]) -> list[Json]: ...

    def legacy_batch(self, batch: AcBatch) -> Json:
        """``GET /batches`` (older Collection API) shows a batch with a legacy status object."""
        body = batch.to_json()
        errors = [
            {"objectname": "invoice", "objectindex": int(f.get("index", 0)), "message": str(f.get("message", ""))}
            for f in batch.failed
        ]
        body["state"] = batch.status
        body["status"] = {"statuscode": LEGACY_STATUS_CODES[batch.status], "errors": errors, "responses": []}
        body["succeeded"] = [{"$type": "invoiceSuccess", **s} for s in batch.succeeded]
        body["failed"] = [{"message": str(f.get("message", ""))} for f in batch.failed]
        return body

    async def list_all_batches(self, request: Request) -> Response:
        items = [self.legacy_batch(b) for o in self.ctx.state.organizations.values() for b in o.batches.values()]
        items = self.filtered(items, request, {"State": "state", "Type": "type"})
        return self.cursor_page(request, items, bad_token_status=None)

    # ------------------------------------------------------------------------------------------ legacy /webapi

    @staticmethod
    def legacy_result(batch_id: str, responses: list[Json], errors: list[Json] | None = None) -> Json:
        code = 1 if errors else 0
        return {"batchid": batch_id, "status": {"statuscode": code, "errors": errors or [], "responses": responses}}

    async def legacy_post_batch(self, request: Request) -> Response:
        sender = request.query_params.get("senderid", "")
        body = await json_body(request)
        if body is None:
            return error_response("autocollect", 400, "Body must be a LegacyBatchDto object")
        batch_id = str(body.get("batchid") or uuid.uuid4())
        stored = {**body, "batchid": batch_id}
        self.ctx.state.legacy_batches.setdefault(sender, []).append(stored)
        responses = [
            {
                "objectname": name,
                "objectindex": index,
                "ledgerref": str(obj.get("ledgerref", "")) if isinstance(obj, dict) else "",
                "status_statuscode": "0",
            }
            for name in ("creditor", "case", "settlement")
            for index, obj in enumerate(body.get(name) or [])
        ]
        return JSONResponse(self.legacy_result(batch_id, responses))

    async def legacy_get_batch(self, request: Request) -> Response:
        """Everything posted for ``senderid``, filtered like the legacy API (creditor, customer, ledger ref)."""
        q = request.query_params
        sender = q.get("senderid", "")
        include_closed = q.get("includeclosed", "false").lower() == "true"
        out: Json = {"batchid": str(uuid.uuid5(uuid.NAMESPACE_URL, sender)), "offline": False}
        for name in ("creditor", "case", "settlement"):
            rows: list[Json] = []
            for posted in self.ctx.state.legacy_batches.get(sender, []):
                rows += [r for r in posted.get(name) or [] if isinstance(r, dict)]
            if q.get("creditorid") and name != "creditor":
                rows = [r for r in rows if str(r.get("creditorid", q["creditorid"])) == q["creditorid"]]
            if q.get("creditorid") and name == "creditor":
                rows = [r for r in rows if str(r.get("idnumber", "")) == q["creditorid"]]
            for param in ("customerref", "ledgerref"):
                if q.get(param) and name != "creditor":
                    rows = [r for r in rows if str(r.get(param, "")) == q[param]]
            if name == "case" and not include_closed:
                rows = [r for r in rows if not r.get("closuredate")]
            out[name] = rows
        return JSONResponse(out)

    async def legacy_attachment(self, request: Request) -> Response:
        body = await json_body(request)
        if body is None or not body.get("data"):
            return error_response("autocollect", 400, "Body must be a LegacyAttachment with data")
        try:
            base64.b64decode(str(body["data"]), validate=True)
        except ValueError:
            return error_response("autocollect", 400, "data must be base64")
        attachment_id = str(uuid.uuid4())
        self.ctx.state.legacy_attachments.append(
            {**body, "senderid": request.query_params.get("senderid", ""), "id": attachment_id}
        )
        response = {
            "objectname": "attachment",
            "objectindex": 0,
            "ledgerref": str(body.get("ledgerref", "")),
            "status_statuscode": "0",
        }
        return JSONResponse(self.legacy_result(attachment_id, [response]))
