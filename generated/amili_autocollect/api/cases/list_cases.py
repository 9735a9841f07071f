import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.case_list_response import CaseListResponse
from ...models.case_status import CaseStatus
from ...models.case_type import CaseType
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    *,
    status: CaseStatus | Unset = UNSET,
    type_: CaseType | Unset = UNSET,
    case_number: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_created_at: datetime.datetime | Unset = UNSET,
    to_created_at: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["Status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["Type"] = json_type_

    params["CaseNumber"] = case_number

    params["CustomerNumber"] = customer_number

    params["UniqueSourceInvoiceId"] = unique_source_invoice_id

    params["SearchTerm"] = search_term

    json_from_created_at: str | Unset = UNSET
    if not isinstance(from_created_at, Unset):
        json_from_created_at = from_created_at.isoformat(
            timespec="seconds"
            if not from_created_at.microsecond
            else "milliseconds"
            if not from_created_at.microsecond % 1000
            else "microseconds"
        ).replace("+00:00", "Z")
    params["FromCreatedAt"] = json_from_created_at

    json_to_created_at: str | Unset = UNSET
    if not isinstance(to_created_at, Unset):
        json_to_created_at = to_created_at.isoformat(
            timespec="seconds"
            if not to_created_at.microsecond
            else "milliseconds"
            if not to_created_at.microsecond % 1000
            else "microseconds"
        ).replace("+00:00", "Z")
    params["ToCreatedAt"] = json_to_created_at

    params["PageToken"] = page_token

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{organization_id}/cases".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CaseListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = CaseListResponse.from_dict(response.json())

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
) -> Response[CaseListResponse | ErrorResponse]:
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
    status: CaseStatus | Unset = UNSET,
    type_: CaseType | Unset = UNSET,
    case_number: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_created_at: datetime.datetime | Unset = UNSET,
    to_created_at: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[CaseListResponse | ErrorResponse]:
    """List collection cases of an organization (GetCasesByOrganization)

    Args:
        organization_id (UUID):
        status (CaseStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the
            list is not documented as complete); the SDK's enum parses them as unknown members.
            `WITHDRAWN` is inferred from the withdraw operations (not documented).
        type_ (CaseType | Unset): Values seen `COLLECTION_NOTICE`, `PAYMENT_REMINDER`. Other
            values are valid (the list is not documented as complete); the SDK's enum parses them as
            unknown members.
        case_number (str | Unset):
        customer_number (str | Unset):
        unique_source_invoice_id (str | Unset):
        search_term (str | Unset):
        from_created_at (datetime.datetime | Unset):
        to_created_at (datetime.datetime | Unset):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        status=status,
        type_=type_,
        case_number=case_number,
        customer_number=customer_number,
        unique_source_invoice_id=unique_source_invoice_id,
        search_term=search_term,
        from_created_at=from_created_at,
        to_created_at=to_created_at,
        page_token=page_token,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: CaseStatus | Unset = UNSET,
    type_: CaseType | Unset = UNSET,
    case_number: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_created_at: datetime.datetime | Unset = UNSET,
    to_created_at: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> CaseListResponse | ErrorResponse | None:
    """List collection cases of an organization (GetCasesByOrganization)

    Args:
        organization_id (UUID):
        status (CaseStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the
            list is not documented as complete); the SDK's enum parses them as unknown members.
            `WITHDRAWN` is inferred from the withdraw operations (not documented).
        type_ (CaseType | Unset): Values seen `COLLECTION_NOTICE`, `PAYMENT_REMINDER`. Other
            values are valid (the list is not documented as complete); the SDK's enum parses them as
            unknown members.
        case_number (str | Unset):
        customer_number (str | Unset):
        unique_source_invoice_id (str | Unset):
        search_term (str | Unset):
        from_created_at (datetime.datetime | Unset):
        to_created_at (datetime.datetime | Unset):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseListResponse | ErrorResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        status=status,
        type_=type_,
        case_number=case_number,
        customer_number=customer_number,
        unique_source_invoice_id=unique_source_invoice_id,
        search_term=search_term,
        from_created_at=from_created_at,
        to_created_at=to_created_at,
        page_token=page_token,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: CaseStatus | Unset = UNSET,
    type_: CaseType | Unset = UNSET,
    case_number: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_created_at: datetime.datetime | Unset = UNSET,
    to_created_at: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[CaseListResponse | ErrorResponse]:
    """List collection cases of an organization (GetCasesByOrganization)

    Args:
        organization_id (UUID):
        status (CaseStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the
            list is not documented as complete); the SDK's enum parses them as unknown members.
            `WITHDRAWN` is inferred from the withdraw operations (not documented).
        type_ (CaseType | Unset): Values seen `COLLECTION_NOTICE`, `PAYMENT_REMINDER`. Other
            values are valid (the list is not documented as complete); the SDK's enum parses them as
            unknown members.
        case_number (str | Unset):
        customer_number (str | Unset):
        unique_source_invoice_id (str | Unset):
        search_term (str | Unset):
        from_created_at (datetime.datetime | Unset):
        to_created_at (datetime.datetime | Unset):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CaseListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        status=status,
        type_=type_,
        case_number=case_number,
        customer_number=customer_number,
        unique_source_invoice_id=unique_source_invoice_id,
        search_term=search_term,
        from_created_at=from_created_at,
        to_created_at=to_created_at,
        page_token=page_token,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: CaseStatus | Unset = UNSET,
    type_: CaseType | Unset = UNSET,
    case_number: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    from_created_at: datetime.datetime | Unset = UNSET,
    to_created_at: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> CaseListResponse | ErrorResponse | None:
    """List collection cases of an organization (GetCasesByOrganization)

    Args:
        organization_id (UUID):
        status (CaseStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the
            list is not documented as complete); the SDK's enum parses them as unknown members.
            `WITHDRAWN` is inferred from the withdraw operations (not documented).
        type_ (CaseType | Unset): Values seen `COLLECTION_NOTICE`, `PAYMENT_REMINDER`. Other
            values are valid (the list is not documented as complete); the SDK's enum parses them as
            unknown members.
        case_number (str | Unset):
        customer_number (str | Unset):
        unique_source_invoice_id (str | Unset):
        search_term (str | Unset):
        from_created_at (datetime.datetime | Unset):
        to_created_at (datetime.datetime | Unset):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CaseListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            status=status,
            type_=type_,
            case_number=case_number,
            customer_number=customer_number,
            unique_source_invoice_id=unique_source_invoice_id,
            search_term=search_term,
            from_created_at=from_created_at,
            to_created_at=to_created_at,
            page_token=page_token,
            page_size=page_size,
        )
    ).parsed
