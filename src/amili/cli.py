"""`amili`: the command line for Amili's APIs (argparse, plain output, no extra dependencies).

    amili token [--show]
    amili arm customers list|get|create|submit ...
    amili arm documents submit FILE --clientno N [--out outcomes.jsonl] [--journal run.sqlite]
    amili autocollect invoices|payments submit FILE --org ORG
    amili batches wait arm|autocollect BATCH_ID --scope CLIENTNO|ORG
    amili sandbox serve [--port 8080]
    amili specs drift report|patch FILE [--specs DIR] [--write]

Credentials and environment come from `AMILI_CLIENT_ID`, `AMILI_CLIENT_SECRET`, `AMILI_ENVIRONMENT`,
`AMILI_BASE_URL` (root of a running `amili sandbox serve`) and `AMILI_<API>_BASE_URL`, or from the flags.
Exit codes: 0 done, 1 error, 2 bad usage or bad input (nothing sent), 3 done but some items failed.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import csv
import datetime as dt
import importlib
import json
import os
import re
import sys
import time
import types
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, Any

import anyio
import attrs
import httpx

from . import __version__
from ._logging import REDACTED, redact_headers, setup_from_env
from ._models import field as _attr
from .batches import BatchHandle, BatchResult, BatchState, BatchSubmitter, ItemOutcome, Progress
from .client import AmiliClient
from .drift import cli as drift_cli
from .environments import API_NAMES
from .errors import (
    AmiliError,
    APIConnectionError,
    APIStatusError,
    ConfigurationError,
    RequestValidationError,
    ResponseValidationError,
)
from .journal import JournalMismatchError

__all__ = ["SANDBOX_PATHS", "InputError", "ProgressBar", "build_parser", "main", "read_items"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_ITEMS_FAILED = 0, 1, 2, 3

SANDBOX_PATHS = {
    "identity": "/identity",
    "arm": "/arm/v1",
    "autocollect": "/collection/v1",
    "distribution": "/distribution",
    "partner": "/partner",
}
"""Path of each API under the root of an Amili-compatible server (`amili sandbox serve`), for `--base-url`."""

SANDBOX_CREDENTIALS = ("sandbox", "sandbox-secret")
"""The embedded sandbox's default client (not a secret: it only opens a local simulator)."""


class InputError(AmiliError):
    """A bad input file or argument: reported on one line, exit code 2, nothing sent."""


# -- input files --------------------------------------------------------------------------------------------------


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
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if fmt == "jsonl" or fmt == "ndjson":
        rows = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}: line {number}: not valid JSON ({exc.msg}, column {exc.colno})") from None
            if not isinstance(value, dict):
                raise InputError(f"{path}: line {number}: expected a JSON object, got {type(value).__name__}")
            rows.append(Row(f"line {number}", value))
        return rows
    if fmt == "json":
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}: line {exc.lineno}: not valid JSON ({exc.msg}, column {exc.colno})") from None
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
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames:
            raise InputError(f"{path}: empty CSV file (a header row is required)")
        rows = []
        for record in reader:
            data: dict[str, Any] = {}
            for column, cell in record.items():
                if column is None or cell is None or cell == "":
                    continue
                _set_dotted(data, column.strip(), cell)
            rows.append(Row(f"line {reader.line_num}", data))
        return rows
    raise InputError(f"{path}: unknown format {fmt!r}: use .json, .jsonl or .csv (or --format)")


