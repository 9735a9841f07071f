from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.receipt import Receipt
from ...types import UNSET, Response


def _get_kwargs(
    *,
    transaction_rid: str,
    company_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["TransactionRid"] = transaction_rid

    params["CompanyId"] = company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/receipt",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | Receipt | None:
    if response.status_code == 200:
        response_200 = Receipt.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | Receipt]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    transaction_rid: str,
    company_id: str,
) -> Response[ErrorResponse | Receipt]:
    """Get receipt for invoice with TransactionRid and CompanyId

    Args:
        transaction_rid (str):
        company_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Receipt]
    """

    kwargs = _get_kwargs(
        transaction_rid=transaction_rid,
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    transaction_rid: str,
    company_id: str,
) -> ErrorResponse | Receipt | None:
    """Get receipt for invoice with TransactionRid and CompanyId

    Args:
        transaction_rid (str):
        company_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Receipt
    """

    return sync_detailed(
        client=client,
        transaction_rid=transaction_rid,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    transaction_rid: str,
    company_id: str,
) -> Response[ErrorResponse | Receipt]:
    """Get receipt for invoice with TransactionRid and CompanyId

    Args:
        transaction_rid (str):
        company_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | Receipt]
    """

    kwargs = _get_kwargs(
        transaction_rid=transaction_rid,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    transaction_rid: str,
    company_id: str,
) -> ErrorResponse | Receipt | None:
    """Get receipt for invoice with TransactionRid and CompanyId

    Args:
        transaction_rid (str):
        company_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | Receipt
    """

    return (
        await asyncio_detailed(
            client=client,
            transaction_rid=transaction_rid,
            company_id=company_id,
        )
    ).parsed
