from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.gl_movement_period import GlMovementPeriod
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    *,
    userid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userid"] = userid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/glmovements/latest".format(
            clientno=quote(str(clientno), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GlMovementPeriod | None:
    if response.status_code == 200:
        response_200 = GlMovementPeriod.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GlMovementPeriod]:
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
    userid: str | Unset = UNSET,
) -> Response[ErrorResponse | GlMovementPeriod]:
    """Get movement/balance for the latest closed GL year/period

     The page exists but its content was not retrieved; path and body are inferred.

    Args:
        clientno (int):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GlMovementPeriod]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        userid=userid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    userid: str | Unset = UNSET,
) -> ErrorResponse | GlMovementPeriod | None:
    """Get movement/balance for the latest closed GL year/period

     The page exists but its content was not retrieved; path and body are inferred.

    Args:
        clientno (int):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GlMovementPeriod
    """

    return sync_detailed(
        clientno=clientno,
        client=client,
        userid=userid,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    userid: str | Unset = UNSET,
) -> Response[ErrorResponse | GlMovementPeriod]:
    """Get movement/balance for the latest closed GL year/period

     The page exists but its content was not retrieved; path and body are inferred.

    Args:
        clientno (int):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GlMovementPeriod]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        userid=userid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    userid: str | Unset = UNSET,
) -> ErrorResponse | GlMovementPeriod | None:
    """Get movement/balance for the latest closed GL year/period

     The page exists but its content was not retrieved; path and body are inferred.

    Args:
        clientno (int):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GlMovementPeriod
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            userid=userid,
        )
    ).parsed
