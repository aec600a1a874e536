from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pty_control_parameters import PtyControlParameters
from ...models.pty_control_result_view import PtyControlResultView
from ...types import UNSET, Response, Unset


def _get_kwargs(
    session_name: str,
    *,
    body: PtyControlParameters | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/pty/{session_name}/control".format(
            session_name=quote(str(session_name), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | PtyControlResultView | None:
    if response.status_code == 200:
        response_200 = PtyControlResultView.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = cast(Any, None)
        return response_400

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if response.status_code == 404:
        response_404 = cast(Any, None)
        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | PtyControlResultView]:
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
    body: PtyControlParameters | Unset = UNSET,
) -> Response[Any | PtyControlResultView]:
    """
    Args:
        session_name (str):
        body (PtyControlParameters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PtyControlResultView]
    """

    kwargs = _get_kwargs(
        session_name=session_name,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    session_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PtyControlParameters | Unset = UNSET,
) -> Any | PtyControlResultView | None:
    """
    Args:
        session_name (str):
        body (PtyControlParameters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PtyControlResultView
    """

    return sync_detailed(
        session_name=session_name,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PtyControlParameters | Unset = UNSET,
) -> Response[Any | PtyControlResultView]:
    """
    Args:
        session_name (str):
        body (PtyControlParameters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | PtyControlResultView]
    """

    kwargs = _get_kwargs(
        session_name=session_name,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_name: str,
    *,
    client: AuthenticatedClient | Client,
    body: PtyControlParameters | Unset = UNSET,
) -> Any | PtyControlResultView | None:
    """
    Args:
        session_name (str):
        body (PtyControlParameters | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | PtyControlResultView
    """

    return (
        await asyncio_detailed(
            session_name=session_name,
            client=client,
            body=body,
        )
    ).parsed
