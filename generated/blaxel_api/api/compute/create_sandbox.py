from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.sandbox import Sandbox
from ...models.sandbox_error import SandboxError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: Sandbox,
    create_if_not_exist: bool | Unset = False,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["createIfNotExist"] = create_if_not_exist

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sandboxes",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Sandbox | SandboxError | str | None:
    if response.status_code == 200:
        response_200 = Sandbox.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SandboxError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SandboxError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SandboxError.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = SandboxError.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = SandboxError.from_dict(response.json())

        return response_500

    if response.status_code == 504:
        response_504 = response.text
        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Sandbox | SandboxError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Sandbox,
    create_if_not_exist: bool | Unset = False,
) -> Response[Error | Sandbox | SandboxError | str]:
    """
    Args:
        create_if_not_exist (bool | Unset):  Default: False.
        body (Sandbox):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Sandbox | SandboxError | str]
    """

    kwargs = _get_kwargs(
        body=body,
        create_if_not_exist=create_if_not_exist,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: Sandbox,
    create_if_not_exist: bool | Unset = False,
) -> Error | Sandbox | SandboxError | str | None:
    """
    Args:
        create_if_not_exist (bool | Unset):  Default: False.
        body (Sandbox):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Sandbox | SandboxError | str
    """

    return sync_detailed(
        client=client,
        body=body,
        create_if_not_exist=create_if_not_exist,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Sandbox,
    create_if_not_exist: bool | Unset = False,
) -> Response[Error | Sandbox | SandboxError | str]:
    """
    Args:
        create_if_not_exist (bool | Unset):  Default: False.
        body (Sandbox):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Sandbox | SandboxError | str]
    """

    kwargs = _get_kwargs(
        body=body,
        create_if_not_exist=create_if_not_exist,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: Sandbox,
    create_if_not_exist: bool | Unset = False,
) -> Error | Sandbox | SandboxError | str | None:
    """
    Args:
        create_if_not_exist (bool | Unset):  Default: False.
        body (Sandbox):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Sandbox | SandboxError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            create_if_not_exist=create_if_not_exist,
        )
    ).parsed
