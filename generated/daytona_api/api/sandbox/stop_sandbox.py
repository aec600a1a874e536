from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sandbox import Sandbox
from ...models.stop_sandbox_response_400 import StopSandboxResponse400
from ...models.stop_sandbox_response_401 import StopSandboxResponse401
from ...models.stop_sandbox_response_404 import StopSandboxResponse404
from ...models.stop_sandbox_response_409 import StopSandboxResponse409
from ...models.stop_sandbox_response_429 import StopSandboxResponse429
from ...models.stop_sandbox_response_500 import StopSandboxResponse500
from ...types import UNSET, Response, Unset


def _get_kwargs(
    sandbox_id_or_name: str,
    *,
    force: bool | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_daytona_organization_id, Unset):
        headers["X-Daytona-Organization-ID"] = x_daytona_organization_id

    params: dict[str, Any] = {}

    params["force"] = force

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sandbox/{sandbox_id_or_name}/stop".format(
            sandbox_id_or_name=quote(str(sandbox_id_or_name), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Sandbox
    | StopSandboxResponse400
    | StopSandboxResponse401
    | StopSandboxResponse404
    | StopSandboxResponse409
    | StopSandboxResponse429
    | StopSandboxResponse500
    | None
):
    if response.status_code == 200:
        response_200 = Sandbox.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = StopSandboxResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = StopSandboxResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = StopSandboxResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = StopSandboxResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = StopSandboxResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = StopSandboxResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Sandbox
    | StopSandboxResponse400
    | StopSandboxResponse401
    | StopSandboxResponse404
    | StopSandboxResponse409
    | StopSandboxResponse429
    | StopSandboxResponse500
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    sandbox_id_or_name: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> Response[
    Sandbox
    | StopSandboxResponse400
    | StopSandboxResponse401
    | StopSandboxResponse404
    | StopSandboxResponse409
    | StopSandboxResponse429
    | StopSandboxResponse500
]:
    """
    Args:
        sandbox_id_or_name (str):
        force (bool | Unset):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sandbox | StopSandboxResponse400 | StopSandboxResponse401 | StopSandboxResponse404 | StopSandboxResponse409 | StopSandboxResponse429 | StopSandboxResponse500]
    """

    kwargs = _get_kwargs(
        sandbox_id_or_name=sandbox_id_or_name,
        force=force,
        x_daytona_organization_id=x_daytona_organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    sandbox_id_or_name: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> (
    Sandbox
    | StopSandboxResponse400
    | StopSandboxResponse401
    | StopSandboxResponse404
    | StopSandboxResponse409
    | StopSandboxResponse429
    | StopSandboxResponse500
    | None
):
    """
    Args:
        sandbox_id_or_name (str):
        force (bool | Unset):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sandbox | StopSandboxResponse400 | StopSandboxResponse401 | StopSandboxResponse404 | StopSandboxResponse409 | StopSandboxResponse429 | StopSandboxResponse500
    """

    return sync_detailed(
        sandbox_id_or_name=sandbox_id_or_name,
        client=client,
        force=force,
        x_daytona_organization_id=x_daytona_organization_id,
    ).parsed


async def asyncio_detailed(
    sandbox_id_or_name: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> Response[
    Sandbox
    | StopSandboxResponse400
    | StopSandboxResponse401
    | StopSandboxResponse404
    | StopSandboxResponse409
    | StopSandboxResponse429
    | StopSandboxResponse500
]:
    """
    Args:
        sandbox_id_or_name (str):
        force (bool | Unset):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Sandbox | StopSandboxResponse400 | StopSandboxResponse401 | StopSandboxResponse404 | StopSandboxResponse409 | StopSandboxResponse429 | StopSandboxResponse500]
    """

    kwargs = _get_kwargs(
        sandbox_id_or_name=sandbox_id_or_name,
        force=force,
        x_daytona_organization_id=x_daytona_organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    sandbox_id_or_name: str,
    *,
    client: AuthenticatedClient,
    force: bool | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> (
    Sandbox
    | StopSandboxResponse400
    | StopSandboxResponse401
    | StopSandboxResponse404
    | StopSandboxResponse409
    | StopSandboxResponse429
    | StopSandboxResponse500
    | None
):
    """
    Args:
        sandbox_id_or_name (str):
        force (bool | Unset):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Sandbox | StopSandboxResponse400 | StopSandboxResponse401 | StopSandboxResponse404 | StopSandboxResponse409 | StopSandboxResponse429 | StopSandboxResponse500
    """

    return (
        await asyncio_detailed(
            sandbox_id_or_name=sandbox_id_or_name,
            client=client,
            force=force,
            x_daytona_organization_id=x_daytona_organization_id,
        )
    ).parsed
