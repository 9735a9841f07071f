"""Child process of `bench/run.py` section 6: how many polls a batch costs for a given server processing delay.

Method: the in-process sandbox (no sockets) runs under an asyncio loop whose clock is virtual. Its selector never
blocks: when nothing is ready it advances the virtual clock to the next timer instead of sleeping, so a 30 s batch
delay costs milliseconds of real time. The poller's own `time.monotonic` and the sandbox clock read the same
virtual clock, so the SDK's real `BatchPoller` schedule (first delay, x1.6 backoff with jitter, 30 s cap, rate
slots) runs unchanged. Jitter is seeded. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import selectors
import sys
import time
import types
from typing import Any

import amili.batches
from amili import AmiliClient


class VirtualClock:
    def __init__(self) -> None:
        self.now = 0.0


class FastForwardSelector(selectors.DefaultSelector):
    """Never sleeps: a blocking select with a timeout advances the virtual clock by that timeout."""

    def __init__(self, clock: VirtualClock) -> None:
        super().__init__()
        self.clock = clock

    def select(self, timeout: float | None = None) -> list[Any]:
        events = super().select(0)
        if events or (timeout is not None and timeout <= 0):
            return events
        if timeout is None:  # nothing scheduled: only real I/O could wake us
            return super().select(None)
        self.clock.now += timeout
        return []


def virtual_loop(clock: VirtualClock) -> asyncio.AbstractEventLoop:
    loop = asyncio.SelectorEventLoop(FastForwardSelector(clock))
    loop.time = lambda: clock.now  # type: ignore[method-assign]
    return loop


async def measure(clock: VirtualClock, delay: float, batches: int) -> dict[str, Any]:
    async with AmiliClient.sandbox(batch_delay=delay) as amili:
        sandbox = amili.simulator
        assert sandbox is not None
        wall0 = time.time()
        sandbox.ctx.clock.now = lambda: wall0 + clock.now  # type: ignore[method-assign]
        polls = lags = 0.0
        for b in range(batches):
            customers = [{"customerNo": f"{b}-{i}", "name": f"C{i}"} for i in range(5)]
            before = amili.batches.polls
            handle = await amili.arm.customers.submit_batch(2218, customers)
            submitted = clock.now
            result = await handle.wait(timeout=None)
            assert result.state.value == "SUCCESS", result.state
            polls += amili.batches.polls - before
            lags += clock.now - (submitted + delay)
    # Baseline: a fixed 1 s poller (polls at 1, 2, 3 ... s) finds the batch at the first whole second >= delay.
    naive_polls = max(1, math.ceil(delay))
    return {
        "delay": delay,
        "polls_per_batch": polls / batches,
        "lag_s": lags / batches,
        "naive_polls": naive_polls,
        "naive_lag_s": naive_polls - delay,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("delays", nargs="+", type=float)
    parser.add_argument("--batches", type=int, default=20)
    args = parser.parse_args()
    random.seed(0)
    out = []
    for delay in args.delays:
        clock = VirtualClock()
        # The poller reads time.monotonic() for its deadline and rate slots: point it at the virtual clock.
        amili.batches.time = types.SimpleNamespace(monotonic=lambda c=clock: c.now, time=time.time)  # type: ignore[attr-defined]
        with asyncio.Runner(loop_factory=lambda c=clock: virtual_loop(c)) as runner:
            out.append(runner.run(measure(clock, delay, args.batches)))
    print(json.dumps(out))


if __name__ == "__main__":
    sys.exit(main())
