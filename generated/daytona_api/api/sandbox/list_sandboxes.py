import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.list_sandboxes_response import ListSandboxesResponse
from ...models.sandbox_class import SandboxClass
from ...models.sandbox_list_sort_direction import SandboxListSortDirection
from ...models.sandbox_list_sort_field import SandboxListSortField
from ...models.sandbox_state import SandboxState
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 100.0,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    include_errored_deleted: bool | Unset = False,
    include_warm: bool | Unset = False,
    states: list[SandboxState] | Unset = UNSET,
    snapshots: list[str] | Unset = UNSET,
    region_ids: list[str] | Unset = UNSET,
    sandbox_classes: list[SandboxClass] | Unset = UNSET,
    min_cpu: float | Unset = UNSET,
    max_cpu: float | Unset = UNSET,
    min_memory_gi_b: float | Unset = UNSET,
    max_memory_gi_b: float | Unset = UNSET,
    min_disk_gi_b: float | Unset = UNSET,
    max_disk_gi_b: float | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    is_recoverable: bool | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    last_event_after: datetime.datetime | Unset = UNSET,
    last_event_before: datetime.datetime | Unset = UNSET,
    auto_destroy_at_after: datetime.datetime | Unset = UNSET,
    auto_destroy_at_before: datetime.datetime | Unset = UNSET,
    sort: SandboxListSortField | Unset = UNSET,
    order: SandboxListSortDirection | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_daytona_organization_id, Unset):
        headers["X-Daytona-Organization-ID"] = x_daytona_organization_id

    params: dict[str, Any] = {}

    params["cursor"] = cursor

    params["limit"] = limit

    params["id"] = id

    params["name"] = name

    params["labels"] = labels

    params["includeErroredDeleted"] = include_errored_deleted

    params["includeWarm"] = include_warm

    json_states: list[str] | Unset = UNSET
    if not isinstance(states, Unset):
        json_states = []
        for states_item_data in states:
            states_item = states_item_data.value
            json_states.append(states_item)

    params["states"] = json_states

    json_snapshots: list[str] | Unset = UNSET
    if not isinstance(snapshots, Unset):
        json_snapshots = snapshots

    params["snapshots"] = json_snapshots

    json_region_ids: list[str] | Unset = UNSET
    if not isinstance(region_ids, Unset):
        json_region_ids = region_ids

    params["regionIds"] = json_region_ids

    json_sandbox_classes: list[str] | Unset = UNSET
    if not isinstance(sandbox_classes, Unset):
        json_sandbox_classes = []
        for sandbox_classes_item_data in sandbox_classes:
            sandbox_classes_item = sandbox_classes_item_data.value
            json_sandbox_classes.append(sandbox_classes_item)

    params["sandboxClasses"] = json_sandbox_classes

    params["minCpu"] = min_cpu

    params["maxCpu"] = max_cpu

    params["minMemoryGiB"] = min_memory_gi_b

    params["maxMemoryGiB"] = max_memory_gi_b

    params["minDiskGiB"] = min_disk_gi_b

    params["maxDiskGiB"] = max_disk_gi_b

    params["isPublic"] = is_public

    params["isRecoverable"] = is_recoverable

    json_created_at_after: str | Unset = UNSET
    if not isinstance(created_at_after, Unset):
        json_created_at_after = created_at_after.isoformat()
    params["createdAtAfter"] = json_created_at_after

    json_created_at_before: str | Unset = UNSET
    if not isinstance(created_at_before, Unset):
        json_created_at_before = created_at_before.isoformat()
    params["createdAtBefore"] = json_created_at_before

    json_last_event_after: str | Unset = UNSET
    if not isinstance(last_event_after, Unset):
        json_last_event_after = last_event_after.isoformat()
    params["lastEventAfter"] = json_last_event_after

    json_last_event_before: str | Unset = UNSET
    if not isinstance(last_event_before, Unset):
        json_last_event_before = last_event_before.isoformat()
    params["lastEventBefore"] = json_last_event_before

    json_auto_destroy_at_after: str | Unset = UNSET
    if not isinstance(auto_destroy_at_after, Unset):
        json_auto_destroy_at_after = auto_destroy_at_after.isoformat()
    params["autoDestroyAtAfter"] = json_auto_destroy_at_after

    json_auto_destroy_at_before: str | Unset = UNSET
    if not isinstance(auto_destroy_at_before, Unset):
        json_auto_destroy_at_before = auto_destroy_at_before.isoformat()
    params["autoDestroyAtBefore"] = json_auto_destroy_at_before

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sandbox",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ListSandboxesResponse | None:
    if response.status_code == 200:
        response_200 = ListSandboxesResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ApiError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ApiError.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = ApiError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ApiError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | ListSandboxesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 100.0,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    include_errored_deleted: bool | Unset = False,
    include_warm: bool | Unset = False,
    states: list[SandboxState] | Unset = UNSET,
    snapshots: list[str] | Unset = UNSET,
    region_ids: list[str] | Unset = UNSET,
    sandbox_classes: list[SandboxClass] | Unset = UNSET,
    min_cpu: float | Unset = UNSET,
    max_cpu: float | Unset = UNSET,
    min_memory_gi_b: float | Unset = UNSET,
    max_memory_gi_b: float | Unset = UNSET,
    min_disk_gi_b: float | Unset = UNSET,
    max_disk_gi_b: float | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    is_recoverable: bool | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    last_event_after: datetime.datetime | Unset = UNSET,
    last_event_before: datetime.datetime | Unset = UNSET,
    auto_destroy_at_after: datetime.datetime | Unset = UNSET,
    auto_destroy_at_before: datetime.datetime | Unset = UNSET,
    sort: SandboxListSortField | Unset = UNSET,
    order: SandboxListSortDirection | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> Response[ApiError | ListSandboxesResponse]:
    """
    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 100.0.
        id (str | Unset):
        name (str | Unset):
        labels (str | Unset):
        include_errored_deleted (bool | Unset):  Default: False.
        include_warm (bool | Unset):  Default: False.
        states (list[SandboxState] | Unset):
        snapshots (list[str] | Unset):
        region_ids (list[str] | Unset):
        sandbox_classes (list[SandboxClass] | Unset):
        min_cpu (float | Unset):
        max_cpu (float | Unset):
        min_memory_gi_b (float | Unset):
        max_memory_gi_b (float | Unset):
        min_disk_gi_b (float | Unset):
        max_disk_gi_b (float | Unset):
        is_public (bool | Unset):
        is_recoverable (bool | Unset):
        created_at_after (datetime.datetime | Unset):
        created_at_before (datetime.datetime | Unset):
        last_event_after (datetime.datetime | Unset):
        last_event_before (datetime.datetime | Unset):
        auto_destroy_at_after (datetime.datetime | Unset):
        auto_destroy_at_before (datetime.datetime | Unset):
        sort (SandboxListSortField | Unset):
        order (SandboxListSortDirection | Unset):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ListSandboxesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        id=id,
        name=name,
        labels=labels,
        include_errored_deleted=include_errored_deleted,
        include_warm=include_warm,
        states=states,
        snapshots=snapshots,
        region_ids=region_ids,
        sandbox_classes=sandbox_classes,
        min_cpu=min_cpu,
        max_cpu=max_cpu,
        min_memory_gi_b=min_memory_gi_b,
        max_memory_gi_b=max_memory_gi_b,
        min_disk_gi_b=min_disk_gi_b,
        max_disk_gi_b=max_disk_gi_b,
        is_public=is_public,
        is_recoverable=is_recoverable,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        last_event_after=last_event_after,
        last_event_before=last_event_before,
        auto_destroy_at_after=auto_destroy_at_after,
        auto_destroy_at_before=auto_destroy_at_before,
        sort=sort,
        order=order,
        x_daytona_organization_id=x_daytona_organization_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 100.0,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    include_errored_deleted: bool | Unset = False,
    include_warm: bool | Unset = False,
    states: list[SandboxState] | Unset = UNSET,
    snapshots: list[str] | Unset = UNSET,
    region_ids: list[str] | Unset = UNSET,
    sandbox_classes: list[SandboxClass] | Unset = UNSET,
    min_cpu: float | Unset = UNSET,
    max_cpu: float | Unset = UNSET,
    min_memory_gi_b: float | Unset = UNSET,
    max_memory_gi_b: float | Unset = UNSET,
    min_disk_gi_b: float | Unset = UNSET,
    max_disk_gi_b: float | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    is_recoverable: bool | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    last_event_after: datetime.datetime | Unset = UNSET,
    last_event_before: datetime.datetime | Unset = UNSET,
    auto_destroy_at_after: datetime.datetime | Unset = UNSET,
    auto_destroy_at_before: datetime.datetime | Unset = UNSET,
    sort: SandboxListSortField | Unset = UNSET,
    order: SandboxListSortDirection | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> ApiError | ListSandboxesResponse | None:
    """
    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 100.0.
        id (str | Unset):
        name (str | Unset):
        labels (str | Unset):
        include_errored_deleted (bool | Unset):  Default: False.
        include_warm (bool | Unset):  Default: False.
        states (list[SandboxState] | Unset):
        snapshots (list[str] | Unset):
        region_ids (list[str] | Unset):
        sandbox_classes (list[SandboxClass] | Unset):
        min_cpu (float | Unset):
        max_cpu (float | Unset):
        min_memory_gi_b (float | Unset):
        max_memory_gi_b (float | Unset):
        min_disk_gi_b (float | Unset):
        max_disk_gi_b (float | Unset):
        is_public (bool | Unset):
        is_recoverable (bool | Unset):
        created_at_after (datetime.datetime | Unset):
        created_at_before (datetime.datetime | Unset):
        last_event_after (datetime.datetime | Unset):
        last_event_before (datetime.datetime | Unset):
        auto_destroy_at_after (datetime.datetime | Unset):
        auto_destroy_at_before (datetime.datetime | Unset):
        sort (SandboxListSortField | Unset):
        order (SandboxListSortDirection | Unset):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ListSandboxesResponse
    """

    return sync_detailed(
        client=client,
        cursor=cursor,
        limit=limit,
        id=id,
        name=name,
        labels=labels,
        include_errored_deleted=include_errored_deleted,
        include_warm=include_warm,
        states=states,
        snapshots=snapshots,
        region_ids=region_ids,
        sandbox_classes=sandbox_classes,
        min_cpu=min_cpu,
        max_cpu=max_cpu,
        min_memory_gi_b=min_memory_gi_b,
        max_memory_gi_b=max_memory_gi_b,
        min_disk_gi_b=min_disk_gi_b,
        max_disk_gi_b=max_disk_gi_b,
        is_public=is_public,
        is_recoverable=is_recoverable,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        last_event_after=last_event_after,
        last_event_before=last_event_before,
        auto_destroy_at_after=auto_destroy_at_after,
        auto_destroy_at_before=auto_destroy_at_before,
        sort=sort,
        order=order,
        x_daytona_organization_id=x_daytona_organization_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 100.0,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    include_errored_deleted: bool | Unset = False,
    include_warm: bool | Unset = False,
    states: list[SandboxState] | Unset = UNSET,
    snapshots: list[str] | Unset = UNSET,
    region_ids: list[str] | Unset = UNSET,
    sandbox_classes: list[SandboxClass] | Unset = UNSET,
    min_cpu: float | Unset = UNSET,
    max_cpu: float | Unset = UNSET,
    min_memory_gi_b: float | Unset = UNSET,
    max_memory_gi_b: float | Unset = UNSET,
    min_disk_gi_b: float | Unset = UNSET,
    max_disk_gi_b: float | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    is_recoverable: bool | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    last_event_after: datetime.datetime | Unset = UNSET,
    last_event_before: datetime.datetime | Unset = UNSET,
    auto_destroy_at_after: datetime.datetime | Unset = UNSET,
    auto_destroy_at_before: datetime.datetime | Unset = UNSET,
    sort: SandboxListSortField | Unset = UNSET,
    order: SandboxListSortDirection | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> Response[ApiError | ListSandboxesResponse]:
    """
    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 100.0.
        id (str | Unset):
        name (str | Unset):
        labels (str | Unset):
        include_errored_deleted (bool | Unset):  Default: False.
        include_warm (bool | Unset):  Default: False.
        states (list[SandboxState] | Unset):
        snapshots (list[str] | Unset):
        region_ids (list[str] | Unset):
        sandbox_classes (list[SandboxClass] | Unset):
        min_cpu (float | Unset):
        max_cpu (float | Unset):
        min_memory_gi_b (float | Unset):
        max_memory_gi_b (float | Unset):
        min_disk_gi_b (float | Unset):
        max_disk_gi_b (float | Unset):
        is_public (bool | Unset):
        is_recoverable (bool | Unset):
        created_at_after (datetime.datetime | Unset):
        created_at_before (datetime.datetime | Unset):
        last_event_after (datetime.datetime | Unset):
        last_event_before (datetime.datetime | Unset):
        auto_destroy_at_after (datetime.datetime | Unset):
        auto_destroy_at_before (datetime.datetime | Unset):
        sort (SandboxListSortField | Unset):
        order (SandboxListSortDirection | Unset):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ListSandboxesResponse]
    """

    kwargs = _get_kwargs(
        cursor=cursor,
        limit=limit,
        id=id,
        name=name,
        labels=labels,
        include_errored_deleted=include_errored_deleted,
        include_warm=include_warm,
        states=states,
        snapshots=snapshots,
        region_ids=region_ids,
        sandbox_classes=sandbox_classes,
        min_cpu=min_cpu,
        max_cpu=max_cpu,
        min_memory_gi_b=min_memory_gi_b,
        max_memory_gi_b=max_memory_gi_b,
        min_disk_gi_b=min_disk_gi_b,
        max_disk_gi_b=max_disk_gi_b,
        is_public=is_public,
        is_recoverable=is_recoverable,
        created_at_after=created_at_after,
        created_at_before=created_at_before,
        last_event_after=last_event_after,
        last_event_before=last_event_before,
        auto_destroy_at_after=auto_destroy_at_after,
        auto_destroy_at_before=auto_destroy_at_before,
        sort=sort,
        order=order,
        x_daytona_organization_id=x_daytona_organization_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    cursor: str | Unset = UNSET,
    limit: float | Unset = 100.0,
    id: str | Unset = UNSET,
    name: str | Unset = UNSET,
    labels: str | Unset = UNSET,
    include_errored_deleted: bool | Unset = False,
    include_warm: bool | Unset = False,
    states: list[SandboxState] | Unset = UNSET,
    snapshots: list[str] | Unset = UNSET,
    region_ids: list[str] | Unset = UNSET,
    sandbox_classes: list[SandboxClass] | Unset = UNSET,
    min_cpu: float | Unset = UNSET,
    max_cpu: float | Unset = UNSET,
    min_memory_gi_b: float | Unset = UNSET,
    max_memory_gi_b: float | Unset = UNSET,
    min_disk_gi_b: float | Unset = UNSET,
    max_disk_gi_b: float | Unset = UNSET,
    is_public: bool | Unset = UNSET,
    is_recoverable: bool | Unset = UNSET,
    created_at_after: datetime.datetime | Unset = UNSET,
    created_at_before: datetime.datetime | Unset = UNSET,
    last_event_after: datetime.datetime | Unset = UNSET,
    last_event_before: datetime.datetime | Unset = UNSET,
    auto_destroy_at_after: datetime.datetime | Unset = UNSET,
    auto_destroy_at_before: datetime.datetime | Unset = UNSET,
    sort: SandboxListSortField | Unset = UNSET,
    order: SandboxListSortDirection | Unset = UNSET,
    x_daytona_organization_id: str | Unset = UNSET,
) -> ApiError | ListSandboxesResponse | None:
    """
    Args:
        cursor (str | Unset):
        limit (float | Unset):  Default: 100.0.
        id (str | Unset):
        name (str | Unset):
        labels (str | Unset):
        include_errored_deleted (bool | Unset):  Default: False.
        include_warm (bool | Unset):  Default: False.
        states (list[SandboxState] | Unset):
        snapshots (list[str] | Unset):
        region_ids (list[str] | Unset):
        sandbox_classes (list[SandboxClass] | Unset):
        min_cpu (float | Unset):
        max_cpu (float | Unset):
        min_memory_gi_b (float | Unset):
        max_memory_gi_b (float | Unset):
        min_disk_gi_b (float | Unset):
        max_disk_gi_b (float | Unset):
        is_public (bool | Unset):
        is_recoverable (bool | Unset):
        created_at_after (datetime.datetime | Unset):
        created_at_before (datetime.datetime | Unset):
        last_event_after (datetime.datetime | Unset):
        last_event_before (datetime.datetime | Unset):
        auto_destroy_at_after (datetime.datetime | Unset):
        auto_destroy_at_before (datetime.datetime | Unset):
        sort (SandboxListSortField | Unset):
        order (SandboxListSortDirection | Unset):
        x_daytona_organization_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ListSandboxesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            cursor=cursor,
            limit=limit,
            id=id,
            name=name,
            labels=labels,
            include_errored_deleted=include_errored_deleted,
            include_warm=include_warm,
            states=states,
            snapshots=snapshots,
            region_ids=region_ids,
            sandbox_classes=sandbox_classes,
            min_cpu=min_cpu,
            max_cpu=max_cpu,
            min_memory_gi_b=min_memory_gi_b,
            max_memory_gi_b=max_memory_gi_b,
            min_disk_gi_b=min_disk_gi_b,
            max_disk_gi_b=max_disk_gi_b,
            is_public=is_public,
            is_recoverable=is_recoverable,
            created_at_after=created_at_after,
            created_at_before=created_at_before,
            last_event_after=last_event_after,
            last_event_before=last_event_before,
            auto_destroy_at_after=auto_destroy_at_after,
            auto_destroy_at_before=auto_destroy_at_before,
            sort=sort,
            order=order,
            x_daytona_organization_id=x_daytona_organization_id,
        )
    ).parsed
