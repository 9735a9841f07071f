"""Fuzzed replies and hostile input: only typed errors ever reach the caller.

Guarantee: a 2xx body that cannot be parsed into the operation's model (not JSON, missing required fields, a
scalar of the wrong JSON type: the codegen templates type-check strings, integers, numbers and booleans) raises
`ResponseValidationError` naming the field; a non-2xx raises `APIStatusError`; unknown enum values are accepted.
No raw KeyError/TypeError/AttributeError ever escapes.
"""

from __future__ import annotations

import contextlib
import json
from typing import Any
from urllib.parse import quote

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from amili import AmiliClient, InternalServerError
from amili.auth import StaticToken
from amili.errors import APIStatusError, RequestValidationError, ResponseValidationError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
CUSTOMER = {"customerNo": "1", "name": "Owe", "accountNo": 500001}
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.integers(1, 60).map(lambda n: json.dumps(CUSTOMER).encode()[:n]),  # truncated JSON
    st.just(b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
    st.dictionaries(st.sampled_from(list(CUSTOMER)), json_values).map(lambda d: json.dumps(d).encode()),
)
statuses = st.sampled_from([200, 200, 200, 201, 204, 400, 401, 404, 409, 422, 429, 500, 502])


def client_for(status: int, body: bytes, content_type: str = "application/json") -> AmiliClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"content-type": content_type})

    return AmiliClient(token_provider=StaticToken("t"), transport=httpx.MockTransport(handler), max_retries=0)


async def call(amili: AmiliClient) -> Any:
    async with amili:
        return await amili.arm.customers.get_customer(clientno=2218, customerno="1")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(status=statuses, body=bodies)
def test_fuzzed_replies_raise_only_typed_errors(status: int, body: bytes) -> None:
    with contextlib.suppress(ResponseValidationError, APIStatusError):
        anyio.run(call, client_for(status, body))
    if status >= 400:
        with pytest.raises(APIStatusError):
            anyio.run(call, client_for(status, body))


def test_huge_body_is_parsed_or_typed_error() -> None:
    huge = json.dumps({**CUSTOMER, "junk": ["x" * 1000] * 5000}).encode()  # ~5 MB
    result = anyio.run(call, client_for(200, huge))
    assert result.customer_no == "1"
    with pytest.raises(ResponseValidationError):
        anyio.run(call, client_for(200, huge[: len(huge) // 2]))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("customerNo", 1),
        ("name", ["x"]),
        ("accountNo", "500001"),
        ("accountNo", True),
        ("vatLiable", "yes"),
        ("discountRate", "5.5"),
        ("clientNo", 1.5),
    ],
)
def test_wrong_typed_scalar_is_response_validation_error_naming_the_field(field: str, value: Any) -> None:
    body = json.dumps({**CUSTOMER, field: value}).encode()
    with pytest.raises(ResponseValidationError) as info:
        anyio.run(call, client_for(200, body))
    assert field in str(info.value)


def test_integers_are_valid_numbers_and_nulls_follow_the_spec() -> None:
    result = anyio.run(call, client_for(200, json.dumps({**CUSTOMER, "discountRate": 5}).encode()))
    assert result.discount_rate == 5


def test_html_error_page_on_2xx_is_response_validation_error() -> None:
    with pytest.raises(ResponseValidationError) as info:
        anyio.run(call, client_for(200, b"<html>maintenance</html>", "text/html"))
    assert info.value.status_code == 200


def test_unknown_enum_value_is_accepted() -> None:
    async def main() -> Any:
        body = json.dumps(
            {"data": {"batchId": "3f2b8c1e-9a4d-4e1b-8f2a-0c6d5e7f8a9b", "status": "SOMETHING_NEW", "type": "NEW_KIND"}}
        ).encode()
        async with client_for(200, body) as amili:
            return await amili.autocollect.batches.get_batch(
                organization_id="6f1e2d3c-4b5a-4978-8a6b-5c4d3e2f1a0b", batch_id="3f2b8c1e-9a4d-4e1b-8f2a-0c6d5e7f8a9b"
            )

    parsed = anyio.run(main)
    assert parsed is not None


# -- hostile input ---------------------------------------------------------------------------------------------------

HOSTILE = ["../x", "..", ".", "a/b", "a?b=c", "a#frag", "æøå", "%2e%2e", " ", "a b", "\u202e", "a\\b"]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_path_parameter_is_refused_or_quoted(value: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(404, json={"message": "not found"})

    async def main() -> None:
        async with AmiliClient(token_provider=StaticToken("t"), transport=httpx.MockTransport(handler)) as amili:
            await amili.arm.customers.get_customer(clientno=2218, customerno=value)

    try:
        anyio.run(main)
    except RequestValidationError:
        assert seen == []  # refused before any network call
        return
    except APIStatusError:
        pass
    assert len(seen) == 1
    url = seen[0].url
    assert url.raw_path.decode("ascii").split("?")[0] == f"/arm/v1/clients/2218/customers/{quote(value, safe='')}"
    assert url.query == b""
    assert url.fragment == ""


def test_invalid_body_model_refused_before_network() -> None:
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return httpx.Response(500)

    async def main() -> None:
        async with AmiliClient(token_provider=StaticToken("t"), transport=httpx.MockTransport(handler)) as amili:
            with pytest.raises(RequestValidationError) as info:
                await amili.arm.customers.create_customer(clientno=2218, body={"customer": "not a mapping"})
            assert info.value.field == "customer"
            assert calls == 0
            # `customer` is only guessed to be required (x-amili-inferred-required): sent, Amili decides.
            with pytest.raises(InternalServerError):
                await amili.arm.customers.create_customer(
                    clientno=2218, body={"metadata": {"userId": "x"}}, max_retries=0
                )
            assert calls == 1

    anyio.run(main)
