from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HealthConfig")


@_attrs_define
class HealthConfig:
    """
    Attributes:
        test (list[str] | None | Unset):
        interval (int | Unset):
        timeout (int | Unset):
        retries (int | Unset):
        start_period (int | Unset):
        start_interval (int | Unset):
    """

    test: list[str] | None | Unset = UNSET
    interval: int | Unset = UNSET
    timeout: int | Unset = UNSET
    retries: int | Unset = UNSET
    start_period: int | Unset = UNSET
    start_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        test: list[str] | None | Unset
        if isinstance(self.test, Unset):
            test = UNSET
        elif isinstance(self.test, list):
            test = self.test

        else:
            test = self.test

        interval = self.interval

        timeout = self.timeout

        retries = self.retries

        start_period = self.start_period

        start_interval = self.start_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if test is not UNSET:
            field_dict["Test"] = test
        if interval is not UNSET:
            field_dict["Interval"] = interval
        if timeout is not UNSET:
            field_dict["Timeout"] = timeout
        if retries is not UNSET:
            field_dict["Retries"] = retries
        if start_period is not UNSET:
            field_dict["StartPeriod"] = start_period
        if start_interval is not UNSET:
            field_dict["StartInterval"] = start_interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_test(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                test_type_0 = cast(list[str], data)

                return test_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        test = _parse_test(d.pop("Test", UNSET))

        interval = d.pop("Interval", UNSET)

        timeout = d.pop("Timeout", UNSET)

        retries = d.pop("Retries", UNSET)

        start_period = d.pop("StartPeriod", UNSET)

        start_interval = d.pop("StartInterval", UNSET)

        health_config = cls(
            test=test,
            interval=interval,
            timeout=timeout,
            retries=retries,
            start_period=start_period,
            start_interval=start_interval,
        )

        health_config.additional_properties = d
        return health_config

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
