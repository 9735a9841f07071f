from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.document_request import DocumentRequest
from ...models.error_response import ErrorResponse
from ...models.result_envelope import ResultEnvelope
from ...types import Response


def _get_kwargs(
    clientno: int,
    *,
    body: DocumentRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/{clientno}/documents".format(
            clientno=quote(str(clientno), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ResultEnvelope | None:
    if response.status_code == 201:
        response_201 = ResultEnvelope.from_dict(response.json())

        return response_201

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
) -> Response[ErrorResponse | ResultEnvelope]:
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
    body: DocumentRequest,
) -> Response[ErrorResponse | ResultEnvelope]:
    """Create one document

     Input one document object; validated and created immediately, the document is active at once. For
    many
    documents use `create_documents_batch`.

    Args:
        clientno (int):
        body (DocumentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResultEnvelope]
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
    body: DocumentRequest,
) -> ErrorResponse | ResultEnvelope | None:
    """Create one document

     Input one document object; validated and created immediately, the document is active at once. For
    many
    documents use `create_documents_batch`.

    Args:
        clientno (int):
        body (DocumentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResultEnvelope
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
    body: DocumentRequest,
) -> Response[ErrorResponse | ResultEnvelope]:
    """Create one document

     Input one document object; validated and created immediately, the document is active at once. For
    many
    documents use `create_documents_batch`.

    Args:
        clientno (int):
        body (DocumentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ResultEnvelope]
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
    body: DocumentRequest,
) -> ErrorResponse | ResultEnvelope | None:
    """Create one document

     Input one document object; validated and created immediately, the document is active at once. For
    many
    documents use `create_documents_batch`.

    Args:
        clientno (int):
        body (DocumentRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ResultEnvelope
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            body=body,
        )
    ).parsed
