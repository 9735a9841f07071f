"""In-process behaves like the wire; fault rule names; what the request log records; refused bodies (issue 14.15)."""

from __future__ import annotations

import json
import time
from typing import Any

import anyio
import pytest

from amili import AmiliClient
from amili.errors import AmiliError, APIConnectionError, APITimeoutError, BadRequestError
from amili.sandbox import FaultKind, FaultRule, Sandbox, SandboxConfig

CUSTOMER = {"metadata": {"userId": "t"}, "customer": {"customerNo": "C1", "name": "Ann"}}


def _latency(seconds: float) -> FaultRule:
    return FaultRule(FaultKind.LATENCY, latency=seconds, operation="arm.customers.get_customer")


@pytest.mark.amili_sandbox(faults=[_latency(2.0)])
async def test_in_process_read_timeout_raises_like_the_wire(amili_sandbox: Sandbox) -> None:
    """Before: a 2 s latency fault with timeout=0.3 took 2.1 s in-process and returned normally."""
    sandbox = amili_sandbox
    async with AmiliClient(environment="sandbox", sandbox=sandbox, timeout=0.3, max_retries=0) as amili:
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            await amili.arm.customers.get_customer(clientno=2218, customerno="C1")
        elapsed = time.monotonic() - started
    assert elapsed < 1.5, elapsed  # not a benchmark: 2 s would mean the timeout was ignored


