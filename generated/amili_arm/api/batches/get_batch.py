from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch import Batch
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    clientno: int,
    batchuuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients/{clientno}/batches/{batchuuid}".format(
            clientno=quote(str(clientno), safe=""),
            batchuuid=quote(str(batchuuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Batch | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = Batch.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = Batch.from_dict(response.json())

        return response_202

    if response.status_code == 206:
        response_206 = Batch.from_dict(response.json())

        return response_206

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

    if response.status_code == 406:
        response_406 = ErrorResponse.from_dict(response.json())

        return response_406

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Batch | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientno: int,
    batchuuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Batch | ErrorResponse]:
    """Get one batch

     Status and result of a batch submitted to an asynchronous endpoint (`/customers/batches`,
    `/documents/batches`). 200 = processed, 202 = accepted and still being processed, 206 = processed
    with some
    failed items (the meaning of 202/206 is inferred). The body shape is inferred.

    Args:
        clientno (int):
        batchuuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        batchuuid=batchuuid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    batchuuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Batch | ErrorResponse | None:
    """Get one batch

     Status and result of a batch submitted to an asynchronous endpoint (`/customers/batches`,
    `/documents/batches`). 200 = processed, 202 = accepted and still being processed, 206 = processed
    with some
    failed items (the meaning of 202/206 is inferred). The body shape is inferred.

    Args:
        clientno (int):
        batchuuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | ErrorResponse
    """

    return sync_detailed(
        clientno=clientno,
        batchuuid=batchuuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    batchuuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Batch | ErrorResponse]:
    """Get one batch

     Status and result of a batch submitted to an asynchronous endpoint (`/customers/batches`,
    `/documents/batches`). 200 = processed, 202 = accepted and still being processed, 206 = processed
    with some
    failed items (the meaning of 202/206 is inferred). The body shape is inferred.

    Args:
        clientno (int):
        batchuuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Batch | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        batchuuid=batchuuid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    batchuuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Batch | ErrorResponse | None:
    """Get one batch

     Status and result of a batch submitted to an asynchronous endpoint (`/customers/batches`,
    `/documents/batches`). 200 = processed, 202 = accepted and still being processed, 206 = processed
    with some
    failed items (the meaning of 202/206 is inferred). The body shape is inferred.

    Args:
        clientno (int):
        batchuuid (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Batch | ErrorResponse
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            batchuuid=batchuuid,
            client=client,
        )
    ).parsed
