from http import HTTPStatus
from io import BytesIO
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["path"] = path

    params["username"] = username

    params["signature"] = signature

    params["signature_expiration"] = signature_expiration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | File | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Error.from_dict(response.json())

        return response_406

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | File]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> Response[Error | File]:
    """
    Args:
        path (str | Unset):
        username (str | Unset):
        signature (str | Unset):
        signature_expiration (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        path=path,
        username=username,
        signature=signature,
        signature_expiration=signature_expiration,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> Error | File | None:
    """
    Args:
        path (str | Unset):
        username (str | Unset):
        signature (str | Unset):
        signature_expiration (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return sync_detailed(
        client=client,
        path=path,
        username=username,
        signature=signature,
        signature_expiration=signature_expiration,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> Response[Error | File]:
    """
    Args:
        path (str | Unset):
        username (str | Unset):
        signature (str | Unset):
        signature_expiration (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | File]
    """

    kwargs = _get_kwargs(
        path=path,
        username=username,
        signature=signature,
        signature_expiration=signature_expiration,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> Error | File | None:
    """
    Args:
        path (str | Unset):
        username (str | Unset):
        signature (str | Unset):
        signature_expiration (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | File
    """

    return (
        await asyncio_detailed(
            client=client,
            path=path,
            username=username,
            signature=signature,
            signature_expiration=signature_expiration,
        )
    ).parsed
