from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.settlement_response import SettlementResponse
from ...types import Response


def _get_kwargs(
    organization_id: UUID,
    settlement_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{organization_id}/settlements/{settlement_id}".format(
            organization_id=quote(str(organization_id), safe=""),
            settlement_id=quote(str(settlement_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SettlementResponse | None:
    if response.status_code == 200:
        response_200 = SettlementResponse.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SettlementResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    settlement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SettlementResponse]:
    """Get a settlement by id (GetSettlement on Id)

     `settlementId` values arrive via the `SETTLEMENT_CREATED` webhook.

    Args:
        organization_id (UUID):
        settlement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SettlementResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        settlement_id=settlement_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    settlement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SettlementResponse | None:
    """Get a settlement by id (GetSettlement on Id)

     `settlementId` values arrive via the `SETTLEMENT_CREATED` webhook.

    Args:
        organization_id (UUID):
        settlement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SettlementResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        settlement_id=settlement_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    settlement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | SettlementResponse]:
    """Get a settlement by id (GetSettlement on Id)

     `settlementId` values arrive via the `SETTLEMENT_CREATED` webhook.

    Args:
        organization_id (UUID):
        settlement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SettlementResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        settlement_id=settlement_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    settlement_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | SettlementResponse | None:
    """Get a settlement by id (GetSettlement on Id)

     `settlementId` values arrive via the `SETTLEMENT_CREATED` webhook.

    Args:
        organization_id (UUID):
        settlement_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SettlementResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            settlement_id=settlement_id,
            client=client,
        )
    ).parsed
