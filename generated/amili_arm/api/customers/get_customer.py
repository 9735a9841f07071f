from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    customerno: str,
    *,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["expand"] = expand

    params["userid"] = userid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/customers/{customerno}".format(
            clientno=quote(str(clientno), safe=""),
            customerno=quote(str(customerno), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Customer | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Customer.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Customer | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientno: int,
    customerno: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Get one customer

    Args:
        clientno (int):
        customerno (str):
        expand (str | Unset):
        userid (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        customerno=customerno,
        expand=expand,
        userid=userid,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    customerno: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Get one customer

    Args:
        clientno (int):
        customerno (str):
        expand (str | Unset):
        userid (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return sync_detailed(
        clientno=clientno,
        customerno=customerno,
        client=client,
        expand=expand,
        userid=userid,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    customerno: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[Customer | ErrorResponse]:
    """Get one customer

    Args:
        clientno (int):
        customerno (str):
        expand (str | Unset):
        userid (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Customer | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        customerno=customerno,
        expand=expand,
        userid=userid,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    customerno: str,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Customer | ErrorResponse | None:
    """Get one customer

    Args:
        clientno (int):
        customerno (str):
        expand (str | Unset):
        userid (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Customer | ErrorResponse
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            customerno=customerno,
            client=client,
            expand=expand,
            userid=userid,
            accept_language=accept_language,
        )
    ).parsed
