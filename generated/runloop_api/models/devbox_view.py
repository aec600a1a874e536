from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.devbox_capabilities import DevboxCapabilities
from ..models.devbox_view_failure_reason import DevboxViewFailureReason
from ..models.devbox_view_shutdown_reason import DevboxViewShutdownReason
from ..models.devbox_view_status import DevboxViewStatus
from ..models.initiator_type import InitiatorType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.devbox_state_transition import DevboxStateTransition
    from ..models.devbox_view_gateway_specs_type_0 import DevboxViewGatewaySpecsType0
    from ..models.devbox_view_mcp_specs_type_0 import DevboxViewMcpSpecsType0
    from ..models.devbox_view_metadata import DevboxViewMetadata
    from ..models.launch_parameters import LaunchParameters
    from ..models.tunnel_view import TunnelView


T = TypeVar("T", bound="DevboxView")


@_attrs_define
class DevboxView:
    """
    Attributes:
        id (str):
        status (DevboxViewStatus):
        create_time_ms (int):
        end_time_ms (int | None):
        metadata (DevboxViewMetadata):
        launch_parameters (LaunchParameters):
        capabilities (list[DevboxCapabilities]):
        state_transitions (list[DevboxStateTransition]):
        name (None | str | Unset):
        initiator_type (InitiatorType | Unset):
        initiator_id (None | str | Unset):
        blueprint_id (None | str | Unset):
        snapshot_id (None | str | Unset):
        failure_reason (DevboxViewFailureReason | Unset):
        shutdown_reason (DevboxViewShutdownReason | Unset):
        tunnel (TunnelView | Unset):
        gateway_specs (DevboxViewGatewaySpecsType0 | None | Unset):
        mcp_specs (DevboxViewMcpSpecsType0 | None | Unset):
    """

    id: str
    status: DevboxViewStatus
    create_time_ms: int
    end_time_ms: int | None
    metadata: DevboxViewMetadata
    launch_parameters: LaunchParameters
    capabilities: list[DevboxCapabilities]
    state_transitions: list[DevboxStateTransition]
    name: None | str | Unset = UNSET
    initiator_type: InitiatorType | Unset = UNSET
    initiator_id: None | str | Unset = UNSET
    blueprint_id: None | str | Unset = UNSET
    snapshot_id: None | str | Unset = UNSET
    failure_reason: DevboxViewFailureReason | Unset = UNSET
    shutdown_reason: DevboxViewShutdownReason | Unset = UNSET
    tunnel: TunnelView | Unset = UNSET
    gateway_specs: DevboxViewGatewaySpecsType0 | None | Unset = UNSET
    mcp_specs: DevboxViewMcpSpecsType0 | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.devbox_view_gateway_specs_type_0 import (
            DevboxViewGatewaySpecsType0,
        )
        from ..models.devbox_view_mcp_specs_type_0 import DevboxViewMcpSpecsType0

        id = self.id

        status = self.status.value

        create_time_ms = self.create_time_ms

        end_time_ms: int | None
        end_time_ms = self.end_time_ms

        metadata = self.metadata.to_dict()

        launch_parameters = self.launch_parameters.to_dict()

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.value
            capabilities.append(capabilities_item)

        state_transitions = []
        for state_transitions_item_data in self.state_transitions:
            state_transitions_item = state_transitions_item_data.to_dict()
            state_transitions.append(state_transitions_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        initiator_type: str | Unset = UNSET
        if not isinstance(self.initiator_type, Unset):
            initiator_type = self.initiator_type.value

        initiator_id: None | str | Unset
        if isinstance(self.initiator_id, Unset):
            initiator_id = UNSET
        else:
            initiator_id = self.initiator_id

        blueprint_id: None | str | Unset
        if isinstance(self.blueprint_id, Unset):
            blueprint_id = UNSET
        else:
            blueprint_id = self.blueprint_id

        snapshot_id: None | str | Unset
        if isinstance(self.snapshot_id, Unset):
            snapshot_id = UNSET
        else:
            snapshot_id = self.snapshot_id

        failure_reason: str | Unset = UNSET
        if not isinstance(self.failure_reason, Unset):
            failure_reason = self.failure_reason.value

        shutdown_reason: str | Unset = UNSET
        if not isinstance(self.shutdown_reason, Unset):
            shutdown_reason = self.shutdown_reason.value

        tunnel: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tunnel, Unset):
            tunnel = self.tunnel.to_dict()

        gateway_specs: dict[str, Any] | None | Unset
        if isinstance(self.gateway_specs, Unset):
            gateway_specs = UNSET
        elif isinstance(self.gateway_specs, DevboxViewGatewaySpecsType0):
            gateway_specs = self.gateway_specs.to_dict()
        else:
            gateway_specs = self.gateway_specs

        mcp_specs: dict[str, Any] | None | Unset
        if isinstance(self.mcp_specs, Unset):
            mcp_specs = UNSET
        elif isinstance(self.mcp_specs, DevboxViewMcpSpecsType0):
            mcp_specs = self.mcp_specs.to_dict()
        else:
            mcp_specs = self.mcp_specs

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "status": status,
                "create_time_ms": create_time_ms,
                "end_time_ms": end_time_ms,
                "metadata": metadata,
                "launch_parameters": launch_parameters,
                "capabilities": capabilities,
                "state_transitions": state_transitions,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if initiator_type is not UNSET:
            field_dict["initiator_type"] = initiator_type
        if initiator_id is not UNSET:
            field_dict["initiator_id"] = initiator_id
        if blueprint_id is not UNSET:
            field_dict["blueprint_id"] = blueprint_id
        if snapshot_id is not UNSET:
            field_dict["snapshot_id"] = snapshot_id
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if shutdown_reason is not UNSET:
            field_dict["shutdown_reason"] = shutdown_reason
        if tunnel is not UNSET:
            field_dict["tunnel"] = tunnel
        if gateway_specs is not UNSET:
            field_dict["gateway_specs"] = gateway_specs
        if mcp_specs is not UNSET:
            field_dict["mcp_specs"] = mcp_specs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.devbox_state_transition import DevboxStateTransition
        from ..models.devbox_view_gateway_specs_type_0 import (
            DevboxViewGatewaySpecsType0,
        )
        from ..models.devbox_view_mcp_specs_type_0 import DevboxViewMcpSpecsType0
        from ..models.devbox_view_metadata import DevboxViewMetadata
        from ..models.launch_parameters import LaunchParameters
        from ..models.tunnel_view import TunnelView

        d = dict(src_dict)
        id = d.pop("id")

        status = DevboxViewStatus(d.pop("status"))

        create_time_ms = d.pop("create_time_ms")

        def _parse_end_time_ms(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        end_time_ms = _parse_end_time_ms(d.pop("end_time_ms"))

        metadata = DevboxViewMetadata.from_dict(d.pop("metadata"))

        launch_parameters = LaunchParameters.from_dict(d.pop("launch_parameters"))

        capabilities = []
        _capabilities = d.pop("capabilities")
        for capabilities_item_data in _capabilities:
            capabilities_item = DevboxCapabilities(capabilities_item_data)

            capabilities.append(capabilities_item)

        state_transitions = []
        _state_transitions = d.pop("state_transitions")
        for state_transitions_item_data in _state_transitions:
            state_transitions_item = DevboxStateTransition.from_dict(
                state_transitions_item_data
            )

            state_transitions.append(state_transitions_item)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        _initiator_type = d.pop("initiator_type", UNSET)
        initiator_type: InitiatorType | Unset
        if isinstance(_initiator_type, Unset):
            initiator_type = UNSET
        else:
            initiator_type = InitiatorType(_initiator_type)

        def _parse_initiator_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        initiator_id = _parse_initiator_id(d.pop("initiator_id", UNSET))

        def _parse_blueprint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blueprint_id = _parse_blueprint_id(d.pop("blueprint_id", UNSET))

        def _parse_snapshot_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        snapshot_id = _parse_snapshot_id(d.pop("snapshot_id", UNSET))

        _failure_reason = d.pop("failure_reason", UNSET)
        failure_reason: DevboxViewFailureReason | Unset
        if isinstance(_failure_reason, Unset):
            failure_reason = UNSET
        else:
            failure_reason = DevboxViewFailureReason(_failure_reason)

        _shutdown_reason = d.pop("shutdown_reason", UNSET)
        shutdown_reason: DevboxViewShutdownReason | Unset
        if isinstance(_shutdown_reason, Unset):
            shutdown_reason = UNSET
        else:
            shutdown_reason = DevboxViewShutdownReason(_shutdown_reason)

        _tunnel = d.pop("tunnel", UNSET)
        tunnel: TunnelView | Unset
        if isinstance(_tunnel, Unset):
            tunnel = UNSET
        else:
            tunnel = TunnelView.from_dict(_tunnel)

        def _parse_gateway_specs(
            data: object,
        ) -> DevboxViewGatewaySpecsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                gateway_specs_type_0 = DevboxViewGatewaySpecsType0.from_dict(data)

                return gateway_specs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevboxViewGatewaySpecsType0 | None | Unset, data)

        gateway_specs = _parse_gateway_specs(d.pop("gateway_specs", UNSET))

        def _parse_mcp_specs(data: object) -> DevboxViewMcpSpecsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mcp_specs_type_0 = DevboxViewMcpSpecsType0.from_dict(data)

                return mcp_specs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DevboxViewMcpSpecsType0 | None | Unset, data)

        mcp_specs = _parse_mcp_specs(d.pop("mcp_specs", UNSET))

        devbox_view = cls(
            id=id,
            status=status,
            create_time_ms=create_time_ms,
            end_time_ms=end_time_ms,
            metadata=metadata,
            launch_parameters=launch_parameters,
            capabilities=capabilities,
            state_transitions=state_transitions,
            name=name,
            initiator_type=initiator_type,
            initiator_id=initiator_id,
            blueprint_id=blueprint_id,
            snapshot_id=snapshot_id,
            failure_reason=failure_reason,
            shutdown_reason=shutdown_reason,
            tunnel=tunnel,
            gateway_specs=gateway_specs,
            mcp_specs=mcp_specs,
        )

        return devbox_view
