"""Finding out what Amili holds after a request whose fate is unknown (a crash, a dropped connection, a 5xx).

The rule: an item counts as applied only when this run's content is provably on the server — its batch was found
by this run's idempotency key, or a lookup shows exactly the content this run sent. An upsert is simply sent again.
Anything else is reported as `UNKNOWN_FATE`, never as success.

Absence is not proof: Amili may have queued the batch and not processed it yet. Items are looked for during the
settle window (`SettlePolicy`); what is still absent then is `UNKNOWN_FATE` and stays unsettled in the journal (a
later run looks again), and is sent again only with `resend_on_absence=True`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import anyio
import attrs

from .types import ItemOutcome, OutcomeStatus, SettlePolicy

if TYPE_CHECKING:
    from .chunks import Chunk
    from .submitter import BatchSubmitter

__all__ = ["RECONCILED", "Reconciler"]

RECONCILED = "already present with this run's content (reconciled)"
EARLIER_ATTEMPT = "applied by an earlier attempt of this run (content verified)"
OTHER_CONTENT = (
    "unknown fate: the server holds other content under this key after a request whose fate was unknown; "
    "look the item up before sending it again"
)
NOT_FOUND_YET = (
    "unknown fate: not found on the server within the settle window ({window:g} s) after a request whose fate is "
    "unknown; Amili may still be processing it. Rerun with the journal to settle it (it is not sent again unless "
    "resend_on_absence=True)"
)
NO_WAY_TO_TELL = (
    "unknown fate: the request's fate is unknown and this operation offers no way to check (no idempotency key, "
    "lookup or safe resend); look the items up before sending them again"
)


class Reconciler:
    """Decides, per chunk, what to resend and which outcomes are already settled."""

    def __init__(
        self,
        submitter: BatchSubmitter,
        scope: int | str,
        *,
        settle: SettlePolicy | None = None,
        resend_on_absence: bool = False,
    ) -> None:
        self._submitter = submitter
        self._scope = scope
        self._settle = settle or SettlePolicy()
        self._resend_on_absence = resend_on_absence

    async def reconcile(self, chunk: Chunk) -> None:
        """Before sending a chunk again: find its batch, keep it whole (upsert), or keep only what is missing."""
        submitter = self._submitter
        chunk.uncertain = True
        if submitter.find_batch_operation:
            keys = [submitter.key_of(i) for i in chunk.payload]
            # A batch found by the key filter that does not echo the key proves itself by its results: while it is
            # still queued, keep looking (the settle window) rather than resend at once.
            for delay in [*self._settle.delays(), None]:
                pending: list[str] = []
                batch_id = await submitter.find_batch(self._scope, chunk.key, keys, pending=pending)
                if batch_id is not None:  # it echoes this run's own idempotency key (or lists its items): this run's
                    chunk.handle = submitter.handle_for(
                        self._scope, batch_id, chunk.payload, idempotency_key=chunk.key or None
                    )
                    return
                if not pending or delay is None:
                    break
                await anyio.sleep(delay)
            return  # not found (or never proven): resend under the same key (the server deduplicates by it)
        if submitter.idempotent:
            return  # sending again sets the same content: resend everything
        if not submitter.lookup:
            chunk.settle(
                [
                    ItemOutcome(p, submitter.key_of(i), False, OutcomeStatus.UNKNOWN_FATE.value, message=NO_WAY_TO_TELL)
                    for p, i in zip(chunk.positions, chunk.payload, strict=True)
                ]
            )
            return
        # Look until every item was found or the settle window ran out: Amili may not have processed the batch yet.
        absent = list(zip(chunk.positions, chunk.payload, strict=True))
        for delay in [*self._settle.delays(), None]:
            still: list[tuple[int, dict[str, Any]]] = []
            settled: list[ItemOutcome] = []
            for position, item in absent:
                outcome = await self._check(position, item, RECONCILED)
                if outcome is None:
                    still.append((position, item))
                else:
                    settled.append(outcome)
            chunk.settle(settled)
            absent = still
            if not absent or delay is None:
                break
            await anyio.sleep(delay)
        if absent and not self._resend_on_absence:
            # Not found is not "not accepted": never sent again on absence alone. The chunk stays open.
            message = NOT_FOUND_YET.format(window=self._settle.window)
            chunk.unsettled = len(absent)
            chunk.settle(
                [
                    ItemOutcome(p, submitter.key_of(i), False, OutcomeStatus.UNKNOWN_FATE.value, message=message)
                    for p, i in absent
                ]
            )
        # Otherwise (opted in) what is still absent is left in the chunk's payload: it is sent again.

    async def verify(self, chunk: Chunk, outcomes: list[ItemOutcome]) -> list[ItemOutcome]:
        """After a resend: an item the server refused ("already exists") may be this run's own earlier write.

        It is SUCCESS (with the stored ids) when a lookup shows this run's content; otherwise the refusal stands
        unless the content differs, which after an unknown-fate attempt makes it UNKNOWN_FATE."""
        if not chunk.uncertain or not self._submitter.lookup:
            return outcomes
        items = dict(zip(chunk.positions, chunk.payload, strict=True))
        checked = []
        for outcome in outcomes:
            item = items.get(outcome.index)
            if outcome.ok or outcome.status != OutcomeStatus.FAILED or item is None:
                checked.append(outcome)
                continue
            found = await self._check(outcome.index, item, EARLIER_ATTEMPT)
            if found is None:
                checked.append(outcome)  # not on the server: the refusal is the truth
            elif found.ok:
                checked.append(attrs.evolve(found, batch_id=outcome.batch_id))
            else:
                checked.append(attrs.evolve(found, errors=(*outcome.errors, outcome.message or "")))
        return checked

    async def _check(self, position: int, item: dict[str, Any], success_message: str) -> ItemOutcome | None:
        """None if the item is not on the server; SUCCESS if it holds this content; else UNKNOWN_FATE."""
        submitter = self._submitter
        key = submitter.key_of(item)
        found = await submitter.look_up(self._scope, key)
        if found is None:
            return None
        if holds(found, item):
            return ItemOutcome(
                position,
                key,
                True,
                OutcomeStatus.SUCCESS.value,
                message=success_message,
                ids=submitter.style.ids(found),
            )
        return ItemOutcome(position, key, False, OutcomeStatus.UNKNOWN_FATE.value, message=OTHER_CONTENT)


def holds(stored: Any, sent: Any) -> bool:
    """Whether what the server returned contains everything that was sent (extra server fields are fine)."""
    if isinstance(sent, Mapping):
        if not isinstance(stored, Mapping):
            return False
        return all(
            (value is None and stored.get(name) is None) or (name in stored and holds(stored[name], value))
            for name, value in sent.items()
        )
    if isinstance(sent, list | tuple):
        return (
            isinstance(stored, list | tuple)
            and len(stored) == len(sent)
            and all(holds(a, b) for a, b in zip(stored, sent, strict=True))
        )
    if isinstance(sent, bool) or isinstance(stored, bool):
        return type(sent) is type(stored) and sent == stored
    return bool(sent == stored)
