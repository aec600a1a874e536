from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sandbox import Sandbox
from ...models.set_autostop_interval_response_400 import SetAutostopIntervalResponse400
from ...models.set_autostop_interval_response_401 import SetAutostopIntervalResponse401
from ...models.set_autostop_interval_response_404 import SetAutostopIntervalResponse404
from ...models.set_autostop_interval_response_409 import SetAutostopIntervalResponse409
from ...models.set_autostop_interval_response_429 import SetAutostopIntervalResponse429
from ...models.set_autostop_interval_response_500 import SetAutostopIntervalResponse500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sandbox_id_or_name: str,
    interval: float,
    *,
    x_daytona_organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_daytona_organization_id, Unset):
        headers["X-Daytona-Organization-ID"] = x_daytona_organization_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sandbox/{sandbox_id_or_name}/autostop/{interval}".format(
            sandbox_id_or_name=quote(str(sandbox_id_or_name), safe=""),
            interval=quote(str(interval), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Sandbox
    | SetAutostopIntervalResponse400
    | SetAutostopIntervalResponse401
    | SetAutostopIntervalResponse404
    | SetAutostopIntervalResponse409
    | SetAutostopIntervalResponse429
    | SetAutostopIntervalResponse500
    | None
):
    if response.status_code == 200:
        response_200 = Sandbox.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SetAutostopIntervalResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SetAutostopIntervalResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = SetAutostopIntervalResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SetAutostopIntervalResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = SetAutostopIntervalResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SetAutostopIntervalResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Sandbox
    | SetAutostopIntervalResponse400
    | SetAutostopIntervalResponse401
    | SetAutostopIntervalResponse404
    | SetAutostopIntervalResponse409
    | SetAutostopIntervalResponse429
    | SetAutostopIntervalResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sandbox_id_or_name: str,
    interval: float,
    *,
    client: AuthenticatedClient,
    x_daytona_organization_id: str | Unset = UNSET,
) -> Response[
    Sandbox
    | SetAutostopIntervalResponse400
    | SetAutostopIntervalResponse401
    | SetAutostopIntervalResponse404
    | SetAutostopIntervalResponse409
    | SetAutostopIntervalResponse429
    | SetAutostopIntervalResponse500
]:
    """
    Args:
        sandbox_id_or_name (str):
        interval (float):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sandbox | SetAutostopIntervalResponse400 | SetAutostopIntervalResponse401 | SetAutostopIntervalResponse404 | SetAutostopIntervalResponse409 | SetAutostopIntervalResponse429 | SetAutostopIntervalResponse500]
    """

    kwargs = _get_kwargs(
        sandbox_id_or_name=sandbox_id_or_name,
        interval=interval,
        x_daytona_organization_id=x_daytona_organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sandbox_id_or_name: str,
    interval: float,
    *,
    client: AuthenticatedClient,
    x_daytona_organization_id: str | Unset = UNSET,
) -> (
    Sandbox
    | SetAutostopIntervalResponse400
    | SetAutostopIntervalResponse401
    | SetAutostopIntervalResponse404
    | SetAutostopIntervalResponse409
    | SetAutostopIntervalResponse429
    | SetAutostopIntervalResponse500
    | None
):
    """
    Args:
        sandbox_id_or_name (str):
        interval (float):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sandbox | SetAutostopIntervalResponse400 | SetAutostopIntervalResponse401 | SetAutostopIntervalResponse404 | SetAutostopIntervalResponse409 | SetAutostopIntervalResponse429 | SetAutostopIntervalResponse500
    """

    return sync_detailed(
        sandbox_id_or_name=sandbox_id_or_name,
        interval=interval,
        client=client,
        x_daytona_organization_id=x_daytona_organization_id,
    ).parsed


async def asyncio_detailed(
    sandbox_id_or_name: str,
    interval: float,
    *,
    client: AuthenticatedClient,
    x_daytona_organization_id: str | Unset = UNSET,
) -> Response[
    Sandbox
    | SetAutostopIntervalResponse400
    | SetAutostopIntervalResponse401
    | SetAutostopIntervalResponse404
    | SetAutostopIntervalResponse409
    | SetAutostopIntervalResponse429
    | SetAutostopIntervalResponse500
]:
    """
    Args:
        sandbox_id_or_name (str):
        interval (float):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sandbox | SetAutostopIntervalResponse400 | SetAutostopIntervalResponse401 | SetAutostopIntervalResponse404 | SetAutostopIntervalResponse409 | SetAutostopIntervalResponse429 | SetAutostopIntervalResponse500]
    """

    kwargs = _get_kwargs(
        sandbox_id_or_name=sandbox_id_or_name,
        interval=interval,
        x_daytona_organization_id=x_daytona_organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sandbox_id_or_name: str,
    interval: float,
    *,
    client: AuthenticatedClient,
    x_daytona_organization_id: str | Unset = UNSET,
) -> (
    Sandbox
    | SetAutostopIntervalResponse400
    | SetAutostopIntervalResponse401
    | SetAutostopIntervalResponse404
    | SetAutostopIntervalResponse409
    | SetAutostopIntervalResponse429
    | SetAutostopIntervalResponse500
    | None
):
    """
    Args:
        sandbox_id_or_name (str):
        interval (float):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sandbox | SetAutostopIntervalResponse400 | SetAutostopIntervalResponse401 | SetAutostopIntervalResponse404 | SetAutostopIntervalResponse409 | SetAutostopIntervalResponse429 | SetAutostopIntervalResponse500
    """

    return (
        await asyncio_detailed(
            sandbox_id_or_name=sandbox_id_or_name,
            interval=interval,
            client=client,
            x_daytona_organization_id=x_daytona_organization_id,
        )
    ).parsed
