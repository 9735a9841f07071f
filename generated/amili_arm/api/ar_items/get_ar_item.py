from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ar_item import ArItem
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    aritemid: int,
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
        "url": "/clients/{clientno}/aritems/{aritemid}".format(
            clientno=quote(str(clientno), safe=""),
            aritemid=quote(str(aritemid), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ArItem | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ArItem.from_dict(response.json())

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
) -> Response[ArItem | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientno: int,
    aritemid: int,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[ArItem | ErrorResponse]:
    """Get one AR item

    Args:
        clientno (int):
        aritemid (int):
        expand (str | Unset):
        userid (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItem | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        aritemid=aritemid,
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
    aritemid: int,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> ArItem | ErrorResponse | None:
    """Get one AR item

    Args:
        clientno (int):
        aritemid (int):
        expand (str | Unset):
        userid (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItem | ErrorResponse
    """

    return sync_detailed(
        clientno=clientno,
        aritemid=aritemid,
        client=client,
        expand=expand,
        userid=userid,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    aritemid: int,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[ArItem | ErrorResponse]:
    """Get one AR item

    Args:
        clientno (int):
        aritemid (int):
        expand (str | Unset):
        userid (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArItem | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        aritemid=aritemid,
        expand=expand,
        userid=userid,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    aritemid: int,
    *,
    client: AuthenticatedClient | Client,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> ArItem | ErrorResponse | None:
    """Get one AR item

    Args:
        clientno (int):
        aritemid (int):
        expand (str | Unset):
        userid (str | Unset):
        accept_language (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArItem | ErrorResponse
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            aritemid=aritemid,
            client=client,
            expand=expand,
            userid=userid,
            accept_language=accept_language,
        )
    ).parsed
