from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_labels import MetadataLabels


T = TypeVar("T", bound="Metadata")


@_attrs_define
class Metadata:
    """
    Attributes:
        name (str):
        created_at (str | Unset):
        updated_at (str | Unset):
        created_by (str | Unset):
        updated_by (str | Unset):
        display_name (str | Unset):
        external_id (str | Unset):
        labels (MetadataLabels | Unset):
        plan (str | Unset):
        url (str | Unset):
        workspace (str | Unset):
    """

    name: str
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    created_by: str | Unset = UNSET
    updated_by: str | Unset = UNSET
    display_name: str | Unset = UNSET
    external_id: str | Unset = UNSET
    labels: MetadataLabels | Unset = UNSET
    plan: str | Unset = UNSET
    url: str | Unset = UNSET
    workspace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at = self.created_at

        updated_at = self.updated_at

        created_by = self.created_by

        updated_by = self.updated_by

        display_name = self.display_name

        external_id = self.external_id

        labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels.to_dict()

        plan = self.plan

        url = self.url

        workspace = self.workspace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if updated_by is not UNSET:
            field_dict["updatedBy"] = updated_by
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if labels is not UNSET:
            field_dict["labels"] = labels
        if plan is not UNSET:
            field_dict["plan"] = plan
        if url is not UNSET:
            field_dict["url"] = url
        if workspace is not UNSET:
            field_dict["workspace"] = workspace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata_labels import MetadataLabels

        d = dict(src_dict)
        name = d.pop("name")

        created_at = d.pop("createdAt", UNSET)

        updated_at = d.pop("updatedAt", UNSET)

        created_by = d.pop("createdBy", UNSET)

        updated_by = d.pop("updatedBy", UNSET)

        display_name = d.pop("displayName", UNSET)

        external_id = d.pop("externalId", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: MetadataLabels | Unset
        if isinstance(_labels, Unset):
            labels = UNSET
        else:
            labels = MetadataLabels.from_dict(_labels)

        plan = d.pop("plan", UNSET)

        url = d.pop("url", UNSET)

        workspace = d.pop("workspace", UNSET)

        metadata = cls(
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
            updated_by=updated_by,
            display_name=display_name,
            external_id=external_id,
            labels=labels,
            plan=plan,
            url=url,
            workspace=workspace,
        )

        metadata.additional_properties = d
        return metadata

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
