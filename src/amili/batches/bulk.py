"""`submit_many`: chunk, submit with bounded concurrency, poll, stream every item's outcome exactly once.

With a journal every chunk is recorded before each step (`submitting` → `submitted` → `done`), the run holds the
journal's lease for its whole life (heartbeat), and a rerun replays, resumes or reconciles (see `recovery`).
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterable, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

import anyio
import attrs
from anyio.abc import TaskGroup
from anyio.streams.memory import MemoryObjectReceiveStream, MemoryObjectSendStream

from .._overload import OVERLOAD_LISTENER
from ..errors import (
    APIConnectionError,
    BadRequestError,
    InternalServerError,
    JournalCorruptError,
    JournalMismatchError,
    RateLimitError,
    RequestValidationError,
    UnprocessableEntityError,
)
from ..journal.protocol import ChunkRecord, ChunkState, JournalStore
from .chunks import Chunk, ChunkConcurrency, _chunk_hash, _unwrap
from .lease import RunLease
from .recovery import Reconciler
from .types import BatchHandle, BulkSummary, ItemOutcome, OutcomeStatus, Progress, SettlePolicy

if TYPE_CHECKING:
    from .submitter import BatchSubmitter

__all__ = ["BulkRun", "Chunk"]

_UNKNOWN_FATE_ATTEMPTS = 4
"""Submissions of one chunk whose fate stayed unknown (connection lost / 5xx after send) before giving up."""
_OVERLOAD_RESENDS = 30
"""Submissions of one chunk answered 429 (after the retry engine's own retries) before the run gives up on it."""

_MAX_REASONS = 1_000
"""Distinct failure reasons counted by name in `BulkSummary.by_reason`; further ones are counted together."""
_OTHER_REASONS = "(other reasons)"


class BulkRun:
    """`async with submitter.submit_many(...) as run: async for outcome in run: ...` then `run.summary`.

    Outcomes stream as batches finish (not in input order); every input item gets exactly one. With a journal,
    a rerun after a crash replays finished chunks from the journal, reconciles chunks whose fate is unknown and
    submits only what was never accepted.

    Leaving the `async with` block before every outcome was read (a `break`, an exception) stops the run: chunks
    not yet submitted are never sent, a submission already in flight completes and is journalled, and no more
    polls are made. `run.handles` lists the batches that were accepted; a rerun with the journal picks them up.
    """

    def __init__(
        self,
        submitter: BatchSubmitter,
        scope: int | str,
        items: Iterable[Any] | AsyncIterable[Any],
        *,
        chunk_size: int,
        concurrency: int,
        journal: JournalStore | None,
        owns_journal: bool = False,
        run: str,
        wait_timeout: float | None,
        lock_timeout: float = 0.0,
        user_id: str | None,
        on_progress: Callable[[Progress], None] | None,
        settle: SettlePolicy | None = None,
        resend_on_absence: bool = False,
        resolve_only: bool = False,
    ) -> None:
        self._submitter = submitter
        self._scope = scope
        # -- telemetry hooks: a span for the run, one per chunk, journal operations timed (None when off) --
        self._tel = tel = submitter.telemetry
        self._tel_run: Any = None
        if tel is not None:
            self._tel_run = tel.batch_run(submitter.meta.qualname, run, chunk_size, journal is not None)
            if journal is not None:
                journal = tel.timed_journal(journal)
        self._items = items
        self._chunk_size = chunk_size
        self._journal = journal
        self._owns_journal = owns_journal
        self._run = run
        self._wait_timeout = wait_timeout
        self._user_id = user_id
        self._on_progress = on_progress
        self._reconciler = Reconciler(submitter, scope, settle=settle, resend_on_absence=resend_on_absence)
        self._resolve_only = resolve_only
        self._lease = RunLease(journal, run, lock_timeout) if journal is not None else None
        self._owner = self._lease.owner if self._lease is not None else ""
        self._submit_limiter = anyio.CapacityLimiter(concurrency)
        self.concurrency = ChunkConcurrency(self._submit_limiter, concurrency)
        self._window = anyio.Semaphore(concurrency * 4)
        self.summary = BulkSummary()
        self.progress = Progress()
        self.handles: list[BatchHandle] = []
        """The accepted batches; once a batch's outcomes are out its handle drops the per-item keys (O(1) memory)."""
        self._send: MemoryObjectSendStream[list[ItemOutcome]] | None = None
        self._receive: MemoryObjectReceiveStream[list[ItemOutcome]] | None = None
        self._pending: deque[ItemOutcome] = deque()
        self._buffer = concurrency * 4
        self._tg: TaskGroup | None = None
        self._exhausted = False

    async def __aenter__(self) -> BulkRun:
        if self._lease is not None:
            try:
                await self._lease.take()
            except BaseException as first:
                await self._give_back(first)  # a journal built here is closed, a lease possibly taken released
                raise
        # Outcomes travel a chunk at a time (one stream operation per chunk, not per item).
        self._send, self._receive = anyio.create_memory_object_stream[list[ItemOutcome]](self._buffer)
        self._tg = anyio.create_task_group()
        await self._tg.__aenter__()
        self._tg.start_soon(self._drive)
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> bool | None:
        assert self._tg is not None
        assert self._receive is not None
        # Every outcome read, or the caller left early (break / exception): then nothing more is sent or polled.
        if exc is not None or not self._exhausted:
            self._tg.cancel_scope.cancel()
        try:
            outcome = await self._tg.__aexit__(exc_type, exc, tb)
        except BaseExceptionGroup as group:
            # A failing chunk (JournalMismatchError, an API error after retries, BatchTimeoutError...) reaches the
            # caller as itself, not wrapped in the task groups' exception groups.
            error = _unwrap(group)
            await self._finish(error)
            raise error from None
        except BaseException as error:
            await self._finish(error)
            raise
        await self._finish(exc)  # the caller's own exception, if any, stays the one raised
        return outcome

    async def _finish(self, first: BaseException | None) -> None:
        """Every exit path: close the outcome stream, give the journal back; `first` stays the error raised."""
        assert self._receive is not None
        self._receive.close()
        try:
            await self._give_back(first)
        finally:
            if self._tel_run is not None:  # telemetry hook
                self._tel_run.finish(self.summary, first)

    async def _give_back(self, first: BaseException | None) -> None:
        """Release the lease and close a journal this run built, whatever happened before and whatever fails here.

        The first error wins: one met here is raised only when nothing failed before (else it becomes a note on
        the first)."""
        journal, lease = self._journal, self._lease
        if journal is None or lease is None:
            return
        problems: list[Exception] = []
        with anyio.CancelScope(shield=True):
            if (problem := await lease.release()) is not None:
                problems.append(problem)
            if self._owns_journal:
                self._owns_journal = False  # closed once, whichever exit path comes first
                try:
                    await journal.aclose()
                except Exception as exc:
                    problems.append(exc)
        if not problems:
            return
        if first is None:
            raise problems[0]
        if isinstance(first, Exception):
            for problem in problems:
                first.add_note(f"then giving the journal back failed too: {problem}")

    def __aiter__(self) -> BulkRun:
        assert self._receive is not None, "use `async with ... as run` before iterating"
        return self

    async def __anext__(self) -> ItemOutcome:
        assert self._receive is not None, "use `async with ... as run` before iterating"
        while not self._pending:
            try:
                self._pending.extend(await self._receive.receive())
            except anyio.EndOfStream:
                self._exhausted = True
                raise StopAsyncIteration from None
        return self._pending.popleft()

    async def collect(self) -> list[ItemOutcome]:
        return [o async for o in self]

    # -- progress and outcomes --------------------------------------------------------------------------------------

    def _emit_progress(self) -> None:
        s = self.summary
        progress = Progress(
            submitted=s.submitted,
            processed=s.succeeded + s.failed,
            succeeded=s.succeeded,
            failed=s.failed,
            total=self.progress.total,
        )
        if progress == self.progress:
            return  # only changes are reported
        self.progress = progress
        if self._on_progress is not None:
            self._on_progress(progress)

    def _set_total(self, total: int) -> None:
        self.progress = attrs.evolve(self.progress, total=total)
        if self._on_progress is not None:
            self._on_progress(self.progress)

    async def _publish(self, outcomes: list[ItemOutcome]) -> None:
        assert self._send is not None
        if not outcomes:
            return
        summary = self.summary
        for outcome in outcomes:
            if outcome.ok:
                summary.succeeded += 1
            else:
                summary.failed += 1
                if outcome.status == OutcomeStatus.INVALID:
                    summary.invalid += 1
                elif outcome.status == OutcomeStatus.UNKNOWN_FATE:
                    summary.unknown_fate += 1
                reason = (outcome.message or outcome.status).split(":")[0][:80]
                if reason not in summary.by_reason and len(summary.by_reason) >= _MAX_REASONS:
                    reason = _OTHER_REASONS
                summary.by_reason[reason] = summary.by_reason.get(reason, 0) + 1
        if self._tel is not None:  # telemetry hook
            self._tel.items(outcomes)
        await self._send.send(outcomes)
        self._emit_progress()

    # -- driving chunks ---------------------------------------------------------------------------------------------

    async def _chunks(self) -> AsyncGenerator[list[Any], None]:
        chunk: list[Any] = []
        if isinstance(self._items, AsyncIterable):
            async for item in self._items:
                chunk.append(item)
                if len(chunk) == self._chunk_size:
                    yield chunk
                    chunk = []
        else:
            for item in self._items:
                chunk.append(item)
                if len(chunk) == self._chunk_size:
                    yield chunk
                    chunk = []
        if chunk:
            yield chunk

    async def _drive(self) -> None:
        assert self._send is not None
        async with self._send, anyio.create_task_group() as guard:
            if self._lease is not None:
                guard.start_soon(self._lease.heartbeat)
            try:
                async with anyio.create_task_group() as tg:
                    await self._feed(tg)
            finally:
                guard.cancel_scope.cancel()

    async def _feed(self, tg: TaskGroup) -> None:
        assert self._send is not None
        offset = 0
        index = 0
        chunks = self._chunks()
        try:
            async for items in chunks:
                await self._window.acquire()
                tg.start_soon(self._chunk_task, index, offset, items, self._send.clone())
                offset += len(items)
                index += 1
        finally:
            with anyio.CancelScope(shield=True):
                await chunks.aclose()
        self._set_total(offset)

    async def _chunk_task(
        self, index: int, offset: int, items: list[Any], send: MemoryObjectSendStream[list[ItemOutcome]]
    ) -> None:
        # Every 429/503 a call of this chunk meets (its submission, its polls when they run in this task) lowers
        # the chunk concurrency (`ChunkConcurrency`).
        listening = OVERLOAD_LISTENER.set(self.concurrency.overloaded)
        try:
            async with send:
                if self._tel is not None:  # telemetry hook: the chunk under its span
                    body = self._chunk_traced(index, offset, items)
                    await self._tel.run_chunk(self._tel_run, index, len(items), body)
                else:
                    await self._process_chunk(index, offset, items)
        finally:
            OVERLOAD_LISTENER.reset(listening)
            self._window.release()

    def _chunk_traced(self, index: int, offset: int, items: list[Any]) -> Callable[[Any], Awaitable[None]]:
        async def body(scope: Any) -> None:
            await self._process_chunk(index, offset, items, scope)

        return body

    async def _process_chunk(self, index: int, offset: int, items: list[Any], scope: Any = None) -> None:
        chunk = self._prepare(index, offset, items)
        record = await self._recorded(chunk)
        if scope is not None:  # telemetry hook: what the journal held for this chunk
            state = "new" if record is None else f"resumed_{getattr(record.state, 'value', record.state)}"
            scope.set("amili.batch.journal", state)
        if record is None and self._resolve_only:
            raise JournalMismatchError(
                f"journal {self._journal!r}: chunk {index} of run {self._run!r} was never begun; resolving settles "
                "a journalled run and starts nothing new (submit the input to send it)"
            )
        if record is not None and record.state == ChunkState.DONE:
            await self._replay(record, offset, items)
            return
        # The chunk holds its own copies of the items from here: the caller's are let go while it is in flight
        # (the list is this run's own, from `_chunks`).
        items.clear()
        await self._publish(chunk.invalid)
        if not chunk.payload:
            await self._record_empty(chunk, record)
            return
        await self._resume(chunk, record)
        if chunk.handle is None and chunk.payload:
            await self._submit(chunk, begin=record is None)
        outcomes = await self._outcomes(chunk)
        if self._journal is not None and not chunk.unsettled:
            # A chunk with items not found within the settle window stays `submitting` / `submitted`: a later run
            # with the journal looks for them again instead of replaying UNKNOWN_FATE.
            await self._journal.done(self._run, index, [o.to_dict() for o in [*chunk.invalid, *outcomes]])
        self.summary.unsettled += chunk.unsettled
        if scope is not None:  # telemetry hook: reconciliation evidence
            scope.set("amili.batch.reconciled", len(chunk.settled))
            scope.set("amili.batch.uncertain", chunk.uncertain)
            scope.set("amili.batch.unsettled", chunk.unsettled)
            if chunk.handle is not None:
                scope.set("amili.batch.id", chunk.handle.batch_id)
        await self._publish(outcomes)

    # -- the steps of a chunk ---------------------------------------------------------------------------------------

    def _prepare(self, index: int, offset: int, items: list[Any]) -> Chunk:
        """Split into valid items (to send) and INVALID outcomes (never sent); hash what will be sent."""
        submitter = self._submitter
        body = None
        if all(type(item) is dict or isinstance(item, Mapping) for item in items):
            # Fast path: the whole chunk is valid. The copies are the payload and the body's items at once.
            copies = [dict(item) for item in items]
            body = submitter.build_body(copies, self._user_id)
        if body is not None:
            valid = list(zip(range(offset, offset + len(items)), copies, strict=True))
            invalid: list[ItemOutcome] = []
        else:
            valid, invalid = [], []
            for i, item in enumerate(items):
                try:
                    valid.append((offset + i, submitter.validate(item)))
                except RequestValidationError as exc:
                    key = submitter.key_of(item) if isinstance(item, Mapping) else None
                    invalid.append(
                        ItemOutcome(
                            offset + i,
                            key,
                            False,
                            OutcomeStatus.INVALID.value,
                            message=f"invalid: {exc}",
                            errors=(str(exc.field),) if exc.field else (),
                        )
                    )
        payload = [v for _, v in valid]
        return Chunk(
            index=index,
            offset=offset,
            positions=[p for p, _ in valid],
            payload=payload,
            invalid=invalid,
            # Only a journal compares chunks across runs: without one the chunk is never hashed.
            content_hash=_chunk_hash(items, payload, invalid) if self._journal is not None else "",
            body=body,
        )

    async def _recorded(self, chunk: Chunk) -> ChunkRecord | None:
        """The journal's record of this chunk, refusing a rerun with other items."""
        if self._journal is None:
            return None
        record = await self._journal.get(self._run, chunk.index)
        if record is None:
            return None
        if record.content_hash != chunk.content_hash:
            raise JournalMismatchError(
                f"journal {self._journal!r}: chunk {chunk.index} of run {self._run!r} holds other items; "
                "use a new journal or run_name for different input"
            )
        self.summary.resumed_chunks += 1
        return record

    async def _replay(self, record: ChunkRecord, offset: int, items: list[Any]) -> None:
        try:
            replayed = [ItemOutcome.from_dict(o) for o in record.outcomes or []]
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise JournalCorruptError(
                f"journal {self._journal!r}: the stored outcomes of chunk {record.index} of run {self._run!r} "
                f"are unreadable ({type(exc).__name__}); nothing was sent for it"
            ) from None
        # Outcomes belong to items: each stored outcome must name the item now at its position (by natural key).
        for outcome in replayed:
            position = outcome.index - offset
            if not 0 <= position < len(items):
                key, known = None, False
            else:
                data = items[position].to_dict() if hasattr(items[position], "to_dict") else items[position]
                key, known = (self._submitter.key_of(data) if isinstance(data, Mapping) else None), True
            if not known or (outcome.key is not None and key != outcome.key):
                raise JournalMismatchError(
                    f"journal {self._journal!r}: chunk {record.index} of run {self._run!r} holds an outcome for "
                    f"another item at index {outcome.index}; use a new journal or run_name for different input"
                )
        self.summary.submitted += sum(1 for o in replayed if o.status != OutcomeStatus.INVALID)
        await self._publish(replayed)

    async def _record_empty(self, chunk: Chunk, record: ChunkRecord | None) -> None:
        """A chunk of invalid items only: journal it as done so a rerun replays it."""
        if self._journal is not None and record is None:
            await self._journal.begin(self._run, chunk.index, chunk.content_hash, 0, "", owner=self._owner)
            await self._journal.done(self._run, chunk.index, [o.to_dict() for o in chunk.invalid])

    async def _resume(self, chunk: Chunk, record: ChunkRecord | None) -> None:
        """Pick up where a previous run stopped: a known batch, or a submission whose fate is unknown."""
        chunk.key = record.idempotency_key if record is not None else str(uuid.uuid4())
        if record is None:
            return
        if record.state == ChunkState.SUBMITTED and record.handle:
            try:
                by_position = dict(zip(chunk.positions, chunk.payload, strict=True))
                chunk.keep([(p, by_position[p]) for p in record.handle.get("positions", chunk.positions)])
                chunk.settled = [ItemOutcome.from_dict(o) for o in record.handle.get("reconciled", [])]
                chunk.uncertain = bool(record.handle.get("uncertain", False))
                chunk.handle = self._submitter.poller.handle(record.handle)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise JournalCorruptError(
                    f"journal {self._journal!r}: the batch record of chunk {chunk.index} of run {self._run!r} "
                    f"is unreadable ({type(exc).__name__}); nothing was sent for it"
                ) from None
        elif record.state == ChunkState.SUBMITTING:
            # The previous run died between recording `submitting` and recording the batch (or left items unsettled):
            # Amili may have it. Looking is only reading (a stop leaves the chunk `submitting`); recording is not.
            async with self._submit_limiter:
                await self._reconciler.reconcile(chunk)
                with anyio.CancelScope(shield=True):
                    await self._record_submitted(chunk)

    async def _submit(self, chunk: Chunk, *, begin: bool) -> None:
        """Send the chunk. Once started, a submission and its journal records complete even if the run stops, so
        what reached Amili is always journalled; a chunk not started yet is never sent after a stop. Looking for
        the items of a submission whose fate is unknown is only reading: a stop ends it (the chunk stays
        `submitting`; a rerun reconciles it)."""
        async with self._submit_limiter:
            if begin and self._journal is not None:
                with anyio.CancelScope(shield=True):
                    await self._journal.begin(
                        self._run, chunk.index, chunk.content_hash, len(chunk.payload), chunk.key, owner=self._owner
                    )
            attempt = 0
            overloaded = 0
            while attempt < _UNKNOWN_FATE_ATTEMPTS:
                attempt += 1
                wait: float | None = None
                with anyio.CancelScope(shield=True):
                    try:
                        if await self._send_once(chunk, last=attempt == _UNKNOWN_FATE_ATTEMPTS):
                            self.concurrency.succeeded()
                            await self._record_submitted(chunk)
                            return
                    except RateLimitError as exc:
                        # 429 proves Amili did not take the chunk: sending it again (same key) is safe. Wait as asked
                        # (the API-wide hold makes every call wait with it), at lower concurrency, without counting
                        # it as an attempt whose fate is unknown.
                        overloaded += 1
                        if overloaded > _OVERLOAD_RESENDS:
                            raise
                        attempt -= 1
                        wait = exc.retry_after if exc.retry_after is not None else 1.0
                if wait is not None:
                    await anyio.sleep(min(wait, 60.0))
                    continue
                # The retry engine gave up on a write whose fate is unknown (ARM has no idempotency key, so a POST
                # that may have reached the server is never blindly repeated). Reconcile, then send what is left.
                await anyio.sleep(min(8.0, 0.25 * 2**attempt))
                await self._reconciler.reconcile(chunk)
                if chunk.handle is not None or not chunk.payload:
                    with anyio.CancelScope(shield=True):
                        await self._record_submitted(chunk)
                    return

    async def _send_once(self, chunk: Chunk, *, last: bool) -> bool:
        """One submission of what is left of the chunk: True once its fate is known (accepted or refused)."""
        try:
            chunk.handle = await self._submitter.send(
                self._scope,
                chunk.payload,
                idempotency_key=chunk.key,
                user_id=self._user_id,
                # the batch's first item is the caller's item `offset` (outcomes come out under the caller's
                # indexes when the chunk's items are consecutive: the common case, nothing to map back)
                offset=chunk.positions[0] if chunk.positions else 0,
                body=chunk.body,
            )
        except (BadRequestError, UnprocessableEntityError) as exc:
            # Amili refused the whole chunk (nothing was accepted): every item of it failed, the run goes on
            # (after an unknown-fate attempt an item may still be this run's earlier write: verified).
            status = OutcomeStatus.FAILED.value
            rejected = [
                ItemOutcome(p, self._submitter.key_of(i), False, status, message=f"rejected: {exc}")
                for p, i in zip(chunk.positions, chunk.payload, strict=True)
            ]
            chunk.settle(await self._reconciler.verify(chunk, rejected))
        except (APIConnectionError, InternalServerError):
            if last:
                raise
            return False
        return True

    async def _record_submitted(self, chunk: Chunk) -> None:
        if self._journal is not None and chunk.handle is not None:
            await self._journal.submitted(self._run, chunk.index, chunk.handle.batch_id, chunk.journal_handle())

    async def _outcomes(self, chunk: Chunk) -> list[ItemOutcome]:
        """Wait for the chunk's batch, map its items back to the caller's indexes, settle what it refused."""
        outcomes = list(chunk.settled)
        handle = chunk.handle
        if handle is not None:
            self.summary.batches += 1
            self.summary.submitted += handle.item_count
            slot = len(self.handles)
            self.handles.append(handle)
            self._emit_progress()
            result = await handle.wait(timeout=self._wait_timeout)
            self.handles[slot] = attrs.evolve(handle, keys=())
            # Map the batch's positions back to the caller's indexes (invalid items were not sent): nothing to do
            # when the batch's items are the caller's items offset, offset + 1, ... (positions only ever grow).
            positions, base = chunk.positions, handle.offset
            if (
                positions
                and positions[0] == base
                and positions[-1] == base + len(positions) - 1 == base + handle.item_count - 1
            ):
                mapped = list(result.outcomes)
            else:
                mapped = [attrs.evolve(o, index=positions[o.index - base]) for o in result.outcomes]
            outcomes += await self._reconciler.verify(chunk, mapped)
        return outcomes
