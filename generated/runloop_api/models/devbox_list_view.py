from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.devbox_view import DevboxView


T = TypeVar("T", bound="DevboxListView")


@_attrs_define
class DevboxListView:
    """
    Attributes:
        devboxes (list[DevboxView]):
        has_more (bool):
        total_count (int | None | Unset):
    """

    devboxes: list[DevboxView]
    has_more: bool
    total_count: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        devboxes = []
        for devboxes_item_data in self.devboxes:
            devboxes_item = devboxes_item_data.to_dict()
            devboxes.append(devboxes_item)

        has_more = self.has_more

        total_count: int | None | Unset
        if isinstance(self.total_count, Unset):
            total_count = UNSET
        else:
            total_count = self.total_count

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "devboxes": devboxes,
                "has_more": has_more,
            }
        )
        if total_count is not UNSET:
            field_dict["total_count"] = total_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.devbox_view import DevboxView

        d = dict(src_dict)
        devboxes = []
        _devboxes = d.pop("devboxes")
        for devboxes_item_data in _devboxes:
            devboxes_item = DevboxView.from_dict(devboxes_item_data)

            devboxes.append(devboxes_item)

        has_more = d.pop("has_more")

        def _parse_total_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_count = _parse_total_count(d.pop("total_count", UNSET))

        devbox_list_view = cls(
            devboxes=devboxes,
            has_more=has_more,
            total_count=total_count,
        )

        return devbox_list_view
