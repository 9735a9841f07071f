from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_list_response import BatchListResponse
from ...models.batch_status import BatchStatus
from ...models.batch_type import BatchType
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    *,
    state: BatchStatus | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["State"] = json_state

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["Type"] = json_type_

    params["SubjectId"] = subject_id

    params["IdempotencyKey"] = idempotency_key

    params["PageToken"] = page_token

    params["PageSize"] = page_size

    params["SortDirection"] = sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{organization_id}/batches".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BatchListResponse.from_dict(response.json())

        return response_200

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

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

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
) -> Response[BatchListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    state: BatchStatus | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> Response[BatchListResponse | ErrorResponse]:
    """List batches of an organization (GetBatchesByOrganization)

    Args:
        organization_id (UUID):
        state (BatchStatus | Unset): `QUEUED` while processing; terminal: `SUCCESS`, `PARTIAL`,
            `FAILED` (the docs list these as the whole life cycle).
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members. `PAYMENT`,
            `CORRECTION` are inferred from the other batch-producing writes.
        subject_id (str | Unset):
        idempotency_key (str | Unset):
        page_token (str | Unset):
        page_size (int | Unset):
        sort_direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        state=state,
        type_=type_,
        subject_id=subject_id,
        idempotency_key=idempotency_key,
        page_token=page_token,
        page_size=page_size,
        sort_direction=sort_direction,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    state: BatchStatus | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> BatchListResponse | ErrorResponse | None:
    """List batches of an organization (GetBatchesByOrganization)

    Args:
        organization_id (UUID):
        state (BatchStatus | Unset): `QUEUED` while processing; terminal: `SUCCESS`, `PARTIAL`,
            `FAILED` (the docs list these as the whole life cycle).
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members. `PAYMENT`,
            `CORRECTION` are inferred from the other batch-producing writes.
        subject_id (str | Unset):
        idempotency_key (str | Unset):
        page_token (str | Unset):
        page_size (int | Unset):
        sort_direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchListResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        state=state,
        type_=type_,
        subject_id=subject_id,
        idempotency_key=idempotency_key,
        page_token=page_token,
        page_size=page_size,
        sort_direction=sort_direction,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    state: BatchStatus | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> Response[BatchListResponse | ErrorResponse]:
    """List batches of an organization (GetBatchesByOrganization)

    Args:
        organization_id (UUID):
        state (BatchStatus | Unset): `QUEUED` while processing; terminal: `SUCCESS`, `PARTIAL`,
            `FAILED` (the docs list these as the whole life cycle).
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members. `PAYMENT`,
            `CORRECTION` are inferred from the other batch-producing writes.
        subject_id (str | Unset):
        idempotency_key (str | Unset):
        page_token (str | Unset):
        page_size (int | Unset):
        sort_direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        state=state,
        type_=type_,
        subject_id=subject_id,
        idempotency_key=idempotency_key,
        page_token=page_token,
        page_size=page_size,
        sort_direction=sort_direction,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    state: BatchStatus | Unset = UNSET,
    type_: BatchType | Unset = UNSET,
    subject_id: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
) -> BatchListResponse | ErrorResponse | None:
    """List batches of an organization (GetBatchesByOrganization)

    Args:
        organization_id (UUID):
        state (BatchStatus | Unset): `QUEUED` while processing; terminal: `SUCCESS`, `PARTIAL`,
            `FAILED` (the docs list these as the whole life cycle).
        type_ (BatchType | Unset): Values seen `INVOICE`, `NONE`. Other values are valid (the list
            is not documented as complete); the SDK's enum parses them as unknown members. `PAYMENT`,
            `CORRECTION` are inferred from the other batch-producing writes.
        subject_id (str | Unset):
        idempotency_key (str | Unset):
        page_token (str | Unset):
        page_size (int | Unset):
        sort_direction (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            state=state,
            type_=type_,
            subject_id=subject_id,
            idempotency_key=idempotency_key,
            page_token=page_token,
            page_size=page_size,
            sort_direction=sort_direction,
        )
    ).parsed
