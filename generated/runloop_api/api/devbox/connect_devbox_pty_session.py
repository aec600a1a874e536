from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pty_connect_view import PtyConnectView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_name: str,
    *,
    cols: int | Unset = UNSET,
    rows: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["cols"] = cols

    params["rows"] = rows

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pty/{session_name}".format(
            session_name=quote(str(session_name), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PtyConnectView | None:
    if response.status_code == 200:
        response_200 = PtyConnectView.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PtyConnectView]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    session_name: str,
    *,
    client: AuthenticatedClient | Client,
    cols: int | Unset = UNSET,
    rows: int | Unset = UNSET,
) -> Response[Any | PtyConnectView]:
    """
    Args:
        session_name (str):
        cols (int | Unset):
        rows (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PtyConnectView]
    """

    kwargs = _get_kwargs(
        session_name=session_name,
        cols=cols,
        rows=rows,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_name: str,
    *,
    client: AuthenticatedClient | Client,
    cols: int | Unset = UNSET,
    rows: int | Unset = UNSET,
) -> Any | PtyConnectView | None:
    """
    Args:
        session_name (str):
        cols (int | Unset):
        rows (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PtyConnectView
    """

    return sync_detailed(
        session_name=session_name,
        client=client,
        cols=cols,
        rows=rows,
    ).parsed


async def asyncio_detailed(
    session_name: str,
    *,
    client: AuthenticatedClient | Client,
    cols: int | Unset = UNSET,
    rows: int | Unset = UNSET,
) -> Response[Any | PtyConnectView]:
    """
    Args:
        session_name (str):
        cols (int | Unset):
        rows (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PtyConnectView]
    """

    kwargs = _get_kwargs(
        session_name=session_name,
        cols=cols,
        rows=rows,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_name: str,
    *,
    client: AuthenticatedClient | Client,
    cols: int | Unset = UNSET,
    rows: int | Unset = UNSET,
) -> Any | PtyConnectView | None:
    """
    Args:
        session_name (str):
        cols (int | Unset):
        rows (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PtyConnectView
    """

    return (
        await asyncio_detailed(
            session_name=session_name,
            client=client,
            cols=cols,
            rows=rows,
        )
    ).parsed
