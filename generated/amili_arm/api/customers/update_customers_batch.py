from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_receipt import BatchReceipt
from ...models.customer_batch_request import CustomerBatchRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    clientno: int,
    *,
    body: CustomerBatchRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/clients/{clientno}/customers/batches".format(
            clientno=quote(str(clientno), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchReceipt | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BatchReceipt.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = BatchReceipt.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchReceipt | ErrorResponse]:
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
    body: CustomerBatchRequest,
) -> Response[BatchReceipt | ErrorResponse]:
    """Update a batch of customers

     Input an array of customer objects; processed asynchronously (the batch-uuid follow-up is inferred
    from
    the pattern). Poll `get_batch` with the returned `batchUuid`.

    Args:
        clientno (int):
        body (CustomerBatchRequest): The docs say only "input an array of customer objects". The
            envelope `{metadata, customers}` is inferred
            from the documented document batch (`{metadata, documents}`); other keys are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchReceipt | ErrorResponse]
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
    body: CustomerBatchRequest,
) -> BatchReceipt | ErrorResponse | None:
    """Update a batch of customers

     Input an array of customer objects; processed asynchronously (the batch-uuid follow-up is inferred
    from
    the pattern). Poll `get_batch` with the returned `batchUuid`.

    Args:
        clientno (int):
        body (CustomerBatchRequest): The docs say only "input an array of customer objects". The
            envelope `{metadata, customers}` is inferred
            from the documented document batch (`{metadata, documents}`); other keys are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchReceipt | ErrorResponse
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
    body: CustomerBatchRequest,
) -> Response[BatchReceipt | ErrorResponse]:
    """Update a batch of customers

     Input an array of customer objects; processed asynchronously (the batch-uuid follow-up is inferred
    from
    the pattern). Poll `get_batch` with the returned `batchUuid`.

    Args:
        clientno (int):
        body (CustomerBatchRequest): The docs say only "input an array of customer objects". The
            envelope `{metadata, customers}` is inferred
            from the documented document batch (`{metadata, documents}`); other keys are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchReceipt | ErrorResponse]
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
    body: CustomerBatchRequest,
) -> BatchReceipt | ErrorResponse | None:
    """Update a batch of customers

     Input an array of customer objects; processed asynchronously (the batch-uuid follow-up is inferred
    from
    the pattern). Poll `get_batch` with the returned `batchUuid`.

    Args:
        clientno (int):
        body (CustomerBatchRequest): The docs say only "input an array of customer objects". The
            envelope `{metadata, customers}` is inferred
            from the documented document batch (`{metadata, documents}`); other keys are kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchReceipt | ErrorResponse
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            client=client,
            body=body,
        )
    ).parsed
