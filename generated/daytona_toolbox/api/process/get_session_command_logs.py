from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_command_logs_response import SessionCommandLogsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_id: str,
    command_id: str,
    *,
    follow: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["follow"] = follow

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/process/session/{session_id}/command/{command_id}/logs".format(
            session_id=quote(str(session_id), safe=""),
            command_id=quote(str(command_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | SessionCommandLogsResponse | None:
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 200:
        response_200 = SessionCommandLogsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse | SessionCommandLogsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_id: str,
    command_id: str,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse | SessionCommandLogsResponse]:
    """
    Args:
        session_id (str):
        command_id (str):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SessionCommandLogsResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        command_id=command_id,
        follow=follow,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_id: str,
    command_id: str,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
) -> Any | ErrorResponse | SessionCommandLogsResponse | None:
    """
    Args:
        session_id (str):
        command_id (str):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SessionCommandLogsResponse
    """

    return sync_detailed(
        session_id=session_id,
        command_id=command_id,
        client=client,
        follow=follow,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    command_id: str,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
) -> Response[Any | ErrorResponse | SessionCommandLogsResponse]:
    """
    Args:
        session_id (str):
        command_id (str):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse | SessionCommandLogsResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        command_id=command_id,
        follow=follow,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    command_id: str,
    *,
    client: AuthenticatedClient | Client,
    follow: bool | Unset = UNSET,
) -> Any | ErrorResponse | SessionCommandLogsResponse | None:
    """
    Args:
        session_id (str):
        command_id (str):
        follow (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse | SessionCommandLogsResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            command_id=command_id,
            client=client,
            follow=follow,
        )
    ).parsed
