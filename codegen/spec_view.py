"""The generator's view of a spec: what the published contract leaves open, the SDK still names.

The specs say only what Amili documents, so a value set seen in examples is an open string listing its values in
`x-amili-known-values` (plus `x-amili-inferred-values`, our guesses). The SDK keeps typed, forward-compatible enums
for them (the codegen enum templates parse unknown values), so the generator is fed the same spec with `enum`
restored from those lists. Requirements we guessed (`x-amili-inferred-required`) are not in the contract either,
but the generated models keep them as client-side protection: the façade refuses a body without them before
anything is sent (the sandbox enforces the same list, read from the same spec).
"""

from __future__ import annotations

import copy
from typing import Any


def sdk_view(spec: dict[str, Any]) -> dict[str, Any]:
    view = copy.deepcopy(spec)
    _walk(view)
    return view


def _walk(node: Any) -> None:
    if isinstance(node, dict):
        known = node.get("x-amili-known-values")
        if known is not None and "enum" not in node:
            values = [*known, *(v for v in node.get("x-amili-inferred-values", []) if v not in known)]
            node["enum"] = values
        inferred = node.get("x-amili-inferred-required")
        if inferred:
            node["required"] = [*node.get("required", []), *(n for n in inferred if n not in node.get("required", []))]
        for value in node.values():
            _walk(value)
    elif isinstance(node, list):
        for value in node:
            _walk(value)
