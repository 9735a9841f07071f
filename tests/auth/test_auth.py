"""Token caching, single-flight refresh, 401 replay and credential errors."""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qs

import anyio
import anyio.lowlevel
import httpx
import pytest

from amili import AmiliClient, APITimeoutError, AuthenticationError, StaticToken, Token
from amili.auth import AmiliAuth, BasicCredentials, CachedTokenProvider

SECRET = "sup3r-s3cret-value"


class TokenServer:
    """A token endpoint plus one protected resource, as an httpx transport."""

    def __init__(self, lifetime: int = 3600, delay: float = 0.0, reject: bool = False) -> None:
        self.lifetime = lifetime
        self.delay = delay
        self.reject = reject
        self.token_requests = 0
        self.api_requests: list[httpx.Request] = []
        self.valid: set[str] = set()

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/token":
            self.token_requests += 1
            form = parse_qs(request.content.decode())
            await anyio.sleep(self.delay)
            if self.reject or form.get("client_secret") != [SECRET]:
                return httpx.Response(401, json={"error": "invalid_client", "error_description": "bad client"})
            token = f"tok-{self.token_requests}"
            self.valid.add(token)
            now = int(time.time())
            return httpx.Response(
                200,
                json={
                    "access_token": token,
                    "token_type": "Bearer",
                    "not_before": now,
                    "expires_in": self.lifetime,
                    "expires_on": now + self.lifetime,
                    "resource": "r",
                },
            )
        self.api_requests.append(request)
        auth = request.headers.get("authorization", "")
        if auth.removeprefix("Bearer ") in self.valid:
            return httpx.Response(200, json={"ok": True, "auth": auth})
        return httpx.Response(401, json={"message": "token expired"})


def _client(server: TokenServer, secret: str = SECRET) -> AmiliClient:
    return AmiliClient(
        "my-integration",
        secret,
        environment="staging",
        transport=httpx.MockTransport(server),
    )


def test_concurrent_requests_on_missing_token_cause_exactly_one_token_request(run) -> None:  # type: ignore[no-untyped-def]
    server = TokenServer(delay=0.05)

    async def main() -> set[str]:
        seen: set[str] = set()
        async with _client(server) as amili:
            provider = amili.token_provider
            assert provider is not None

            async def one() -> None:
                seen.add((await provider.get_token()).value)

            async with anyio.create_task_group() as tg:
                for _ in range(200):
                    tg.start_soon(one)
        return seen

    assert run(main) == {"tok-1"}
    assert server.token_requests == 1


async def test_expired_token_is_refreshed_once_for_many_waiters() -> None:
    fetches = 0
    clock = [1000.0]

    async def fetch() -> Token:
        nonlocal fetches
        fetches += 1
        await anyio.sleep(0.01)
        return Token(f"t{fetches}", expires_at=clock[0] + 100, issued_at=clock[0])

    provider = CachedTokenProvider(fetch, clock=lambda: clock[0])
    assert (await provider.get_token()).value == "t1"
    clock[0] += 95  # inside the refresh window: 100 s lifetime → refresh 10 s before expiry
    results: list[str] = []

    async def one() -> None:
        results.append((await provider.get_token()).value)

    async with anyio.create_task_group() as tg:
        for _ in range(200):
            tg.start_soon(one)
    assert set(results) == {"t2"}
    assert fetches == 2


def test_refresh_skew_is_min_of_60s_and_a_tenth_of_lifetime() -> None:
    assert Token("x", expires_at=4600, issued_at=1000).refresh_at() == 4540  # 3600 s → 60 s early
    assert Token("x", expires_at=1100, issued_at=1000).refresh_at() == 1090  # 100 s → 10 s early


async def test_failed_leader_propagates_error_and_next_call_retries() -> None:
    calls = 0

    async def fetch() -> Token:
        nonlocal calls
        calls += 1
        await anyio.sleep(0.01)
        if calls == 1:
            raise RuntimeError("boom")
        return Token("ok", expires_at=time.time() + 3600)

    provider = CachedTokenProvider(fetch)
    errors: list[BaseException] = []

    async def one() -> None:
        try:
            await provider.get_token()
        except RuntimeError as exc:
            errors.append(exc)

    async with anyio.create_task_group() as tg:
        for _ in range(10):
            tg.start_soon(one)
    assert len(errors) == 10
    assert calls == 1
    assert (await provider.get_token()).value == "ok"


async def test_cancelled_starter_does_not_cancel_the_fetch_its_waiters_get_its_token() -> None:
    """Issue 25.3 (was: a cancelled leader cancelled the fetch and a waiter started another): the fetch belongs to
    no caller, so the caller that started it being cancelled neither abandons it nor causes a second one."""
    started = anyio.Event()
    answer = anyio.Event()
    calls = 0

    async def fetch() -> Token:
        nonlocal calls
        calls += 1
        started.set()
        await answer.wait()
        return Token(f"t{calls}", expires_at=time.time() + 3600)

    provider = CachedTokenProvider(fetch)
    result: list[str] = []
    leader_scope = anyio.CancelScope()

    async def leader() -> None:
        with leader_scope:
            await provider.get_token()

    async def waiter() -> None:
        result.append((await provider.get_token()).value)

    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            tg.start_soon(leader)
            await started.wait()
            tg.start_soon(waiter)
            await anyio.sleep(0.01)
            leader_scope.cancel()
            await anyio.sleep(0.01)
            answer.set()
    assert result == ["t1"]
    assert calls == 1
    assert leader_scope.cancel_called


