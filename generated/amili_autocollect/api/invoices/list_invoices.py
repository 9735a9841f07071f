import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.invoice_list_response import InvoiceListResponse
from ...models.invoice_status import InvoiceStatus
from ...models.invoice_type import InvoiceType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id: UUID,
    *,
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
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

    params["InvoiceNumber"] = invoice_number

    params["UniqueSourceInvoiceId"] = unique_source_invoice_id

    params["CustomerNumber"] = customer_number

    json_from_: str | Unset = UNSET
    if not isinstance(from_, Unset):
        json_from_ = from_.isoformat(
            timespec="seconds"
            if not from_.microsecond
            else "milliseconds"
            if not from_.microsecond % 1000
            else "microseconds"
        ).replace("+00:00", "Z")
    params["From"] = json_from_

    json_to: str | Unset = UNSET
    if not isinstance(to, Unset):
        json_to = to.isoformat(
            timespec="seconds"
            if not to.microsecond
            else "milliseconds"
            if not to.microsecond % 1000
            else "microseconds"
        ).replace("+00:00", "Z")
    params["To"] = json_to

    params["PageToken"] = page_token

    params["PageSize"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/orgs/{organization_id}/invoices".format(
            organization_id=quote(str(organization_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | InvoiceListResponse | None:
    if response.status_code == 200:
        response_200 = InvoiceListResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | InvoiceListResponse]:
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
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceListResponse]:
    """List invoices of an organization (GetInvoicesByOrganization)

    Args:
        organization_id (UUID):
        status (InvoiceStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the
            list is not documented as complete); the SDK's enum parses them as unknown members.
            `WITHDRAWN` is inferred from the withdraw operations (not documented).
        type_ (InvoiceType | Unset): Values seen `NOTICE`, `PAYMENT_REMINDER`. Other values are
            valid (the list is not documented as complete); the SDK's enum parses them as unknown
            members.
        invoice_number (str | Unset):
        unique_source_invoice_id (str | Unset):
        customer_number (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceListResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        status=status,
        type_=type_,
        invoice_number=invoice_number,
        unique_source_invoice_id=unique_source_invoice_id,
        customer_number=customer_number,
        from_=from_,
        to=to,
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
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | InvoiceListResponse | None:
    """List invoices of an organization (GetInvoicesByOrganization)

    Args:
        organization_id (UUID):
        status (InvoiceStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the
            list is not documented as complete); the SDK's enum parses them as unknown members.
            `WITHDRAWN` is inferred from the withdraw operations (not documented).
        type_ (InvoiceType | Unset): Values seen `NOTICE`, `PAYMENT_REMINDER`. Other values are
            valid (the list is not documented as complete); the SDK's enum parses them as unknown
            members.
        invoice_number (str | Unset):
        unique_source_invoice_id (str | Unset):
        customer_number (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceListResponse
    """

    return sync_detailed(
        organization_id=organization_id,
        client=client,
        status=status,
        type_=type_,
        invoice_number=invoice_number,
        unique_source_invoice_id=unique_source_invoice_id,
        customer_number=customer_number,
        from_=from_,
        to=to,
        page_token=page_token,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Response[ErrorResponse | InvoiceListResponse]:
    """List invoices of an organization (GetInvoicesByOrganization)

    Args:
        organization_id (UUID):
        status (InvoiceStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the
            list is not documented as complete); the SDK's enum parses them as unknown members.
            `WITHDRAWN` is inferred from the withdraw operations (not documented).
        type_ (InvoiceType | Unset): Values seen `NOTICE`, `PAYMENT_REMINDER`. Other values are
            valid (the list is not documented as complete); the SDK's enum parses them as unknown
            members.
        invoice_number (str | Unset):
        unique_source_invoice_id (str | Unset):
        customer_number (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | InvoiceListResponse]
    """

    kwargs = _get_kwargs(
        organization_id=organization_id,
        status=status,
        type_=type_,
        invoice_number=invoice_number,
        unique_source_invoice_id=unique_source_invoice_id,
        customer_number=customer_number,
        from_=from_,
        to=to,
        page_token=page_token,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id: UUID,
    *,
    client: AuthenticatedClient | Client,
    status: InvoiceStatus | Unset = UNSET,
    type_: InvoiceType | Unset = UNSET,
    invoice_number: str | Unset = UNSET,
    unique_source_invoice_id: str | Unset = UNSET,
    customer_number: str | Unset = UNSET,
    from_: datetime.datetime | Unset = UNSET,
    to: datetime.datetime | Unset = UNSET,
    page_token: str | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> ErrorResponse | InvoiceListResponse | None:
    """List invoices of an organization (GetInvoicesByOrganization)

    Args:
        organization_id (UUID):
        status (InvoiceStatus | Unset): Values seen `OPEN`, `PAUSED`. Other values are valid (the
            list is not documented as complete); the SDK's enum parses them as unknown members.
            `WITHDRAWN` is inferred from the withdraw operations (not documented).
        type_ (InvoiceType | Unset): Values seen `NOTICE`, `PAYMENT_REMINDER`. Other values are
            valid (the list is not documented as complete); the SDK's enum parses them as unknown
            members.
        invoice_number (str | Unset):
        unique_source_invoice_id (str | Unset):
        customer_number (str | Unset):
        from_ (datetime.datetime | Unset):
        to (datetime.datetime | Unset):
        page_token (str | Unset):
        page_size (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | InvoiceListResponse
    """

    return (
        await asyncio_detailed(
            organization_id=organization_id,
            client=client,
            status=status,
            type_=type_,
            invoice_number=invoice_number,
            unique_source_invoice_id=unique_source_invoice_id,
            customer_number=customer_number,
            from_=from_,
            to=to,
            page_token=page_token,
            page_size=page_size,
        )
    ).parsed
