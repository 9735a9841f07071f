"""The one table of APIs, generated from `specs/*.yaml` (`_api/_table.py`) and read by every layer.

Client (base URLs, auth, settings), environments, CLI (commands, connection flags), sandbox (mount prefixes) and
the generated namespaces all come from here, so a new spec reaches each of them without a hand-written list.
An API has one server per base-URL setting: the default one (`base_urls['arm']`, `AMILI_ARM_BASE_URL`) and one per
group of operations whose spec entry names its own server (`base_urls['autocollect.legacy_webapi']`).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from ._api._table import API_TABLE_DATA

__all__ = ["API_NAMES", "API_TABLE", "SERVER_KEYS", "ApiInfo", "Server", "api_info", "server_info"]


@attrs.frozen
class Server:
    """One base URL of an API and how the user sets it."""

    key: str
    """`base_urls` key: the API name for its default server, `<api>.<server>` for the others."""
    setting: str
    """The environment variable that sets it (`AMILI_ARM_BASE_URL`)."""
    urls: Mapping[str, str]
    """Documented base URL per environment; empty when Amili does not document one (it must be configured)."""
    sandbox_prefix: str
    """Where the sandbox serves it (`/arm/v1`), under the root of `amili sandbox serve`."""
    operations: tuple[str, ...] = ()
    """operationIds that use this server (empty for the default server: every other operation)."""


@attrs.frozen
class ApiInfo:
    """One API: its spec, generated package, façade namespace class, auth and servers (the default first)."""

    name: str
    title: str
    spec: str
    package: str
    namespace: str
    auth: str
    """Scheme(s) the spec's top-level `security` asks for: `bearer`, `none`, `bearer,basic`."""
    token_issuer: str
    """The API whose `create_token` issues this API's bearer tokens (`identity`, or the API itself)."""
    servers: tuple[Server, ...]
    token_endpoint: Mapping[str, str] | None = None
    """How this API issues tokens (`method`, `path`, `content_type` of its `create_token`), if it does."""

    @property
    def default_server(self) -> Server:
        return self.servers[0]

    @property
    def issues_own_tokens(self) -> bool:
        return self.token_issuer == self.name


def _build(data: Mapping[str, object]) -> ApiInfo:
    servers = tuple(Server(**s) for s in data["servers"])  # type: ignore[attr-defined]
    return ApiInfo(**{**data, "servers": servers})  # type: ignore[arg-type]


API_TABLE: tuple[ApiInfo, ...] = tuple(_build(row) for row in API_TABLE_DATA)
API_NAMES: tuple[str, ...] = tuple(info.name for info in API_TABLE)
_BY_NAME = {info.name: info for info in API_TABLE}
_SERVERS = {server.key: server for info in API_TABLE for server in info.servers}
SERVER_KEYS: tuple[str, ...] = tuple(_SERVERS)


def api_info(name: str) -> ApiInfo:
    return _BY_NAME[name]


def server_info(key: str) -> Server:
    return _SERVERS[key]