async def test_waiters_leave_at_their_own_deadline_the_fetch_goes_on() -> None:
    answer = anyio.Event()
    calls = 0

    async def fetch() -> Token:
        nonlocal calls
        calls += 1
        await answer.wait()
        return Token("late", expires_at=time.time() + 3600)

    provider = CachedTokenProvider(fetch)
    gave_up = 0

    async def impatient() -> None:
        nonlocal gave_up
        with anyio.move_on_after(0.05):
            await provider.get_token()
            return
        gave_up += 1

    with anyio.fail_after(10):
        async with anyio.create_task_group() as tg:
            for _ in range(50):
                tg.start_soon(impatient)
            await anyio.sleep(0.2)
            assert gave_up == 49  # all but the one that started the fetch (it waits for it)
            answer.set()
    assert gave_up == 49  # the starter got the token, late (no checkpoint after the fetch to deliver its deadline)
    assert calls == 1
    assert (await provider.get_token()).value == "late"


async def test_a_hanging_fetch_ends_at_its_own_deadline() -> None:
    async def fetch() -> Token:
        await anyio.sleep(60)
        raise AssertionError("unreachable")

    provider = CachedTokenProvider(fetch, fetch_deadline=0.05)
    with anyio.fail_after(10), pytest.raises(APITimeoutError, match=r"token fetch exceeded its 0\.05 s deadline"):
        await provider.get_token()


async def test_a_failed_fetch_answers_calls_that_began_before_it_settled_only() -> None:
    calls = 0

    async def fetch() -> Token:
        nonlocal calls
        calls += 1
        await anyio.lowlevel.checkpoint()
        if calls == 1:
            raise AuthenticationError("invalid_client", status_code=401, request_id=None, headers={}, body=None)
        return Token("ok", expires_at=time.time() + 3600)

    provider = CachedTokenProvider(fetch)
    early = provider.ticket()
    with pytest.raises(AuthenticationError):
        await provider.get_token()
    with pytest.raises(AuthenticationError):  # began before the failure: its answer, no second request
        await provider.get_token(asked=early)
    assert calls == 1
    assert (await provider.get_token(asked=provider.ticket())).value == "ok"  # began after: fetches again
    assert calls == 2
    assert (await provider.get_token(asked=early)).value == "ok"  # a token now: the old failure is forgotten


def test_401_refreshes_once_and_replays_once(run) -> None:  # type: ignore[no-untyped-def]
    server = TokenServer()

    async def main() -> tuple[int, str]:
        provider = CachedTokenProvider(_server_fetch(server))
        await provider.get_token()
        server.valid.clear()  # the API no longer accepts tok-1 (revoked / expired early)
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(server), base_url="https://api.test", auth=AmiliAuth(provider)
        ) as http:
            response = await http.get("/resource")
        return response.status_code, response.json()["auth"]

    assert run(main) == (200, "Bearer tok-2")
    assert server.token_requests == 2
    assert len(server.api_requests) == 2


async def test_second_401_is_returned_not_looped() -> None:
    server = TokenServer()
    async with httpx.AsyncClient(
        transport=httpx.MockTransport(server),
        base_url="https://api.test",
        auth=AmiliAuth(StaticToken("never-valid")),
    ) as http:
        response = await http.get("/resource")
    assert response.status_code == 401
    assert len(server.api_requests) == 2  # original + exactly one replay


def _server_fetch(server: TokenServer):  # type: ignore[no-untyped-def]
    counter = [0]

    async def fetch() -> Token:
        counter[0] += 1
        server.token_requests += 1
        value = f"tok-{counter[0]}"
        server.valid.add(value)
        return Token(value, expires_at=time.time() + 3600)

    return fetch


async def test_invalid_credentials_raise_authentication_error_without_retry() -> None:
    server = TokenServer()
    async with _client(server, secret="wrong") as amili:
        provider = amili.token_provider
        assert provider is not None
        with pytest.raises(AuthenticationError) as info:
            await provider.get_token()
    assert server.token_requests == 1
    assert info.value.oauth_error == "invalid_client"
    assert "wrong" not in str(info.value)
    assert SECRET not in str(info.value)


async def test_token_form_is_documented_and_token_never_in_reprs() -> None:
    server = TokenServer()
    async with _client(server) as amili:
        provider = amili.token_provider
        assert provider is not None
        token = await provider.get_token()
        for text in (repr(amili), repr(provider), repr(token), str(token)):
            assert SECRET not in text
            assert token.value not in text


def test_basic_credentials_redacted() -> None:
    creds = BasicCredentials("sender", "pw-123")
    assert "pw-123" not in repr(creds)
    assert creds.header().startswith("Basic ")


def test_client_reopens_under_another_event_loop() -> None:
    server = TokenServer()
    amili = _client(server)

    async def use() -> str:
        provider = amili.token_provider
        assert provider is not None
        value = (await provider.get_token()).value
        await amili.aclose()
        return value

    assert anyio.run(use, backend="asyncio") == "tok-1"
    assert anyio.run(use, backend="trio") == "tok-1"  # cached token survives; no loop-bound state
    assert server.token_requests == 1


def test_json_bodies_are_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="amili")
    server = TokenServer()

    async def main() -> None:
        async with _client(server) as amili:
            assert amili.token_provider is not None
            await amili.token_provider.get_token()

    anyio.run(main)
    text = caplog.text + json.dumps([r.args for r in caplog.records], default=str)
    assert SECRET not in text
    assert "tok-1" not in text
    assert "POST" in caplog.text  # the attempt line itself is logged
