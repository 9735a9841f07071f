from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auto_posting_error_response import AutoPostingErrorResponse
from ...models.auto_posting_request import AutoPostingRequest
from ...models.auto_posting_response import AutoPostingResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    clientno: int,
    autopostingmethod: str,
    *,
    body: AutoPostingRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/clients/{clientno}/autopostings/{autopostingmethod}".format(
            clientno=quote(str(clientno), safe=""),
            autopostingmethod=quote(str(autopostingmethod), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AutoPostingResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = AutoPostingResponse.from_dict(response.json())

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
        response_422 = AutoPostingErrorResponse.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    clientno: int,
    autopostingmethod: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPostingRequest,
) -> Response[AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse]:
    """Create one or more auto postings

     All-or-nothing per batch: if any posting fails, every posting of the batch is rejected; postings
    that were
    fine but rejected because of a sibling get `resultType` `BATCH-REJECTED`. If at least one posting
    carries the
    `validateOnly` option the whole batch is only validated (inferred from a cut sentence). Body and
    response
    shapes are inferred.

    Args:
        clientno (int):
        autopostingmethod (str):
        body (AutoPostingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        autopostingmethod=autopostingmethod,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    clientno: int,
    autopostingmethod: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPostingRequest,
) -> AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse | None:
    """Create one or more auto postings

     All-or-nothing per batch: if any posting fails, every posting of the batch is rejected; postings
    that were
    fine but rejected because of a sibling get `resultType` `BATCH-REJECTED`. If at least one posting
    carries the
    `validateOnly` option the whole batch is only validated (inferred from a cut sentence). Body and
    response
    shapes are inferred.

    Args:
        clientno (int):
        autopostingmethod (str):
        body (AutoPostingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse
    """

    return sync_detailed(
        clientno=clientno,
        autopostingmethod=autopostingmethod,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    clientno: int,
    autopostingmethod: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPostingRequest,
) -> Response[AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse]:
    """Create one or more auto postings

     All-or-nothing per batch: if any posting fails, every posting of the batch is rejected; postings
    that were
    fine but rejected because of a sibling get `resultType` `BATCH-REJECTED`. If at least one posting
    carries the
    `validateOnly` option the whole batch is only validated (inferred from a cut sentence). Body and
    response
    shapes are inferred.

    Args:
        clientno (int):
        autopostingmethod (str):
        body (AutoPostingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        clientno=clientno,
        autopostingmethod=autopostingmethod,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    clientno: int,
    autopostingmethod: str,
    *,
    client: AuthenticatedClient | Client,
    body: AutoPostingRequest,
) -> AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse | None:
    """Create one or more auto postings

     All-or-nothing per batch: if any posting fails, every posting of the batch is rejected; postings
    that were
    fine but rejected because of a sibling get `resultType` `BATCH-REJECTED`. If at least one posting
    carries the
    `validateOnly` option the whole batch is only validated (inferred from a cut sentence). Body and
    response
    shapes are inferred.

    Args:
        clientno (int):
        autopostingmethod (str):
        body (AutoPostingRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AutoPostingErrorResponse | AutoPostingResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            clientno=clientno,
            autopostingmethod=autopostingmethod,
            client=client,
            body=body,
        )
    ).parsed
