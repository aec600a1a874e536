from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.health_type_0_status import HealthType0Status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.healthcheck_result_type_0 import HealthcheckResultType0


T = TypeVar("T", bound="HealthType0")


@_attrs_define
class HealthType0:
    """
    Attributes:
        status (HealthType0Status | Unset):
        failing_streak (int | Unset):
        log (list[HealthcheckResultType0 | None] | None | Unset):
    """

    status: HealthType0Status | Unset = UNSET
    failing_streak: int | Unset = UNSET
    log: list[HealthcheckResultType0 | None] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.healthcheck_result_type_0 import HealthcheckResultType0

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        failing_streak = self.failing_streak

        log: list[dict[str, Any] | None] | None | Unset
        if isinstance(self.log, Unset):
            log = UNSET
        elif isinstance(self.log, list):
            log = []
            for log_type_0_item_data in self.log:
                log_type_0_item: dict[str, Any] | None
                if isinstance(log_type_0_item_data, HealthcheckResultType0):
                    log_type_0_item = log_type_0_item_data.to_dict()
                else:
                    log_type_0_item = log_type_0_item_data
                log.append(log_type_0_item)

        else:
            log = self.log

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["Status"] = status
        if failing_streak is not UNSET:
            field_dict["FailingStreak"] = failing_streak
        if log is not UNSET:
            field_dict["Log"] = log

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.healthcheck_result_type_0 import HealthcheckResultType0

        d = dict(src_dict)
        _status = d.pop("Status", UNSET)
        status: HealthType0Status | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = HealthType0Status(_status)

        failing_streak = d.pop("FailingStreak", UNSET)

        def _parse_log(
            data: object,
        ) -> list[HealthcheckResultType0 | None] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                log_type_0 = []
                _log_type_0 = data
                for log_type_0_item_data in _log_type_0:

                    def _parse_log_type_0_item(
                        data: object,
                    ) -> HealthcheckResultType0 | None:
                        if data is None:
                            return data
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_healthcheck_result_type_0 = (
                                HealthcheckResultType0.from_dict(data)
                            )

                            return componentsschemas_healthcheck_result_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(HealthcheckResultType0 | None, data)

                    log_type_0_item = _parse_log_type_0_item(log_type_0_item_data)

                    log_type_0.append(log_type_0_item)

                return log_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HealthcheckResultType0 | None] | None | Unset, data)

        log = _parse_log(d.pop("Log", UNSET))

        health_type_0 = cls(
            status=status,
            failing_streak=failing_streak,
            log=log,
        )

        health_type_0.additional_properties = d
        return health_type_0

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
