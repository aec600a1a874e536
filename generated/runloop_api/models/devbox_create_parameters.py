from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_mount import AgentMount
    from ..models.broker_mount import BrokerMount
    from ..models.code_mount import CodeMount
    from ..models.code_mount_parameters import CodeMountParameters
    from ..models.devbox_create_parameters_environment_variables_type_0 import (
        DevboxCreateParametersEnvironmentVariablesType0,
    )
    from ..models.devbox_create_parameters_file_mounts_type_0 import (
        DevboxCreateParametersFileMountsType0,
    )
    from ..models.devbox_create_parameters_gateways_type_0 import (
        DevboxCreateParametersGatewaysType0,
    )
    from ..models.devbox_create_parameters_mcp_type_0 import (
        DevboxCreateParametersMcpType0,
    )
    from ..models.devbox_create_parameters_metadata_type_0 import (
        DevboxCreateParametersMetadataType0,
    )
    from ..models.devbox_create_parameters_secrets_type_0 import (
        DevboxCreateParametersSecretsType0,
    )
    from ..models.file_mount import FileMount
    from ..models.launch_parameters import LaunchParameters
    from ..models.object_mount import ObjectMount
    from ..models.tunnel_config import TunnelConfig


T = TypeVar("T", bound="DevboxCreateParameters")


