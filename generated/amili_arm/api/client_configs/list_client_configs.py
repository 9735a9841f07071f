from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_config_list import ClientConfigList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    *,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["maximumcount"] = maximumcount

    params["pagesize"] = pagesize

    params["query"] = query

    params["pageno"] = pageno

    params["expand"] = expand

    params["userid"] = userid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/clientconfigs".format(
            clientno=quote(str(clientno), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientConfigList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClientConfigList.from_dict(response.json())

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ClientConfigList | ErrorResponse]:
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
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> Response[ClientConfigList | ErrorResponse]:
    """List client config values

     Navigation entry only; path, parameters and body are inferred.

    Args:
        clientno (int):
        maximumcount (int | Unset):
        pagesize (int | Unset):
        query (str | Unset):
        pageno (int | Unset):
        expand (str | Unset):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfigList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
        expand=expand,
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
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> ClientConfigList | ErrorResponse | None:
    """List client config values

     Navigation entry only; path, parameters and body are inferred.

    Args:
        clientno (int):
        maximumcount (int | Unset):
        pagesize (int | Unset):
        query (str | Unset):
        pageno (int | Unset):
        expand (str | Unset):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfigList | ErrorResponse
    """

    return sync_detailed(
        clientno=clientno,
        client=client,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
        expand=expand,
        userid=userid,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> Response[ClientConfigList | ErrorResponse]:
    """List client config values

     Navigation entry only; path, parameters and body are inferred.

    Args:
        clientno (int):
        maximumcount (int | Unset):
        pagesize (int | Unset):
        query (str | Unset):
        pageno (int | Unset):
        expand (str | Unset):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientConfigList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        maximumcount=maximumcount,
        pagesize=pagesize,
        query=query,
        pageno=pageno,
        expand=expand,
        userid=userid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> ClientConfigList | ErrorResponse | None:
    """List client config values

     Navigation entry only; path, parameters and body are inferred.

    Args:
        clientno (int):
        maximumcount (int | Unset):
        pagesize (int | Unset):
        query (str | Unset):
        pageno (int | Unset):
        expand (str | Unset):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientConfigList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            maximumcount=maximumcount,
            pagesize=pagesize,
            query=query,
            pageno=pageno,
            expand=expand,
            userid=userid,
        )
    ).parsed
