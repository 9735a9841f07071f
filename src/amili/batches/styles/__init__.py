"""One batch *style* per API family, chosen by the spec's `x-amili-batch.style` key.

A style knows what the spec cannot say: how the family wraps items in a request body, how its batch status
answer reads (HTTP status or a status field; per-item results by position or by key), and which ids identify an
applied item. Which operation polls is the spec's `poll` key; nothing here names an endpoint.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol

from ...errors import ConfigurationError
from .arm import ArmStyle
from .autocollect import AutocollectStyle

if TYPE_CHECKING:
    from ...operations import Operation
    from ..types import BatchHandle, BatchResult, BatchState

__all__ = ["BatchStyle", "PollAnswer", "style_for"]

PollAnswer = tuple["BatchState", "BatchResult | None", "float | None"]
"""(state, the result once terminal, the server's Retry-After)."""


class BatchStyle(Protocol):
    name: str

    def envelope(self, items_field: str, items: list[dict[str, Any]], user_id: str | None) -> dict[str, Any]:
        """The request body: `items` under the spec's `items` property, plus what the family requires."""
        ...

    async def poll(self, poll: Operation[Any, Any], handle: BatchHandle) -> PollAnswer:
        """One status request with the spec's poll operation."""
        ...

    def ids(self, item: Mapping[str, Any]) -> dict[str, Any]:
        """The identifiers of an applied item as the server shows it (for outcomes found by reconciliation)."""
        ...


_STYLES: dict[str, BatchStyle] = {"arm": ArmStyle(), "autocollect": AutocollectStyle()}


def style_for(batch: Mapping[str, Any], qualname: str) -> BatchStyle:
    name = str(batch.get("style") or "")
    style = _STYLES.get(name)
    if style is None:
        raise ConfigurationError(
            f"{qualname}: x-amili-batch.style {name!r} is not one of {sorted(_STYLES)} (specs/CONVENTIONS.md)"
        )
    return style
