from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_request_options_type_0 import DeviceRequestOptionsType0


T = TypeVar("T", bound="DeviceRequest")


@_attrs_define
class DeviceRequest:
    """
    Attributes:
        driver (str | Unset):
        count (int | Unset):
        device_i_ds (list[str] | None | Unset):
        capabilities (list[list[str]] | None | Unset):
        options (DeviceRequestOptionsType0 | None | Unset):
    """

    driver: str | Unset = UNSET
    count: int | Unset = UNSET
    device_i_ds: list[str] | None | Unset = UNSET
    capabilities: list[list[str]] | None | Unset = UNSET
    options: DeviceRequestOptionsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.device_request_options_type_0 import DeviceRequestOptionsType0

        driver = self.driver

        count = self.count

        device_i_ds: list[str] | None | Unset
        if isinstance(self.device_i_ds, Unset):
            device_i_ds = UNSET
        elif isinstance(self.device_i_ds, list):
            device_i_ds = self.device_i_ds

        else:
            device_i_ds = self.device_i_ds

        capabilities: list[list[str]] | None | Unset
        if isinstance(self.capabilities, Unset):
            capabilities = UNSET
        elif isinstance(self.capabilities, list):
            capabilities = []
            for capabilities_type_0_item_data in self.capabilities:
                capabilities_type_0_item = capabilities_type_0_item_data

                capabilities.append(capabilities_type_0_item)

        else:
            capabilities = self.capabilities

        options: dict[str, Any] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, DeviceRequestOptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if count is not UNSET:
            field_dict["Count"] = count
        if device_i_ds is not UNSET:
            field_dict["DeviceIDs"] = device_i_ds
        if capabilities is not UNSET:
            field_dict["Capabilities"] = capabilities
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device_request_options_type_0 import DeviceRequestOptionsType0

        d = dict(src_dict)
        driver = d.pop("Driver", UNSET)

        count = d.pop("Count", UNSET)

        def _parse_device_i_ds(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_i_ds_type_0 = cast(list[str], data)

                return device_i_ds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        device_i_ds = _parse_device_i_ds(d.pop("DeviceIDs", UNSET))

        def _parse_capabilities(data: object) -> list[list[str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                capabilities_type_0 = []
                _capabilities_type_0 = data
                for capabilities_type_0_item_data in _capabilities_type_0:
                    capabilities_type_0_item = cast(
                        list[str], capabilities_type_0_item_data
                    )

                    capabilities_type_0.append(capabilities_type_0_item)

                return capabilities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[str]] | None | Unset, data)

        capabilities = _parse_capabilities(d.pop("Capabilities", UNSET))

        def _parse_options(data: object) -> DeviceRequestOptionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                options_type_0 = DeviceRequestOptionsType0.from_dict(data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceRequestOptionsType0 | None | Unset, data)

        options = _parse_options(d.pop("Options", UNSET))

        device_request = cls(
            driver=driver,
            count=count,
            device_i_ds=device_i_ds,
            capabilities=capabilities,
            options=options,
        )

        device_request.additional_properties = d
        return device_request

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
