from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_status import InvoiceStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    identifier: str,
    subscription_id: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["Identifier"] = identifier

    params["SubscriptionId"] = subscription_id

    params["StorageId"] = storage_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/send/status",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceStatus | None:
    if response.status_code == 200:
        response_200 = InvoiceStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InvoiceStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    identifier: str,
    subscription_id: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceStatus]:
    """Check invoice status (GET)

     Status of a submitted document by the caller's `Identifier`. Only the navigation entry is
    documented; path
    and parameters are inferred (the POST variant is `/send/pstatus`).

    Args:
        identifier (str):
        subscription_id (str | Unset):
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceStatus]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        subscription_id=subscription_id,
        storage_id=storage_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    identifier: str,
    subscription_id: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> ErrorResponse | InvoiceStatus | None:
    """Check invoice status (GET)

     Status of a submitted document by the caller's `Identifier`. Only the navigation entry is
    documented; path
    and parameters are inferred (the POST variant is `/send/pstatus`).

    Args:
        identifier (str):
        subscription_id (str | Unset):
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceStatus
    """

    return sync_detailed(
        client=client,
        identifier=identifier,
        subscription_id=subscription_id,
        storage_id=storage_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    identifier: str,
    subscription_id: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceStatus]:
    """Check invoice status (GET)

     Status of a submitted document by the caller's `Identifier`. Only the navigation entry is
    documented; path
    and parameters are inferred (the POST variant is `/send/pstatus`).

    Args:
        identifier (str):
        subscription_id (str | Unset):
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceStatus]
    """

    kwargs = _get_kwargs(
        identifier=identifier,
        subscription_id=subscription_id,
        storage_id=storage_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    identifier: str,
    subscription_id: str | Unset = UNSET,
    storage_id: str | Unset = UNSET,
) -> ErrorResponse | InvoiceStatus | None:
    """Check invoice status (GET)

     Status of a submitted document by the caller's `Identifier`. Only the navigation entry is
    documented; path
    and parameters are inferred (the POST variant is `/send/pstatus`).

    Args:
        identifier (str):
        subscription_id (str | Unset):
        storage_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceStatus
    """

    return (
        await asyncio_detailed(
            client=client,
            identifier=identifier,
            subscription_id=subscription_id,
            storage_id=storage_id,
        )
    ).parsed
