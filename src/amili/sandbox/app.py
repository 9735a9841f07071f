"""``Sandbox``: one Starlette app serving every Amili API under its real base path, plus its Python handles."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from typing import TYPE_CHECKING, NamedTuple

import anyio
import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import BaseRoute, Mount

from .._api_table import API_TABLE
from . import declared, identity, inspection, ui
from .arm import Arm
from .autocollect import AutoCollect
from .config import SandboxConfig
from .context import Context
from .distribution import Distribution, Partner
from .errors import error_response
from .generic import GenericApp
from .pipeline import PREFIXES, Pipeline, split_api
from .seeding import Seeder
from .transport import SandboxTransport
from .validation import SpecValidator, find_specs_dir

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator

    import uvicorn
    from starlette.requests import Request
    from starlette.responses import Response

    from .faults import FaultEvent, FaultRule
    from .state import Clock, RequestRecord, SandboxState, Violation
    from .webhooks import WebhookDelivery


class Credentials(NamedTuple):
    client_id: str
    client_secret: str


class Sandbox:
    """An in-memory Amili: ``.app`` is the ASGI app, ``.transport()`` serves it in-process to httpx,
    ``serve()``/``run_in_thread()`` put it on loopback."""

    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.ctx = Context(self.config)
        specs_dir = self.config.specs_dir or find_specs_dir()
        if specs_dir is None:
            raise RuntimeError(
                "Amili sandbox: the OpenAPI specs were not found (amili/sandbox/specs or a specs/ folder above it); "
                "without them it could neither validate requests nor serve operations. Reinstall amili-sdk[sandbox] "
                "or pass SandboxConfig(specs_dir=...)."
            )
        self.validator = SpecValidator(specs_dir, inferred=self.config.enforce_inferred_requirements)
        self.arm = Arm(self.ctx)
        self.autocollect = AutoCollect(self.ctx)
        self.distribution = Distribution(self.ctx)
        self.partner = Partner(self.ctx, self.distribution)
        self.requests: list[RequestRecord] = []
        self.violations: list[Violation] = []
        #: "<operation> <status>: <problem>" for responses that do not match the spec (``validate_responses``).
        self.response_problems: list[str] = []
        self.api_routes: dict[str, list[BaseRoute]] = {
            "identity": list(identity.routes(self.ctx)),
            "arm": list(self.arm.routes()),
            "autocollect": list(self.autocollect.routes()),
            "distribution": list(self.distribution.routes()),
            "partner": list(self.partner.routes()),
        }
        pagers: dict[str, declared.Pager] = {"arm": self.arm.list_page, "autocollect": self.autocollect.list_page}
        for api, pager in pagers.items():  # behaviour declared per resource (``declared``): one engine
            self.api_routes[api] += declared.routes(api, self.validator.specs[api], self.state, pager)
        #: operations served by a declaration (``declared``) rather than code of their own
        self.declared_operations = {self.validator.qualified(name) for name in declared.operations()}
        handwritten = {str(getattr(r, "name", "")) for routes in self.api_routes.values() for r in routes}
        #: spec operations without a stateful handler, answered by ``generic`` from the spec (façade names, as the
        #: request records say: ``arm.log_items.get_log_item``)
        self.generic_operations = {
            self.validator.qualified(f"{api}.{op.operation_id}")
            for api, spec in self.validator.specs.items()
            for op in spec.operations
            if f"{api}.{op.operation_id}" not in handwritten
        }
        self.generic = GenericApp(self.validator.specs, self.config.seed, self.state.lookup)
        #: every name a fault rule may use: ``<api>.<operation>``, the façade's ``<api>.<namespace>.<operation>``
        self.operation_names = handwritten | {
            name for op in self.generic_operations | handwritten for name in (op, self.validator.qualified(op))
        }
        #: every request path a fault rule's ``path`` may glob: the sandbox prefix plus each operation's template
        self.operation_paths = sorted(
            PREFIXES[api] + template
            for api, spec in self.validator.specs.items()
            if api in PREFIXES
            for op in spec.operations
            for template in {op.template, spec.server_path + op.template}
        )
        for rule in self.config.faults:
            rule.check(self.operation_names, self.operation_paths)
        for drift in self.config.drift:
            drift.check(self.operation_names)
        self.authenticated_apis = {info.name for info in API_TABLE if "bearer" in info.auth}
        if self.config.distribution_requires_auth:
            self.authenticated_apis.add("distribution")
        mounts: list[BaseRoute] = [Mount(PREFIXES[api], routes=r) for api, r in self.api_routes.items()]
        self.starlette = Starlette(
            routes=[*inspection.routes(self), *ui.routes(self), *mounts],
            exception_handlers={HTTPException: self._http_error},
        )
        self.app = Pipeline(self, self.starlette)
        #: host names the ``/_sandbox/*`` endpoints answer to besides loopback ones (a served sandbox adds its host)
        self.control_hosts: frozenset[str] = frozenset()
        #: typed seeding through the same validation as a request: ``await sandbox.seed.arm.customer(...)``
        self.seed = Seeder(self)

    async def _http_error(self, request: Request, exc: Exception) -> Response:
        """Unrouted paths, wrong methods and handler aborts answer in the API's JSON error shape."""
        status = exc.status_code if isinstance(exc, HTTPException) else 500
        detail = exc.detail if isinstance(exc, HTTPException) else "Internal server error"
        api, _ = split_api(request.url.path)
        return error_response(api or "sandbox", status, str(detail), headers=getattr(exc, "headers", None))

    # ------------------------------------------------------------------------------------------ handles

    @property
    def state(self) -> SandboxState:
        return self.ctx.state

    @property
    def clock(self) -> Clock:
        return self.ctx.clock

    @property
    def credentials(self) -> Credentials:
        return Credentials(self.config.client_id, self.config.client_secret or "")

    @property
    def fault_log(self) -> list[FaultEvent]:
        return self.ctx.faults.log

    @property
    def webhook_deliveries(self) -> list[WebhookDelivery]:
        return self.ctx.webhooks.deliveries

    def base_urls(self, root: str = "http://sandbox") -> dict[str, str]:
        """Base URL per server of the API table (`arm`, …, `<api>.<server>`) for a sandbox at ``root``."""
        root = root.rstrip("/")
        return {server.key: root + server.sandbox_prefix for info in API_TABLE for server in info.servers}

    def transport(self) -> httpx.AsyncBaseTransport:
        """In-process transport; dropped-connection faults raise ``httpx.ReadError``."""
        return SandboxTransport(self.app)

    def client(self, root: str = "http://sandbox", **kwargs: object) -> httpx.AsyncClient:
        """Plain httpx client bound to the in-process transport (handy in tests)."""
        return httpx.AsyncClient(transport=self.transport(), base_url=root, **kwargs)  # type: ignore[arg-type]

    # ------------------------------------------------------------------------------------------ control

    def revoke_tokens(self) -> None:
        """Revoke every token issued so far (new ones can still be requested)."""
        self.ctx.tokens.revoke_all()

    def expire_tokens(self) -> None:
        """Expire every token issued so far, as if its lifetime had passed."""
        self.ctx.tokens.expire_all()

    def add_fault(self, rule: FaultRule) -> None:
        """Add a rule; raises ``ValueError`` (listing close matches) when its operation or path names no operation."""
        rule.check(self.operation_names, self.operation_paths)
        self.ctx.faults.rules.append(rule)

    def clear_faults(self) -> None:
        self.ctx.faults.rules.clear()

    def reseed(self, seed: int) -> None:
        """Restart the fault sequence (and clear the fault log) as if the sandbox had been created with ``seed``."""
        self.ctx.faults.reseed(seed)

    def advance(self, seconds: float) -> None:
        """Move the sandbox clock forward (token expiry, batch/document delays) without sleeping."""
        self.ctx.clock.advance(seconds)

    def register_webhook(self, url: str | None = None, callback: object = None, secret: str | None = None) -> None:
        """Deliver AutoCollect webhooks to ``url`` (httpx POST) and/or an async ``callback(delivery)``."""
        self.config.webhook_url = url
        self.config.webhook_callback = callback  # type: ignore[assignment]
        if secret is not None:
            self.config.webhook_secret = secret

    async def process_due(self) -> None:
        """Process every batch/document whose delay has passed; runs before each request and in ``serve()``."""
        async with self.ctx.lock:
            with self.ctx.webhooks.held():  # never call out (to a receiver that may call us back) under the lock
                await self.arm.process_due()
                await self.autocollect.process_due()
                await self.distribution.process_due()
        await self.ctx.webhooks.flush()

    # ------------------------------------------------------------------------------------------ loopback

    def _server(self, host: str, port: int) -> uvicorn.Server:
        import uvicorn

        if host not in ("0.0.0.0", "::", ""):  # noqa: S104 - a wildcard bind names no host to trust
            self.control_hosts |= {host.lower().strip("[]")}
        config = uvicorn.Config(self.app, host=host, port=port, log_level="critical", lifespan="off")
        return uvicorn.Server(config)

    @staticmethod
    def _bound_root(server: uvicorn.Server, host: str) -> str:
        port = server.servers[0].sockets[0].getsockname()[1]
        return f"http://{host}:{port}"

    async def _ticker(self, server: uvicorn.Server, interval: float = 0.05) -> None:
        while not server.should_exit:
            await self.process_due()
            await anyio.sleep(interval)

    @contextlib.asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Run uvicorn on loopback inside the current (asyncio) event loop; yields the root URL."""
        server = self._server(host, port)
        async with anyio.create_task_group() as tg:
            tg.start_soon(server.serve)
            with anyio.fail_after(10):
                while not server.started:  # noqa: ASYNC110 - uvicorn exposes a flag, not an event
                    await anyio.sleep(0.01)
            tg.start_soon(self._ticker, server)
            try:
                yield self._bound_root(server, host)
            finally:
                server.should_exit = True

    @contextlib.contextmanager
    def run_in_thread(self, host: str = "127.0.0.1", port: int = 0, timeout: float = 10.0) -> Iterator[str]:
        """Run uvicorn in a daemon thread with its own event loop; yields the root URL, stops on exit."""
        server = self._server(host, port)

        async def main() -> None:
            async with anyio.create_task_group() as tg:
                tg.start_soon(self._ticker, server)
                await server.serve()
                server.should_exit = True

        thread = threading.Thread(target=asyncio.run, args=(main(),), name="amili-sandbox", daemon=True)
        thread.start()
        try:
            deadline = threading.Event()
            waited = 0.0
            while not server.started:
                if not thread.is_alive() or waited > timeout:
                    raise RuntimeError("Amili sandbox server did not start")
                deadline.wait(0.01)
                waited += 0.01
            yield self._bound_root(server, host)
        finally:
            server.should_exit = True
            thread.join(timeout)


def create_app(config: SandboxConfig | None = None) -> Sandbox:
    """Factory: a fresh sandbox (its ``.app`` is the ASGI app)."""
    return Sandbox(config)
