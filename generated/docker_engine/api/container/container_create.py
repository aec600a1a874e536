from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.container_create_body import ContainerCreateBody
from ...models.container_create_response import ContainerCreateResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = "",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["name"] = name

    params["platform"] = platform

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/containers/create",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContainerCreateResponse | ErrorResponse | None:
    if response.status_code == 201:
        response_201 = ContainerCreateResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ContainerCreateResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = "",
) -> Response[ContainerCreateResponse | ErrorResponse]:
    """
    Args:
        name (str | Unset):
        platform (str | Unset):  Default: ''.
        body (ContainerCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        platform=platform,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = "",
) -> ContainerCreateResponse | ErrorResponse | None:
    """
    Args:
        name (str | Unset):
        platform (str | Unset):  Default: ''.
        body (ContainerCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerCreateResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        name=name,
        platform=platform,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = "",
) -> Response[ContainerCreateResponse | ErrorResponse]:
    """
    Args:
        name (str | Unset):
        platform (str | Unset):  Default: ''.
        body (ContainerCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContainerCreateResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        name=name,
        platform=platform,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ContainerCreateBody,
    name: str | Unset = UNSET,
    platform: str | Unset = "",
) -> ContainerCreateResponse | ErrorResponse | None:
    """
    Args:
        name (str | Unset):
        platform (str | Unset):  Default: ''.
        body (ContainerCreateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContainerCreateResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            name=name,
            platform=platform,
        )
    ).parsed
