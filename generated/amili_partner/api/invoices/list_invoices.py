import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.partner_invoice import PartnerInvoice
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    invoice_number: str | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    company_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["InvoiceNumber"] = invoice_number

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat(
            timespec="seconds"
            if not from_date.microsecond
            else "milliseconds"
            if not from_date.microsecond % 1000
            else "microseconds"
        ).replace("+00:00", "Z")
    params["FromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat(
            timespec="seconds"
            if not to_date.microsecond
            else "milliseconds"
            if not to_date.microsecond % 1000
            else "microseconds"
        ).replace("+00:00", "Z")
    params["ToDate"] = json_to_date

    params["CompanyId"] = company_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[PartnerInvoice] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = PartnerInvoice.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorResponse | list[PartnerInvoice]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    invoice_number: str | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    company_id: str | Unset = UNSET,
) -> Response[ErrorResponse | list[PartnerInvoice]]:
    """List invoices by InvoiceNumber or DateTime period

     List invoices based on InvoiceNumber or a specific DateTime period: give `InvoiceNumber`, or
    `FromDate` and `ToDate`.

    Args:
        invoice_number (str | Unset):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        company_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[PartnerInvoice]]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        from_date=from_date,
        to_date=to_date,
        company_id=company_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    invoice_number: str | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    company_id: str | Unset = UNSET,
) -> ErrorResponse | list[PartnerInvoice] | None:
    """List invoices by InvoiceNumber or DateTime period

     List invoices based on InvoiceNumber or a specific DateTime period: give `InvoiceNumber`, or
    `FromDate` and `ToDate`.

    Args:
        invoice_number (str | Unset):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        company_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[PartnerInvoice]
    """

    return sync_detailed(
        client=client,
        invoice_number=invoice_number,
        from_date=from_date,
        to_date=to_date,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    invoice_number: str | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    company_id: str | Unset = UNSET,
) -> Response[ErrorResponse | list[PartnerInvoice]]:
    """List invoices by InvoiceNumber or DateTime period

     List invoices based on InvoiceNumber or a specific DateTime period: give `InvoiceNumber`, or
    `FromDate` and `ToDate`.

    Args:
        invoice_number (str | Unset):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        company_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[PartnerInvoice]]
    """

    kwargs = _get_kwargs(
        invoice_number=invoice_number,
        from_date=from_date,
        to_date=to_date,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    invoice_number: str | Unset = UNSET,
    from_date: datetime.datetime | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    company_id: str | Unset = UNSET,
) -> ErrorResponse | list[PartnerInvoice] | None:
    """List invoices by InvoiceNumber or DateTime period

     List invoices based on InvoiceNumber or a specific DateTime period: give `InvoiceNumber`, or
    `FromDate` and `ToDate`.

    Args:
        invoice_number (str | Unset):
        from_date (datetime.datetime | Unset):
        to_date (datetime.datetime | Unset):
        company_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[PartnerInvoice]
    """

    return (
        await asyncio_detailed(
            client=client,
            invoice_number=invoice_number,
            from_date=from_date,
            to_date=to_date,
            company_id=company_id,
        )
    ).parsed