@pytest.mark.amili_sandbox(faults=[_latency(5.0)])
async def test_in_process_cancellation_stops_the_call(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with AmiliClient(environment="sandbox", sandbox=sandbox, max_retries=0) as amili:
        started = time.monotonic()
        with anyio.move_on_after(0.2) as scope:
            await amili.arm.customers.get_customer(clientno=2218, customerno="C1")
    assert scope.cancelled_caught
    assert time.monotonic() - started < 2.0


@pytest.mark.amili_sandbox(faults=[FaultRule(FaultKind.DROP, operation="arm.customers.get_customer")])
async def test_in_process_drop_is_a_connection_error(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with AmiliClient(environment="sandbox", sandbox=sandbox, max_retries=0) as amili:
        with pytest.raises(APIConnectionError):
            await amili.arm.customers.get_customer(clientno=2218, customerno="C1")
    assert sandbox.fault_log[-1].kind is FaultKind.DROP


@pytest.mark.parametrize("name", ["arm.customers.get_customer", "arm.get_customer", "arm.customers.*"])
async def test_fault_rules_accept_the_facade_names(name: str) -> None:
    """Before: 'arm.customers.get_customer' (the name SDK errors print) silently never fired."""
    sandbox = Sandbox(SandboxConfig(faults=[FaultRule(FaultKind.ERROR, status=503, operation=name)]))
    async with AmiliClient(environment="sandbox", sandbox=sandbox, max_retries=0) as amili:
        with pytest.raises(AmiliError):
            await amili.arm.customers.get_customer(clientno=2218, customerno="C1")
    assert [e.operation for e in sandbox.fault_log] == ["arm.customers.get_customer"]


def test_unknown_fault_operation_is_refused_with_close_matches() -> None:
    with pytest.raises(ValueError, match=r"arm\.customers\.get_customer") as refused:
        Sandbox(SandboxConfig(faults=[FaultRule(FaultKind.ERROR, operation="arm.customers.get_customr")]))
    assert "close matches" in str(refused.value)
    sandbox = Sandbox()
    with pytest.raises(ValueError, match="matches no sandbox operation"):
        sandbox.add_fault(FaultRule(FaultKind.ERROR, operation="arm.nothing_like_this"))
    assert not sandbox.ctx.faults.rules


async def test_request_record_keeps_headers_and_bodies_with_secrets_redacted(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    async with AmiliClient(environment="sandbox", sandbox=sandbox) as amili:
        await amili.arm.customers.create_customer(clientno=2218, body=CUSTOMER)
    token_call = next(r for r in sandbox.requests if r.operation == "identity.tokens.create_token")
    secret = sandbox.credentials.client_secret
    assert "client_id=sandbox" in token_call.body
    assert secret not in token_call.body
    assert secret not in token_call.response_body or not secret
    assert "access_token" in token_call.response_body
    assert json.loads(token_call.response_body)["access_token"] == "[redacted]"
    create = sandbox.requests[-1]
    assert create.operation == "arm.customers.create_customer"
    assert create.headers["authorization"] == "Bearer [redacted]"
    assert json.loads(create.body)["customer"]["name"] == "Ann"
    assert json.loads(create.response_body)["result"] == "CREATED"
    assert create.response_headers["x-amili-request-id"] == create.request_id
    assert create.duration > 0
    everything = json.dumps([r.to_json() for r in sandbox.requests])
    assert secret not in everything


async def _raw(sandbox: Sandbox, body: bytes) -> Any:
    async with sandbox.client() as http:
        form = {"grant_type": "client_credentials", "client_id": "sandbox", "client_secret": "sandbox-secret"}
        token = (await http.post("/identity/token", data=form)).json()["access_token"]
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        response = await http.post("/arm/v1/clients/2218/customers", content=body, headers=headers)
        listed = await http.get("/arm/v1/clients/2218/customers", headers={"Authorization": f"Bearer {token}"})
    return response, listed


@pytest.mark.parametrize("validate", [True, False])
async def test_deeply_nested_json_is_a_400_not_a_500(validate: bool) -> None:
    sandbox = Sandbox(SandboxConfig(validate=validate))
    deep = b'{"metadata": {"userId": "t"}, "customer": ' + b"[" * 5000 + b"]" * 5000 + b"}"
    response, _ = await _raw(sandbox, deep)
    assert response.status_code == 400
    assert "nested deeper" in response.text


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.amili_sandbox(reject_invalid=False)  # even when validation only records
async def test_nan_and_infinity_are_refused_and_do_not_poison_state(constant: str, amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    body = f'{{"metadata": {{"userId": "t"}}, "customer": {{"customerNo": "C1", "balance": {constant}}}}}'
    response, listed = await _raw(sandbox, body.encode())
    assert response.status_code == 400
    assert constant.lstrip("-") in response.text
    assert listed.status_code == 200
    assert sandbox.state.arm_clients.get(2218) is None or not sandbox.state.arm_clients[2218].customers


async def test_in_process_refuses_cr_lf_in_header_values_like_the_wire(amili_sandbox: Sandbox) -> None:
    sandbox = amili_sandbox
    outcomes = []
    with sandbox.run_in_thread() as root:
        for kind in ("inprocess", "loopback"):
            options: dict[str, Any] = {"sandbox": sandbox} if kind == "inprocess" else {}
            if kind == "loopback":
                options["base_urls"] = sandbox.base_urls(root)
                options["client_id"], options["client_secret"] = sandbox.credentials
            async with AmiliClient(environment="sandbox", max_retries=0, **options) as amili:
                with pytest.raises(AmiliError) as raised:
                    await amili.arm.customers.get_customer(
                        clientno=2218, customerno="C1", accept_language="nb\r\nX-Evil: 1"
                    )
                outcomes.append(type(raised.value))
    assert outcomes[0] is outcomes[1]
    assert not issubclass(outcomes[0], BadRequestError)  # refused before sending, not by the server
    assert not any(r.operation == "arm.customers.get_customer" for r in sandbox.requests)


async def test_the_request_log_keeps_bodies_of_recent_requests_only(
    monkeypatch: pytest.MonkeyPatch, amili_sandbox: Sandbox
) -> None:
    from amili.sandbox import pipeline

    monkeypatch.setattr(pipeline, "BODIES_KEPT", 3)
    sandbox = amili_sandbox
    async with AmiliClient(environment="sandbox", sandbox=sandbox) as amili:
        for n in range(5):
            await amili.arm.customers.create_customer(
                clientno=2218, body={"metadata": {"userId": "t"}, "customer": {"customerNo": f"C{n}", "name": "A"}}
            )
    assert len(sandbox.requests) == 6  # token + 5 creates: every request stays in the log
    assert [bool(r.body) for r in sandbox.requests] == [False, False, False, True, True, True]
    assert sandbox.requests[0].operation == "identity.tokens.create_token"
