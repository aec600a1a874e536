from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.container_summary import ContainerSummary
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    all_: bool | Unset = False,
    limit: int | Unset = UNSET,
    size: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["all"] = all_

    params["limit"] = limit

    params["size"] = size

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/containers/json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | list[ContainerSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ContainerSummary.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | list[ContainerSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    all_: bool | Unset = False,
    limit: int | Unset = UNSET,
    size: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ContainerSummary]]:
    """
    Args:
        all_ (bool | Unset):  Default: False.
        limit (int | Unset):
        size (bool | Unset):  Default: False.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ContainerSummary]]
    """

    kwargs = _get_kwargs(
        all_=all_,
        limit=limit,
        size=size,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    all_: bool | Unset = False,
    limit: int | Unset = UNSET,
    size: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> ErrorResponse | list[ContainerSummary] | None:
    """
    Args:
        all_ (bool | Unset):  Default: False.
        limit (int | Unset):
        size (bool | Unset):  Default: False.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ContainerSummary]
    """

    return sync_detailed(
        client=client,
        all_=all_,
        limit=limit,
        size=size,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    all_: bool | Unset = False,
    limit: int | Unset = UNSET,
    size: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> Response[ErrorResponse | list[ContainerSummary]]:
    """
    Args:
        all_ (bool | Unset):  Default: False.
        limit (int | Unset):
        size (bool | Unset):  Default: False.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | list[ContainerSummary]]
    """

    kwargs = _get_kwargs(
        all_=all_,
        limit=limit,
        size=size,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    all_: bool | Unset = False,
    limit: int | Unset = UNSET,
    size: bool | Unset = False,
    filters: str | Unset = UNSET,
) -> ErrorResponse | list[ContainerSummary] | None:
    """
    Args:
        all_ (bool | Unset):  Default: False.
        limit (int | Unset):
        size (bool | Unset):  Default: False.
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | list[ContainerSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            all_=all_,
            limit=limit,
            size=size,
            filters=filters,
        )
    ).parsed
