from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.devbox_list_view import DevboxListView
from ...models.devbox_view_status import DevboxViewStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: DevboxViewStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    params["starting_after"] = starting_after

    params["include_total_count"] = include_total_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/devboxes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DevboxListView | None:
    if response.status_code == 200:
        response_200 = DevboxListView.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DevboxListView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: DevboxViewStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
) -> Response[Any | DevboxListView]:
    """
    Args:
        status (DevboxViewStatus | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        include_total_count (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DevboxListView]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        starting_after=starting_after,
        include_total_count=include_total_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    status: DevboxViewStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
) -> Any | DevboxListView | None:
    """
    Args:
        status (DevboxViewStatus | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        include_total_count (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DevboxListView
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        starting_after=starting_after,
        include_total_count=include_total_count,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    status: DevboxViewStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
) -> Response[Any | DevboxListView]:
    """
    Args:
        status (DevboxViewStatus | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        include_total_count (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DevboxListView]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        starting_after=starting_after,
        include_total_count=include_total_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    status: DevboxViewStatus | Unset = UNSET,
    limit: int | Unset = UNSET,
    starting_after: str | Unset = UNSET,
    include_total_count: bool | Unset = UNSET,
) -> Any | DevboxListView | None:
    """
    Args:
        status (DevboxViewStatus | Unset):
        limit (int | Unset):
        starting_after (str | Unset):
        include_total_count (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DevboxListView
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            starting_after=starting_after,
            include_total_count=include_total_count,
        )
    ).parsed
