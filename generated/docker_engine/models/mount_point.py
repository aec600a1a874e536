from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mount_type import MountType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MountPoint")


@_attrs_define
class MountPoint:
    """
    Attributes:
        type_ (MountType | Unset):
        name (str | Unset):
        source (str | Unset):
        destination (str | Unset):
        driver (str | Unset):
        mode (str | Unset):
        rw (bool | Unset):
        propagation (str | Unset):
    """

    type_: MountType | Unset = UNSET
    name: str | Unset = UNSET
    source: str | Unset = UNSET
    destination: str | Unset = UNSET
    driver: str | Unset = UNSET
    mode: str | Unset = UNSET
    rw: bool | Unset = UNSET
    propagation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        source = self.source

        destination = self.destination

        driver = self.driver

        mode = self.mode

        rw = self.rw

        propagation = self.propagation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if name is not UNSET:
            field_dict["Name"] = name
        if source is not UNSET:
            field_dict["Source"] = source
        if destination is not UNSET:
            field_dict["Destination"] = destination
        if driver is not UNSET:
            field_dict["Driver"] = driver
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if rw is not UNSET:
            field_dict["RW"] = rw
        if propagation is not UNSET:
            field_dict["Propagation"] = propagation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: MountType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = MountType(_type_)

        name = d.pop("Name", UNSET)

        source = d.pop("Source", UNSET)

        destination = d.pop("Destination", UNSET)

        driver = d.pop("Driver", UNSET)

        mode = d.pop("Mode", UNSET)

        rw = d.pop("RW", UNSET)

        propagation = d.pop("Propagation", UNSET)

        mount_point = cls(
            type_=type_,
            name=name,
            source=source,
            destination=destination,
            driver=driver,
            mode=mode,
            rw=rw,
            propagation=propagation,
        )

        mount_point.additional_properties = d
        return mount_point

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
