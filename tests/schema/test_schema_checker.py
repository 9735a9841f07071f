"""One JSON-Schema checker (`amili._schema`): the façade's requests, the sandbox and drift compile schemas with it,
each in its mode (fail fast with the field and a did-you-mean; or every departure collected)."""

from __future__ import annotations

import ast
import datetime
import uuid
from pathlib import Path
from typing import Any

import pytest

from amili import _schema, _validation
from amili._schema import Found, SchemaCompiler
from amili.drift import checker as drift_checker
from amili.errors import RequestValidationError
from amili.sandbox import validation as sandbox_validation

SRC = Path(__file__).resolve().parents[2] / "src" / "amili"

SCHEMAS: dict[str, Any] = {
    "Order": {
        "type": "object",
        "properties": {
            "orderNo": {"type": "string"},
            "amount": {"type": "number", "minimum": 0},
            "placed": {"type": "string", "format": "date"},
            "lines": {"type": "array", "items": {"$ref": "Line"}},
        },
        "required": ["orderNo"],
        "inferred": ["amount"],
    },
    "Line": {"type": "object", "properties": {"qty": {"type": "integer"}}, "required": ["qty"]},
}


def test_the_three_consumers_compile_with_the_same_checker() -> None:
    assert _validation.SchemaCompiler is SchemaCompiler
    assert drift_checker.SchemaCompiler is SchemaCompiler
    assert sandbox_validation.SchemaCompiler is SchemaCompiler
    # …and no module of the SDK brings another JSON-Schema engine (the sandbox used openapi-schema-validator).
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            for name in names:
                assert name.split(".")[0] not in ("jsonschema", "openapi_schema_validator", "fastjsonschema"), path


def test_collecting_mode_reports_every_departure() -> None:
    check = SchemaCompiler(SCHEMAS, closed_objects=True).named("Order")
    found: list[Found] = []
    check({"orderNo": 5, "extra": 1, "placed": "27.02.2025", "lines": [{"qty": "2"}, {}]}, (), found)
    kinds = sorted((kind, path) for kind, path, _, _ in found)
    assert kinds == [
        ("missing_property", ("amount",)),  # a guessed requirement: reported apart from documented ones
        ("missing_required", ("lines", 1, "qty")),
        ("unknown_property", ("extra",)),
        ("wrong_type", ("lines", 0, "qty")),
        ("wrong_type", ("orderNo",)),
        ("wrong_type", ("placed",)),  # not a date
    ]


def test_drift_mode_reports_items_at_star_and_checks_the_first_ones_only() -> None:
    check = SchemaCompiler(SCHEMAS, closed_objects=True, star_items=True, max_items=2).named("Order")
    found: list[Found] = []
    check({"orderNo": "1", "amount": 1, "lines": [{"qty": 1}, {"qty": "x"}, {"qty": "y"}]}, (), found)
    assert [(kind, path) for kind, path, _, _ in found] == [("wrong_type", ("lines", "[*]", "qty"))]


def test_fail_fast_mode_names_the_field_and_converts_python_values() -> None:
    day = datetime.date(2025, 2, 27)
    body = {"orderNo": "A1", "amount": 3, "placed": day, "lines": [{"qty": 1}]}
    assert _validation.validate(SCHEMAS, {"$ref": "Order"}, body, operation="shop.orders.create") == {
        **body,
        "placed": "2025-02-27",
    }
    with pytest.raises(RequestValidationError, match=r"unknown field 'orderNumber' — did you mean 'orderNo'\?") as e:
        _validation.validate(SCHEMAS, {"$ref": "Order"}, {"orderNumber": "A1"}, operation="shop.orders.create")
    assert e.value.field == "orderNumber"
    with pytest.raises(RequestValidationError, match=r"field 'lines\[0\]\.qty': expected an integer, got str") as e:
        _validation.validate(SCHEMAS, {"$ref": "Order"}, {"orderNo": "A", "lines": [{"qty": "1"}]}, operation="op")
    assert e.value.field == "lines[0].qty"
    with pytest.raises(RequestValidationError, match=r"field 'amount': -1 is less than the minimum of 0"):
        _validation.validate(SCHEMAS, {"$ref": "Order"}, {"orderNo": "A", "amount": -1}, operation="op")
    assert _validation.json_value({"id": uuid.UUID(int=1)}, operation="op") == {"id": str(uuid.UUID(int=1))}


def test_sandbox_mode_words_problems_as_json_schema_validators_do(tmp_path: Path) -> None:
    spec = tmp_path / "x.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: x, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
        "    Thing:\n      type: object\n      additionalProperties: false\n      required: [id]\n"
        "      properties:\n        id: {type: integer, multipleOf: 10}\n        when: {type: string, format: date-time}\n"
    )
    loaded = sandbox_validation.Spec("x", spec)
    problems = loaded.check("#/components/schemas/Thing", {"id": 11, "when": "2025-01-01T00:00:00", "x": 1}, "body")
    assert problems == [
        "body: Additional properties are not allowed ('x' was unexpected)",
        "body.id: 11 is not a multiple of 10",
        "body.when: '2025-01-01T00:00:00' is not a 'date-time'",  # RFC 3339: an offset is required
    ]
    assert loaded.check("#/components/schemas/Thing", {}, "body") == ["body: 'id' is a required property"]


def test_formats_strict_and_lenient() -> None:
    assert _schema.valid_format("date-time", "2025-01-01T00:00:00Z")
    assert not _schema.valid_format("date-time", "2025-01-01T00:00:00")
    assert _schema.valid_format("date-time", "2025-01-01T00:00:00", strict=False)  # drift: ISO 8601 is enough
    assert not _schema.valid_format("uuid", "nope")
    assert not _schema.valid_format("int32", 2**40)
