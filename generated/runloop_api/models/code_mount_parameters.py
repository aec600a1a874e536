from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeMountParameters")


@_attrs_define
class CodeMountParameters:
    """
    Attributes:
        repo_name (str):
        repo_owner (str):
        install_command (None | str | Unset):
        git_ref (None | str | Unset):
        token (None | str | Unset):
    """

    repo_name: str
    repo_owner: str
    install_command: None | str | Unset = UNSET
    git_ref: None | str | Unset = UNSET
    token: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        repo_name = self.repo_name

        repo_owner = self.repo_owner

        install_command: None | str | Unset
        if isinstance(self.install_command, Unset):
            install_command = UNSET
        else:
            install_command = self.install_command

        git_ref: None | str | Unset
        if isinstance(self.git_ref, Unset):
            git_ref = UNSET
        else:
            git_ref = self.git_ref

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "repo_name": repo_name,
                "repo_owner": repo_owner,
            }
        )
        if install_command is not UNSET:
            field_dict["install_command"] = install_command
        if git_ref is not UNSET:
            field_dict["git_ref"] = git_ref
        if token is not UNSET:
            field_dict["token"] = token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        repo_name = d.pop("repo_name")

        repo_owner = d.pop("repo_owner")

        def _parse_install_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        install_command = _parse_install_command(d.pop("install_command", UNSET))

        def _parse_git_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        git_ref = _parse_git_ref(d.pop("git_ref", UNSET))

        def _parse_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        token = _parse_token(d.pop("token", UNSET))

        code_mount_parameters = cls(
            repo_name=repo_name,
            repo_owner=repo_owner,
            install_command=install_command,
            git_ref=git_ref,
            token=token,
        )

        return code_mount_parameters
