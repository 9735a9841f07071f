"""Every JSON field name the hand-written sandbox handlers read or write is a field (or parameter) of their API's
spec: a field renamed in a spec fails here, in one place, naming the handler module and the field.

(Found on first run: the ARM report file was stored as `fileName` — the spec's OsFile says `name` — and AutoCollect
read a `paymentDate` no payment request can carry.)
"""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SANDBOX = ROOT / "src" / "amili" / "sandbox"
MODULES = {"arm": ["arm"], "autocollect": ["autocollect"], "distribution": ["distribution", "partner"]}
#: names the handlers use that are not spec fields, and why
INTERNAL = {
    "arm": {"PROCESSED", "PROCESSING"},  # status values, not field names
    "autocollect": {
        *("FAILED", "NOTICE", "PARTIAL", "QUEUED", "SUCCESS"),  # status / type values
        *("pause", "resume", "withdraw"),  # case action names (path segments)
        "o",  # the offset inside the sandbox's own opaque page token
        *("decisions", "decision", "at"),  # case decisions the sandbox records (no field in the spec yet)
        "idempotencyKey",  # the legacy batch filter's match on the IdempotencyKey header value
        "state",  # legacy batch listing's State filter, matched case-insensitively
    },
    "distribution": {"invoice", "letter", "readyAt"},  # send kinds; when a company/agreement becomes active
}
IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def _spec_names(node: Any, out: set[str]) -> set[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):
                out.update(value)
            if key == "name" and isinstance(value, str):
                out.add(value)
            _spec_names(value, out)
    elif isinstance(node, list):
        for value in node:
            _spec_names(value, out)
    return out


def _used_names(source: str) -> set[str]:
    """String keys of subscripts, dict displays, .get/.setdefault/.pop calls and camelCase keyword arguments."""
    used: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
            used.add(str(node.slice.value))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            if node.func.attr in ("get", "setdefault", "pop") and isinstance(node.args[0], ast.Constant):
                used.add(str(node.args[0].value))
        elif isinstance(node, ast.Dict):
            used.update(str(k.value) for k in node.keys if isinstance(k, ast.Constant))
        elif isinstance(node, ast.keyword) and node.arg and re.match(r"^[a-z]+[A-Z]", node.arg):
            used.add(node.arg)
    return {name for name in used if IDENTIFIER.fullmatch(name)}


@pytest.mark.parametrize("module", sorted(MODULES))
def test_handler_field_names_exist_in_the_spec(module: str) -> None:
    names: set[str] = set()
    for api in MODULES[module]:
        _spec_names(yaml.safe_load((ROOT / "specs" / f"{api}.yaml").read_text()), names)
    sources = [SANDBOX / f"{module}.py", *sorted(SANDBOX.glob(f"{module}_*.py"))]  # arm.py + arm_rules.py
    used: set[str] = set().union(*(_used_names(path.read_text()) for path in sources))
    assert len(used) > 30  # the scan sees the handlers
    unknown = sorted(used - names - INTERNAL[module])
    assert unknown == [], f"src/amili/sandbox/{module}.py uses fields its spec does not have: {unknown}"
    stale = sorted(INTERNAL[module] & names)
    assert stale == [], f"now spec fields, drop them from INTERNAL: {stale}"
