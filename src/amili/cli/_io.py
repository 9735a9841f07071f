"""Input files (JSON, JSONL, CSV), `--data`/`--set`, the output contract (`--output table|json|jsonl`), progress."""

from __future__ import annotations

import argparse
import csv
import functools
import importlib
import io
import json
import re
import sys
import time
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from ._errors import InputError

__all__ = [
    "OUTPUT_FORMATS",
    "Output",
    "ProgressBar",
    "Row",
    "add_output_flags",
    "coerce_cells",
    "coerce_item",
    "dump",
    "read_items",
    "reason_of",
]

OUTPUT_FORMATS = ("table", "json", "jsonl")


@attrs.frozen
class Row:
    """One input item and where it came from (`line 3` of a JSONL/CSV file, `item 3` of a JSON array)."""

    where: str
    data: dict[str, Any]


def read_items(path: Path, fmt: str | None = None, *, items_key: str | None = None) -> list[Row]:
    """Items from a JSON array (or an object holding one under `items_key`), JSONL, or CSV with a header row.

    CSV columns may name nested fields with dots (`currencyAmounts.inclVat`); empty cells are left out.
    """
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    try:
        # Bytes decoded as they are (no newline translation): a quoted CSV cell keeps its CR/LF, and only `\n`
        # ends a JSONL line (U+2028, U+0085, form feeds... are ordinary characters inside a JSON string).
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise InputError(f"{path}: cannot read ({reason or exc})") from None
    if fmt in ("jsonl", "ndjson"):
        rows = []
        for number, line in enumerate(text.split("\n"), start=1):
            line = line.removesuffix("\r")
            if not line.strip():
                continue
            value = _json(line, f"{path}: line {number}")
            if not isinstance(value, dict):
                raise InputError(f"{path}: line {number}: expected a JSON object, got {type(value).__name__}")
            rows.append(Row(f"line {number}", value))
        return rows
    if fmt == "json":
        value = _json(text, str(path))
        if isinstance(value, dict) and items_key and isinstance(value.get(items_key), list):
            value = value[items_key]
        if not isinstance(value, list):
            hint = f" or an object with a {items_key!r} array" if items_key else ""
            raise InputError(f"{path}: expected a JSON array of objects{hint}")
        rows = []
        for number, item in enumerate(value, start=1):
            if not isinstance(item, dict):
                raise InputError(f"{path}: item {number}: expected a JSON object, got {type(item).__name__}")
            rows.append(Row(f"item {number}", item))
        return rows
    if fmt == "csv":
        try:
            # The csv module reads the records (a quoted cell may hold line breaks), not `str.splitlines()`.
            reader = csv.DictReader(io.StringIO(text, newline=""))
            if not reader.fieldnames:
                raise InputError(f"{path}: empty CSV file (a header row is required)")
            rows = []
            for record in reader:
                data: dict[str, Any] = {}
                for column, cell in record.items():
                    if column is None:
                        raise InputError(f"{path}: line {reader.line_num}: more cells than header columns")
                    if cell is None or cell == "":
                        continue
                    set_dotted(data, column.strip(), cell, where=f"{path}: line {reader.line_num}")
                rows.append(Row(f"line {reader.line_num}", data))
        except csv.Error as exc:
            raise InputError(f"{path}: not valid CSV ({exc})") from None
        return rows
    raise InputError(f"{path}: unknown format {fmt!r}: use .json, .jsonl or .csv (or --format)")


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"number {text[:20]} is out of range")
    return value


def _json(text: str, where: str) -> Any:
    """Strict JSON: no NaN/Infinity, no numbers that overflow to infinity (Amili could not store them)."""
    try:
        return json.loads(text, parse_constant=_no_constant, parse_float=_finite)
    except ValueError as exc:
        if not isinstance(exc, json.JSONDecodeError):
            raise InputError(f"{where}: not valid JSON ({exc})") from None
        line = f" line {exc.lineno}:" if "line" not in where else ""
        raise InputError(f"{where}:{line} not valid JSON ({exc.msg}, column {exc.colno})") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply") from None


def set_dotted(data: dict[str, Any], dotted: str, value: Any, *, where: str = "") -> None:
    *parents, leaf = dotted.split(".")
    node = data
    for part in parents:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise InputError(f"{where + ': ' if where else ''}column {dotted!r} conflicts with column {part!r}")
        node = child
    node[leaf] = value