@_attrs_define
class DevboxCreateParameters:
    """
    Attributes:
        name (None | str | Unset):
        environment_variables (DevboxCreateParametersEnvironmentVariablesType0 | None | Unset):
        secrets (DevboxCreateParametersSecretsType0 | None | Unset):
        file_mounts (DevboxCreateParametersFileMountsType0 | None | Unset):
        entrypoint (None | str | Unset):
        blueprint_id (None | str | Unset):
        blueprint_name (None | str | Unset):
        repo_connection_id (None | str | Unset):
        launch_parameters (LaunchParameters | Unset):
        snapshot_id (None | str | Unset):
        metadata (DevboxCreateParametersMetadataType0 | None | Unset):
        code_mounts (list[CodeMountParameters] | None | Unset):
        mounts (list[AgentMount | BrokerMount | CodeMount | FileMount | ObjectMount] | None | Unset):
        tunnel (TunnelConfig | Unset):
        gateways (DevboxCreateParametersGatewaysType0 | None | Unset):
        mcp (DevboxCreateParametersMcpType0 | None | Unset):
    """

    name: None | str | Unset = UNSET
    environment_variables: (
        DevboxCreateParametersEnvironmentVariablesType0 | None | Unset
    ) = UNSET
    secrets: DevboxCreateParametersSecretsType0 | None | Unset = UNSET
    file_mounts: DevboxCreateParametersFileMountsType0 | None | Unset = UNSET
    entrypoint: None | str | Unset = UNSET
    blueprint_id: None | str | Unset = UNSET
    blueprint_name: None | str | Unset = UNSET
    repo_connection_id: None | str | Unset = UNSET
    launch_parameters: LaunchParameters | Unset = UNSET
    snapshot_id: None | str | Unset = UNSET
    metadata: DevboxCreateParametersMetadataType0 | None | Unset = UNSET
    code_mounts: list[CodeMountParameters] | None | Unset = UNSET
    mounts: (
        list[AgentMount | BrokerMount | CodeMount | FileMount | ObjectMount]
        | None
        | Unset
    ) = UNSET
    tunnel: TunnelConfig | Unset = UNSET
    gateways: DevboxCreateParametersGatewaysType0 | None | Unset = UNSET
    mcp: DevboxCreateParametersMcpType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_mount import AgentMount
        from ..models.code_mount import CodeMount
        from ..models.devbox_create_parameters_environment_variables_type_0 import (
            DevboxCreateParametersEnvironmentVariablesType0,
        )
        from ..models.devbox_create_parameters_file_mounts_type_0 import (
            DevboxCreateParametersFileMountsType0,
        )
        from ..models.devbox_create_parameters_gateways_type_0 import (
            DevboxCreateParametersGatewaysType0,
        )
        from ..models.devbox_create_parameters_mcp_type_0 import (
            DevboxCreateParametersMcpType0,
        )
        from ..models.devbox_create_parameters_metadata_type_0 import (
            DevboxCreateParametersMetadataType0,
        )
        from ..models.devbox_create_parameters_secrets_type_0 import (
            DevboxCreateParametersSecretsType0,
        )
        from ..models.file_mount import FileMount
        from ..models.object_mount import ObjectMount

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        environment_variables: dict[str, Any] | None | Unset
        if isinstance(self.environment_variables, Unset):
            environment_variables = UNSET
        elif isinstance(
            self.environment_variables, DevboxCreateParametersEnvironmentVariablesType0
        ):
            environment_variables = self.environment_variables.to_dict()
        else:
            environment_variables = self.environment_variables

        secrets: dict[str, Any] | None | Unset
        if isinstance(self.secrets, Unset):
            secrets = UNSET
        elif isinstance(self.secrets, DevboxCreateParametersSecretsType0):
            secrets = self.secrets.to_dict()
        else:
            secrets = self.secrets

        file_mounts: dict[str, Any] | None | Unset
        if isinstance(self.file_mounts, Unset):
            file_mounts = UNSET
        elif isinstance(self.file_mounts, DevboxCreateParametersFileMountsType0):
            file_mounts = self.file_mounts.to_dict()
        else:
            file_mounts = self.file_mounts

        entrypoint: None | str | Unset
        if isinstance(self.entrypoint, Unset):
            entrypoint = UNSET
        else:
            entrypoint = self.entrypoint

        blueprint_id: None | str | Unset
        if isinstance(self.blueprint_id, Unset):
            blueprint_id = UNSET
        else:
            blueprint_id = self.blueprint_id

        blueprint_name: None | str | Unset
        if isinstance(self.blueprint_name, Unset):
            blueprint_name = UNSET
        else:
            blueprint_name = self.blueprint_name

        repo_connection_id: None | str | Unset
        if isinstance(self.repo_connection_id, Unset):
            repo_connection_id = UNSET
        else:
            repo_connection_id = self.repo_connection_id

        launch_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.launch_parameters, Unset):
            launch_parameters = self.launch_parameters.to_dict()

        snapshot_id: None | str | Unset
        if isinstance(self.snapshot_id, Unset):
            snapshot_id = UNSET
        else:
            snapshot_id = self.snapshot_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, DevboxCreateParametersMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        code_mounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.code_mounts, Unset):
            code_mounts = UNSET
        elif isinstance(self.code_mounts, list):
            code_mounts = []
            for code_mounts_type_0_item_data in self.code_mounts:
                code_mounts_type_0_item = code_mounts_type_0_item_data.to_dict()
                code_mounts.append(code_mounts_type_0_item)

        else:
            code_mounts = self.code_mounts

        mounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.mounts, Unset):
            mounts = UNSET
        elif isinstance(self.mounts, list):
            mounts = []
            for mounts_type_0_item_data in self.mounts:
                mounts_type_0_item: dict[str, Any]
                if (
                    isinstance(mounts_type_0_item_data, ObjectMount)
                    or isinstance(mounts_type_0_item_data, AgentMount)
                    or isinstance(mounts_type_0_item_data, CodeMount)
                    or isinstance(mounts_type_0_item_data, FileMount)
                ):
                    mounts_type_0_item = mounts_type_0_item_data.to_dict()
                else:
                    mounts_type_0_item = mounts_type_0_item_data.to_dict()

                mounts.append(mounts_type_0_item)

        else:
            mounts = self.mounts

        tunnel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tunnel, Unset):
            tunnel = self.tunnel.to_dict()

        gateways: dict[str, Any] | None | Unset
        if isinstance(self.gateways, Unset):
            gateways = UNSET
        elif isinstance(self.gateways, DevboxCreateParametersGatewaysType0):
            gateways = self.gateways.to_dict()
        else:
            gateways = self.gateways

        mcp: dict[str, Any] | None | Unset
        if isinstance(self.mcp, Unset):
            mcp = UNSET
        elif isinstance(self.mcp, DevboxCreateParametersMcpType0):
            mcp = self.mcp.to_dict()
        else:
            mcp = self.mcp

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if environment_variables is not UNSET:
            field_dict["environment_variables"] = environment_variables
        if secrets is not UNSET:
            field_dict["secrets"] = secrets
        if file_mounts is not UNSET:
            field_dict["file_mounts"] = file_mounts
        if entrypoint is not UNSET:
            field_dict["entrypoint"] = entrypoint
        if blueprint_id is not UNSET:
            field_dict["blueprint_id"] = blueprint_id
        if blueprint_name is not UNSET:
            field_dict["blueprint_name"] = blueprint_name
        if repo_connection_id is not UNSET:
            field_dict["repo_connection_id"] = repo_connection_id
        if launch_parameters is not UNSET:
            field_dict["launch_parameters"] = launch_parameters
        if snapshot_id is not UNSET:
            field_dict["snapshot_id"] = snapshot_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if code_mounts is not UNSET:
            field_dict["code_mounts"] = code_mounts
        if mounts is not UNSET:
            field_dict["mounts"] = mounts
        if tunnel is not UNSET:
            field_dict["tunnel"] = tunnel
        if gateways is not UNSET:
            field_dict["gateways"] = gateways
        if mcp is not UNSET:
            field_dict["mcp"] = mcp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent_mount import AgentMount
        from ..models.broker_mount import BrokerMount
        from ..models.code_mount import CodeMount
        from ..models.code_mount_parameters import CodeMountParameters
        from ..models.devbox_create_parameters_environment_variables_type_0 import (
            DevboxCreateParametersEnvironmentVariablesType0,
        )
        from ..models.devbox_create_parameters_file_mounts_type_0 import (
            DevboxCreateParametersFileMountsType0,
        )
        from ..models.devbox_create_parameters_gateways_type_0 import (
            DevboxCreateParametersGatewaysType0,
        )
        from ..models.devbox_create_parameters_mcp_type_0 import (
            DevboxCreateParametersMcpType0,
        )
        from ..models.devbox_create_parameters_metadata_type_0 import (
            DevboxCreateParametersMetadataType0,
        )
        from ..models.devbox_create_parameters_secrets_type_0 import (
            DevboxCreateParametersSecretsType0,
        )
        from ..models.file_mount import FileMount
        from ..models.launch_parameters import LaunchParameters
        from ..models.object_mount import ObjectMount
        from ..models.tunnel_config import TunnelConfig

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_environment_variables(
            data: object,
        ) -> DevboxCreateParametersEnvironmentVariablesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                environment_variables_type_0 = (
                    DevboxCreateParametersEnvironmentVariablesType0.from_dict(data)
                )

                return environment_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DevboxCreateParametersEnvironmentVariablesType0 | None | Unset, data
            )

        environment_variables = _parse_environment_variables(
            d.pop("environment_variables", UNSET)
        )

        def _parse_secrets(
            data: object,
        ) -> DevboxCreateParametersSecretsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                secrets_type_0 = DevboxCreateParametersSecretsType0.from_dict(data)

                return secrets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevboxCreateParametersSecretsType0 | None | Unset, data)

        secrets = _parse_secrets(d.pop("secrets", UNSET))

        def _parse_file_mounts(
            data: object,
        ) -> DevboxCreateParametersFileMountsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_mounts_type_0 = DevboxCreateParametersFileMountsType0.from_dict(
                    data
                )

                return file_mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevboxCreateParametersFileMountsType0 | None | Unset, data)

        file_mounts = _parse_file_mounts(d.pop("file_mounts", UNSET))

        def _parse_entrypoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entrypoint = _parse_entrypoint(d.pop("entrypoint", UNSET))

        def _parse_blueprint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blueprint_id = _parse_blueprint_id(d.pop("blueprint_id", UNSET))

        def _parse_blueprint_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blueprint_name = _parse_blueprint_name(d.pop("blueprint_name", UNSET))

        def _parse_repo_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repo_connection_id = _parse_repo_connection_id(
            d.pop("repo_connection_id", UNSET)
        )

        _launch_parameters = d.pop("launch_parameters", UNSET)
        launch_parameters: LaunchParameters | Unset
        if isinstance(_launch_parameters, Unset):
            launch_parameters = UNSET
        else:
            launch_parameters = LaunchParameters.from_dict(_launch_parameters)

        def _parse_snapshot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snapshot_id = _parse_snapshot_id(d.pop("snapshot_id", UNSET))

        def _parse_metadata(
            data: object,
        ) -> DevboxCreateParametersMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = DevboxCreateParametersMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevboxCreateParametersMetadataType0 | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_code_mounts(
            data: object,
        ) -> list[CodeMountParameters] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                code_mounts_type_0 = []
                _code_mounts_type_0 = data
                for code_mounts_type_0_item_data in _code_mounts_type_0:
                    code_mounts_type_0_item = CodeMountParameters.from_dict(
                        code_mounts_type_0_item_data
                    )

                    code_mounts_type_0.append(code_mounts_type_0_item)

                return code_mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CodeMountParameters] | None | Unset, data)

        code_mounts = _parse_code_mounts(d.pop("code_mounts", UNSET))

        def _parse_mounts(
            data: object,
        ) -> (
            list[AgentMount | BrokerMount | CodeMount | FileMount | ObjectMount]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mounts_type_0 = []
                _mounts_type_0 = data
                for mounts_type_0_item_data in _mounts_type_0:

                    def _parse_mounts_type_0_item(
                        data: object,
                    ) -> AgentMount | BrokerMount | CodeMount | FileMount | ObjectMount:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_mount_type_0 = ObjectMount.from_dict(data)

                            return componentsschemas_mount_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_mount_type_1 = AgentMount.from_dict(data)

                            return componentsschemas_mount_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_mount_type_2 = CodeMount.from_dict(data)

                            return componentsschemas_mount_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_mount_type_3 = FileMount.from_dict(data)

                            return componentsschemas_mount_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_mount_type_4 = BrokerMount.from_dict(data)

                        return componentsschemas_mount_type_4

                    mounts_type_0_item = _parse_mounts_type_0_item(
                        mounts_type_0_item_data
                    )

                    mounts_type_0.append(mounts_type_0_item)

                return mounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[AgentMount | BrokerMount | CodeMount | FileMount | ObjectMount]
                | None
                | Unset,
                data,
            )

        mounts = _parse_mounts(d.pop("mounts", UNSET))

        _tunnel = d.pop("tunnel", UNSET)
        tunnel: TunnelConfig | Unset
        if isinstance(_tunnel, Unset):
            tunnel = UNSET
        else:
            tunnel = TunnelConfig.from_dict(_tunnel)

        def _parse_gateways(
            data: object,
        ) -> DevboxCreateParametersGatewaysType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gateways_type_0 = DevboxCreateParametersGatewaysType0.from_dict(data)

                return gateways_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevboxCreateParametersGatewaysType0 | None | Unset, data)

        gateways = _parse_gateways(d.pop("gateways", UNSET))

        def _parse_mcp(data: object) -> DevboxCreateParametersMcpType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_type_0 = DevboxCreateParametersMcpType0.from_dict(data)

                return mcp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevboxCreateParametersMcpType0 | None | Unset, data)

        mcp = _parse_mcp(d.pop("mcp", UNSET))

        devbox_create_parameters = cls(
            name=name,
            environment_variables=environment_variables,
            secrets=secrets,
            file_mounts=file_mounts,
            entrypoint=entrypoint,
            blueprint_id=blueprint_id,
            blueprint_name=blueprint_name,
            repo_connection_id=repo_connection_id,
            launch_parameters=launch_parameters,
            snapshot_id=snapshot_id,
            metadata=metadata,
            code_mounts=code_mounts,
            mounts=mounts,
            tunnel=tunnel,
            gateways=gateways,
            mcp=mcp,
        )

        return devbox_create_parameters
