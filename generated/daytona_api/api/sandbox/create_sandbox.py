from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sandbox import CreateSandbox
from ...models.create_sandbox_response_400 import CreateSandboxResponse400
from ...models.create_sandbox_response_401 import CreateSandboxResponse401
from ...models.create_sandbox_response_404 import CreateSandboxResponse404
from ...models.create_sandbox_response_409 import CreateSandboxResponse409
from ...models.create_sandbox_response_429 import CreateSandboxResponse429
from ...models.create_sandbox_response_500 import CreateSandboxResponse500
from ...models.sandbox import Sandbox
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CreateSandbox,
    x_daytona_organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_daytona_organization_id, Unset):
        headers["X-Daytona-Organization-ID"] = x_daytona_organization_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sandbox",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateSandboxResponse400
    | CreateSandboxResponse401
    | CreateSandboxResponse404
    | CreateSandboxResponse409
    | CreateSandboxResponse429
    | CreateSandboxResponse500
    | Sandbox
    | None
):
    if response.status_code == 200:
        response_200 = Sandbox.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CreateSandboxResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateSandboxResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = CreateSandboxResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = CreateSandboxResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = CreateSandboxResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = CreateSandboxResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateSandboxResponse400
    | CreateSandboxResponse401
    | CreateSandboxResponse404
    | CreateSandboxResponse409
    | CreateSandboxResponse429
    | CreateSandboxResponse500
    | Sandbox
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSandbox,
    x_daytona_organization_id: str | Unset = UNSET,
) -> Response[
    CreateSandboxResponse400
    | CreateSandboxResponse401
    | CreateSandboxResponse404
    | CreateSandboxResponse409
    | CreateSandboxResponse429
    | CreateSandboxResponse500
    | Sandbox
]:
    """
    Args:
        x_daytona_organization_id (str | Unset):
        body (CreateSandbox):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSandboxResponse400 | CreateSandboxResponse401 | CreateSandboxResponse404 | CreateSandboxResponse409 | CreateSandboxResponse429 | CreateSandboxResponse500 | Sandbox]
    """

    kwargs = _get_kwargs(
        body=body,
        x_daytona_organization_id=x_daytona_organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CreateSandbox,
    x_daytona_organization_id: str | Unset = UNSET,
) -> (
    CreateSandboxResponse400
    | CreateSandboxResponse401
    | CreateSandboxResponse404
    | CreateSandboxResponse409
    | CreateSandboxResponse429
    | CreateSandboxResponse500
    | Sandbox
    | None
):
    """
    Args:
        x_daytona_organization_id (str | Unset):
        body (CreateSandbox):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSandboxResponse400 | CreateSandboxResponse401 | CreateSandboxResponse404 | CreateSandboxResponse409 | CreateSandboxResponse429 | CreateSandboxResponse500 | Sandbox
    """

    return sync_detailed(
        client=client,
        body=body,
        x_daytona_organization_id=x_daytona_organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateSandbox,
    x_daytona_organization_id: str | Unset = UNSET,
) -> Response[
    CreateSandboxResponse400
    | CreateSandboxResponse401
    | CreateSandboxResponse404
    | CreateSandboxResponse409
    | CreateSandboxResponse429
    | CreateSandboxResponse500
    | Sandbox
]:
    """
    Args:
        x_daytona_organization_id (str | Unset):
        body (CreateSandbox):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateSandboxResponse400 | CreateSandboxResponse401 | CreateSandboxResponse404 | CreateSandboxResponse409 | CreateSandboxResponse429 | CreateSandboxResponse500 | Sandbox]
    """

    kwargs = _get_kwargs(
        body=body,
        x_daytona_organization_id=x_daytona_organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateSandbox,
    x_daytona_organization_id: str | Unset = UNSET,
) -> (
    CreateSandboxResponse400
    | CreateSandboxResponse401
    | CreateSandboxResponse404
    | CreateSandboxResponse409
    | CreateSandboxResponse429
    | CreateSandboxResponse500
    | Sandbox
    | None
):
    """
    Args:
        x_daytona_organization_id (str | Unset):
        body (CreateSandbox):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateSandboxResponse400 | CreateSandboxResponse401 | CreateSandboxResponse404 | CreateSandboxResponse409 | CreateSandboxResponse429 | CreateSandboxResponse500 | Sandbox
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_daytona_organization_id=x_daytona_organization_id,
        )
    ).parsed
