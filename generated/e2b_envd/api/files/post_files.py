from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.entry_info import EntryInfo
from ...models.error import Error
from ...models.post_files_files_body import PostFilesFilesBody
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    body: PostFilesFilesBody | File | Unset = UNSET,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["path"] = path

    params["username"] = username

    params["signature"] = signature

    params["signature_expiration"] = signature_expiration

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/files",
        "params": params,
    }

    if isinstance(body, PostFilesFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[EntryInfo] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EntryInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 507:
        response_507 = Error.from_dict(response.json())

        return response_507

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[EntryInfo]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PostFilesFilesBody | File | Unset = UNSET,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> Response[Error | list[EntryInfo]]:
    """
    Args:
        path (str | Unset):
        username (str | Unset):
        signature (str | Unset):
        signature_expiration (int | Unset):
        body (PostFilesFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[EntryInfo]]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: PostFilesFilesBody | File | Unset = UNSET,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> Error | list[EntryInfo] | None:
    """
    Args:
        path (str | Unset):
        username (str | Unset):
        signature (str | Unset):
        signature_expiration (int | Unset):
        body (PostFilesFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[EntryInfo]
    """

    return sync_detailed(
        client=client,
        body=body,
        path=path,
        username=username,
        signature=signature,
        signature_expiration=signature_expiration,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PostFilesFilesBody | File | Unset = UNSET,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> Response[Error | list[EntryInfo]]:
    """
    Args:
        path (str | Unset):
        username (str | Unset):
        signature (str | Unset):
        signature_expiration (int | Unset):
        body (PostFilesFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[EntryInfo]]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: PostFilesFilesBody | File | Unset = UNSET,
    path: str | Unset = UNSET,
    username: str | Unset = UNSET,
    signature: str | Unset = UNSET,
    signature_expiration: int | Unset = UNSET,
) -> Error | list[EntryInfo] | None:
    """
    Args:
        path (str | Unset):
        username (str | Unset):
        signature (str | Unset):
        signature_expiration (int | Unset):
        body (PostFilesFilesBody):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[EntryInfo]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            path=path,
            username=username,
            signature=signature,
            signature_expiration=signature_expiration,
        )
    ).parsed
