from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.session_send_input_request import SessionSendInputRequest
from ...types import Response


def _get_kwargs(
    session_id: str,
    command_id: str,
    *,
    body: SessionSendInputRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/process/session/{session_id}/command/{command_id}/input".format(
            session_id=quote(str(session_id), safe=""),
            command_id=quote(str(command_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorResponse | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 410:
        response_410 = ErrorResponse.from_dict(response.json())

        return response_410

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorResponse]:
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
    body: SessionSendInputRequest,
) -> Response[Any | ErrorResponse]:
    """
    Args:
        session_id (str):
        command_id (str):
        body (SessionSendInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        command_id=command_id,
        body=body,
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
    body: SessionSendInputRequest,
) -> Any | ErrorResponse | None:
    """
    Args:
        session_id (str):
        command_id (str):
        body (SessionSendInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return sync_detailed(
        session_id=session_id,
        command_id=command_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    session_id: str,
    command_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionSendInputRequest,
) -> Response[Any | ErrorResponse]:
    """
    Args:
        session_id (str):
        command_id (str):
        body (SessionSendInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        session_id=session_id,
        command_id=command_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    session_id: str,
    command_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: SessionSendInputRequest,
) -> Any | ErrorResponse | None:
    """
    Args:
        session_id (str):
        command_id (str):
        body (SessionSendInputRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorResponse
    """

    return (
        await asyncio_detailed(
            session_id=session_id,
            command_id=command_id,
            client=client,
            body=body,
        )
    ).parsed
