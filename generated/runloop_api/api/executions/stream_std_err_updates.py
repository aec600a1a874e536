from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.exec_update_chunk_view import ExecUpdateChunkView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    devbox_id: str,
    execution_id: str,
    *,
    offset: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/devboxes/{devbox_id}/executions/{execution_id}/stream_stderr_updates".format(
            devbox_id=quote(str(devbox_id), safe=""),
            execution_id=quote(str(execution_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ExecUpdateChunkView | None:
    if response.status_code == 200:
        response_200 = ExecUpdateChunkView.from_dict(response.json())

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
) -> Response[Any | ExecUpdateChunkView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    devbox_id: str,
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
) -> Response[Any | ExecUpdateChunkView]:
    """
    Args:
        devbox_id (str):
        execution_id (str):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExecUpdateChunkView]
    """

    kwargs = _get_kwargs(
        devbox_id=devbox_id,
        execution_id=execution_id,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    devbox_id: str,
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
) -> Any | ExecUpdateChunkView | None:
    """
    Args:
        devbox_id (str):
        execution_id (str):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExecUpdateChunkView
    """

    return sync_detailed(
        devbox_id=devbox_id,
        execution_id=execution_id,
        client=client,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    devbox_id: str,
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
) -> Response[Any | ExecUpdateChunkView]:
    """
    Args:
        devbox_id (str):
        execution_id (str):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ExecUpdateChunkView]
    """

    kwargs = _get_kwargs(
        devbox_id=devbox_id,
        execution_id=execution_id,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    devbox_id: str,
    execution_id: str,
    *,
    client: AuthenticatedClient | Client,
    offset: str | Unset = UNSET,
) -> Any | ExecUpdateChunkView | None:
    """
    Args:
        devbox_id (str):
        execution_id (str):
        offset (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ExecUpdateChunkView
    """

    return (
        await asyncio_detailed(
            devbox_id=devbox_id,
            execution_id=execution_id,
            client=client,
            offset=offset,
        )
    ).parsed
