"""The batch engine checks each chunk once, with the spec's schema (`amili._schema`), and no longer also builds the
body model (`from_dict`). That is only safe if the schema refuses everything `from_dict` refuses: pinned here for
every batch write of every API (ARM customers and documents, AutoCollect invoices, payments and corrections), on
a valid item and on thousands of variants of it (every field, at every depth, replaced by values of every JSON
type and by Python values, removed, or joined by an unknown key).

The property: whenever the schema accepts a body (and hands back its JSON), the body model's `from_dict` accepts
that JSON too; so dropping `from_dict` never lets through a body the SDK refused before.
"""

from __future__ import annotations

import datetime
import importlib
import math
import uuid
from collections.abc import Iterator, Mapping
from typing import Any

import pytest

from amili._api import API_NAMES
from amili._validation import item_schema, validate
from amili.batches.styles import style_for
from amili.errors import RequestValidationError
from amili.operations import OperationMeta

MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def batch_writes() -> list[OperationMeta]:
    writes = []
    for api in API_NAMES:
        module = importlib.import_module(f"amili._api.{api}")
        writes += [meta for meta in module.OPERATIONS.values() if meta.batch]
    return writes


WRITES = batch_writes()


def test_every_batch_write_of_both_styles_is_covered() -> None:
    names = {meta.qualname for meta in WRITES}
    assert {"arm.documents.create_documents_batch", "arm.customers.create_customers_batch"} <= names
    assert {"autocollect.invoices.create_invoices", "autocollect.payments.create_payments"} <= names
    assert {meta.batch["style"] for meta in WRITES if meta.batch} == {"arm", "autocollect"}
    for meta in WRITES:
        assert meta.batch is not None
        assert item_schema(meta, meta.batch["items"]) is not None, meta.qualname  # the schema can decide


# -- values a schema node accepts, and values to try instead ------------------------------------------------------


def resolve(schemas: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    seen = 0
    while "$ref" in node or "ref" in node:
        name = str(node.get("$ref", node.get("ref"))).rsplit("/", 1)[-1]
        node = {**schemas[name], **{k: v for k, v in node.items() if k not in ("$ref", "ref")}}
        seen += 1
        assert seen < 20
    if "allOf" in node:
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for part in node["allOf"]:
            part = resolve(schemas, part)
            merged["properties"].update(part.get("properties") or {})
        return merged
    return node


def good(schemas: Mapping[str, Any], node: Mapping[str, Any], depth: int = 0) -> Any:
    """A value the node accepts, with every property of objects filled in (so every field can be varied)."""
    node = resolve(schemas, node)
    if "oneOf" in node or "anyOf" in node:
        return good(schemas, (node.get("oneOf") or node["anyOf"])[0], depth)
    kind = node.get("type")
    if "enum" in node:
        return node["enum"][0]
    if kind == "object" or (kind is None and "properties" in node):
        if depth > 4:
            return {}
        return {name: good(schemas, sub, depth + 1) for name, sub in (node.get("properties") or {}).items()}
    if kind == "array":
        return [good(schemas, node.get("items") or {}, depth + 1)]
    if kind == "integer":
        return max(1, int(node.get("minimum", 1)))
    if kind == "number":
        return max(1.5, float(node.get("minimum", 1.5)))
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = node.get("format")
        if fmt == "date":
            return "2024-01-02"
        if fmt == "date-time":
            return "2024-01-02T03:04:05Z"
        if fmt == "uuid":
            return "3f2b8a62-6a7e-4b5c-9d1e-0f1a2b3c4d5e"
        return "x" * max(1, int(node.get("minLength", 1)))
    return "x"


CANDIDATES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    7,
    2**31,
    2**63,
    1.5,
    -0.0,
    math.nan,
    math.inf,
    "",
    "x",
    "12",
    "2024-01-02",
    "2024-13-45",
    "2024-01-02T03:04:05Z",
    "2024-01-02T03:04:05",
    "02/01/2024",
    "3f2b8a62-6a7e-4b5c-9d1e-0f1a2b3c4d5e",
    "not-a-uuid",
    [],
    ["x"],
    [1],
    [None],
    [{}],
    {},
    {"a": 1},
    ("x",),
    datetime.date(2024, 1, 2),
    datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
    uuid.UUID("3f2b8a62-6a7e-4b5c-9d1e-0f1a2b3c4d5e"),
    b"bytes",
    object(),
]


def paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """Every place in a JSON value (keys of objects, the first element of arrays), depth first."""
    if isinstance(value, dict):
        for key, sub in value.items():
            yield (*prefix, key)
            yield from paths(sub, (*prefix, key))
    elif isinstance(value, list) and value:
        yield (*prefix, 0)
        yield from paths(value[0], (*prefix, 0))


def replaced(value: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(value, dict):
        copy = dict(value)
        copy[head] = replaced(value[head], rest, new)
        return copy
    copy_list = list(value)
    copy_list[head] = replaced(value[head], rest, new)
    return copy_list


_GONE = object()


def removed(value: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if k != path[0]}
        return [v for i, v in enumerate(value) if i != path[0]]
    head = path[0]
    copy: Any = dict(value) if isinstance(value, dict) else list(value)
    copy[head] = removed(value[head], path[1:])
    return copy


def variants(item: dict[str, Any]) -> Iterator[Any]:
    yield item
    for path in list(paths(item)):
        for candidate in CANDIDATES:
            yield replaced(item, path, candidate)
        yield removed(item, path)
    for path in [(), *paths(item)]:
        # an unknown key, a near miss of a known one, on every object
        target: Any = item
        for part in path:
            target = target[part]
        if isinstance(target, dict):
            for key in ("zzUnknown", next(iter(target), "k").upper()):
                yield replaced(item, path, {**target, key: "x"})
    for candidate in CANDIDATES:  # the item itself not an object
        yield candidate


def checked_body(meta: OperationMeta, items: list[Any]) -> Any:
    """What the engine sends for a chunk: the envelope as the schema hands it back, or None if the schema refuses."""
    assert meta.batch is not None and meta.schemas is not None and meta.body_schema is not None
    envelope = style_for(meta.batch, meta.qualname).envelope(meta.batch["items"], items, "bench")
    try:
        return validate(meta.schemas, {"$ref": meta.body_schema}, envelope, operation="")
    except RequestValidationError:
        return None


@pytest.mark.parametrize("meta", WRITES, ids=lambda meta: meta.qualname)
def test_the_schema_refuses_everything_the_body_model_refuses(meta: OperationMeta) -> None:
    assert meta.batch is not None and meta.schemas is not None
    schema = item_schema(meta, meta.batch["items"])
    assert schema is not None
    base = good(meta.schemas, schema)
    assert checked_body(meta, [base]) is not None, "the generated valid item is valid"
    tried = accepted = 0
    for variant in variants(base):
        tried += 1
        body = checked_body(meta, [variant])
        if body is None:
            continue
        accepted += 1
        try:
            meta.body_type.from_dict(body)
        except MODEL_ERRORS as exc:
            pytest.fail(f"{meta.qualname}: the schema accepted {variant!r} but from_dict refuses it: {exc!r}")
    assert tried > 100
    assert 0 < accepted < tried  # both sides of the line were exercised


@pytest.mark.parametrize("meta", WRITES, ids=lambda meta: meta.qualname)
def test_a_bad_document_still_gets_a_typed_error_naming_the_field(meta: OperationMeta) -> None:
    assert meta.batch is not None and meta.schemas is not None
    schema = item_schema(meta, meta.batch["items"])
    assert schema is not None
    base = good(meta.schemas, schema)
    field = next(iter(base))
    envelope = style_for(meta.batch, meta.qualname).envelope(
        meta.batch["items"], [base, {**base, field: object()}], "u"
    )
    with pytest.raises(RequestValidationError) as caught:
        validate(meta.schemas, {"$ref": meta.body_schema}, envelope, operation="")
    assert caught.value.field == f"{meta.batch['items']}[1].{field}"
