"""Behaviour declared, not written per endpoint (issue 28.3, a first step): reading one stored record by its key.

Each ``Read`` names an operation, the parent scope its first path parameter selects (an ARM client, an AutoCollect
organization), the collection of that parent and the path parameter holding the record's key; one engine serves them
all — the record (under ``data`` where the API wraps single records in its envelope) or the API's 404. The route
comes from the operation's own path in the spec, so a declaration is all an operation of this kind needs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .common import int_param
from .errors import error_response

if TYPE_CHECKING:
    from starlette.requests import Request

    from .state import SandboxState
    from .validation import Spec

Json = dict[str, Any]


def _arm_client(state: SandboxState, value: str) -> Any:
    client_no = int_param(value, 0)
    if client_no <= 0:  # a client number that cannot exist: no access (403, which every ARM operation documents)
        raise HTTPException(403, f"No access to client {value}")
    return state.arm_clients.get(client_no)


#: api -> (path parameter of the parent scope, how the parent is found in the state)
SCOPES: dict[str, tuple[str, Callable[[SandboxState, str], Any]]] = {
    "arm": ("clientno", _arm_client),
    "autocollect": ("organizationId", lambda state, value: state.organizations.get(value)),
}


@dataclass(frozen=True)
class Read:
    """``GET`` one record: ``operation`` (``<api>.<operationId>``) reads ``collection`` of its parent by the path
    parameter ``key``; ``label`` names it in a 404; ``envelope`` wraps it (AutoCollect's ``summary``/``data``)."""

    operation: str
    collection: str
    key: str
    label: str
    integer_key: bool = False
    envelope: bool = False


READS = (
    Read("arm.get_customer", "customers", "customerno", "Customer"),
    Read("arm.get_document", "documents", "documentno", "Document"),
    Read("arm.get_ar_item", "ar_items", "aritemid", "AR item", integer_key=True),
    Read("arm.get_file", "files", "fileid", "File"),
    Read("autocollect.get_invoice", "invoices", "invoiceId", "Invoice", envelope=True),
    Read("autocollect.get_settlement", "settlements", "settlementId", "Settlement", envelope=True),
)


def routes(api: str, spec: Spec, state: SandboxState, reads: tuple[Read, ...] = READS) -> list[Route]:
    """The routes of ``api``'s declared reads, at the paths their spec gives."""
    out = []
    for read in reads:
        read_api, _, operation_id = read.operation.partition(".")
        op = spec.find(operation_id) if read_api == api else None
        if op is not None:
            out.append(Route(op.template, _reader(api, read, state), methods=[op.method], name=read.operation))
    return out


def _reader(api: str, read: Read, state: SandboxState) -> Callable[[Request], Any]:
    scope_param, find_parent = SCOPES[api]

    async def serve(request: Request) -> Response:
        parent = find_parent(state, str(request.path_params[scope_param]))
        raw = str(request.path_params[read.key])
        key: Any = int_param(raw, -1) if read.integer_key else raw
        record = getattr(parent, read.collection).get(key) if parent is not None else None
        if record is None:
            return error_response(api, 404, f"{read.label} {raw} not found")
        return JSONResponse({"summary": {"status": "SUCCESS"}, "data": record} if read.envelope else record)

    return serve
