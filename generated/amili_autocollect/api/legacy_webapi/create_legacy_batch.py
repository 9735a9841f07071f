from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.legacy_batch_dto import LegacyBatchDto
from ...models.legacy_result import LegacyResult
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: LegacyBatchDto,
    senderid: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["senderid"] = senderid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webapi/api/Batch",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json-patch+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LegacyResult | None:
    if response.status_code == 200:
        response_200 = LegacyResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | LegacyResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyBatchDto,
    senderid: str,
) -> Response[ErrorResponse | LegacyResult]:
    """Push a batch (creditors, cases, payments …) to AutoCollect (AutoCollect Legacy API)

     Older docs show HTTP Basic, newer docs JWT Bearer; either is accepted here.

    Args:
        senderid (str):
        body (LegacyBatchDto): BatchDTO of the legacy API (truncated in every archived copy;
            fields after `settlement[]` unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyResult]
    """

    kwargs = _get_kwargs(
        body=body,
        senderid=senderid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: LegacyBatchDto,
    senderid: str,
) -> ErrorResponse | LegacyResult | None:
    """Push a batch (creditors, cases, payments …) to AutoCollect (AutoCollect Legacy API)

     Older docs show HTTP Basic, newer docs JWT Bearer; either is accepted here.

    Args:
        senderid (str):
        body (LegacyBatchDto): BatchDTO of the legacy API (truncated in every archived copy;
            fields after `settlement[]` unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyResult
    """

    return sync_detailed(
        client=client,
        body=body,
        senderid=senderid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: LegacyBatchDto,
    senderid: str,
) -> Response[ErrorResponse | LegacyResult]:
    """Push a batch (creditors, cases, payments …) to AutoCollect (AutoCollect Legacy API)

     Older docs show HTTP Basic, newer docs JWT Bearer; either is accepted here.

    Args:
        senderid (str):
        body (LegacyBatchDto): BatchDTO of the legacy API (truncated in every archived copy;
            fields after `settlement[]` unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyResult]
    """

    kwargs = _get_kwargs(
        body=body,
        senderid=senderid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: LegacyBatchDto,
    senderid: str,
) -> ErrorResponse | LegacyResult | None:
    """Push a batch (creditors, cases, payments …) to AutoCollect (AutoCollect Legacy API)

     Older docs show HTTP Basic, newer docs JWT Bearer; either is accepted here.

    Args:
        senderid (str):
        body (LegacyBatchDto): BatchDTO of the legacy API (truncated in every archived copy;
            fields after `settlement[]` unknown).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            senderid=senderid,
        )
    ).parsed
