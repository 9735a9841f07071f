"""Where the batch engine meets the generated namespaces: finding operations by name and attaching helpers.

The generated code knows nothing of batches: when an API namespace with `x-amili-batch` operations is built it
calls `operations.attach_batch_helpers`, which imports this package and gives each such operation's tag namespace
its helper (`submit_batch`, `update_batch`, `submit`) plus `submit_many` for the create helpers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from ..operations import Namespace, Operation

if TYPE_CHECKING:
    from .poller import BatchPoller

__all__ = ["attach_helpers", "batch_operations", "find_operation"]

_BULK_HELPERS = ("submit", "submit_batch")
"""Helpers that create items: they also get `submit_many` (chunked, journalled)."""


def _tags(api: Any) -> Iterator[Namespace]:
    for value in vars(api).values():
        if isinstance(value, Namespace):
            yield value


def batch_operations(api: Any) -> Iterator[tuple[Namespace, Operation[Any, Any]]]:
    """(tag namespace, operation) for every operation of an API namespace whose spec has `x-amili-batch`."""
    for tag in _tags(api):
        for value in list(vars(tag).values()):
            if isinstance(value, Operation) and value.meta.batch:
                yield tag, value


def find_operation(api: Any, name: str) -> Operation[Any, Any] | None:
    """The operation called `name` (operationId) in any tag of an API namespace."""
    for tag in _tags(api):
        value = getattr(tag, name, None)
        if isinstance(value, Operation):
            return value
    return None


def attach_helpers(api: Any, poller: Callable[[], BatchPoller]) -> None:
    """Give every batch write of `api` its helper; `poller` returns the client core's shared poller."""
    from .submitter import BatchSubmitter

    for tag, write in batch_operations(api):
        assert write.meta.batch is not None
        helper = write.meta.batch.get("helper")
        if not helper:
            continue
        submitter = BatchSubmitter(api, write, poller)
        setattr(tag, helper, submitter)
        if helper in _BULK_HELPERS:
            tag.submit_many = submitter.submit_many  # type: ignore[attr-defined]
