"""Issue 28.5: `/_sandbox/*` control endpoints take only same-origin JSON requests with a loopback Host — a web
page on the same machine can neither add a DROP-everything rule nor read the request log (DNS rebinding)."""

from __future__ import annotations

import httpx
import pytest

from amili.sandbox import Sandbox

RULE = {"kind": "drop", "operation": "*"}


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox()


async def test_a_same_origin_json_post_adds_a_rule(sandbox: Sandbox) -> None:
    async with sandbox.client("http://127.0.0.1:8080") as http:
        added = await http.post("/_sandbox/fault-rules", json=RULE, headers={"Origin": "http://127.0.0.1:8080"})
        no_origin = await http.post("/_sandbox/fault-rules", json={"kind": "error", "status": 502})  # curl, scripts
    assert added.status_code == 200 and no_origin.status_code == 200, (added.text, no_origin.text)
    assert [r.kind.value for r in sandbox.ctx.faults.rules] == ["drop", "error"]


@pytest.mark.parametrize(
    ("content", "content_type"),
    [
        ('{"kind": "drop"}', "text/plain"),
        ("kind=drop&operation=*", "application/x-www-form-urlencoded"),
        ("--b\r\nContent-Disposition: form-data; name=kind\r\n\r\ndrop\r\n--b--", "multipart/form-data; boundary=b"),
        ("", None),
    ],
    ids=["text-plain", "form", "multipart", "no-body"],
)
@pytest.mark.parametrize("path", ["/_sandbox/fault-rules", "/_sandbox/fault-rules/clear"])
async def test_a_simple_cross_site_post_is_refused(
    sandbox: Sandbox, content: str, content_type: str | None, path: str
) -> None:
    sandbox.add_fault(sandbox_rule())
    headers = {"Content-Type": content_type} if content_type else {}
    async with sandbox.client("http://127.0.0.1:8080") as http:
        refused = await http.post(path, content=content, headers=headers)
    assert refused.status_code == 415, refused.text
    assert len(sandbox.ctx.faults.rules) == 1  # nothing added, nothing cleared


def sandbox_rule() -> object:
    from amili.sandbox import FaultKind, FaultRule

    return FaultRule(FaultKind.LATENCY, latency=0.0)


@pytest.mark.parametrize("origin", ["http://evil.example", "http://127.0.0.1:9999", "null", "https://127.0.0.1:8080"])
async def test_a_foreign_origin_is_refused(sandbox: Sandbox, origin: str) -> None:
    async with sandbox.client("http://127.0.0.1:8080") as http:
        posted = await http.post("/_sandbox/fault-rules", json=RULE, headers={"Origin": origin})
        read = await http.get("/_sandbox/requests", headers={"Origin": origin})
    assert posted.status_code == 403 and read.status_code == 403, (posted.text, read.text)
    assert sandbox.ctx.faults.rules == []


@pytest.mark.parametrize(
    "path", ["/_sandbox/requests", "/_sandbox/state", "/_sandbox/ui", "/_sandbox/ui/state", "/_sandbox/fault-rules"]
)
async def test_a_foreign_host_is_refused_dns_rebinding(sandbox: Sandbox, path: str) -> None:
    async with sandbox.client("http://evil.example:8080") as http:
        refused = await http.get(path)
    async with sandbox.client("http://localhost:8080") as http:
        allowed = await http.get(path)
    assert refused.status_code == 403, refused.text
    assert "host" in refused.json()["error"].lower()
    assert allowed.status_code == 200


def test_over_loopback_the_host_is_checked_too(sandbox: Sandbox) -> None:
    with sandbox.run_in_thread() as root, httpx.Client(base_url=root, timeout=10) as http:
        assert http.get("/_sandbox/requests").status_code == 200
        assert http.get("/_sandbox/requests", headers={"Host": "attacker.example"}).status_code == 403
        assert http.post("/_sandbox/fault-rules", content="kind=drop", headers=_form()).status_code == 415
        assert http.post("/_sandbox/fault-rules", json=RULE, headers={"Origin": root}).status_code == 200
    assert len(sandbox.ctx.faults.rules) == 1


def _form() -> dict[str, str]:
    return {"Content-Type": "application/x-www-form-urlencoded"}


async def test_the_apis_themselves_are_not_affected(sandbox: Sandbox) -> None:
    """Only /_sandbox/*: the simulated APIs take form posts (the token endpoint) from any host name."""
    async with sandbox.client("http://sandbox.example") as http:
        creds = sandbox.credentials
        form = {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}
        assert (await http.post("/identity/token", data=form)).status_code == 200
