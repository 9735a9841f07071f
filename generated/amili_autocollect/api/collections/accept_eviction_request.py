from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_action_request import CaseActionRequest
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    case_id: UUID,
    *,
    body: CaseActionRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["IdempotencyKey"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/orgs/{organization_id}/cases/{case_id}/eviction-request/accept".format(
            organization_id=quote(str(organization_id), safe=""),
            case_id=quote(str(case_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ErrorResponse | None:
    if response.status_code == 202:
        response_202 = None

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

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ErrorResponse.from_dict(response.json())

        return response_422

    if response.status_code == 423:
        response_423 = ErrorResponse.from_dict(response.json())

        return response_423

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id: UUID,
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CaseActionRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Accept an eviction request on a case (AcceptEvictionRequest)

     Navigation-only in the newest docs; path, body and responses inferred.

    Args:
        organization_id (UUID):
        case_id (UUID):
        idempotency_key (str | Unset):
        body (CaseActionRequest | Unset): Optional body of a case action; no body is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        case_id=case_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CaseActionRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Accept an eviction request on a case (AcceptEvictionRequest)

     Navigation-only in the newest docs; path, body and responses inferred.

    Args:
        organization_id (UUID):
        case_id (UUID):
        idempotency_key (str | Unset):
        body (CaseActionRequest | Unset): Optional body of a case action; no body is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        case_id=case_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CaseActionRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | ErrorResponse]:
    """Accept an eviction request on a case (AcceptEvictionRequest)

     Navigation-only in the newest docs; path, body and responses inferred.

    Args:
        organization_id (UUID):
        case_id (UUID):
        idempotency_key (str | Unset):
        body (CaseActionRequest | Unset): Optional body of a case action; no body is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        case_id=case_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    case_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CaseActionRequest | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Any | ErrorResponse | None:
    """Accept an eviction request on a case (AcceptEvictionRequest)

     Navigation-only in the newest docs; path, body and responses inferred.

    Args:
        organization_id (UUID):
        case_id (UUID):
        idempotency_key (str | Unset):
        body (CaseActionRequest | Unset): Optional body of a case action; no body is documented.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            case_id=case_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
