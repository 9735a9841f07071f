"""`_secrets.clear_locals`: the frames an exception unwound lose their locals; frames still running keep theirs —
the caller's own, and a coroutine of another task suspended after catching the exception it handed over (clearing
its frame would close it before Python 3.13)."""

from __future__ import annotations

from typing import Any

import anyio
import anyio.lowlevel
import pytest

from amili._secrets import clear_locals

SECRET = "never-shown-3b1d"


def _deep() -> None:
    header = f"Bearer {SECRET}"
    raise ConnectionError(f"refused ({len(header)})")


def _middle() -> None:
    try:
        _deep()
    except ConnectionError as exc:
        authorization = f"Basic {SECRET}"
        raise OSError(f"wrapped ({len(authorization)})") from exc


def test_unwound_frames_lose_their_locals_the_running_one_keeps_them() -> None:
    mine = SECRET
    with pytest.raises(OSError, match="wrapped") as caught:
        _middle()
    clear_locals(caught.value)
    frames = []
    for exc in (caught.value, caught.value.__cause__):
        assert exc is not None
        tb = exc.__traceback__
        while tb is not None:
            frames.append(tb.tb_frame)
            tb = tb.tb_next
    names = {f.f_code.co_name for f in frames}
    assert {"_deep", "_middle"} <= names
    for frame in frames:
        if frame.f_code.co_name in ("_deep", "_middle"):
            assert frame.f_locals == {}
    assert mine == SECRET  # this (running) frame is untouched


def test_a_suspended_coroutine_in_the_chain_is_not_closed(run: Any) -> None:
    """Another task catches an error, hands it over and waits: its frame is in the error's traceback (asyncio, trio)."""
    run(_suspended_coroutine_in_the_chain)


async def _suspended_coroutine_in_the_chain() -> None:
    handed: list[BaseException] = []
    release = anyio.Event()
    finished: list[str] = []

    async def other_task() -> None:
        kept = SECRET
        try:
            _deep()
        except ConnectionError as exc:
            handed.append(exc)
        await release.wait()  # suspended here, its frame in `exc.__traceback__`
        finished.append(kept)

    with anyio.fail_after(5):  # a closed coroutine's task never ends: the task group would wait forever
        async with anyio.create_task_group() as tg:
            tg.start_soon(other_task)
            while not handed:
                await anyio.lowlevel.checkpoint()
            clear_locals(handed[0])
            release.set()
    assert finished == [SECRET]  # it went on, with its locals
