"""Regeneration safety (issue 16): the public-surface snapshot and its compatible/breaking classification."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "codegen"))

import surface  # noqa: E402


def _snap(params: dict[str, Any], fields: dict[str, Any], members: list[str]) -> dict[str, Any]:
    return {
        "operations": {"arm.customers.get_customer": {"params": params, "returns": "Customer | None", "source": "x"}},
        "models": {"amili_arm.Customer": fields},
        "enums": {"amili_arm.Kind": members},
    }


BASE = _snap(
    {"clientno": {"type": "int", "required": True}, "expand": {"type": "str | Unset", "required": False}},
    {"customer_no": {"type": "str", "required": True}, "name": {"type": "str | Unset", "required": False}},
    ["A", "B"],
)


def _kinds(new: dict[str, Any]) -> list[tuple[str, str]]:
    return surface.diff(BASE, new)


def test_no_change_is_reported_as_none() -> None:
    assert surface.diff(BASE, BASE) == []
    assert surface.report([]) == "surface: no change to the public surface"


def test_removed_operation_field_parameter_and_member_are_breaking() -> None:
    changes = surface.diff(BASE, {"operations": {}, "models": {"amili_arm.Customer": {}}, "enums": {}})
    assert ("breaking", "operation arm.customers.get_customer removed") in changes
    assert ("breaking", "model amili_arm.Customer: field customer_no removed") in changes
    assert ("breaking", "enum amili_arm.Kind removed") in changes
    fewer = _snap({"clientno": BASE["operations"]["arm.customers.get_customer"]["params"]["clientno"]}, {}, ["A"])
    changes = surface.diff(BASE, fewer)
    assert ("breaking", "operation arm.customers.get_customer: parameter expand removed") in changes
    assert ("breaking", "enum amili_arm.Kind: member B removed") in changes


def test_narrowed_type_and_newly_required_are_breaking_widening_is_not() -> None:
    new = json.loads(json.dumps(BASE))
    new["models"]["amili_arm.Customer"]["name"] = {"type": "str", "required": True}
    new["models"]["amili_arm.Customer"]["customer_no"] = {"type": "None | str | Unset", "required": False}
    new["models"]["amili_arm.Customer"]["extra"] = {"type": "int", "required": True}
    new["operations"]["arm.customers.get_customer"]["params"]["expand"]["type"] = "int | Unset"
    new["enums"]["amili_arm.Kind"] = ["A", "B", "C"]
    changes = surface.diff(BASE, new)
    assert ("breaking", "model amili_arm.Customer: field name is now required") in changes
    assert ("breaking", "model amili_arm.Customer: new required field extra") in changes
    assert ("compatible", "model amili_arm.Customer: field customer_no is now optional") in changes
    assert (
        "compatible",
        "model amili_arm.Customer: field customer_no: type widened str -> None | str | Unset",
    ) in changes
    assert (
        "breaking",
        "operation arm.customers.get_customer: parameter expand: type narrowed/changed str | Unset -> int | Unset",
    ) in changes
    assert ("compatible", "enum amili_arm.Kind: member C added") in changes
    assert "1 breaking" not in surface.report(changes) and "breaking change(s)" in surface.report(changes)


def test_union_members_are_split_at_the_top_level_only() -> None:
    assert surface._members("list[A | B] | None | Unset") == {"list[A | B]", "None", "Unset"}


def test_committed_snapshot_covers_the_facade_and_names_the_source_values() -> None:
    snap = json.loads((ROOT / "codegen" / "surface.json").read_text())
    assert snap["x-amili-source-values"] == ["documented", "inferred", "observed"]
    op = snap["operations"]["arm.customers.update_customer"]
    assert op["source"] == "documented"
    assert op["params"]["body"]["type"] == "CustomerRequest"
    assert op["params"]["clientno"] == {"type": "int", "required": True}
    assert snap["models"]["amili_arm.Customer"]["customer_no"] == {"type": "str", "required": True}
    assert "COMPANY" in snap["enums"]["amili_autocollect.DebtorType"]
