"""The ASGI layer in front of all APIs: request id, request log, faults, bearer auth, spec validation."""

from __future__ import annotations

import json
import math
import re
import time
import uuid
from typing import TYPE_CHECKING, Any

import anyio
from starlette.routing import Match

from .._api_table import API_TABLE
from . import control, redaction
from .conform import conforming, documents_header
from .drift import drifting
from .errors import error_body
from .faults import FaultDecision, FaultKind
from .state import RequestRecord, Violation
from .validation import short_name

if TYPE_CHECKING:
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

    from .app import Sandbox

#: sandbox API name -> path prefix mirroring the real base URLs (from the API table)
PREFIXES = {info.name: info.default_server.sandbox_prefix for info in API_TABLE}
#: operations that need no bearer token even though their API does (besides those whose spec says ``security: []``)
PUBLIC_OPERATIONS = {"partner.create_token", "arm.get_health"}
INPROCESS_HEADER = "x-sandbox-transport"
FAULT_HEADER = "x-sandbox-fault"
#: in-process requests of ``sandbox.seed``: no faults, no auth, not in the request log
SEED_HEADER = "x-sandbox-seed"
#: every answer carries the request's id (documented in the specs as an inferred header, `AmiliRequestId`)
REQUEST_ID_HEADER = b"x-amili-request-id"
#: headers the in-process transport adds for the sandbox alone: never in a request record (records equal the wire)
IN_PROCESS_ONLY = frozenset({INPROCESS_HEADER, SEED_HEADER})
#: deeper JSON is refused with 400 (a parser's recursion limit must never turn into a 500)
MAX_JSON_DEPTH = 64
#: the request log keeps headers and bodies of this many most recent requests (older records keep the summary)
BODIES_KEPT = 1000
_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"')
_JSON_NESTING = re.compile(rb"[\[\]{}]")


class _NonFinite(ValueError):
    pass


def _reject_constant(name: str) -> None:
    raise _NonFinite(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):  # `1e400` overflows to inf: stored, it would break every later answer
        raise _NonFinite(f"{text[:40]} (out of range)")
    return value


def json_problem(raw: bytes, content_type: str) -> str | None:
    """Why a JSON body is refused before any handler sees it (too deep, NaN/Infinity, a number out of float range,
    a lone surrogate); None when it is not. Handlers parse a body whatever its content type, so a body that looks
    like JSON is checked whatever its content type too."""
    if not raw or ("json" not in content_type and raw.lstrip()[:1] not in (b"{", b"[")):
        return None
    depth = deepest = 0
    for bracket in _JSON_NESTING.findall(_JSON_STRING.sub(b'""', raw)):
        depth += 1 if bracket in (b"[", b"{") else -1
        deepest = max(deepest, depth)
    if deepest > MAX_JSON_DEPTH:
        return f"JSON nested deeper than {MAX_JSON_DEPTH} levels"
    try:
        data = json.loads(raw, parse_constant=_reject_constant, parse_float=_finite_float)
    except _NonFinite as exc:
        return f"{exc} is not a JSON number"
    except (ValueError, RecursionError):
        return None  # malformed JSON: spec validation names the problem
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(str(exc.object[exc.start])) if isinstance(exc.object, str) else 0
        return f"a lone surrogate (\\u{code:04x}) in a string is not valid Unicode text"
    return None


def split_api(path: str) -> tuple[str | None, str]:
    for api, prefix in PREFIXES.items():
        if path == prefix or path.startswith(prefix + "/"):
            return api, path[len(prefix) :] or "/"
    return None, path


class DroppedConnection(Exception):
    """Raised after the response started so uvicorn aborts the connection (a dropped connection on loopback)."""


