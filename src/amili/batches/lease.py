"""The lease a journalled `submit_many` run holds on its run name: one live driver per run, across processes."""

from __future__ import annotations

import anyio

from ..errors import JournalLockedError
from ..journal.protocol import JournalStore, abandon_owner, new_owner

__all__ = ["RunLease"]


class RunLease:
    """Taken before the first chunk, renewed by `heartbeat` every third of the journal's `lease_ttl`, released on
    every exit path. A lease whose `acquire` failed may have been written all the same: it is released too."""

    def __init__(self, journal: JournalStore, run: str, lock_timeout: float) -> None:
        self.journal = journal
        self.run = run
        self.owner = new_owner()
        self._lock_timeout = lock_timeout
        self._held = False
        self._unknown = False  # an `acquire` failed: the lease may have been written all the same

    async def take(self) -> None:
        self._held = await self._try()
        if not self._held:
            with anyio.move_on_after(self._lock_timeout):
                while not self._held:
                    await anyio.sleep(min(1.0, self.journal.lease_ttl / 3))
                    self._held = await self._try()
        if not self._held:
            raise JournalLockedError(
                f"journal {self.journal!r}: run {self.run!r} is being driven by another live process "
                f"(waited {self._lock_timeout} s); pass lock_timeout= to wait longer, or use another run_name"
            )

    async def _try(self) -> bool:
        with anyio.CancelScope(shield=True):  # a lease taken must be known, or it could not be released
            try:
                taken = await self.journal.acquire(self.run, self.owner)
            except BaseException:
                self._unknown = True  # the write may have landed before the error: release on the way out
                raise
        return taken

    async def heartbeat(self) -> None:
        while True:
            await anyio.sleep(self.journal.lease_ttl / 3)
            if not await self.journal.acquire(self.run, self.owner):
                raise JournalLockedError(
                    f"journal {self.journal!r}: run {self.run!r} was taken over by another process; "
                    "this process stopped sending"
                )

    async def release(self) -> Exception | None:
        """Give the lease back (shielded; at most once). A lease that could not be released (a full disk) is marked
        abandoned, so a rerun in this process takes it over at once; other processes wait out `lease_ttl`. Returns
        the error met, for the caller to report after its own."""
        if not (self._held or self._unknown):
            return None
        self._held = self._unknown = False
        with anyio.CancelScope(shield=True):
            try:
                await self.journal.release(self.run, self.owner)
            except Exception as exc:
                abandon_owner(self.owner)
                return exc
        return None
