from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.banq_soft_response import BanqSoftResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/banqsoft",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BanqSoftResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BanqSoftResponse.from_dict(response.json())

        return response_200

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
) -> Response[BanqSoftResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BanqSoftResponse | ErrorResponse]:
    """CallBanqSoft → banqsoft (older Collection API)

     Listed in the older Collection API navigation as group "CallBanqSoft" with one entry "banqsoft"; the
    page
    has no retrievable content. Method, path, parameters and body are all inferred (it appears to be an
    internal/integration hook); the response is kept open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BanqSoftResponse | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> BanqSoftResponse | ErrorResponse | None:
    """CallBanqSoft → banqsoft (older Collection API)

     Listed in the older Collection API navigation as group "CallBanqSoft" with one entry "banqsoft"; the
    page
    has no retrievable content. Method, path, parameters and body are all inferred (it appears to be an
    internal/integration hook); the response is kept open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BanqSoftResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[BanqSoftResponse | ErrorResponse]:
    """CallBanqSoft → banqsoft (older Collection API)

     Listed in the older Collection API navigation as group "CallBanqSoft" with one entry "banqsoft"; the
    page
    has no retrievable content. Method, path, parameters and body are all inferred (it appears to be an
    internal/integration hook); the response is kept open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BanqSoftResponse | ErrorResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> BanqSoftResponse | ErrorResponse | None:
    """CallBanqSoft → banqsoft (older Collection API)

     Listed in the older Collection API navigation as group "CallBanqSoft" with one entry "banqsoft"; the
    page
    has no retrievable content. Method, path, parameters and body are all inferred (it appears to be an
    internal/integration hook); the response is kept open.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BanqSoftResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
