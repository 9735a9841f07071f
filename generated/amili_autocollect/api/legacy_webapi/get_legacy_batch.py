from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.legacy_batch_dto import LegacyBatchDto
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    senderid: str,
    creditorid: str | Unset = UNSET,
    customerref: str | Unset = UNSET,
    ledgerref: str | Unset = UNSET,
    includeclosed: bool | Unset = UNSET,
    lastsettlementid: str | Unset = UNSET,
    remittancedate: str | Unset = UNSET,
    languagecode: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["senderid"] = senderid

    params["creditorid"] = creditorid

    params["customerref"] = customerref

    params["ledgerref"] = ledgerref

    params["includeclosed"] = includeclosed

    params["lastsettlementid"] = lastsettlementid

    params["remittancedate"] = remittancedate

    params["languagecode"] = languagecode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webapi/api/Batch",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LegacyBatchDto | None:
    if response.status_code == 200:
        response_200 = LegacyBatchDto.from_dict(response.json())

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
) -> Response[ErrorResponse | LegacyBatchDto]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    senderid: str,
    creditorid: str | Unset = UNSET,
    customerref: str | Unset = UNSET,
    ledgerref: str | Unset = UNSET,
    includeclosed: bool | Unset = UNSET,
    lastsettlementid: str | Unset = UNSET,
    remittancedate: str | Unset = UNSET,
    languagecode: str | Unset = UNSET,
) -> Response[ErrorResponse | LegacyBatchDto]:
    """Download creditor, case and settlement data for a sender (AutoCollect Legacy API)

    Args:
        senderid (str):
        creditorid (str | Unset):
        customerref (str | Unset):
        ledgerref (str | Unset):
        includeclosed (bool | Unset):
        lastsettlementid (str | Unset):
        remittancedate (str | Unset):
        languagecode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyBatchDto]
    """

    kwargs = _get_kwargs(
        senderid=senderid,
        creditorid=creditorid,
        customerref=customerref,
        ledgerref=ledgerref,
        includeclosed=includeclosed,
        lastsettlementid=lastsettlementid,
        remittancedate=remittancedate,
        languagecode=languagecode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    senderid: str,
    creditorid: str | Unset = UNSET,
    customerref: str | Unset = UNSET,
    ledgerref: str | Unset = UNSET,
    includeclosed: bool | Unset = UNSET,
    lastsettlementid: str | Unset = UNSET,
    remittancedate: str | Unset = UNSET,
    languagecode: str | Unset = UNSET,
) -> ErrorResponse | LegacyBatchDto | None:
    """Download creditor, case and settlement data for a sender (AutoCollect Legacy API)

    Args:
        senderid (str):
        creditorid (str | Unset):
        customerref (str | Unset):
        ledgerref (str | Unset):
        includeclosed (bool | Unset):
        lastsettlementid (str | Unset):
        remittancedate (str | Unset):
        languagecode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyBatchDto
    """

    return sync_detailed(
        client=client,
        senderid=senderid,
        creditorid=creditorid,
        customerref=customerref,
        ledgerref=ledgerref,
        includeclosed=includeclosed,
        lastsettlementid=lastsettlementid,
        remittancedate=remittancedate,
        languagecode=languagecode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    senderid: str,
    creditorid: str | Unset = UNSET,
    customerref: str | Unset = UNSET,
    ledgerref: str | Unset = UNSET,
    includeclosed: bool | Unset = UNSET,
    lastsettlementid: str | Unset = UNSET,
    remittancedate: str | Unset = UNSET,
    languagecode: str | Unset = UNSET,
) -> Response[ErrorResponse | LegacyBatchDto]:
    """Download creditor, case and settlement data for a sender (AutoCollect Legacy API)

    Args:
        senderid (str):
        creditorid (str | Unset):
        customerref (str | Unset):
        ledgerref (str | Unset):
        includeclosed (bool | Unset):
        lastsettlementid (str | Unset):
        remittancedate (str | Unset):
        languagecode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LegacyBatchDto]
    """

    kwargs = _get_kwargs(
        senderid=senderid,
        creditorid=creditorid,
        customerref=customerref,
        ledgerref=ledgerref,
        includeclosed=includeclosed,
        lastsettlementid=lastsettlementid,
        remittancedate=remittancedate,
        languagecode=languagecode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    senderid: str,
    creditorid: str | Unset = UNSET,
    customerref: str | Unset = UNSET,
    ledgerref: str | Unset = UNSET,
    includeclosed: bool | Unset = UNSET,
    lastsettlementid: str | Unset = UNSET,
    remittancedate: str | Unset = UNSET,
    languagecode: str | Unset = UNSET,
) -> ErrorResponse | LegacyBatchDto | None:
    """Download creditor, case and settlement data for a sender (AutoCollect Legacy API)

    Args:
        senderid (str):
        creditorid (str | Unset):
        customerref (str | Unset):
        ledgerref (str | Unset):
        includeclosed (bool | Unset):
        lastsettlementid (str | Unset):
        remittancedate (str | Unset):
        languagecode (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LegacyBatchDto
    """

    return (
        await asyncio_detailed(
            client=client,
            senderid=senderid,
            creditorid=creditorid,
            customerref=customerref,
            ledgerref=ledgerref,
            includeclosed=includeclosed,
            lastsettlementid=lastsettlementid,
            remittancedate=remittancedate,
            languagecode=languagecode,
        )
    ).parsed
