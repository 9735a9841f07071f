from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.lookup_link import LookupLink
from ...models.lookup_link_request import LookupLinkRequest
from ...types import Response


def _get_kwargs(
    *,
    body: LookupLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/lookup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | LookupLink | None:
    if response.status_code == 200:
        response_200 = LookupLink.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | LookupLink]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupLinkRequest,
) -> Response[ErrorResponse | LookupLink]:
    """Get invoice lookup link

     A link at which the recipient (or the sender) can view a distributed invoice. Only the navigation
    entry is
    documented; method, path and bodies are inferred.

    Args:
        body (LookupLinkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LookupLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LookupLinkRequest,
) -> ErrorResponse | LookupLink | None:
    """Get invoice lookup link

     A link at which the recipient (or the sender) can view a distributed invoice. Only the navigation
    entry is
    documented; method, path and bodies are inferred.

    Args:
        body (LookupLinkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LookupLink
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupLinkRequest,
) -> Response[ErrorResponse | LookupLink]:
    """Get invoice lookup link

     A link at which the recipient (or the sender) can view a distributed invoice. Only the navigation
    entry is
    documented; method, path and bodies are inferred.

    Args:
        body (LookupLinkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | LookupLink]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupLinkRequest,
) -> ErrorResponse | LookupLink | None:
    """Get invoice lookup link

     A link at which the recipient (or the sender) can view a distributed invoice. Only the navigation
    entry is
    documented; method, path and bodies are inferred.

    Args:
        body (LookupLinkRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | LookupLink
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
