"""Typed errors, directly: status → class, server message and field errors from the body shapes Amili uses, request
ids, Retry-After on 429, bounded bodies, and no secrets in messages (issue 15 acceptance: direct tests)."""

from __future__ import annotations

import httpx
import pytest

from amili import errors
from amili.errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    LockedError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    decode_body,
    request_id_of,
    status_error,
)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (423, LockedError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
        (418, APIStatusError),
    ],
)
def test_status_maps_to_its_class(status: int, cls: type[APIStatusError]) -> None:
    error = status_error(httpx.Response(status), operation="arm.customers.get_customer")
    assert type(error) is cls
    assert error.status_code == status
    assert f"HTTP {status}" in str(error)


def test_message_field_errors_and_request_id() -> None:
    body = {"message": "Invalid customer", "errors": [{"field": "customerNo", "message": "is required"}]}
    response = httpx.Response(400, json=body, headers={"x-amili-request-id": "rid-1"})
    error = status_error(response, operation="arm.customers.create_customer")
    assert error.server_message == "Invalid customer"
    assert [(f.field, f.message) for f in error.field_errors] == [("customerNo", "is required")]
    assert error.request_id == "rid-1"
    text = str(error)
    assert "arm.customers.create_customer" in text and "customerNo: is required" in text and "rid-1" in text


def test_problem_details_field_map() -> None:
    body = {"title": "One or more validation errors occurred.", "errors": {"Name": ["too long", "bad chars"]}}
    error = status_error(httpx.Response(422, json=body), operation="op")
    assert [(f.field, f.message) for f in error.field_errors] == [("Name", "too long"), ("Name", "bad chars")]


def test_rate_limit_carries_retry_after() -> None:
    error = status_error(httpx.Response(429), operation="op", retry_after=7.0)
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 7.0


def test_request_id_header_preference() -> None:
    response = httpx.Response(200, headers={"x-request-id": "b", "x-amili-request-id": "a"})
    assert request_id_of(response) == "a"
    assert request_id_of(httpx.Response(200)) is None


def test_bodies_are_bounded_and_html_is_not_a_message() -> None:
    big = "x" * 100_000
    body = decode_body(httpx.Response(500, text=big))
    assert isinstance(body, str) and len(body) < 4_000 and "truncated" in body
    error = status_error(httpx.Response(502, text="<html><body>Bad gateway</body></html>"), operation="op")
    assert error.server_message is None


def test_error_messages_never_carry_request_secrets() -> None:
    request = httpx.Request("POST", "https://x/token", headers={"Authorization": "Bearer secret-token"})
    response = httpx.Response(401, json={"message": "denied"}, request=request)
    error = status_error(response, operation="identity.tokens.create_token")
    assert "secret-token" not in str(error) and "secret-token" not in repr(error)


def test_batch_and_journal_errors_are_amili_errors() -> None:
    for name in ("BatchTimeoutError", "JournalError", "JournalMismatchError", "JournalLockedError"):
        assert issubclass(getattr(errors, name), errors.AmiliError)
