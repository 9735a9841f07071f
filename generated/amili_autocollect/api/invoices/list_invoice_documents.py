from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_document_list_response import InvoiceDocumentListResponse
from ...types import Response


def _get_kwargs(
    organization_id: UUID,
    invoice_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{organization_id}/invoices/{invoice_id}/documents".format(
            organization_id=quote(str(organization_id), safe=""),
            invoice_id=quote(str(invoice_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceDocumentListResponse | None:
    if response.status_code == 200:
        response_200 = InvoiceDocumentListResponse.from_dict(response.json())

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

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | InvoiceDocumentListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | InvoiceDocumentListResponse]:
    """Get invoice documents by invoice id (older Collection API)

     Navigation-only; path and response inferred.

    Args:
        organization_id (UUID):
        invoice_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceDocumentListResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        invoice_id=invoice_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | InvoiceDocumentListResponse | None:
    """Get invoice documents by invoice id (older Collection API)

     Navigation-only; path and response inferred.

    Args:
        organization_id (UUID):
        invoice_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceDocumentListResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        invoice_id=invoice_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | InvoiceDocumentListResponse]:
    """Get invoice documents by invoice id (older Collection API)

     Navigation-only; path and response inferred.

    Args:
        organization_id (UUID):
        invoice_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceDocumentListResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        invoice_id=invoice_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    invoice_id: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | InvoiceDocumentListResponse | None:
    """Get invoice documents by invoice id (older Collection API)

     Navigation-only; path and response inferred.

    Args:
        organization_id (UUID):
        invoice_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceDocumentListResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            invoice_id=invoice_id,
            client=client,
        )
    ).parsed
