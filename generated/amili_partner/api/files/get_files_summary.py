import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.files_summary import FilesSummary
from ...types import UNSET, Response


def _get_kwargs(
    *,
    from_date: datetime.datetime,
    to_date: datetime.datetime,
    company_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_date = from_date.isoformat(
        timespec="seconds"
        if not from_date.microsecond
        else "milliseconds"
        if not from_date.microsecond % 1000
        else "microseconds"
    ).replace("+00:00", "Z")
    params["FromDate"] = json_from_date

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
        "url": "/files/summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | FilesSummary | None:
    if response.status_code == 200:
        response_200 = FilesSummary.from_dict(response.json())

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
) -> Response[ErrorResponse | FilesSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.datetime,
    to_date: datetime.datetime,
    company_id: str,
) -> Response[ErrorResponse | FilesSummary]:
    """Summary of all bundles/files within a period for a company

     Get a summary of all bundles/files within a specific period with FromDate/ToDate and CompanyId.

    Args:
        from_date (datetime.datetime):
        to_date (datetime.datetime):
        company_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FilesSummary]
    """

    kwargs = _get_kwargs(
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
    from_date: datetime.datetime,
    to_date: datetime.datetime,
    company_id: str,
) -> ErrorResponse | FilesSummary | None:
    """Summary of all bundles/files within a period for a company

     Get a summary of all bundles/files within a specific period with FromDate/ToDate and CompanyId.

    Args:
        from_date (datetime.datetime):
        to_date (datetime.datetime):
        company_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FilesSummary
    """

    return sync_detailed(
        client=client,
        from_date=from_date,
        to_date=to_date,
        company_id=company_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.datetime,
    to_date: datetime.datetime,
    company_id: str,
) -> Response[ErrorResponse | FilesSummary]:
    """Summary of all bundles/files within a period for a company

     Get a summary of all bundles/files within a specific period with FromDate/ToDate and CompanyId.

    Args:
        from_date (datetime.datetime):
        to_date (datetime.datetime):
        company_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | FilesSummary]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        company_id=company_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.datetime,
    to_date: datetime.datetime,
    company_id: str,
) -> ErrorResponse | FilesSummary | None:
    """Summary of all bundles/files within a period for a company

     Get a summary of all bundles/files within a specific period with FromDate/ToDate and CompanyId.

    Args:
        from_date (datetime.datetime):
        to_date (datetime.datetime):
        company_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | FilesSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
            company_id=company_id,
        )
    ).parsed
