"""Submitting batches: validate items against the spec, wrap them as the API family wants, send, return handles."""

from __future__ import annotations

import math
import uuid
from collections import Counter
from collections.abc import AsyncIterable, Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._models import build_model
from .._models import field as _get
from .._validation import ValidatedBody, item_schema, validate
from ..errors import NotFoundError, RequestValidationError, ResponseValidationError
from ..journal import JournalStore
from .binding import find_operation
from .signatures import SubmitBatch, SubmitMany
from .styles import BatchStyle, style_for
from .types import BatchHandle, Progress, SettlePolicy

if TYPE_CHECKING:
    from ..operations import Operation, OperationMeta
    from ..telemetry import Tracing
    from .bulk import BulkRun
    from .poller import BatchPoller

__all__ = ["DEFAULT_CHUNK_SIZE", "BatchSubmitter", "SubmitBatch", "SubmitMany"]

_UNFINISHED = frozenset({"QUEUED", "PROCESSING", "PENDING"})
"""Batch statuses whose result lists are not there yet."""

DEFAULT_CHUNK_SIZE = 500
"""Amili does not document a batch size limit; 500 keeps bodies well under typical gateway limits (~1 MB)."""


class BatchSubmitter:
    """`amili.arm.documents.submit_batch(...)`, `amili.autocollect.invoices.submit(...)` and friends.

    Everything it knows about the endpoint comes from the write's `x-amili-batch` (items property, natural key,
    id field, poll / lookup / find_batch operations, style, idempotent)."""

    def __init__(self, api: Any, write: Operation[Any, Any], poller: Callable[[], BatchPoller]) -> None:
        meta = write.meta
        if meta.batch is None:
            raise ValueError(f"{meta.qualname} has no x-amili-batch")
        self._namespace = api
        self._write = write
        self._poller = poller
        self.meta: OperationMeta = meta
        self.style: BatchStyle = style_for(meta.batch, meta.qualname)
        self.items_field = meta.batch["items"]
        self.key_field = meta.batch.get("key")
        self.id_field = meta.batch["id_field"]
        self.scope_param = meta.path_params[0]
        self.lookup = meta.batch.get("lookup")
        self.find_batch_operation = meta.batch.get("find_batch")
        self.idempotent = meta.batch.get("idempotent") is True
        """Sending the same items again leaves the same state (upsert / full update): resend after unknown fate."""

    def __repr__(self) -> str:
        return f"<BatchSubmitter {self.meta.qualname}>"

    @property
    def telemetry(self) -> Tracing | None:
        """The client's OpenTelemetry (`amili.telemetry`), None when off."""
        return self._write._context.telemetry

    @property
    def poller(self) -> BatchPoller:
        return self._poller()

    def run_name(self, scope: Any) -> str:
        return f"{self.meta.api}.{self.meta.name}:{scope}"

    # -- items ------------------------------------------------------------------------------------------------------

    def validate(self, item: Any) -> dict[str, Any]:
        """The item as JSON, or `RequestValidationError` naming the field, without touching the network."""
        data = item.to_dict() if hasattr(item, "to_dict") else item
        if not isinstance(data, Mapping):
            raise RequestValidationError(f"{self.meta.qualname}: an item must be a mapping or a model", field=None)
        schema = item_schema(self.meta, self.items_field)
        if schema is not None:
            # The spec's item schema: unknown keys (dicts only), types, NaN/±inf; `.field` is the dotted path. It
            # refuses everything the body model would (tests/batches/test_schema_covers_models.py): no model built.
            data = validate(self.meta.schemas or {}, schema, data, operation="", strict=isinstance(item, Mapping))
        else:
            build_model(self.meta.body_type, self.envelope([dict(data)], user_id="validation"))
        # The natural key maps outcomes back to items and finds them again after a crash: required for every API.
        if self.key_field and not data.get(self.key_field):
            raise RequestValidationError(f"missing required field {self.key_field!r}", field=self.key_field)
        return dict(data)

    def build_body(self, items: list[dict[str, Any]], user_id: str | None) -> Any:
        """The request body for a whole chunk of mappings when every item is valid, else None.

        The whole body is checked once against the operation's body schema (which refuses everything the body
        model would: tests/batches/test_schema_covers_models.py) and sent as that JSON, marked so the request path
        does not check it again; no model is built. On any problem the caller validates item by item to name the
        invalid ones. `items` become part of the body: the caller passes its own copies.
        """
        key = self.key_field
        if key and not all(item.get(key) for item in items):
            return None
        envelope = self.envelope(items, user_id)
        meta = self.meta
        try:
            if meta.body_schema is not None and item_schema(meta, self.items_field) is not None:
                checked = validate(meta.schemas or {}, {"$ref": meta.body_schema}, envelope, operation="")
                return ValidatedBody(checked if type(checked) is dict else dict(checked), meta.body_schema)
            meta.body_type.from_dict(envelope)  # no schema to decide: the model does
        except (KeyError, TypeError, ValueError, AttributeError):  # RequestValidationError is a ValueError
            return None
        return _Validated(envelope)

    def envelope(self, items: list[dict[str, Any]], user_id: str | None) -> dict[str, Any]:
        return self.style.envelope(self.items_field, items, user_id)

    def key_of(self, item: Mapping[str, Any]) -> str | None:
        if not self.key_field:
            return None
        value = item.get(self.key_field)
        return None if value is None else str(value)

    # -- sending ----------------------------------------------------------------------------------------------------

    async def __call__(
        self,
        scope: int | str,
        items: Sequence[Any],
        *,
        idempotency_key: str | None = None,
        user_id: str | None = None,
        offset: int = 0,
    ) -> BatchHandle:
        """Submit one batch (items validated first; any invalid item refuses the whole call, naming it)."""
        payload = []
        for i, item in enumerate(items):
            try:
                payload.append(self.validate(item))
            except RequestValidationError as exc:
                raise RequestValidationError(f"{self.meta.qualname}: item {i}: {exc}", field=exc.field) from None
        if not payload:
            raise RequestValidationError(f"{self.meta.qualname}: no items to submit", field=self.items_field)
        return await self.send(scope, payload, idempotency_key=idempotency_key, user_id=user_id, offset=offset)

    async def send(
        self,
        scope: int | str,
        payload: list[dict[str, Any]],
        *,
        idempotency_key: str | None,
        user_id: str | None,
        offset: int,
        body: Any = None,
    ) -> BatchHandle:
        """POST validated items (or a prebuilt `body` for them) as one batch; the handle is bound to the poller."""
        kwargs: dict[str, Any] = {
            self.scope_param: scope,
            # `payload` is validated already: sent as JSON as it is, not rebuilt as a model and dumped again.
            self.meta.body_param or "body": body if body is not None else _Validated(self.envelope(payload, user_id)),
        }
        if self.meta.idempotency_param:
            idempotency_key = idempotency_key or str(uuid.uuid4())
            kwargs[self.meta.idempotency_param] = idempotency_key
        else:
            idempotency_key = None
        raw = await self._write.raw(**kwargs)
        batch_id = _find_id(raw.parsed, self.id_field)
        if not batch_id:
            raise ResponseValidationError(
                f"{self.meta.qualname}: accepted but no {self.id_field} in the answer",
                status_code=raw.status_code,
                request_id=raw.request_id,
                body=None,
                operation=self.meta.qualname,
            )
        return self.handle_for(scope, batch_id, payload, idempotency_key=idempotency_key, offset=offset)

    def handle_for(
        self,
        scope: int | str,
        batch_id: str,
        payload: list[dict[str, Any]],
        *,
        idempotency_key: str | None,
        offset: int = 0,
    ) -> BatchHandle:
        return BatchHandle(
            api=self.meta.api,
            operation=self.meta.name,
            scope=str(scope),
            batch_id=batch_id,
            idempotency_key=idempotency_key,
            item_count=len(payload),
            keys=tuple(self.key_of(p) for p in payload),
            offset=offset,
            poller=self.poller,
        )

    def submit_many(
        self,
        scope: int | str,
        items: Iterable[Any] | AsyncIterable[Any],
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        concurrency: int = 4,
        journal: str | Path | JournalStore | None = None,
        run_name: str | None = None,
        wait_timeout: float | None = 3600.0,
        lock_timeout: float = 0.0,
        user_id: str | None = None,
        on_progress: Callable[[Progress], None] | None = None,
        settle: SettlePolicy | None = None,
        resend_on_absence: bool = False,
        resolve_only: bool = False,
    ) -> BulkRun:
        """Chunk, submit with bounded concurrency, poll, and stream each item's outcome (see `BulkRun`).

        `journal` is a `JournalStore`, a store URL (`sqlite:///jobs.db`, `postgresql://…`, `memory://`) or a SQLite
        file path; without it, a named run (`run_name`) is journalled in the client's shared state (`state=` /
        `AMILI_STATE_URL`), if any. `wait_timeout` bounds the wait for each batch after it was accepted;
        `lock_timeout` is how long to wait for another process that holds the same journal run (0: raise
        `JournalLockedError` at once).

        After a submission whose fate is unknown, items that can be looked up (ARM documents) are looked for
        during `settle` (`SettlePolicy()`: up to 60 s, backing off); an item still absent then is `UNKNOWN_FATE`
        and is not sent again, unless `resend_on_absence=True` (only when an absent item cannot be still queued,
        e.g. Amili processes batches at once).

        `resolve_only=True` (needs a journal) settles a journalled run without starting anything new: a chunk the
        journal never began raises `JournalMismatchError` before anything is sent for it."""
        from ..journal import open_journal
        from .bulk import BulkRun

        if chunk_size < 1:
            raise RequestValidationError("chunk_size must be >= 1", field="chunk_size")
        if concurrency < 1:
            raise RequestValidationError("concurrency must be >= 1", field="concurrency")
        if not lock_timeout >= 0 or lock_timeout == math.inf:  # NaN and inf are refused too
            raise RequestValidationError("lock_timeout must be a finite number >= 0", field="lock_timeout")
        if wait_timeout is not None and not 0 < wait_timeout < math.inf:
            raise RequestValidationError("wait_timeout must be a finite number > 0 (or None)", field="wait_timeout")
        # A journal built here from a path or URL is the run's to close; one the caller lent stays open (several
        # runs, e.g. two shards in one worker, may share it), and so does the client's (its `state=`), used for a
        # named run without `journal=`.
        owns_journal = isinstance(journal, str | Path)
        if isinstance(journal, str | Path):
            journal = open_journal(journal)
        elif journal is None and run_name is not None:
            journal = self.poller.journal
        if resolve_only and journal is None:
            raise RequestValidationError("resolve_only settles a journalled run: pass journal=", field="journal")
        return BulkRun(
            self,
            scope,
            items,
            chunk_size=chunk_size,
            concurrency=concurrency,
            journal=journal,
            owns_journal=owns_journal,
            run=run_name or self.run_name(scope),
            wait_timeout=wait_timeout,
            lock_timeout=lock_timeout,
            user_id=user_id,
            on_progress=on_progress,
            settle=settle or SettlePolicy(),
            resend_on_absence=resend_on_absence,
            resolve_only=resolve_only,
        )

    # -- finding out what Amili holds (reconciliation) --------------------------------------------------------------

    async def find_batch(
        self, scope: int | str, key: str, keys: Sequence[str | None] = (), *, pending: list[str] | None = None
    ) -> str | None:
        """The batch a request with idempotency key `key` created, via the spec's `find_batch` operation.

        Only a batch that names this request counts: it echoes `key` (`idempotencyKey`), or, when the server does
        not echo keys, its result entries list exactly the natural `keys` of the items sent. A server that ignored
        the filter and answered other batches proves nothing (None: the caller resends under the same key).
        `pending` collects unfinished batches that might be this request's (no echo, results not out yet)."""
        if not self.find_batch_operation or not key:
            return None
        operation = find_operation(self._namespace, self.find_batch_operation)
        if operation is None:
            return None
        query = self.meta.idempotency_param or "idempotency_key"
        raw = await operation.raw(**{operation.meta.path_params[0]: scope, query: key})
        page = raw.http_response.json()
        batches = page.get("data") if isinstance(page, dict) else None
        for batch in batches if isinstance(batches, list) else []:
            if not isinstance(batch, dict) or not batch.get("batchId"):
                continue
            echoed = batch.get("idempotencyKey", batch.get("IdempotencyKey"))
            if echoed is not None:
                if str(echoed) == key:
                    return str(batch["batchId"])
                continue
            if self._lists_exactly(batch, keys):
                return str(batch["batchId"])
            if pending is not None and str(batch.get("status") or "").upper() in _UNFINISHED:
                pending.append(str(batch["batchId"]))  # cannot tell yet: its results will say whose it is
        return None

    def _lists_exactly(self, batch: Mapping[str, Any], keys: Sequence[str | None]) -> bool:
        """Whether a finished batch's result entries name exactly the items sent (by natural key)."""
        wanted = Counter(k for k in keys if k is not None)
        if not wanted or len(wanted) != sum(wanted.values()) or not self.key_field:
            return False
        listed: Counter[str] = Counter()
        for bucket in ("succeeded", "failed"):
            for entry in batch.get(bucket) or []:
                value = entry.get(self.key_field) if isinstance(entry, Mapping) else None
                if value is None:
                    return False
                listed[str(value)] += 1
        return listed == wanted

    async def look_up(self, scope: int | str, key: str | None) -> dict[str, Any] | None:
        """The item stored under `key` as the server returns it (JSON), or None if it does not exist."""
        if not self.lookup or key is None:
            return None
        operation = find_operation(self._namespace, self.lookup)
        if operation is None:
            return None
        try:
            raw = await operation.raw(**{self.scope_param: scope, operation.meta.path_params[-1]: key})
        except NotFoundError:
            return None
        data = raw.http_response.json()
        return data if isinstance(data, dict) else {}


class _Validated:
    """A request body already validated against the spec: the generated request builder takes its `to_dict()`."""

    __slots__ = ("_json",)

    def __init__(self, json: dict[str, Any]) -> None:
        self._json = json

    def to_dict(self) -> dict[str, Any]:
        return self._json


def _find_id(parsed: Any, id_field: str) -> str | None:
    snake = "".join("_" + c.lower() if c.isupper() else c for c in id_field)
    for obj in (parsed, _get(parsed, "data")):
        if obj is None:
            continue
        value = _get(obj, snake, id_field)
        if value:
            return str(value)
    return None
