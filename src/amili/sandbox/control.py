"""Who may use the ``/_sandbox/*`` control endpoints (request log, state, fault rules, the web UI): only requests
naming a loopback ``Host`` (a DNS-rebound page names its own domain), with no foreign ``Origin``, and writes only
as JSON — ``text/plain``, form and multipart POSTs are the "simple" requests any web page may send cross-site
without a CORS preflight, so they are refused (issue 28.5)."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from urllib.parse import urlsplit

#: host names the control endpoints answer to besides loopback addresses (the in-process transport's defaults)
IN_PROCESS_HOSTS = frozenset({"localhost", "sandbox", "testserver"})
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def _host_name(host: str) -> str:
    """``[::1]:8080`` -> ``::1``; ``Localhost:80`` -> ``localhost``."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].partition("]")[0]
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def loopback(host: str, extra: frozenset[str] = frozenset()) -> bool:
    name = _host_name(host)
    if name in IN_PROCESS_HOSTS or name in extra or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def refusal(method: str, headers: Mapping[str, str], extra_hosts: frozenset[str] = frozenset()) -> tuple[int, str]:
    """(0, "") when the control request may proceed, else (status, why)."""
    host = headers.get("host", "")
    if not loopback(host, extra_hosts):
        return 403, f"Host {host!r} is not a loopback name: the control endpoints answer only to localhost"
    origin = headers.get("origin")
    if origin is not None:
        parts = urlsplit(origin)
        if parts.scheme != "http" or (parts.netloc or "").lower() != host.strip().lower():
            return 403, f"Origin {origin!r} is not this sandbox: the control endpoints take same-origin requests"
    if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return 403, "a cross-site request: the control endpoints take same-origin requests"
    media = headers.get("content-type", "").split(";")[0].strip().lower()
    if method.upper() not in SAFE_METHODS and media != "application/json":
        return 415, "control endpoints take JSON (Content-Type: application/json)"
    return 0, ""
