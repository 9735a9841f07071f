from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.accepted import Accepted
from ...models.b2c_invoice_request import B2CInvoiceRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: B2CInvoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/send/dk/invoice",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Accepted | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = Accepted.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Accepted | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: B2CInvoiceRequest,
) -> Response[Accepted | ErrorResponse]:
    """Add a new B2C Danish invoice

     Sends a consumer invoice in Denmark. Method and path are documented; the body is not and reuses the
    B2C
    invoice (inferred).

    Args:
        body (B2CInvoiceRequest): Root of the B2C invoice (also used for the Swedish and Danish
            invoice, inferred). `Subscription` is not in
            the truncated example and is assumed by analogy with the credit note (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accepted | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: B2CInvoiceRequest,
) -> Accepted | ErrorResponse | None:
    """Add a new B2C Danish invoice

     Sends a consumer invoice in Denmark. Method and path are documented; the body is not and reuses the
    B2C
    invoice (inferred).

    Args:
        body (B2CInvoiceRequest): Root of the B2C invoice (also used for the Swedish and Danish
            invoice, inferred). `Subscription` is not in
            the truncated example and is assumed by analogy with the credit note (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accepted | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: B2CInvoiceRequest,
) -> Response[Accepted | ErrorResponse]:
    """Add a new B2C Danish invoice

     Sends a consumer invoice in Denmark. Method and path are documented; the body is not and reuses the
    B2C
    invoice (inferred).

    Args:
        body (B2CInvoiceRequest): Root of the B2C invoice (also used for the Swedish and Danish
            invoice, inferred). `Subscription` is not in
            the truncated example and is assumed by analogy with the credit note (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Accepted | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: B2CInvoiceRequest,
) -> Accepted | ErrorResponse | None:
    """Add a new B2C Danish invoice

     Sends a consumer invoice in Denmark. Method and path are documented; the body is not and reuses the
    B2C
    invoice (inferred).

    Args:
        body (B2CInvoiceRequest): Root of the B2C invoice (also used for the Swedish and Danish
            invoice, inferred). `Subscription` is not in
            the truncated example and is assumed by analogy with the credit note (inferred).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Accepted | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
