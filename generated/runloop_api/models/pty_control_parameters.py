from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.pty_control_action import PtyControlAction
from ..types import UNSET, Unset

T = TypeVar("T", bound="PtyControlParameters")


@_attrs_define
class PtyControlParameters:
    """
    Attributes:
        action (PtyControlAction | Unset):
        cols (int | Unset):
        rows (int | Unset):
        signal (str | Unset):
    """

    action: PtyControlAction | Unset = UNSET
    cols: int | Unset = UNSET
    rows: int | Unset = UNSET
    signal: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        cols = self.cols

        rows = self.rows

        signal = self.signal

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if cols is not UNSET:
            field_dict["cols"] = cols
        if rows is not UNSET:
            field_dict["rows"] = rows
        if signal is not UNSET:
            field_dict["signal"] = signal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: PtyControlAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = PtyControlAction(_action)

        cols = d.pop("cols", UNSET)

        rows = d.pop("rows", UNSET)

        signal = d.pop("signal", UNSET)

        pty_control_parameters = cls(
            action=action,
            cols=cols,
            rows=rows,
            signal=signal,
        )

        return pty_control_parameters
