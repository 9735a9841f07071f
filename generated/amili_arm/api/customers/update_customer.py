from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_request import CustomerRequest
from ...models.error_response import ErrorResponse
from ...models.result_envelope import ResultEnvelope
from ...types import Response


def _get_kwargs(
    clientno: int,
    *,
    body: CustomerRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/clients/{clientno}/customers".format(
            clientno=quote(str(clientno), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResultEnvelope | None:
    if response.status_code == 200:
        response_200 = ResultEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerRequest,
) -> Response[ErrorResponse | ResultEnvelope]:
    """Update one customer

     Synchronous update of one existing customer; the updated data is available immediately.

    Update rule (documented): a field that is **absent or `null` keeps the stored value**; an empty
    string `""`
    is a valid new value. Exception: the postal-address fields form one group (`postalAddress`) —
    changing any
    of them replaces the **whole group**, so address fields not given become empty. In the SDK, leave a
    field
    `UNSET` to omit it or set it to `None` to send an explicit `null` (both keep the stored value).

    The body envelope and the status codes follow `create_customer` (inferred; the page shows no
    example).

    Args:
        clientno (int):
        body (CustomerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResultEnvelope]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerRequest,
) -> ErrorResponse | ResultEnvelope | None:
    """Update one customer

     Synchronous update of one existing customer; the updated data is available immediately.

    Update rule (documented): a field that is **absent or `null` keeps the stored value**; an empty
    string `""`
    is a valid new value. Exception: the postal-address fields form one group (`postalAddress`) —
    changing any
    of them replaces the **whole group**, so address fields not given become empty. In the SDK, leave a
    field
    `UNSET` to omit it or set it to `None` to send an explicit `null` (both keep the stored value).

    The body envelope and the status codes follow `create_customer` (inferred; the page shows no
    example).

    Args:
        clientno (int):
        body (CustomerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResultEnvelope
    """

    return sync_detailed(
        clientno=clientno,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerRequest,
) -> Response[ErrorResponse | ResultEnvelope]:
    """Update one customer

     Synchronous update of one existing customer; the updated data is available immediately.

    Update rule (documented): a field that is **absent or `null` keeps the stored value**; an empty
    string `""`
    is a valid new value. Exception: the postal-address fields form one group (`postalAddress`) —
    changing any
    of them replaces the **whole group**, so address fields not given become empty. In the SDK, leave a
    field
    `UNSET` to omit it or set it to `None` to send an explicit `null` (both keep the stored value).

    The body envelope and the status codes follow `create_customer` (inferred; the page shows no
    example).

    Args:
        clientno (int):
        body (CustomerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResultEnvelope]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    body: CustomerRequest,
) -> ErrorResponse | ResultEnvelope | None:
    """Update one customer

     Synchronous update of one existing customer; the updated data is available immediately.

    Update rule (documented): a field that is **absent or `null` keeps the stored value**; an empty
    string `""`
    is a valid new value. Exception: the postal-address fields form one group (`postalAddress`) —
    changing any
    of them replaces the **whole group**, so address fields not given become empty. In the SDK, leave a
    field
    `UNSET` to omit it or set it to `None` to send an explicit `null` (both keep the stored value).

    The body envelope and the status codes follow `create_customer` (inferred; the page shows no
    example).

    Args:
        clientno (int):
        body (CustomerRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResultEnvelope
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            body=body,
        )
    ).parsed
