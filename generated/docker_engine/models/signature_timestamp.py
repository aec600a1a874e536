from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signature_timestamp_type import SignatureTimestampType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SignatureTimestamp")


@_attrs_define
class SignatureTimestamp:
    """
    Attributes:
        type_ (SignatureTimestampType | Unset):
        uri (str | Unset):
        timestamp (datetime.datetime | Unset):
    """

    type_: SignatureTimestampType | Unset = UNSET
    uri: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        uri = self.uri

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if uri is not UNSET:
            field_dict["URI"] = uri
        if timestamp is not UNSET:
            field_dict["Timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _type_ = d.pop("Type", UNSET)
        type_: SignatureTimestampType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = SignatureTimestampType(_type_)

        uri = d.pop("URI", UNSET)

        _timestamp = d.pop("Timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        signature_timestamp = cls(
            type_=type_,
            uri=uri,
            timestamp=timestamp,
        )

        signature_timestamp.additional_properties = d
        return signature_timestamp

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
