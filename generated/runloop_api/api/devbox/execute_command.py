from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.devbox_async_execution_detail_view import DevboxAsyncExecutionDetailView
from ...models.devbox_start_execution_parameters import DevboxStartExecutionParameters
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: str,
    *,
    body: DevboxStartExecutionParameters | Unset = UNSET,
    last_n: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["last_n"] = last_n

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/devboxes/{id}/execute".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DevboxAsyncExecutionDetailView | None:
    if response.status_code == 200:
        response_200 = DevboxAsyncExecutionDetailView.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if response.status_code == 408:
        response_408 = cast(Any, None)
        return response_408

    if response.status_code == 429:
        response_429 = cast(Any, None)
        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DevboxAsyncExecutionDetailView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevboxStartExecutionParameters | Unset = UNSET,
    last_n: str | Unset = UNSET,
) -> Response[Any | DevboxAsyncExecutionDetailView]:
    """
    Args:
        id (str):
        last_n (str | Unset):
        body (DevboxStartExecutionParameters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DevboxAsyncExecutionDetailView]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        last_n=last_n,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevboxStartExecutionParameters | Unset = UNSET,
    last_n: str | Unset = UNSET,
) -> Any | DevboxAsyncExecutionDetailView | None:
    """
    Args:
        id (str):
        last_n (str | Unset):
        body (DevboxStartExecutionParameters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DevboxAsyncExecutionDetailView
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        last_n=last_n,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevboxStartExecutionParameters | Unset = UNSET,
    last_n: str | Unset = UNSET,
) -> Response[Any | DevboxAsyncExecutionDetailView]:
    """
    Args:
        id (str):
        last_n (str | Unset):
        body (DevboxStartExecutionParameters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DevboxAsyncExecutionDetailView]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        last_n=last_n,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DevboxStartExecutionParameters | Unset = UNSET,
    last_n: str | Unset = UNSET,
) -> Any | DevboxAsyncExecutionDetailView | None:
    """
    Args:
        id (str):
        last_n (str | Unset):
        body (DevboxStartExecutionParameters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DevboxAsyncExecutionDetailView
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            last_n=last_n,
        )
    ).parsed
