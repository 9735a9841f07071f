from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.result_envelope import ResultEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    clientno: int,
    customerno: str,
    *,
    userid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["userid"] = userid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/clients/{clientno}/customers/{customerno}".format(
            clientno=quote(str(clientno), safe=""),
            customerno=quote(str(customerno), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResultEnvelope | None:
    if response.status_code == 200:
        response_200 = ResultEnvelope.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ResultEnvelope]:
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
    userid: str | Unset = UNSET,
) -> Response[ErrorResponse | ResultEnvelope]:
    """Delete a customer

     Only allowed when the customer has no documents or AR items.

    Args:
        clientno (int):
        customerno (str):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResultEnvelope]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        customerno=customerno,
        userid=userid,
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
    userid: str | Unset = UNSET,
) -> ErrorResponse | ResultEnvelope | None:
    """Delete a customer

     Only allowed when the customer has no documents or AR items.

    Args:
        clientno (int):
        customerno (str):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResultEnvelope
    """

    return sync_detailed(
        clientno=clientno,
        customerno=customerno,
        client=client,
        userid=userid,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    customerno: str,
    *,
    client: AuthenticatedClient | Client,
    userid: str | Unset = UNSET,
) -> Response[ErrorResponse | ResultEnvelope]:
    """Delete a customer

     Only allowed when the customer has no documents or AR items.

    Args:
        clientno (int):
        customerno (str):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResultEnvelope]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        customerno=customerno,
        userid=userid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    customerno: str,
    *,
    client: AuthenticatedClient | Client,
    userid: str | Unset = UNSET,
) -> ErrorResponse | ResultEnvelope | None:
    """Delete a customer

     Only allowed when the customer has no documents or AR items.

    Args:
        clientno (int):
        customerno (str):
        userid (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResultEnvelope
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            customerno=customerno,
            client=client,
            userid=userid,
        )
    ).parsed
