import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.adb_interval_list import AdbIntervalList
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    *,
    balancedate: datetime.date | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_balancedate: str | Unset = UNSET
    if not isinstance(balancedate, Unset):
        json_balancedate = (
            balancedate.isoformat(
                timespec="seconds"
                if not balancedate.microsecond
                else "milliseconds"
                if not balancedate.microsecond % 1000
                else "microseconds"
            ).replace("+00:00", "Z")
            if isinstance(balancedate, datetime.datetime)
            else balancedate.isoformat()
        )
    params["balancedate"] = json_balancedate

    params["maximumcount"] = maximumcount

    params["pagesize"] = pagesize

    params["query"] = query

    params["pageno"] = pageno

    params["expand"] = expand

    params["userid"] = userid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/insights/adbintervals".format(
            clientno=quote(str(clientno), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AdbIntervalList | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AdbIntervalList.from_dict(response.json())

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
) -> Response[AdbIntervalList | ErrorResponse]:
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
    balancedate: datetime.date | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> Response[AdbIntervalList | ErrorResponse]:
    """List ADB intervals

     Age-distributed balance (aldersfordelt saldo) buckets. Navigation entry only; path, parameters and
    body are
    inferred.

    Args:
        clientno (int):
        balancedate (datetime.date | Unset):
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
        Response[AdbIntervalList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        balancedate=balancedate,
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
    balancedate: datetime.date | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> AdbIntervalList | ErrorResponse | None:
    """List ADB intervals

     Age-distributed balance (aldersfordelt saldo) buckets. Navigation entry only; path, parameters and
    body are
    inferred.

    Args:
        clientno (int):
        balancedate (datetime.date | Unset):
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
        AdbIntervalList | ErrorResponse
    """

    return sync_detailed(
        clientno=clientno,
        client=client,
        balancedate=balancedate,
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
    balancedate: datetime.date | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> Response[AdbIntervalList | ErrorResponse]:
    """List ADB intervals

     Age-distributed balance (aldersfordelt saldo) buckets. Navigation entry only; path, parameters and
    body are
    inferred.

    Args:
        clientno (int):
        balancedate (datetime.date | Unset):
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
        Response[AdbIntervalList | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        balancedate=balancedate,
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
    balancedate: datetime.date | Unset = UNSET,
    maximumcount: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
    query: str | Unset = UNSET,
    pageno: int | Unset = UNSET,
    expand: str | Unset = UNSET,
    userid: str | Unset = UNSET,
) -> AdbIntervalList | ErrorResponse | None:
    """List ADB intervals

     Age-distributed balance (aldersfordelt saldo) buckets. Navigation entry only; path, parameters and
    body are
    inferred.

    Args:
        clientno (int):
        balancedate (datetime.date | Unset):
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
        AdbIntervalList | ErrorResponse
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            balancedate=balancedate,
            maximumcount=maximumcount,
            pagesize=pagesize,
            query=query,
            pageno=pageno,
            expand=expand,
            userid=userid,
        )
    ).parsed
