"""Bulk work on Amili's asynchronous batch endpoints: submit, poll, chunk, resume.

* ARM `/customers/batches`, `/documents/batches` → `batchUuid`; `GET /clients/{clientno}/batches/{uuid}` answers
  202 while processing, 200 when done, 206 when some items failed.
* AutoCollect invoices, payments, corrections → 202 + `batchId`; `GET /orgs/{org}/batches/{id}` carries
  `status` QUEUED → SUCCESS | PARTIAL | FAILED with `succeeded[]` / `failed[]`.

Both are driven by the `x-amili-batch` extension of the write operation in the spec (style, poll operation, id
field, items property, natural key, lookup / find_batch operations, idempotent), so there is no code per endpoint
here, only one *style* per API family (`styles/`).

Modules: `types` (values), `poller` (waiting), `styles` (per family), `submitter` (one batch), `bulk` (`submit_many`),
`recovery` (unknown fate), `binding` (attaching helpers to the generated namespaces).
"""

from __future__ import annotations

from ..errors import BatchTimeoutError, JournalMismatchError
from .bulk import BulkRun
from .poller import BatchPoller
from .submitter import DEFAULT_CHUNK_SIZE, BatchSubmitter, SubmitBatch, SubmitMany
from .types import (
    BatchHandle,
    BatchResult,
    BatchState,
    BulkSummary,
    ItemOutcome,
    OutcomeStatus,
    Progress,
    SettlePolicy,
)

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "BatchHandle",
    "BatchPoller",
    "BatchResult",
    "BatchState",
    "BatchSubmitter",
    "BatchTimeoutError",
    "BulkRun",
    "BulkSummary",
    "ItemOutcome",
    "JournalMismatchError",
    "OutcomeStatus",
    "Progress",
    "SettlePolicy",
    "SubmitBatch",
    "SubmitMany",
]
