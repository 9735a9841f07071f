"""Behaviour declared, not written per endpoint (issue 28.3, a first step): reading one stored record by its key,
and listing a collection page by page.

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


@dataclass(frozen=True)
class Listing:
    """``GET`` a paged list of ``collection`` of the parent scope; paging (ARM's stored queries, AutoCollect's cursor)
    and filters (query parameters named like a field) are the API's own (``pager``); ``entity`` names ARM's query."""

    operation: str
    collection: str
    entity: str = ""


LISTS = (
    Listing("arm.list_customers", "customers"),
    Listing("arm.list_documents", "documents"),
    Listing("arm.list_ar_items", "ar_items", "arItems"),
    Listing("autocollect.list_invoices", "invoices"),
    Listing("autocollect.list_cases", "cases"),
)
#: the API's pager of a declared list: (request, collection, entity) -> the page
Pager = Callable[["Request", str, str], Response]


def operations() -> set[str]:
    """Every operation served by a declaration."""
    return {d.operation for d in (*READS, *LISTS)}


def routes(api: str, spec: Spec, state: SandboxState, pager: Pager | None = None) -> list[Route]:
    """The routes of ``api``'s declared reads and lists, at the paths their spec gives."""
    out = []
    for declaration in (*READS, *LISTS):
        declared_api, _, operation_id = declaration.operation.partition(".")
        op = spec.find(operation_id) if declared_api == api else None
        if op is None:
            continue
        if isinstance(declaration, Read):
            endpoint = _reader(api, declaration, state)
        elif pager is not None:
            endpoint = _lister(declaration, pager)
        else:
            continue
        out.append(Route(op.template, endpoint, methods=[op.method], name=declaration.operation))
    return out


def _lister(listing: Listing, pager: Pager) -> Callable[[Request], Any]:
    async def serve(request: Request) -> Response:
        return pager(request, listing.collection, listing.entity or listing.collection)

    return serve


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
