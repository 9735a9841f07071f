from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.os_file_list import OsFileList
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    *,
    filetype: str | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filetype"] = filetype

    params["maximumcount"] = maximumcount

    params["pagesize"] = pagesize

    params["query"] = query

    params["pageno"] = pageno

    params["expand"] = expand

    params["userid"] = userid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/files".format(
            clientno=quote(str(clientno), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OsFileList | None:
    if response.status_code == 200:
        response_200 = OsFileList.from_dict(response.json())

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
) -> Response[ErrorResponse | OsFileList]:
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
    filetype: str | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> Response[ErrorResponse | OsFileList]:
    """Get one or more OS files

     The page exists but its content was not retrieved; path, parameters and body are inferred.

    Args:
        clientno (int):
        filetype (str | Unset):
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
        Response[ErrorResponse | OsFileList]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        filetype=filetype,
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
    filetype: str | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> ErrorResponse | OsFileList | None:
    """Get one or more OS files

     The page exists but its content was not retrieved; path, parameters and body are inferred.

    Args:
        clientno (int):
        filetype (str | Unset):
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
        ErrorResponse | OsFileList
    """

    return sync_detailed(
        clientno=clientno,
        client=client,
        filetype=filetype,
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
    filetype: str | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> Response[ErrorResponse | OsFileList]:
    """Get one or more OS files

     The page exists but its content was not retrieved; path, parameters and body are inferred.

    Args:
        clientno (int):
        filetype (str | Unset):
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
        Response[ErrorResponse | OsFileList]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        filetype=filetype,
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
    filetype: str | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> ErrorResponse | OsFileList | None:
    """Get one or more OS files

     The page exists but its content was not retrieved; path, parameters and body are inferred.

    Args:
        clientno (int):
        filetype (str | Unset):
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
        ErrorResponse | OsFileList
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            filetype=filetype,
            maximumcount=maximumcount,
            pagesize=pagesize,
            query=query,
            pageno=pageno,
            expand=expand,
            userid=userid,
        )
    ).parsed
