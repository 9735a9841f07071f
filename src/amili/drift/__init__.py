"""Spec drift: notice where Amili's responses depart from our specs, and turn that into spec changes.

`AmiliClient(spec_drift="log" | "record" | "strict")` compares each response with its operation's spec (see
`docs/drift.md`); `amili specs drift report|patch FILE` summarise a drift file and propose the spec patch.
"""

from .events import KINDS, DriftEvent
from .monitor import DEFAULT_DRIFT_FILE, MODES, DriftMonitor, SpecDrift, SpecDriftError
from .recorder import read_drift_file

__all__ = [
    "DEFAULT_DRIFT_FILE",
    "KINDS",
    "MODES",
    "DriftEvent",
    "DriftMonitor",
    "SpecDrift",
    "SpecDriftError",
    "read_drift_file",
]