def _set_dotted(data: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, leaf = dotted.split(".")
    node = data
    for part in parents:
        child = node.setdefault(part, {})
        if not isinstance(child, dict):
            raise InputError(f"column {dotted!r} conflicts with column {part!r}")
        node = child
    node[leaf] = value


# -- type checks driven by the generated models ---------------------------------------------------------------------

_SNAKE = re.compile(r"(?<!^)(?=[A-Z])")


def _snake(name: str) -> str:
    return _SNAKE.sub("_", name).lower()


def _field_types(model: type) -> dict[str, list[str]]:
    """attr name -> the non-Unset alternatives of its annotation, e.g. `["float"]`, `["list[DocumentLine]"]`."""
    out: dict[str, list[str]] = {}
    for field in attrs.fields(model):
        annotation = field.type if isinstance(field.type, str) else getattr(field.type, "__name__", "")
        parts = [p.strip() for p in str(annotation).split("|")]
        out[field.name] = [p for p in parts if p and p not in ("Unset", "None")]
    return out


def _resolve(models: types.ModuleType, name: str) -> type | None:
    value = getattr(models, name, None)
    return value if isinstance(value, type) and attrs.has(value) else None


def check_types(model: type, data: Any, where: str = "") -> tuple[str, str] | None:
    """Coerce CSV strings to the model's number/boolean fields in place and find the first mistyped field.

    Returns `(field, message)` or None. Unknown fields pass (Amili's inferred schemas are open).
    """
    models = importlib.import_module(model.__module__.rsplit(".", 1)[0])
    if not isinstance(data, dict):
        return where or "(item)", "expected an object"
    types_by_attr = _field_types(model)
    for key in list(data):
        alternatives = types_by_attr.get(_snake(key)) or types_by_attr.get(key)
        if not alternatives:
            continue
        name = f"{where}.{key}" if where else key
        value = data[key]
        problem = _check_value(models, alternatives, value, name)
        if isinstance(problem, tuple):
            return problem
        if problem is not _KEEP:
            data[key] = problem
    return None


_KEEP = object()


def _check_value(models: types.ModuleType, alternatives: list[str], value: Any, name: str) -> Any:
    """`_KEEP`, a coerced replacement value, or `(field, message)`."""
    kind = alternatives[0]
    if value is None:
        return _KEEP
    if kind in ("float", "int"):
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            return name, f"expected a number, got {json.dumps(value)[:40]}"
        if isinstance(value, str):
            try:
                number = float(value.strip().replace(",", ".")) if kind == "float" else int(value.strip())
            except ValueError:
                return name, f"expected {'a number' if kind == 'float' else 'an integer'}, got {value!r}"
            return number
        if kind == "int" and isinstance(value, float) and not value.is_integer():
            return name, f"expected an integer, got {value}"
        return _KEEP
    if kind == "bool":
        if isinstance(value, bool):
            return _KEEP
        if isinstance(value, str) and value.strip().lower() in ("true", "false", "1", "0", "yes", "no"):
            return value.strip().lower() in ("true", "1", "yes")
        return name, f"expected true or false, got {json.dumps(value)[:40]}"
    if kind in ("datetime.date", "datetime.datetime"):
        if not isinstance(value, str):
            return name, f"expected an ISO {kind.split('.')[1]} string, got {json.dumps(value)[:40]}"
        try:
            if kind == "datetime.date":
                dt.date.fromisoformat(value)
            else:
                dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return name, f"expected an ISO {kind.split('.')[1]}, got {value!r}"
        return _KEEP
    if kind.startswith("list["):
        if not isinstance(value, list):
            return name, "expected a list"
        inner = _resolve(models, kind[5:-1])
        if inner is not None:
            for i, element in enumerate(value):
                problem = check_types(inner, element, f"{name}[{i}]")
                if problem:
                    return problem
        return _KEEP
    nested = _resolve(models, kind)
    if nested is not None:
        if not isinstance(value, dict):
            return name, "expected an object"
        return check_types(nested, value, name) or _KEEP
    return _KEEP


def item_model(submitter: BatchSubmitter) -> type | None:
    """The generated model of one item of a batch write (e.g. `Document` for `DocumentBatchRequest.documents`)."""
    body_type = submitter.meta.body_type
    if body_type is None:
        return None
    models = importlib.import_module(body_type.__module__.rsplit(".", 1)[0])
    annotation = _field_types(body_type).get(_snake(submitter.items_field), [""])[0]
    if annotation.startswith("list["):
        return _resolve(models, annotation[5:-1])
    return None


@attrs.frozen
class Invalid:
    row: Row
    index: int
    field: str | None
    message: str


def validate_rows(submitter: BatchSubmitter, rows: Sequence[Row]) -> list[Invalid]:
    """Every problem the SDK can see before sending: types (the generated models) then `submitter.validate`."""
    model = item_model(submitter)
    invalid = []
    for index, row in enumerate(rows):
        problem = check_types(model, row.data) if model is not None else None
        if problem is not None:
            invalid.append(Invalid(row, index, problem[0], problem[1]))
            continue
        try:
            submitter.validate(row.data)
        except RequestValidationError as exc:
            invalid.append(Invalid(row, index, exc.field, str(exc)))
    return invalid


# -- output -------------------------------------------------------------------------------------------------------


class ProgressBar:
    """A one-line bar on stderr (only when it is a terminal, unless forced), redrawn at most 10 times a second."""

    def __init__(self, total: int, label: str, *, stream: IO[str] | None = None, enabled: bool | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total = total
        self.label = label
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._last = 0.0
        self._shown = False

    def __call__(self, progress: Progress) -> None:
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


def _jsonable(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value


def _dump(value: Any, *, indent: int | None = None) -> str:
    return json.dumps(_jsonable(value), indent=indent, default=str, ensure_ascii=False)


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def reason_of(outcome: ItemOutcome) -> str:
    """A short, groupable reason: numbers are replaced so `Customer 17 does not exist` groups with its kind."""
    text = _UUID.sub("<id>", outcome.message or outcome.status)
    return re.sub(r"\d+", "#", text)[:70]


# -- the client -----------------------------------------------------------------------------------------------------


class DebugTransport(httpx.AsyncBaseTransport):
    """`--debug`: one line per attempt on stderr, with request headers redacted and no bodies or query strings."""

    def __init__(self, inner: httpx.AsyncBaseTransport, stream: IO[str]) -> None:
        self.inner = inner
        self.stream = stream

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        headers = redact_headers(request.headers.multi_items())
        shown = {k: v for k, v in headers.items() if k.lower() not in ("user-agent", "accept-encoding", "connection")}
        query = "?…" if request.url.query else ""
        self.stream.write(f"debug: > {request.method} {request.url.copy_with(query=None)}{query} {shown}\n")
        started = time.monotonic()
        try:
            response = await self.inner.handle_async_request(request)
        except httpx.TransportError as exc:
            self.stream.write(f"debug: < {type(exc).__name__} after {(time.monotonic() - started) * 1000:.0f} ms\n")
            raise
        request_id = response.headers.get("x-amili-request-id", "-")
        elapsed = (time.monotonic() - started) * 1000
        self.stream.write(f"debug: < {response.status_code} in {elapsed:.0f} ms (request id {request_id})\n")
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


def make_client(args: argparse.Namespace, stderr: IO[str]) -> AmiliClient:
    """The client the flags and AMILI_* variables describe (flags win)."""
    environment = args.environment or _env("AMILI_ENVIRONMENT") or "production"
    client_id = args.client_id or _env("AMILI_CLIENT_ID")
    client_secret = args.client_secret or _env("AMILI_CLIENT_SECRET")
    base_urls = {api: url for api in API_NAMES if (url := _env(f"AMILI_{api.upper()}_BASE_URL"))}
    root = args.base_url or _env("AMILI_BASE_URL")
    if root:
        base_urls.update({api: root.rstrip("/") + path for api, path in SANDBOX_PATHS.items()})
    options: dict[str, Any] = {"scope": args.oauth_scope, "max_retries": args.max_retries, "timeout": args.timeout}
    options = {k: v for k, v in options.items() if v is not None}

    def transport(inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
        return DebugTransport(inner, stderr) if args.debug else inner

    if environment == "sandbox" and not base_urls:
        try:
            from .sandbox import Sandbox
        except ImportError:
            raise ConfigurationError("the sandbox needs the extra: pip install 'amili-sdk[sandbox]'") from None
        sandbox = Sandbox()
        creds = sandbox.credentials
        return AmiliClient(
            client_id or creds.client_id,
            client_secret or creds.client_secret,
            environment="sandbox",
            sandbox=sandbox,
            transport=transport(sandbox.transport()),
            **options,
        )
    if environment == "sandbox":
        # A sandbox served elsewhere (`amili sandbox serve`): plain HTTP to the given URLs. AmiliClient's
        # environment="sandbox" always starts an in-process simulator, so the URLs are passed as overrides instead.
        missing = [api for api in ("identity", "arm", "autocollect") if api not in base_urls]
        if missing:
            raise ConfigurationError(
                f"sandbox base URLs missing for {', '.join(missing)}: pass --base-url http://127.0.0.1:PORT "
                "(the root `amili sandbox serve` prints) or AMILI_<API>_BASE_URL"
            )
        client_id, client_secret = client_id or SANDBOX_CREDENTIALS[0], client_secret or SANDBOX_CREDENTIALS[1]
        environment_for_urls = "production"  # every URL it would pick is overridden above
    else:
        environment_for_urls = environment
        if not (client_id and client_secret):
            raise ConfigurationError(
                "no credentials: set AMILI_CLIENT_ID and AMILI_CLIENT_SECRET (or --client-id/--client-secret), "
                "or use --environment sandbox"
            )
    client = AmiliClient(
        client_id,
        client_secret,
        environment=environment_for_urls,
        base_urls=base_urls or None,
        transport=transport(httpx.AsyncHTTPTransport(retries=0)) if args.debug else None,
        **options,
    )
    client.environment = environment
    return client


# -- commands -------------------------------------------------------------------------------------------------------


@attrs.define
class Context:
    args: argparse.Namespace
    out: IO[str]
    err: IO[str]
    client: AmiliClient

    def print(self, text: str = "") -> None:
        self.out.write(text + "\n")


def _jwt_claims(token: str) -> dict[str, Any]:
    """The payload of a JWT, unverified (display only); {} for an opaque token."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        payload = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, UnicodeDecodeError):
        return {}
    return payload if isinstance(payload, dict) else {}


def _iso(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, tz=dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


async def cmd_token(ctx: Context) -> int:
    provider = ctx.client.token_provider
    if provider is None:
        raise ConfigurationError("no credentials to fetch a token with")
    token = await provider.get_token()
    claims = _jwt_claims(token.value)
    issuer = claims.get("iss") or ctx.client._core().http_client("identity").base_url
    scopes = token.scope or claims.get("scope") or claims.get("scp") or ""
    if isinstance(scopes, list):
        scopes = " ".join(str(s) for s in scopes)
    remaining = token.expires_at - time.time()
    ctx.print(f"issuer:  {issuer}")
    ctx.print(f"client:  {claims.get('client_id') or claims.get('sub') or getattr(provider, 'client_id', '-')}")
    ctx.print(f"expires: {_iso(token.expires_at)} (in {remaining:.0f} s)")
    ctx.print(f"scopes:  {scopes or '(none)'}")
    ctx.print(f"token:   {token.value if ctx.args.show else REDACTED + ' (use --show to print it)'}")
    return EXIT_OK


def _clientno(args: argparse.Namespace) -> int:
    value = args.clientno if args.clientno is not None else _env("AMILI_CLIENTNO")
    if value is None:
        raise InputError("--clientno is required (or AMILI_CLIENTNO)")
    try:
        return int(value)
    except ValueError:
        raise InputError(f"--clientno must be a number, got {value!r}") from None


def _org(args: argparse.Namespace) -> str:
    value = args.org or _env("AMILI_ORGANIZATION_ID")
    if not value:
        raise InputError("--org is required (or AMILI_ORGANIZATION_ID)")
    return str(value)


async def cmd_customers_list(ctx: Context) -> int:
    clientno = _clientno(ctx.args)
    count = 0
    kwargs: dict[str, Any] = {"clientno": clientno, "pagesize": min(ctx.args.limit or 1000, 1000)}
    if not ctx.args.json:
        ctx.print(f"{'customerNo':<14} {'accountNo':<10} name")
    async for customer in ctx.client.arm.customers.list_customers.iter(**kwargs):
        if ctx.args.limit and count >= ctx.args.limit:
            break
        count += 1
        data = customer.to_dict()
        if ctx.args.json:
            ctx.print(_dump(data))
        else:
            ctx.print(f"{data.get('customerNo', ''):<14} {data.get('accountNo', ''):<10} {data.get('name', '')}")
    if not ctx.args.json:
        ctx.err.write(f"{count} customer(s)\n")
    return EXIT_OK


async def cmd_customers_get(ctx: Context) -> int:
    customer = await ctx.client.arm.customers.get_customer(clientno=_clientno(ctx.args), customerno=ctx.args.customerno)
    ctx.print(_dump(customer, indent=2))
    return EXIT_OK


async def cmd_customers_create(ctx: Context) -> int:
    args = ctx.args
    data: dict[str, Any] = {}
    if args.data:
        try:
            loaded = json.loads(args.data)
        except json.JSONDecodeError as exc:
            raise InputError(f"--data: not valid JSON ({exc.msg})") from None
        if not isinstance(loaded, dict):
            raise InputError("--data must be a JSON object")
        data.update(loaded)
    if args.customer_no:
        data["customerNo"] = args.customer_no
    if args.name:
        data["name"] = args.name
    for pair in args.set or []:
        key, sep, value = pair.partition("=")
        if not sep:
            raise InputError(f"--set expects FIELD=VALUE, got {pair!r}")
        _set_dotted(data, key, value)
    from amili_arm.models import Customer, CustomerRequest

    problem = check_types(Customer, data)
    if problem:
        raise InputError(f"customer field {problem[0]}: {problem[1]}")
    if not data.get("customerNo"):
        raise InputError("customer field customerNo: required (--customer-no)")
    body = {"metadata": {"userId": args.user_id}, "customer": data}
    result = await ctx.client.arm.customers.create_customer(
        clientno=_clientno(args), body=CustomerRequest.from_dict(body)
    )
    parsed = result.to_dict()
    ctx.print(
        f"{parsed.get('result', 'CREATED')}: customer {parsed.get('customerNo', data['customerNo'])} "
        f"(accountNo {parsed.get('accountNo', '-')})"
    )
    for warning in parsed.get("warnings") or []:
        ctx.print(f"warning: {warning.get('field')}: {warning.get('message')}")
    return EXIT_OK


def _submitter(ctx: Context, name: str) -> tuple[BatchSubmitter, int | str, str]:
    client = ctx.client
    table: dict[str, Callable[[], tuple[BatchSubmitter, int | str, str]]] = {
        "arm.customers": lambda: (client.arm.customers.submit_batch, _clientno(ctx.args), "customers"),
        "arm.documents": lambda: (client.arm.documents.submit_batch, _clientno(ctx.args), "documents"),
        "autocollect.invoices": lambda: (client.autocollect.invoices.submit, _org(ctx.args), "invoices"),
        "autocollect.payments": lambda: (client.autocollect.payments.submit, _org(ctx.args), "payments"),
    }
    return table[name]()


async def cmd_submit(ctx: Context) -> int:
    args = ctx.args
    submitter, scope, items_key = _submitter(ctx, args.target)
    path = Path(args.file)
    rows = read_items(path, args.format, items_key=items_key)
    if not rows:
        raise InputError(f"{path}: no items")
    invalid = validate_rows(submitter, rows)
    if invalid and not args.skip_invalid:
        first = invalid[0]
        more = f"; {len(invalid) - 1} more invalid item(s)" if len(invalid) > 1 else ""
        field = f" field {first.field}:" if first.field else ""
        raise InputError(
            f"{path}: {first.row.where}:{field} {_strip_prefix(first.message)}{more}; nothing was sent "
            "(fix the file or use --skip-invalid)"
        )
    bad = {i.index for i in invalid}
    positions = [i for i in range(len(rows)) if i not in bad]
    bar = ProgressBar(len(positions), args.target, stream=ctx.err, enabled=args.progress)
    succeeded = failed = 0
    reasons: dict[str, int] = {}
    out = path_out = None
    if args.out:
        path_out = Path(args.out)
        out = path_out.open("w", encoding="utf-8")  # noqa: ASYNC230 - a local file, one short line per item
    try:

        def record(outcome: ItemOutcome, row: Row) -> None:
            nonlocal succeeded, failed
            if outcome.ok:
                succeeded += 1
            else:
                failed += 1
                reason = reason_of(outcome)
                reasons[reason] = reasons.get(reason, 0) + 1
            if out is not None:
                out.write(_dump({"source": row.where, **outcome.to_dict()}) + "\n")

        for problem in invalid:
            message = f"invalid: {problem.field + ': ' if problem.field else ''}{_strip_prefix(problem.message)}"
            key = problem.row.data.get(submitter.key_field) if submitter.key_field else None
            errors = (problem.field,) if problem.field else ()
            outcome = ItemOutcome(
                problem.index, None if key is None else str(key), False, "INVALID", message=message, errors=errors
            )
            record(outcome, problem.row)
        if positions:
            run = submitter.submit_many(
                scope,
                [rows[i].data for i in positions],
                chunk_size=args.chunk_size,
                concurrency=args.concurrency,
                journal=args.journal,
                wait_timeout=args.wait_timeout,
                on_progress=bar,
            )
            async with run:
                async for outcome in run:
                    position = positions[outcome.index]
                    record(attrs.evolve(outcome, index=position), rows[position])
            bar.close()
    finally:
        bar.close()
        if out is not None:
            out.close()
    total = len(rows)
    ctx.print(f"{args.target}: {total} item(s): {succeeded} succeeded, {failed} failed")
    for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1])[:10]:
        ctx.print(f"  {count:>6}  {reason}")
    if path_out is not None:
        ctx.print(f"outcomes: {path_out}")
    return EXIT_OK if failed == 0 else EXIT_ITEMS_FAILED


def _strip_prefix(message: str) -> str:
    return message.removeprefix("invalid: ")


async def cmd_batches_wait(ctx: Context) -> int:
    args = ctx.args
    client = ctx.client
    variable = "AMILI_CLIENTNO" if args.api == "arm" else "AMILI_ORGANIZATION_ID"
    scope = args.scope or args.clientno or args.org or _env(variable)
    if not scope:
        raise InputError(f"--scope is required ({'the clientno' if args.api == 'arm' else 'the organization id'})")
    item_count = 0
    if args.api == "arm":
        try:
            clientno = int(scope)
        except ValueError:
            raise InputError(f"--scope must be the ARM clientno (a number), got {scope!r}") from None
        first = await client.arm.batches.get_batch.raw(clientno=clientno, batchuuid=args.batch_id)
        count = _attr(first.parsed, "item_count", "itemCount")
        item_count = int(count) if isinstance(count, int) else 0
    handle = client.batches.handle(
        BatchHandle(
            api=args.api,
            operation="cli",
            scope=str(scope),
            batch_id=args.batch_id,
            idempotency_key=None,
            item_count=item_count,
        )
    )
    result = await handle.wait(timeout=args.wait_timeout)
    return _print_batch(ctx, result)


def _print_batch(ctx: Context, result: BatchResult) -> int:
    outcomes = list(result.outcomes)
    if not outcomes and result.handle.api == "autocollect":
        data = _attr(result.raw, "data")
        ok = _attr(data, "succeeded") or []
        bad = _attr(data, "failed") or []
        outcomes = [ItemOutcome(i, None, True, "SUCCESS") for i in range(len(ok))]
        for entry in bad:
            index = _attr(entry, "index")
            message = _attr(entry, "message")
            outcomes.append(ItemOutcome(index if isinstance(index, int) else -1, None, False, "FAILED", message))
    n_ok = sum(1 for o in outcomes if o.ok)
    ctx.print(f"batch {result.handle.batch_id}: {result.state} ({n_ok} succeeded, {len(outcomes) - n_ok} failed)")
    for outcome in outcomes:
        if not outcome.ok:
            key = f" {outcome.key}" if outcome.key else ""
            ctx.print(f"  item {outcome.index}{key}: {outcome.message or outcome.status}")
    if ctx.args.out:
        with Path(ctx.args.out).open("w", encoding="utf-8") as fh:
            for outcome in outcomes:
                fh.write(_dump(outcome.to_dict()) + "\n")
    return EXIT_OK if result.state is BatchState.SUCCESS else EXIT_ITEMS_FAILED


def cmd_sandbox_serve(args: argparse.Namespace, out: IO[str]) -> int:
    """The sandbox's own launcher (`python -m amili.sandbox` is the same)."""
    return int(_sandbox_launcher().run(args, out))


def _sandbox_launcher() -> Any:
    try:
        from .sandbox import launcher
    except ImportError:
        raise ConfigurationError("the sandbox needs the extra: pip install 'amili-sdk[sandbox]'") from None
    return launcher


# -- parser ---------------------------------------------------------------------------------------------------------


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """Connection flags; accepted before and after the subcommand (`amili -e sandbox token`, `amili token -e …`)."""
    default: Any = argparse.SUPPRESS if suppress else None
    group = parser.add_argument_group("connection")
    group.add_argument(
        "-e", "--environment", default=default, help="production | staging | sandbox (AMILI_ENVIRONMENT)"
    )
    group.add_argument("--client-id", default=default, help="(AMILI_CLIENT_ID)")
    group.add_argument("--client-secret", default=default, help="(AMILI_CLIENT_SECRET; prefer the variable)")
    group.add_argument("--oauth-scope", default=default, help="OAuth scope to request with the token")
    group.add_argument("--base-url", default=default, help="root of a running `amili sandbox serve` (AMILI_BASE_URL)")
    group.add_argument("--timeout", type=float, default=default, help="seconds per request")
    group.add_argument("--max-retries", type=int, default=default)
    group.add_argument(
        "--debug",
        action="store_true",
        default=default if suppress else False,
        help="log every attempt to stderr (headers redacted)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="amili",
        description="Command line for Amili's APIs (ARM, AutoCollect, Distribution).",
        epilog="Exit codes: 0 done, 1 error, 2 bad usage or input (nothing sent), 3 some items failed.",
    )
    parser.add_argument("--version", action="version", version=f"amili-sdk {__version__}")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def leaf(parent: Any, name: str, help_text: str, handler: Any) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, help=help_text, description=help_text)
        _common(p, suppress=True)
        p.set_defaults(handler=handler)
        return p

    token = leaf(sub, "token", "fetch a token and show issuer, expiry and scopes", cmd_token)
    token.add_argument("--show", action="store_true", help="also print the token itself")

    def submit_options(p: argparse.ArgumentParser, target: str) -> None:
        p.set_defaults(target=target)
        p.add_argument("file", help="items as .json (array), .jsonl or .csv (header row; dotted columns nest)")
        p.add_argument("--format", choices=["json", "jsonl", "csv"], help="default: from the file extension")
        p.add_argument("--out", help="write one outcome per input item to this JSONL file")
        p.add_argument("--journal", help="SQLite journal: rerun with the same file to resume after a crash")
        p.add_argument("--chunk-size", type=int, default=500)
        p.add_argument("--concurrency", type=int, default=4)
        p.add_argument("--wait-timeout", type=float, default=3600.0, help="seconds to wait for each batch")
        p.add_argument("--skip-invalid", action="store_true", help="send the valid items, report invalid ones")
        p.add_argument(
            "--progress", action=argparse.BooleanOptionalAction, default=None, help="default: when stderr is a tty"
        )

    arm = sub.add_parser("arm", help="ARM (accounts receivable)").add_subparsers(dest="group", required=True)
    customers = arm.add_parser("customers", help="customers").add_subparsers(dest="action", required=True)
    p = leaf(customers, "list", "list customers", cmd_customers_list)
    p.add_argument("--clientno", help="ARM client number (AMILI_CLIENTNO)")
    p.add_argument("--limit", type=int)
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p = leaf(customers, "get", "show one customer", cmd_customers_get)
    p.add_argument("customerno")
    p.add_argument("--clientno")
    p = leaf(customers, "create", "create one customer", cmd_customers_create)
    p.add_argument("--clientno")
    p.add_argument("--customer-no")
    p.add_argument("--name")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", help="any other field (repeatable)")
    p.add_argument("--data", help="the customer as a JSON object")
    p.add_argument("--user-id", default="amili-cli", help="metadata.userId")
    p = leaf(customers, "submit", "create customers from a file through batches", cmd_submit)
    p.add_argument("--clientno")
    submit_options(p, "arm.customers")
    documents = arm.add_parser("documents", help="documents").add_subparsers(dest="action", required=True)
    p = leaf(documents, "submit", "submit documents from a file through batches", cmd_submit)
    p.add_argument("--clientno")
    submit_options(p, "arm.documents")

    ac = sub.add_parser("autocollect", help="AutoCollect (debt collection)").add_subparsers(dest="group", required=True)
    for kind in ("invoices", "payments"):
        group = ac.add_parser(kind, help=kind).add_subparsers(dest="action", required=True)
        p = leaf(group, "submit", f"submit {kind} from a file through batches", cmd_submit)
        p.add_argument("--org", help="organization id (AMILI_ORGANIZATION_ID)")
        submit_options(p, f"autocollect.{kind}")

    batches = sub.add_parser("batches", help="asynchronous batches").add_subparsers(dest="action", required=True)
    p = leaf(batches, "wait", "wait for a batch and show its outcome", cmd_batches_wait)
    p.add_argument("api", choices=["arm", "autocollect"])
    p.add_argument("batch_id")
    p.add_argument("--scope", help="ARM clientno or AutoCollect organization id")
    p.add_argument("--clientno", help="alias of --scope for arm")
    p.add_argument("--org", help="alias of --scope for autocollect")
    p.add_argument("--wait-timeout", type=float, default=600.0, help="seconds to wait (default 600)")
    p.add_argument("--out", help="write the item outcomes to this JSONL file")

    sandbox = sub.add_parser("sandbox", help="the embedded Amili simulator").add_subparsers(
        dest="action", required=True
    )
    p = sandbox.add_parser("serve", help="serve the sandbox on loopback", description="serve the sandbox on loopback")
    p.set_defaults(handler=None, serve=True)
    with contextlib.suppress(ConfigurationError):  # without the extra, `serve` explains itself when run
        _sandbox_launcher().add_arguments(p)
    drift_cli.add_parser(sub)  # amili specs drift report|patch (no client needed)
    return parser


# -- entry point ----------------------------------------------------------------------------------------------------


def _leaf_error(exc: BaseException) -> BaseException:
    """The one interesting exception inside (nested) exception groups from task groups."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return exc


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def describe_error(exc: BaseException) -> str:
    """operation, status, request id, server message: one line, no secrets (the SDK never puts them in errors)."""
    if isinstance(exc, APIStatusError):
        parts = [exc.operation or "request", f"HTTP {exc.status_code}"]
        message = exc.server_message
        fields = exc.field_errors
        if fields:
            detail = "; ".join(f"{f.field}: {f.message}" if f.field else f.message for f in fields[:3])
            message = f"{message} ({detail})" if message else detail
        parts.append(f"request id {exc.request_id or '-'}")
        if message:
            parts.append(message)
        return _one_line(" — ".join(parts))
    if isinstance(exc, ResponseValidationError):
        return _one_line(f"{exc} (HTTP {exc.status_code}, request id {exc.request_id or '-'})")
    if isinstance(exc, APIConnectionError):
        return _one_line(str(exc))
    return _one_line(str(exc) or type(exc).__name__)


def main(argv: Sequence[str] | None = None, *, stdout: IO[str] | None = None, stderr: IO[str] | None = None) -> int:
    out = stdout if stdout is not None else sys.stdout
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse already printed usage
        return int(exc.code) if isinstance(exc.code, int) else EXIT_USAGE
    if args.debug:
        setup_from_env("info")
    try:
        if getattr(args, "serve", False):
            return cmd_sandbox_serve(args, out)
        if getattr(args, "local", None) is not None:
            return int(args.local(args, out, err))
        return anyio.run(_run, args, out, err)
    except KeyboardInterrupt:
        err.write("amili: interrupted\n")
        return 130
    except BaseException as raised:  # every expected failure becomes one line, anything else a traceback
        error = _leaf_error(raised)
        if isinstance(error, InputError | RequestValidationError):
            err.write(f"amili: error: {_one_line(str(error))}\n")
            return EXIT_USAGE
        if isinstance(error, AmiliError | JournalMismatchError):
            err.write(f"amili: error: {describe_error(error)}\n")
            return EXIT_ERROR
        if isinstance(error, KeyboardInterrupt):
            err.write("amili: interrupted\n")
            return 130
        raise


async def _run(args: argparse.Namespace, out: IO[str], err: IO[str]) -> int:
    client = make_client(args, err)
    async with client:
        code: int = await args.handler(Context(args, out, err, client))
    return code


def entrypoint() -> None:  # the console script
    sys.exit(main())


if __name__ == "__main__":
    entrypoint()
