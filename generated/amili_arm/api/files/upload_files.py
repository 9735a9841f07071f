from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.file_upload_request import FileUploadRequest
from ...models.file_upload_response import FileUploadResponse
from ...types import Response


def _get_kwargs(
    clientno: int,
    *,
    body: FileUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/{clientno}/files".format(
            clientno=quote(str(clientno), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FileUploadResponse | None:
    if response.status_code == 200:
        response_200 = FileUploadResponse.from_dict(response.json())

        return response_200

    if response.status_code == 207:
        response_207 = FileUploadResponse.from_dict(response.json())

        return response_207

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

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | FileUploadResponse]:
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
    body: FileUploadRequest,
) -> Response[ErrorResponse | FileUploadResponse]:
    """Upload one or more OS files

     Which OS file types a client may upload is configured per ARM client. 200 = all files accepted,
    207 Multi-Status = per-file results differ (inferred).

    Args:
        clientno (int):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileUploadResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
) -> ErrorResponse | FileUploadResponse | None:
    """Upload one or more OS files

     Which OS file types a client may upload is configured per ARM client. 200 = all files accepted,
    207 Multi-Status = per-file results differ (inferred).

    Args:
        clientno (int):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileUploadResponse
    """

    return sync_detailed(
        clientno=clientno,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
) -> Response[ErrorResponse | FileUploadResponse]:
    """Upload one or more OS files

     Which OS file types a client may upload is configured per ARM client. 200 = all files accepted,
    207 Multi-Status = per-file results differ (inferred).

    Args:
        clientno (int):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FileUploadResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    *,
    client: AuthenticatedClient | Client,
    body: FileUploadRequest,
) -> ErrorResponse | FileUploadResponse | None:
    """Upload one or more OS files

     Which OS file types a client may upload is configured per ARM client. 200 = all files accepted,
    207 Multi-Status = per-file results differ (inferred).

    Args:
        clientno (int):
        body (FileUploadRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FileUploadResponse
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            body=body,
        )
    ).parsed