def body_from_flags(data: str | None, pairs: Sequence[str] | None) -> dict[str, Any]:
    """`--data '{...}'` (or `@file.json`) then each `--set FIELD=VALUE` (dotted fields nest) on top."""
    body: dict[str, Any] = {}
    if data:
        if data.startswith("@"):
            try:
                data = Path(data[1:]).read_text(encoding="utf-8")
            except OSError as exc:
                raise InputError(f"--data {data}: cannot read ({exc.strerror or exc})") from None
        loaded = _json(data, "--data")
        if not isinstance(loaded, dict):
            raise InputError("--data must be a JSON object")
        body.update(loaded)
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise InputError(f"--set expects FIELD=VALUE, got {pair!r}")
        set_dotted(body, key, value)
    return body


# -- CSV cells and --set values are text: convert them to the generated model's scalar types --------------------------

_SNAKE = re.compile(r"(?<!^)(?=[A-Z])")


@functools.cache
def _hints(model: type) -> dict[str, Any]:
    """The model's resolved field types (its package's models are the namespace its annotations name)."""
    module = sys.modules[model.__module__]
    package = importlib.import_module(model.__module__.rsplit(".", 1)[0])
    try:
        return typing.get_type_hints(model, globalns={**vars(module), **vars(package)})
    except Exception:  # an unresolvable annotation: leave the text as it is, the model will say what is wrong
        return {}


def _alternatives(hint: Any) -> list[Any]:
    return [a for a in (typing.get_args(hint) if _is_union(hint) else (hint,)) if a is not type(None)]


def _is_union(hint: Any) -> bool:
    return typing.get_origin(hint) in (typing.Union, types.UnionType)


def coerce_cells(model: type | None, data: dict[str, Any], where: str = "") -> None:
    """Text values of number/integer/boolean fields become numbers/booleans, in place, following the model.

    This converts text; it does not validate (the façade's model does): a cell that cannot be a number raises an
    `InputError` naming the dotted field, since no model could accept it."""
    if model is None or not attrs.has(model):
        return
    hints = _hints(model)
    for key, value in list(data.items()):
        hint = hints.get(_SNAKE.sub("_", key).lower()) or hints.get(key)
        if hint is None:
            continue
        name = f"{where}.{key}" if where else key
        for kind in _alternatives(hint):
            if isinstance(kind, type) and attrs.has(kind) and isinstance(value, dict):
                coerce_cells(kind, value, name)
            elif typing.get_origin(kind) is list and isinstance(value, list):
                inner = (typing.get_args(kind) or (None,))[0]
                for i, element in enumerate(value):
                    if isinstance(element, dict) and isinstance(inner, type):
                        coerce_cells(inner, element, f"{name}[{i}]")
            elif kind in (int, float, bool) and isinstance(value, str):
                data[key] = _scalar(kind, value, name)
            else:
                continue
            break


def _scalar(kind: type, value: str, name: str) -> Any:
    text = value.strip()
    try:
        if kind is int:
            return int(text)
        if kind is float:
            return float(text.replace(",", "."))
    except ValueError:
        expected = "an integer" if kind is int else "a number"
        raise InputError(f"field {name}: expected {expected}, got {value!r}") from None
    if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
        raise InputError(f"field {name}: expected true or false, got {value!r}")
    return text.lower() in ("true", "1", "yes")


def coerce_item(body_model: type | None, items_field: str, data: dict[str, Any], where: str = "") -> None:
    """`coerce_cells` for one item of a batch body (`DocumentBatchRequest.documents[]`)."""
    if body_model is None or not attrs.has(body_model):
        return
    hint = _hints(body_model).get(_SNAKE.sub("_", items_field).lower())
    for kind in _alternatives(hint):
        if typing.get_origin(kind) is list:
            inner = (typing.get_args(kind) or (None,))[0]
            if isinstance(inner, type):
                coerce_cells(inner, data, where)
            return


# -- output -------------------------------------------------------------------------------------------------------


def add_output_flags(parser: Any, *, suppress: bool) -> None:
    """`-o/--output table|json|jsonl` and `--json` (= `-o json`), on every command (before or after its name)."""
    default: Any = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "-o",
        "--output",
        choices=OUTPUT_FORMATS,
        default=default,
        help="table (text for people) | json (one document) | jsonl (one object per line); default: table on a "
        "terminal, json otherwise",
    )
    parser.add_argument(
        "--json", dest="output", action="store_const", const="json", default=default, help="same as --output json"
    )


def output_format(fmt: str | None, stream: IO[str], *, default: str | None = None) -> str:
    """The `--output` given, else `default`, else table on a terminal and json otherwise."""
    if fmt:
        return fmt
    if default:
        return default
    return "table" if getattr(stream, "isatty", lambda: False)() else "json"


def jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def dump(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(jsonable(value), indent=indent, default=str, ensure_ascii=False)


class Output:
    """The one output contract of every command: `table` (text for people), `json` (exactly one document: a list
    for lists, an object for anything else), `jsonl` (one object per line; nothing for an empty list or no
    content). Default: table on a terminal, json otherwise."""

    def __init__(self, stream: IO[str], fmt: str | None) -> None:
        self.stream = stream
        self.format = output_format(fmt, stream)

    def one(self, value: Any) -> None:
        data = jsonable(value)
        if self.format == "table":
            if isinstance(data, Mapping):
                width = max((len(str(k)) for k in data), default=0)
                for key, field in data.items():
                    shown = field if isinstance(field, str | int | float | bool) or field is None else dump(field)
                    self.stream.write(f"{key:<{width}}  {shown}\n")
            elif isinstance(data, list):
                self._table(data, ())
            else:
                self._table([data], ())
        elif self.format == "jsonl":
            self.stream.write(dump(data) + "\n")
        else:
            self.stream.write(dump(data, indent=2) + "\n")

    def nothing(self) -> None:
        """No content (an HTTP 204): `null` as the one json document, no line for jsonl or table."""
        if self.format == "json":
            self.stream.write("null\n")

    def summary(self, data: Mapping[str, Any], text: Iterable[str]) -> None:
        """A command's own result (a created item, a submit or batch summary, a token): `text` for the table,
        `data` as one object for json/jsonl."""
        if self.format == "table":
            for line in text:
                self.stream.write(line + "\n")
        else:
            self.one(dict(data))

    def many(self, values: Iterable[Any], columns: Sequence[str] = ()) -> int:
        rows = [jsonable(v) for v in values]
        if self.format == "jsonl":
            for row in rows:
                self.stream.write(dump(row) + "\n")
        elif self.format == "json":
            self.stream.write(dump(rows, indent=2) + "\n")
        else:
            self._table(rows, columns)
        return len(rows)

    def _table(self, rows: list[Any], columns: Sequence[str]) -> None:
        dicts = [r if isinstance(r, Mapping) else {"value": r} for r in rows]
        keys = list(columns) or list(dict.fromkeys(k for r in dicts for k in r))[:6]
        cells = [[_cell(r.get(k)) for k in keys] for r in dicts]
        widths = [max([len(k), *(len(c[i]) for c in cells)]) for i, k in enumerate(keys)]
        self.stream.write("  ".join(k.ljust(w) for k, w in zip(keys, widths, strict=True)).rstrip() + "\n")
        for row in cells:
            self.stream.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else dump(value)
    return text if len(text) <= 40 else text[:39] + "…"


class ProgressBar:
    """A one-line bar on stderr (only when it is a terminal, unless forced), redrawn at most 10 times a second."""

    def __init__(self, total: int, label: str, *, stream: IO[str] | None = None, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.label = label
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._last = 0.0
        self._shown = False

    def __call__(self, progress: Any) -> None:
        now = time.monotonic()
        done = progress.processed >= self.total
        if not self.enabled or (now - self._last < 0.1 and not done):
            return
        self._last = now
        self.render(progress.processed, progress.succeeded, progress.failed, progress.submitted)

    def render(self, processed: int, succeeded: int, failed: int, submitted: int = 0) -> None:
        if not self.enabled:
            return
        width = 30
        total = max(self.total, 1)
        filled = min(width, int(width * processed / total))
        bar = "#" * filled + "-" * (width - filled)
        line = f"\r{self.label} [{bar}] {processed}/{self.total} ok {succeeded} failed {failed} (sent {submitted})"
        self.stream.write(line)
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_REQUEST_ID = re.compile(r"\s*(—\s*)?request id [^\s—)]+\s*")
_HTTP = re.compile(r"(HTTP \d{3})")


def reason_of(outcome: Any) -> str:
    """A short, groupable reason: ids and numbers are replaced so `Customer 17 does not exist` groups with its kind,
    while HTTP statuses stay (`rejected: arm.documents.create_documents_batch: HTTP 400 — Invalid body`)."""
    text = _REQUEST_ID.sub(" — ", outcome.message or outcome.status).strip(" —")
    text = _UUID.sub("<id>", text)
    parts = _HTTP.split(text)  # odd positions are the kept `HTTP nnn`
    text = "".join(part if i % 2 else re.sub(r"\d+", "#", part) for i, part in enumerate(parts))
    text = " ".join(text.split())
    return text if len(text) <= 120 else text[:119] + "…"
