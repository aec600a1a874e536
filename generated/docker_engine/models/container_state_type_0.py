from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_state_type_0_status import ContainerStateType0Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.health_type_0 import HealthType0


T = TypeVar("T", bound="ContainerStateType0")


@_attrs_define
class ContainerStateType0:
    """
    Attributes:
        status (ContainerStateType0Status | Unset):
        running (bool | Unset):
        paused (bool | Unset):
        restarting (bool | Unset):
        oom_killed (bool | Unset):
        dead (bool | Unset):
        pid (int | Unset):
        exit_code (int | Unset):
        error (str | Unset):
        started_at (str | Unset):
        finished_at (str | Unset):
        health (HealthType0 | None | Unset):
    """

    status: ContainerStateType0Status | Unset = UNSET
    running: bool | Unset = UNSET
    paused: bool | Unset = UNSET
    restarting: bool | Unset = UNSET
    oom_killed: bool | Unset = UNSET
    dead: bool | Unset = UNSET
    pid: int | Unset = UNSET
    exit_code: int | Unset = UNSET
    error: str | Unset = UNSET
    started_at: str | Unset = UNSET
    finished_at: str | Unset = UNSET
    health: HealthType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.health_type_0 import HealthType0

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        running = self.running

        paused = self.paused

        restarting = self.restarting

        oom_killed = self.oom_killed

        dead = self.dead

        pid = self.pid

        exit_code = self.exit_code

        error = self.error

        started_at = self.started_at

        finished_at = self.finished_at

        health: dict[str, Any] | None | Unset
        if isinstance(self.health, Unset):
            health = UNSET
        elif isinstance(self.health, HealthType0):
            health = self.health.to_dict()
        else:
            health = self.health

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if running is not UNSET:
            field_dict["Running"] = running
        if paused is not UNSET:
            field_dict["Paused"] = paused
        if restarting is not UNSET:
            field_dict["Restarting"] = restarting
        if oom_killed is not UNSET:
            field_dict["OOMKilled"] = oom_killed
        if dead is not UNSET:
            field_dict["Dead"] = dead
        if pid is not UNSET:
            field_dict["Pid"] = pid
        if exit_code is not UNSET:
            field_dict["ExitCode"] = exit_code
        if error is not UNSET:
            field_dict["Error"] = error
        if started_at is not UNSET:
            field_dict["StartedAt"] = started_at
        if finished_at is not UNSET:
            field_dict["FinishedAt"] = finished_at
        if health is not UNSET:
            field_dict["Health"] = health

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.health_type_0 import HealthType0

        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: ContainerStateType0Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ContainerStateType0Status(_status)

        running = d.pop("Running", UNSET)

        paused = d.pop("Paused", UNSET)

        restarting = d.pop("Restarting", UNSET)

        oom_killed = d.pop("OOMKilled", UNSET)

        dead = d.pop("Dead", UNSET)

        pid = d.pop("Pid", UNSET)

        exit_code = d.pop("ExitCode", UNSET)

        error = d.pop("Error", UNSET)

        started_at = d.pop("StartedAt", UNSET)

        finished_at = d.pop("FinishedAt", UNSET)

        def _parse_health(data: object) -> HealthType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_health_type_0 = HealthType0.from_dict(data)

                return componentsschemas_health_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HealthType0 | None | Unset, data)

        health = _parse_health(d.pop("Health", UNSET))

        container_state_type_0 = cls(
            status=status,
            running=running,
            paused=paused,
            restarting=restarting,
            oom_killed=oom_killed,
            dead=dead,
            pid=pid,
            exit_code=exit_code,
            error=error,
            started_at=started_at,
            finished_at=finished_at,
            health=health,
        )

        container_state_type_0.additional_properties = d
        return container_state_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
