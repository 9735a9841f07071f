"""ARM's payment reservations, actions, report actions and auto postings (stateful sandbox handlers)."""

from __future__ import annotations

import base64
import uuid
from typing import TYPE_CHECKING, Any

from starlette.responses import JSONResponse, Response

from .arm_rules import envelope, rejected
from .common import int_param, json_body
from .errors import error_response
from .state import ArmClient

if TYPE_CHECKING:
    from starlette.requests import Request

    from .context import Context

Json = dict[str, Any]


class ArmPostings:
    """Mixed into the API's handler class; needs its `ctx` and the helpers below."""

    ctx: Context

    if TYPE_CHECKING:

        def client(self, request: Request) -> ArmClient: ...

    async def create_payment_reservation(self, request: Request) -> Response:
        client = self.client(request)
        body = await json_body(request)
        reservation = body.get("paymentReservation") if body else None
        if not isinstance(reservation, dict) or not reservation.get("paymentId"):
            return JSONResponse(rejected(client.client_no, "paymentReservation.paymentId is required"), 400)
        payment_id = str(reservation["paymentId"])
        if payment_id in client.payment_reservations:
            self.ctx.state.duplicates["arm.paymentId"] += 1
            return JSONResponse(rejected(client.client_no, f"paymentId {payment_id} already used"), 422)
        keys = ("arItemId", "documentNo", "documentUuid", "referenceNo", "kid", "accountNo", "customerNo")
        if not any(reservation.get(k) for k in keys):
            return JSONResponse(rejected(client.client_no, "Identify a document or a customer"), 422)
        reservation_id = str(uuid.uuid4())
        client.payment_reservations[payment_id] = {**reservation, "paymentReservationId": reservation_id}
        return JSONResponse(
            envelope(
                "PROCESSED",
                "CREATED",
                "Payment reservation created",
                client.client_no,
                [],
                paymentId=payment_id,
                paymentReservationId=reservation_id,
            ),
            status_code=201,
        )

    # ------------------------------------------------------------------------------------------ actions

    def find_ar_item(self, client: ArmClient, ref: Json) -> Json | None:
        """The AR item a posting/action refers to: arItemId, documentNo or KID (first match)."""
        if ref.get("arItemId") is not None:
            return client.ar_items.get(int_param(str(ref["arItemId"]), -1))
        for key in ("documentNo", "kid"):
            if ref.get(key):
                return next((i for i in client.ar_items.values() if i.get(key) == ref[key]), None)
        return None

    async def create_action(self, request: Request) -> Response:
        """An action on a customer, document or AR item (action types are undocumented: any is accepted)."""
        client = self.client(request)
        body = await json_body(request) or {}
        action = body.get("action") if isinstance(body.get("action"), dict) else {}
        action_type = str((action or {}).get("actionType") or "")
        if not action or not action_type:
            return JSONResponse(rejected(client.client_no, "action.actionType is required"), status_code=400)
        ids: Json = {}
        if action.get("customerNo") is not None:
            customer_no = str(action["customerNo"])
            if customer_no not in client.customers:
                return error_response("arm", 404, f"Customer {customer_no} not found")
            ids["customerNo"] = customer_no
        if action.get("documentNo") is not None or action.get("arItemId") is not None:
            item = self.find_ar_item(client, action)
            if item is None:
                return error_response("arm", 404, "Document/AR item not found")
            ids.update(documentNo=item["documentNo"], arItemId=item["arItemId"], customerNo=item["customerNo"])
            item.setdefault("actions", []).append({"actionType": action_type, **(action.get("parameters") or {})})
        return JSONResponse(
            envelope(
                "PROCESSED",
                "CREATED",
                f"Action {action_type} registered",
                client.client_no,
                [],
                actionId=str(uuid.uuid4()),
                actionType=action_type,
                **ids,
            ),
            status_code=201,
        )

    async def create_report_action(self, request: Request) -> Response:
        """Generates the report at once as an OS file (CSV of the AR items), fetchable with get_file."""
        client = self.client(request)
        body = await json_body(request) or {}
        report = body.get("report") if isinstance(body.get("report"), dict) else None
        if not report or not report.get("reportType"):
            return JSONResponse(rejected(client.client_no, "report.reportType is required"), status_code=400)
        since, until = str(report.get("fromDate") or ""), str(report.get("toDate") or "")
        if since and until and since > until:
            return JSONResponse(rejected(client.client_no, "fromDate is after toDate"), status_code=422)
        lines = ["documentNo;customerNo;documentDate;remainingAmount"]
        for item in client.ar_items.values():
            day = str(item.get("documentDate") or "")
            if (since and day and day < since) or (until and day and day > until):
                continue
            lines.append(f"{item['documentNo']};{item['customerNo']};{day};{item.get('remainingAmount', 0)}")
        file_id = str(uuid.uuid4())
        client.files[file_id] = {
            "clientNo": client.client_no,
            "fileId": file_id,
            "name": f"{report['reportType']}.csv",
            "type": "REPORT",
            "content": base64.b64encode("\n".join(lines).encode()).decode(),
        }
        return JSONResponse(
            envelope(
                "PROCESSED",
                "CREATED",
                f"Report {report['reportType']} generated",
                client.client_no,
                [],
                actionId=str(uuid.uuid4()),
                actionType=f"REPORT:{report['reportType']}",
                fileId=file_id,
            ),
            status_code=201,
        )

    def check_posting(self, client: ArmClient, posting: Json) -> tuple[str | None, Json | None]:
        """(error, AR item) for one auto posting."""
        amount = posting.get("amount")
        if not isinstance(amount, int | float) or isinstance(amount, bool) or amount <= 0:
            return "amount must be a positive number", None
        if not any(posting.get(k) for k in ("documentNo", "kid", "customerNo")):
            return "Identify the posting by documentNo, kid or customerNo", None
        item = self.find_ar_item(client, posting)
        if item is None and posting.get("customerNo"):
            wanted = str(posting["customerNo"])
            item = next(
                (i for i in client.ar_items.values() if i["customerNo"] == wanted and i.get("remainingAmount")), None
            )
        if item is None:
            return "No open AR item matches the posting", None
        if amount > float(item.get("remainingAmount") or 0):
            return f"amount {amount} exceeds the remaining amount {item.get('remainingAmount', 0)}", None
        return None, item

    async def create_auto_postings(self, request: Request) -> Response:
        """All-or-nothing: one bad posting rejects the batch (the others get BATCH-REJECTED); a ``validateOnly``
        option on any posting turns the call into a dry run."""
        client = self.client(request)
        body = await json_body(request) or {}
        postings = body.get("autoPostings")
        if not isinstance(postings, list) or not postings:
            return JSONResponse(rejected(client.client_no, "autoPostings must be a non-empty array"), status_code=400)
        validate_only = any(isinstance(p, dict) and "validateOnly" in (p.get("options") or []) for p in postings)
        checked = [self.check_posting(client, p) if isinstance(p, dict) else ("Not an object", None) for p in postings]
        # two postings on one AR item must fit together too
        totals: dict[int, float] = {}
        for posting, (error, item) in zip(postings, checked, strict=True):
            if error is None and item is not None:
                totals[item["arItemId"]] = totals.get(item["arItemId"], 0.0) + float(posting["amount"])
        over = {i for i, total in totals.items() if total > float(client.ar_items[i].get("remainingAmount") or 0)}
        results: list[Json] = []
        failed = 0
        for posting, (error, item) in zip(postings, checked, strict=True):
            if error is None and item is not None and item["arItemId"] in over:
                error = "postings exceed the remaining amount of the AR item together"
            posting_id = str(posting.get("postingId", "")) if isinstance(posting, dict) else ""
            ref: Json = {"postingId": posting_id}
            if item is not None:
                ref.update(arItemId=item["arItemId"], documentNo=item["documentNo"], customerNo=item["customerNo"])
            if error is not None:
                failed += 1
                results.append({"status": "FAILED", "result": "ERROR", "resultType": "ERROR", "message": error, **ref})
            else:
                results.append({"status": "PROCESSED", "result": "OK", "resultType": "OK", "message": "OK", **ref})
        if failed:
            for result in results:
                if result["status"] != "FAILED":
                    result.update(status="FAILED", result="REJECTED", resultType="BATCH-REJECTED")
                    result["message"] = "Rejected because another posting of the batch failed"
            body_out = rejected(client.client_no, f"{failed} of {len(postings)} posting(s) failed; batch rejected")
            return JSONResponse({**body_out, "autoPostings": results}, status_code=422)
        if validate_only:
            for result in results:
                result.update(result="VALIDATED", resultType="VALIDATED", message="Valid (validateOnly)")
            message = f"{len(postings)} posting(s) validated, nothing posted (validateOnly)"
            return JSONResponse(envelope("PROCESSED", "VALIDATED", message, client.client_no, [], autoPostings=results))
        for posting, (_error, item) in zip(postings, checked, strict=True):
            assert item is not None
            item["remainingAmount"] = float(item.get("remainingAmount") or 0) - float(posting["amount"])
            if item["remainingAmount"] <= 0:
                item["status"] = "CLOSED"
        for result in results:
            result.update(result="CREATED", resultType="POSTED", message="Posted")
        method = request.path_params["autopostingmethod"]
        message = f"{len(postings)} posting(s) posted ({method})"
        return JSONResponse(
            envelope("PROCESSED", "CREATED", message, client.client_no, [], autoPostings=results), status_code=201
        )
