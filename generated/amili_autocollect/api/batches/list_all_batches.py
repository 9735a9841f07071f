from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_type import BatchType
from ...models.error_response import ErrorResponse
from ...models.legacy_batch_list_response import LegacyBatchListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: str | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["State"] = state

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["Type"] = json_type_

    params["PageToken"] = page_token

    params["PageSize"] = page_size

    params["SortDirection"] = sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/batches",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LegacyBatchListResponse | None:
    if response.status_code == 200:
        response_200 = LegacyBatchListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

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
) -> Response[ErrorResponse | LegacyBatchListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> Response[ErrorResponse | LegacyBatchListResponse]:
    """List all batches visible to the caller (older Collection API)

     Older generation: batch `status` is an object (`statuscode`, `errors[]`, `responses[]`) and
    `succeeded[]`
    items are polymorphic via `$type`.

    Args:
        state (str | Unset):
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members. `PAYMENT`,
            `CORRECTION` are inferred from the other batch-producing writes.
        page_token (str | Unset):
        page_size (int | Unset):
        sort_direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyBatchListResponse]
    """

    kwargs = _get_kwargs(
        state=state,
        type_=type_,
        page_token=page_token,
        page_size=page_size,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> ErrorResponse | LegacyBatchListResponse | None:
    """List all batches visible to the caller (older Collection API)

     Older generation: batch `status` is an object (`statuscode`, `errors[]`, `responses[]`) and
    `succeeded[]`
    items are polymorphic via `$type`.

    Args:
        state (str | Unset):
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members. `PAYMENT`,
            `CORRECTION` are inferred from the other batch-producing writes.
        page_token (str | Unset):
        page_size (int | Unset):
        sort_direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyBatchListResponse
    """

    return sync_detailed(
        client=client,
        state=state,
        type_=type_,
        page_token=page_token,
        page_size=page_size,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> Response[ErrorResponse | LegacyBatchListResponse]:
    """List all batches visible to the caller (older Collection API)

     Older generation: batch `status` is an object (`statuscode`, `errors[]`, `responses[]`) and
    `succeeded[]`
    items are polymorphic via `$type`.

    Args:
        state (str | Unset):
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members. `PAYMENT`,
            `CORRECTION` are inferred from the other batch-producing writes.
        page_token (str | Unset):
        page_size (int | Unset):
        sort_direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyBatchListResponse]
    """

    kwargs = _get_kwargs(
        state=state,
        type_=type_,
        page_token=page_token,
        page_size=page_size,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    state: str | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> ErrorResponse | LegacyBatchListResponse | None:
    """List all batches visible to the caller (older Collection API)

     Older generation: batch `status` is an object (`statuscode`, `errors[]`, `responses[]`) and
    `succeeded[]`
    items are polymorphic via `$type`.

    Args:
        state (str | Unset):
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members. `PAYMENT`,
            `CORRECTION` are inferred from the other batch-producing writes.
        page_token (str | Unset):
        page_size (int | Unset):
        sort_direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyBatchListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            type_=type_,
            page_token=page_token,
            page_size=page_size,
            sort_direction=sort_direction,
        )
    ).parsed
