"""Example service: accepts invoices over HTTP, submits them to AutoCollect, records outcomes and webhooks.

    AMILI_ENVIRONMENT=sandbox AMILI_ORGANIZATION_ID=$(python -c 'import uuid; print(uuid.uuid4())') \
        uvicorn --factory app:create_app          # from examples/fastapi_app/

Against the embedded sandbox (AMILI_ENVIRONMENT=sandbox) the sandbox delivers its webhooks to this app in-process,
signed with the app's secret; against Amili, register `https://<host>/amili/webhooks` with Amili and set
AMILI_WEBHOOK_SECRET.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import uuid
from collections.abc import AsyncIterator, Callable
from typing import Any

from amili_autocollect.models.batch_completed_event import BatchCompletedEvent
from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel, ConfigDict

from amili import AmiliClient
from amili.fastapi import AmiliDep, amili_lifespan, webhook_router
from amili.webhooks import IncomingWebhook


class Invoice(BaseModel):
    """An AutoCollect invoice (`CreateInvoices` item); fields beyond these pass through unchanged."""

    model_config = ConfigDict(extra="allow")

    invoiceNumber: str
    type: str = "NOTICE"
    originalInvoiceAmount: float | None = None
    currency: str = "NOK"


class Records:
    """What the service remembers (in memory here; a database in a real service)."""

    def __init__(self) -> None:
        self.runs: dict[str, dict[str, Any]] = {}
        self.webhooks: list[dict[str, Any]] = []


def create_app(
    factory: Callable[[], AmiliClient] = AmiliClient.from_env,
    *,
    organization_id: str | None = None,
    webhook_secret: str | None = None,
) -> FastAPI:
    org_default = organization_id or os.environ.get("AMILI_ORGANIZATION_ID")
    secret = webhook_secret or os.environ.get("AMILI_WEBHOOK_SECRET") or secrets.token_hex(32)
    records = Records()

    @contextlib.asynccontextmanager
    async def sandbox_webhooks(app: FastAPI) -> AsyncIterator[None]:
        """Against the embedded sandbox, have it deliver its webhooks to this app (in-process, signed)."""
        amili: AmiliClient = app.state.amili
        if amili.simulator is not None:
            from amili.sandbox.webhooks import asgi_callback

            amili.simulator.register_webhook(callback=asgi_callback(app), secret=secret)
        yield

    app = FastAPI(title="invoice intake", lifespan=amili_lifespan(factory, inner=sandbox_webhooks))
    app.state.records = records
    webhooks = webhook_router(secret=secret)

    @webhooks.on("BATCH_COMPLETED")
    async def batch_completed(webhook: IncomingWebhook[BatchCompletedEvent]) -> None:
        data = webhook.event.data
        records.webhooks.append(
            {
                "type": webhook.type,
                "batchId": str(data.batch_id),
                "status": str(data.status),
                "key": webhook.idempotency_key,
            }
        )

    app.include_router(webhooks)

    @app.post("/invoices")
    async def submit_invoices(
        invoices: list[Invoice],
        amili: AmiliDep,
        organization_id: str | None = Query(default=None),
        chunk_size: int = Query(default=500, ge=1, le=500),
    ) -> dict[str, Any]:
        """Submit the invoices (chunked batches), wait for Amili to process them, answer each invoice's outcome."""
        org = organization_id or org_default
        if not org:
            raise HTTPException(400, "organization_id is required (query or AMILI_ORGANIZATION_ID)")
        items = [invoice.model_dump(exclude_none=True) for invoice in invoices]
        run_id = str(uuid.uuid4())
        async with amili.autocollect.invoices.submit_many(org, items, chunk_size=chunk_size) as run:
            outcomes = sorted([o async for o in run], key=lambda o: o.index)
        result = {
            "runId": run_id,
            "organizationId": org,
            "batches": [h.batch_id for h in run.handles],
            "summary": {
                "submitted": run.summary.submitted,
                "succeeded": run.summary.succeeded,
                "failed": run.summary.failed,
            },
            "outcomes": [o.to_dict() for o in outcomes],
        }
        records.runs[run_id] = result
        return result

    @app.get("/runs/{run_id}")
    async def get_run(run_id: str) -> dict[str, Any]:
        if run_id not in records.runs:
            raise HTTPException(404, "no such run")
        return records.runs[run_id]

    @app.get("/webhooks")
    async def list_webhooks() -> list[dict[str, Any]]:
        return records.webhooks

    @app.get("/health")
    async def health(amili: AmiliDep) -> dict[str, str]:
        return {"status": "ok", "environment": amili.environment}

    return app
