"""The generator's view of a spec: what the published contract leaves open, the SDK still names.

The specs say only what Amili documents, so a value set seen in examples is an open string listing its values in
`x-amili-known-values` (plus `x-amili-inferred-values`, our guesses). The SDK keeps typed, forward-compatible enums
for them (the codegen enum templates parse unknown values), so the generator is fed the same spec with `enum`
restored from those lists. Requirements we guessed (`x-amili-inferred-required`) are not in the contract either,
and the generated models list them as required (static types show what the docs' examples always carry) while
parsing a response without them (the field then raises `MissingFieldError` when read); the façade's runtime check
of a dict body warns about them and refuses only documented requirements (`x-amili-documented-required` keeps
those apart here). The sandbox enforces the guesses and says so ("inferred requirement").
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
            node["x-amili-documented-required"] = list(node.get("required", []))
            node["required"] = [*node.get("required", []), *(n for n in inferred if n not in node.get("required", []))]
        for value in node.values():
            _walk(value)
    elif isinstance(node, list):
        for value in node:
            _walk(value)
