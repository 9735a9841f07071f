from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_agreement_status import BankAgreementStatus
from ...models.bank_agreement_status_request import BankAgreementStatusRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BankAgreementStatusRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/bankagreement/swedish/status",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankAgreementStatus | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BankAgreementStatus.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BankAgreementStatus | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BankAgreementStatusRequest,
) -> Response[BankAgreementStatus | ErrorResponse]:
    """Check status of bank agreement

     Status of a Swedish bank agreement. Method, path, a required JSON body and `200 OK` are documented;
    the
    body fields and the response shape are inferred.

    Args:
        body (BankAgreementStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAgreementStatus | ErrorResponse]
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
    body: BankAgreementStatusRequest,
) -> BankAgreementStatus | ErrorResponse | None:
    """Check status of bank agreement

     Status of a Swedish bank agreement. Method, path, a required JSON body and `200 OK` are documented;
    the
    body fields and the response shape are inferred.

    Args:
        body (BankAgreementStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAgreementStatus | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BankAgreementStatusRequest,
) -> Response[BankAgreementStatus | ErrorResponse]:
    """Check status of bank agreement

     Status of a Swedish bank agreement. Method, path, a required JSON body and `200 OK` are documented;
    the
    body fields and the response shape are inferred.

    Args:
        body (BankAgreementStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankAgreementStatus | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BankAgreementStatusRequest,
) -> BankAgreementStatus | ErrorResponse | None:
    """Check status of bank agreement

     Status of a Swedish bank agreement. Method, path, a required JSON body and `200 OK` are documented;
    the
    body fields and the response shape are inferred.

    Args:
        body (BankAgreementStatusRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankAgreementStatus | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
