"""Issue 28.4: request records equal what the wire carries (no in-process-only header)."""

from __future__ import annotations

import anyio
import httpx

from amili.sandbox import Sandbox


def test_records_hold_no_in_process_header(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    creds = sandbox.credentials
    form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}

    async def in_process() -> None:
        async with sandbox.client() as http:
            await http.post("/identity/token", data=form)

    anyio.run(in_process)
    inprocess = sandbox.requests[-1]
    with sandbox.run_in_thread() as root, httpx.Client(base_url=root, timeout=10) as wire:
        wire.post("/identity/token", data=form)
    served = sandbox.requests[-1]
    assert "x-sandbox-transport" not in inprocess.headers
    assert set(inprocess.headers) - {"host"} <= set(served.headers)
    assert inprocess.response_headers.keys() == served.response_headers.keys() - {"date", "server"}
