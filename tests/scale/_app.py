"""The FastAPI app the scale tests run under uvicorn (several workers / several processes).

Configured by environment: AMILI_WEBHOOK_SECRET, AMILI_STATE_URL (the shared store), SCALE_HANDLED_LOG (every handler
run appends "<event id> <pid>" to it: duplicates would show), SCALE_HANDLER_DELAY (max seconds a handler takes, so
deliveries overlap).
"""

from __future__ import annotations

import os
import random
from typing import Any

import anyio
from fastapi import FastAPI

from amili.fastapi import webhook_router
from amili.webhooks import IncomingWebhook

app = FastAPI()
router = webhook_router(retry_after=1)
LOG = os.environ["SCALE_HANDLED_LOG"]
DELAY = float(os.environ.get("SCALE_HANDLER_DELAY", "0"))


@router.on("*")
async def handle(webhook: IncomingWebhook[Any]) -> None:
    await anyio.sleep(random.random() * DELAY)
    line = f"{webhook.payload.get('id')} {os.getpid()}\n".encode()
    fd = os.open(LOG, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)  # one small O_APPEND write: lines from concurrent processes never interleave
    finally:
        os.close(fd)


@app.get("/health")
async def health() -> dict[str, int]:
    return {"pid": os.getpid()}


app.include_router(router)
