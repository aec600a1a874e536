from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.signal_type import SignalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="DevboxSendStdInRequest")


@_attrs_define
class DevboxSendStdInRequest:
    """
    Attributes:
        text (None | str | Unset):
        signal (SignalType | Unset):
    """

    text: None | str | Unset = UNSET
    signal: SignalType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        signal: str | Unset = UNSET
        if not isinstance(self.signal, Unset):
            signal = self.signal.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if signal is not UNSET:
            field_dict["signal"] = signal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        _signal = d.pop("signal", UNSET)
        signal: SignalType | Unset
        if isinstance(_signal, Unset):
            signal = UNSET
        else:
            signal = SignalType(_signal)

        devbox_send_std_in_request = cls(
            text=text,
            signal=signal,
        )

        return devbox_send_std_in_request