class Pipeline:
    """Pure ASGI middleware; buffers each request and response (Amili payloads are small) so faults can replace
    a response after the handler already applied it."""

    def __init__(self, sandbox: Sandbox, inner: ASGIApp) -> None:
        self.sandbox = sandbox
        self.inner = inner

    def operation(self, api: str | None, method: str, rel: str, scope: Scope) -> str:
        """The façade's ``<api>.<namespace>.<operationId>`` (what SDK errors carry as ``exc.operation``) from the
        spec when there is one, else the sandbox route name."""
        if api is None:
            return "sandbox" if scope["path"].startswith("/_sandbox") else "unknown"
        qualified = self.sandbox.validator.qualified
        spec = self.sandbox.validator.specs.get(api)
        if spec is not None:
            op, _, _ = spec.match(method, rel)
            if op is not None:
                return qualified(f"{api}.{op.operation_id}")
        probe = {**scope, "path": rel, "root_path": ""}
        for route in self.sandbox.api_routes[api]:
            match, _ = route.matches(probe)
            if match is Match.FULL:
                return qualified(str(getattr(route, "name", f"{api}.unknown")))
        return f"{api}.unknown"

    def sends_request_id(self, api: str | None, method: str, rel: str, status: int) -> bool:
        """Only where the spec documents ``X-Amili-Request-Id`` for this answer (the specs' own operations do; one
        newly added without it gets none, so strict drift checking stays clean)."""
        spec = self.sandbox.validator.specs.get(api or "")
        op = spec.match(method, rel)[0] if spec is not None else None
        return op is None or documents_header(spec, op, status, REQUEST_ID_HEADER.decode())

    def auth_problem(self, api: str, operation: str, authorization: str | None) -> str:
        """'' when the request may proceed; the spec decides public operations and where Basic auth is accepted."""
        spec = self.sandbox.validator.specs.get(api)
        op = spec.find(short_name(operation).partition(".")[2]) if spec is not None else None
        schemes = spec.schemes(op) if spec is not None and op is not None else None
        if schemes == []:
            return ""
        # the legacy /webapi API takes Basic everywhere, although the spec declares it on its POSTs only
        basic_ok = (schemes is not None and "basicAuth" in schemes) or (op is not None and "/webapi/" in op.template)
        if basic_ok and (authorization or "").lower().startswith("basic "):
            return self.sandbox.ctx.tokens.check_basic(authorization or "")
        return self.sandbox.ctx.tokens.check_header(authorization)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.inner(scope, receive, send)
            return
        sandbox, ctx = self.sandbox, self.sandbox.ctx
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body", False):
                break
        method, path = scope["method"], scope["path"]
        query = scope.get("query_string", b"").decode("latin-1")
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        api, rel = split_api(path)
        operation = self.operation(api, method, rel, scope)
        request_id = str(uuid.uuid4())
        record = RequestRecord(
            request_id,
            method,
            path,
            query,
            operation,
            idempotency_key=headers.get("idempotencykey"),
            traceparent=headers.get("traceparent"),
            at=ctx.clock.now(),
            headers=redaction.headers({k: v for k, v in headers.items() if k not in IN_PROCESS_ONLY}),
            body=redaction.body(bytes(body), headers.get("content-type", "")),
        )
        send = _recording(send, record)
        inprocess = headers.get(INPROCESS_HEADER) == "inprocess"

        async def respond(status: int, payload: Any, extra: dict[str, str] | None = None) -> None:
            raw = json.dumps(payload).encode()
            out = [(b"content-type", b"application/json"), (b"content-length", str(len(raw)).encode())]
            out += [(k.lower().encode(), v.encode()) for k, v in (extra or {}).items()]
            if self.sends_request_id(api, method, rel, status):
                out.append((REQUEST_ID_HEADER, request_id.encode()))
            record.status = status
            await send({"type": "http.response.start", "status": status, "headers": out})
            await send({"type": "http.response.body", "body": raw})

        async def drop() -> None:
            record.status = 0
            if inprocess:
                await respond(599, {"sandbox": "connection dropped"}, {FAULT_HEADER: "drop"})
                record.status = 0  # no HTTP status reached the client
                return
            start = [(b"content-length", b"1024"), (REQUEST_ID_HEADER, request_id.encode())]
            await send({"type": "http.response.start", "status": 200, "headers": start})
            raise DroppedConnection(f"sandbox dropped the connection for {method} {path}")

        if api is None:
            if path.startswith("/_sandbox"):
                status, why = control.refusal(method, headers, self.sandbox.control_hosts)
                if status:
                    await respond(status, {"error": why})
                    return
            # /_sandbox routes get the same door check as the APIs (below): a stored NaN/inf or lone surrogate would
            # turn every later answer, the UI's state included, into a 500.
            problem = json_problem(bytes(body), headers.get("content-type", ""))
            if problem is not None:
                await respond(400, error_body("sandbox", 400, "Request body refused", [problem]))
                return
            await self._forward(scope, bytes(body), send, record)
            return
        seeding = inprocess and headers.get(SEED_HEADER) == "1"
        if not seeding:
            sandbox.requests.append(record)
            ctx.state.requests_per_route[operation] += 1
            if len(sandbox.requests) > BODIES_KEPT:  # a long-running sandbox must not grow by whole bodies
                old = sandbox.requests[-BODIES_KEPT - 1]
                old.headers, old.body, old.response_headers, old.response_body = {}, "", {}, ""
        await sandbox.process_due()

        decision = FaultDecision()
        if not seeding:  # a rule may name the operation either way: `arm.get_customer` is an input alias
            decision = ctx.faults.decide(len(sandbox.requests), method, path, operation, short_name(operation))
        if decision.latency:
            await anyio.sleep(decision.latency)
        if decision.expire_token:
            ctx.tokens.expire_all()
        if decision.before is not None:
            record.fault = decision.before.kind.value
            if decision.before.kind is FaultKind.DROP:
                await drop()
                return
            status = decision.status_before or 503
            extra = {"Retry-After": str(decision.before.retry_after)} if status == 429 else {}
            text = "Too many requests" if status == 429 else "Service unavailable (sandbox fault)"
            await respond(status, error_body(api, status, text), extra)
            return

        if api in sandbox.authenticated_apis and short_name(operation) not in PUBLIC_OPERATIONS and not seeding:
            reason = self.auth_problem(api, operation, headers.get("authorization"))
            if reason:
                extra = {"WWW-Authenticate": f'Bearer error="invalid_token", error_description="{reason}"'}
                if reason.startswith("basic"):
                    extra = {"WWW-Authenticate": 'Basic realm="amili-sandbox"'}
                await respond(401, error_body(api, 401, f"Unauthorized: {reason}"), extra)
                return

        problem = json_problem(bytes(body), headers.get("content-type", ""))
        if problem is not None:
            await respond(400, error_body(api, 400, "Request body refused", [problem]))
            return

        if ctx.config.validate:
            outcome = sandbox.validator.validate(
                api, method, rel, query, headers, bytes(body), headers.get("content-type", "")
            )
            if outcome is not None and outcome.errors:
                sandbox.violations.append(Violation(request_id, api, operation, method, path, outcome.errors))
                if ctx.config.reject_invalid:
                    text = "Request does not match the API specification"
                    await respond(outcome.status, error_body(api, outcome.status, text, outcome.errors))
                    return

        scope.setdefault("state", {})["batch_failure"] = decision.batch_failure
        if decision.after is None:
            await self._forward(scope, bytes(body), send, record)
            return
        record.fault = decision.after.kind.value
        await self._forward(scope, bytes(body), _discard, record)
        if decision.after.kind is FaultKind.DROP_AFTER:
            await drop()
        else:
            await respond(500, error_body(api, 500, "Internal server error (sandbox fault after processing)"))

    async def _forward(self, scope: Scope, body: bytes, send: Send, record: RequestRecord) -> None:
        sent = False

        async def receive() -> Message:
            nonlocal sent
            if sent:
                await anyio.sleep_forever()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        api, rel = split_api(record.path)
        spec = self.sandbox.validator.specs.get(api or "")
        op = spec.match(record.method, rel)[0] if spec is not None else None
        check = self.sandbox.config.validate_responses
        chunks: list[bytes] = []

        async def send_with_id(message: Message) -> None:
            if check and message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            if message["type"] == "http.response.start":
                record.status = int(message["status"])
                if documents_header(spec, op, record.status, REQUEST_ID_HEADER.decode()):
                    headers = [*message.get("headers", []), (REQUEST_ID_HEADER, record.request_id.encode())]
                    message = {**message, "headers": headers}
            await send(message)

        out = drifting(send_with_id, self.sandbox.config.drift, record.operation)  # SandboxConfig(drift=...)
        out = conforming(out, spec, op)  # only documented fields reach the wire; drift rules apply after it
        generic = record.operation in self.sandbox.generic_operations
        await (self.sandbox.generic if generic else self.inner)(scope, receive, out)
        if check and spec is not None:
            for problem in spec.check_response(record.method, rel, record.status, b"".join(chunks)):
                self.sandbox.response_problems.append(f"{record.operation} {record.status}: {problem}")


def _recording(send: Send, record: RequestRecord) -> Send:
    """``send`` that also keeps the response's headers and body (redacted) and the time taken in ``record``."""
    started, chunks = time.perf_counter(), bytearray()

    async def recording_send(message: Message) -> None:
        if message["type"] == "http.response.start":
            raw = {k.decode("latin-1"): v.decode("latin-1") for k, v in message.get("headers", [])}
            raw.pop(FAULT_HEADER, None)  # the in-process transport's drop signal: the wire carries no answer
            record.response_headers = redaction.headers(raw)
        elif message["type"] == "http.response.body":
            chunks.extend(message.get("body", b"")[: redaction.MAX_BODY - len(chunks)])
            record.response_body = redaction.body(bytes(chunks), record.response_headers.get("content-type", ""))
        record.duration = time.perf_counter() - started
        await send(message)

    return recording_send


async def _discard(message: Message) -> None:
    """Swallow the real response of a request whose answer a fault replaces."""
