from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.known_signer_identity import KnownSignerIdentity
from ..models.signature_type import SignatureType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signature_timestamp import SignatureTimestamp
    from ..models.signer_identity import SignerIdentity


T = TypeVar("T", bound="SignatureIdentity")


@_attrs_define
class SignatureIdentity:
    """
    Attributes:
        name (str | Unset):
        timestamps (list[SignatureTimestamp] | None | Unset):
        known_signer (KnownSignerIdentity | Unset):
        docker_reference (str | Unset):
        signer (SignerIdentity | Unset):
        signature_type (SignatureType | Unset):
        error (str | Unset):
        warnings (list[str] | None | Unset):
    """

    name: str | Unset = UNSET
    timestamps: list[SignatureTimestamp] | None | Unset = UNSET
    known_signer: KnownSignerIdentity | Unset = UNSET
    docker_reference: str | Unset = UNSET
    signer: SignerIdentity | Unset = UNSET
    signature_type: SignatureType | Unset = UNSET
    error: str | Unset = UNSET
    warnings: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        timestamps: list[dict[str, Any]] | None | Unset
        if isinstance(self.timestamps, Unset):
            timestamps = UNSET
        elif isinstance(self.timestamps, list):
            timestamps = []
            for timestamps_type_0_item_data in self.timestamps:
                timestamps_type_0_item = timestamps_type_0_item_data.to_dict()
                timestamps.append(timestamps_type_0_item)

        else:
            timestamps = self.timestamps

        known_signer: str | Unset = UNSET
        if not isinstance(self.known_signer, Unset):
            known_signer = self.known_signer.value

        docker_reference = self.docker_reference

        signer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signer, Unset):
            signer = self.signer.to_dict()

        signature_type: str | Unset = UNSET
        if not isinstance(self.signature_type, Unset):
            signature_type = self.signature_type.value

        error = self.error

        warnings: list[str] | None | Unset
        if isinstance(self.warnings, Unset):
            warnings = UNSET
        elif isinstance(self.warnings, list):
            warnings = self.warnings

        else:
            warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if timestamps is not UNSET:
            field_dict["Timestamps"] = timestamps
        if known_signer is not UNSET:
            field_dict["KnownSigner"] = known_signer
        if docker_reference is not UNSET:
            field_dict["DockerReference"] = docker_reference
        if signer is not UNSET:
            field_dict["Signer"] = signer
        if signature_type is not UNSET:
            field_dict["SignatureType"] = signature_type
        if error is not UNSET:
            field_dict["Error"] = error
        if warnings is not UNSET:
            field_dict["Warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.signature_timestamp import SignatureTimestamp
        from ..models.signer_identity import SignerIdentity

        d = dict(src_dict)
        name = d.pop("Name", UNSET)

        def _parse_timestamps(data: object) -> list[SignatureTimestamp] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timestamps_type_0 = []
                _timestamps_type_0 = data
                for timestamps_type_0_item_data in _timestamps_type_0:
                    timestamps_type_0_item = SignatureTimestamp.from_dict(
                        timestamps_type_0_item_data
                    )

                    timestamps_type_0.append(timestamps_type_0_item)

                return timestamps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SignatureTimestamp] | None | Unset, data)

        timestamps = _parse_timestamps(d.pop("Timestamps", UNSET))

        _known_signer = d.pop("KnownSigner", UNSET)
        known_signer: KnownSignerIdentity | Unset
        if isinstance(_known_signer, Unset):
            known_signer = UNSET
        else:
            known_signer = KnownSignerIdentity(_known_signer)

        docker_reference = d.pop("DockerReference", UNSET)

        _signer = d.pop("Signer", UNSET)
        signer: SignerIdentity | Unset
        if isinstance(_signer, Unset):
            signer = UNSET
        else:
            signer = SignerIdentity.from_dict(_signer)

        _signature_type = d.pop("SignatureType", UNSET)
        signature_type: SignatureType | Unset
        if isinstance(_signature_type, Unset):
            signature_type = UNSET
        else:
            signature_type = SignatureType(_signature_type)

        error = d.pop("Error", UNSET)

        def _parse_warnings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                warnings_type_0 = cast(list[str], data)

                return warnings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        warnings = _parse_warnings(d.pop("Warnings", UNSET))

        signature_identity = cls(
            name=name,
            timestamps=timestamps,
            known_signer=known_signer,
            docker_reference=docker_reference,
            signer=signer,
            signature_type=signature_type,
            error=error,
            warnings=warnings,
        )

        signature_identity.additional_properties = d
        return signature_identity

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
