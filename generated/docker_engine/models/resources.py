from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_mapping import DeviceMapping
    from ..models.device_request import DeviceRequest
    from ..models.resources_blkio_weight_device_type_0_item import (
        ResourcesBlkioWeightDeviceType0Item,
    )
    from ..models.resources_ulimits_type_0_item import ResourcesUlimitsType0Item
    from ..models.throttle_device import ThrottleDevice


T = TypeVar("T", bound="Resources")


@_attrs_define
class Resources:
    """
    Attributes:
        cpu_shares (int | Unset):
        memory (int | Unset):  Default: 0.
        cgroup_parent (str | Unset):
        blkio_weight (int | Unset):
        blkio_weight_device (list[ResourcesBlkioWeightDeviceType0Item] | None | Unset):
        blkio_device_read_bps (list[ThrottleDevice] | None | Unset):
        blkio_device_write_bps (list[ThrottleDevice] | None | Unset):
        blkio_device_read_i_ops (list[ThrottleDevice] | None | Unset):
        blkio_device_write_i_ops (list[ThrottleDevice] | None | Unset):
        cpu_period (int | Unset):
        cpu_quota (int | Unset):
        cpu_realtime_period (int | Unset):
        cpu_realtime_runtime (int | Unset):
        cpuset_cpus (str | Unset):
        cpuset_mems (str | Unset):
        devices (list[DeviceMapping] | None | Unset):
        device_cgroup_rules (list[str] | None | Unset):
        device_requests (list[DeviceRequest] | None | Unset):
        memory_reservation (int | Unset):
        memory_swap (int | Unset):
        memory_swappiness (int | None | Unset):
        nano_cpus (int | Unset):
        oom_kill_disable (bool | Unset):
        init (bool | None | Unset):
        pids_limit (int | None | Unset):
        ulimits (list[ResourcesUlimitsType0Item] | None | Unset):
        cpu_count (int | Unset):
        cpu_percent (int | Unset):
        io_maximum_i_ops (int | Unset):
        io_maximum_bandwidth (int | Unset):
    """

    cpu_shares: int | Unset = UNSET
    memory: int | Unset = 0
    cgroup_parent: str | Unset = UNSET
    blkio_weight: int | Unset = UNSET
    blkio_weight_device: list[ResourcesBlkioWeightDeviceType0Item] | None | Unset = (
        UNSET
    )
    blkio_device_read_bps: list[ThrottleDevice] | None | Unset = UNSET
    blkio_device_write_bps: list[ThrottleDevice] | None | Unset = UNSET
    blkio_device_read_i_ops: list[ThrottleDevice] | None | Unset = UNSET
    blkio_device_write_i_ops: list[ThrottleDevice] | None | Unset = UNSET
    cpu_period: int | Unset = UNSET
    cpu_quota: int | Unset = UNSET
    cpu_realtime_period: int | Unset = UNSET
    cpu_realtime_runtime: int | Unset = UNSET
    cpuset_cpus: str | Unset = UNSET
    cpuset_mems: str | Unset = UNSET
    devices: list[DeviceMapping] | None | Unset = UNSET
    device_cgroup_rules: list[str] | None | Unset = UNSET
    device_requests: list[DeviceRequest] | None | Unset = UNSET
    memory_reservation: int | Unset = UNSET
    memory_swap: int | Unset = UNSET
    memory_swappiness: int | None | Unset = UNSET
    nano_cpus: int | Unset = UNSET
    oom_kill_disable: bool | Unset = UNSET
    init: bool | None | Unset = UNSET
    pids_limit: int | None | Unset = UNSET
    ulimits: list[ResourcesUlimitsType0Item] | None | Unset = UNSET
    cpu_count: int | Unset = UNSET
    cpu_percent: int | Unset = UNSET
    io_maximum_i_ops: int | Unset = UNSET
    io_maximum_bandwidth: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu_shares = self.cpu_shares

        memory = self.memory

        cgroup_parent = self.cgroup_parent

        blkio_weight = self.blkio_weight

        blkio_weight_device: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_weight_device, Unset):
            blkio_weight_device = UNSET
        elif isinstance(self.blkio_weight_device, list):
            blkio_weight_device = []
            for blkio_weight_device_type_0_item_data in self.blkio_weight_device:
                blkio_weight_device_type_0_item = (
                    blkio_weight_device_type_0_item_data.to_dict()
                )
                blkio_weight_device.append(blkio_weight_device_type_0_item)

        else:
            blkio_weight_device = self.blkio_weight_device

        blkio_device_read_bps: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_device_read_bps, Unset):
            blkio_device_read_bps = UNSET
        elif isinstance(self.blkio_device_read_bps, list):
            blkio_device_read_bps = []
            for blkio_device_read_bps_type_0_item_data in self.blkio_device_read_bps:
                blkio_device_read_bps_type_0_item = (
                    blkio_device_read_bps_type_0_item_data.to_dict()
                )
                blkio_device_read_bps.append(blkio_device_read_bps_type_0_item)

        else:
            blkio_device_read_bps = self.blkio_device_read_bps

        blkio_device_write_bps: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_device_write_bps, Unset):
            blkio_device_write_bps = UNSET
        elif isinstance(self.blkio_device_write_bps, list):
            blkio_device_write_bps = []
            for blkio_device_write_bps_type_0_item_data in self.blkio_device_write_bps:
                blkio_device_write_bps_type_0_item = (
                    blkio_device_write_bps_type_0_item_data.to_dict()
                )
                blkio_device_write_bps.append(blkio_device_write_bps_type_0_item)

        else:
            blkio_device_write_bps = self.blkio_device_write_bps

        blkio_device_read_i_ops: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_device_read_i_ops, Unset):
            blkio_device_read_i_ops = UNSET
        elif isinstance(self.blkio_device_read_i_ops, list):
            blkio_device_read_i_ops = []
            for (
                blkio_device_read_i_ops_type_0_item_data
            ) in self.blkio_device_read_i_ops:
                blkio_device_read_i_ops_type_0_item = (
                    blkio_device_read_i_ops_type_0_item_data.to_dict()
                )
                blkio_device_read_i_ops.append(blkio_device_read_i_ops_type_0_item)

        else:
            blkio_device_read_i_ops = self.blkio_device_read_i_ops

        blkio_device_write_i_ops: list[dict[str, Any]] | None | Unset
        if isinstance(self.blkio_device_write_i_ops, Unset):
            blkio_device_write_i_ops = UNSET
        elif isinstance(self.blkio_device_write_i_ops, list):
            blkio_device_write_i_ops = []
            for (
                blkio_device_write_i_ops_type_0_item_data
            ) in self.blkio_device_write_i_ops:
                blkio_device_write_i_ops_type_0_item = (
                    blkio_device_write_i_ops_type_0_item_data.to_dict()
                )
                blkio_device_write_i_ops.append(blkio_device_write_i_ops_type_0_item)

        else:
            blkio_device_write_i_ops = self.blkio_device_write_i_ops

        cpu_period = self.cpu_period

        cpu_quota = self.cpu_quota

        cpu_realtime_period = self.cpu_realtime_period

        cpu_realtime_runtime = self.cpu_realtime_runtime

        cpuset_cpus = self.cpuset_cpus

        cpuset_mems = self.cpuset_mems

        devices: list[dict[str, Any]] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, list):
            devices = []
            for devices_type_0_item_data in self.devices:
                devices_type_0_item = devices_type_0_item_data.to_dict()
                devices.append(devices_type_0_item)

        else:
            devices = self.devices

        device_cgroup_rules: list[str] | None | Unset
        if isinstance(self.device_cgroup_rules, Unset):
            device_cgroup_rules = UNSET
        elif isinstance(self.device_cgroup_rules, list):
            device_cgroup_rules = self.device_cgroup_rules

        else:
            device_cgroup_rules = self.device_cgroup_rules

        device_requests: list[dict[str, Any]] | None | Unset
        if isinstance(self.device_requests, Unset):
            device_requests = UNSET
        elif isinstance(self.device_requests, list):
            device_requests = []
            for device_requests_type_0_item_data in self.device_requests:
                device_requests_type_0_item = device_requests_type_0_item_data.to_dict()
                device_requests.append(device_requests_type_0_item)

        else:
            device_requests = self.device_requests

        memory_reservation = self.memory_reservation

        memory_swap = self.memory_swap

        memory_swappiness: int | None | Unset
        if isinstance(self.memory_swappiness, Unset):
            memory_swappiness = UNSET
        else:
            memory_swappiness = self.memory_swappiness

        nano_cpus = self.nano_cpus

        oom_kill_disable = self.oom_kill_disable

        init: bool | None | Unset
        if isinstance(self.init, Unset):
            init = UNSET
        else:
            init = self.init

        pids_limit: int | None | Unset
        if isinstance(self.pids_limit, Unset):
            pids_limit = UNSET
        else:
            pids_limit = self.pids_limit

        ulimits: list[dict[str, Any]] | None | Unset
        if isinstance(self.ulimits, Unset):
            ulimits = UNSET
        elif isinstance(self.ulimits, list):
            ulimits = []
            for ulimits_type_0_item_data in self.ulimits:
                ulimits_type_0_item = ulimits_type_0_item_data.to_dict()
                ulimits.append(ulimits_type_0_item)

        else:
            ulimits = self.ulimits

        cpu_count = self.cpu_count

        cpu_percent = self.cpu_percent

        io_maximum_i_ops = self.io_maximum_i_ops

        io_maximum_bandwidth = self.io_maximum_bandwidth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu_shares is not UNSET:
            field_dict["CpuShares"] = cpu_shares
        if memory is not UNSET:
            field_dict["Memory"] = memory
        if cgroup_parent is not UNSET:
            field_dict["CgroupParent"] = cgroup_parent
        if blkio_weight is not UNSET:
            field_dict["BlkioWeight"] = blkio_weight
        if blkio_weight_device is not UNSET:
            field_dict["BlkioWeightDevice"] = blkio_weight_device
        if blkio_device_read_bps is not UNSET:
            field_dict["BlkioDeviceReadBps"] = blkio_device_read_bps
        if blkio_device_write_bps is not UNSET:
            field_dict["BlkioDeviceWriteBps"] = blkio_device_write_bps
        if blkio_device_read_i_ops is not UNSET:
            field_dict["BlkioDeviceReadIOps"] = blkio_device_read_i_ops
        if blkio_device_write_i_ops is not UNSET:
            field_dict["BlkioDeviceWriteIOps"] = blkio_device_write_i_ops
        if cpu_period is not UNSET:
            field_dict["CpuPeriod"] = cpu_period
        if cpu_quota is not UNSET:
            field_dict["CpuQuota"] = cpu_quota
        if cpu_realtime_period is not UNSET:
            field_dict["CpuRealtimePeriod"] = cpu_realtime_period
        if cpu_realtime_runtime is not UNSET:
            field_dict["CpuRealtimeRuntime"] = cpu_realtime_runtime
        if cpuset_cpus is not UNSET:
            field_dict["CpusetCpus"] = cpuset_cpus
        if cpuset_mems is not UNSET:
            field_dict["CpusetMems"] = cpuset_mems
        if devices is not UNSET:
            field_dict["Devices"] = devices
        if device_cgroup_rules is not UNSET:
            field_dict["DeviceCgroupRules"] = device_cgroup_rules
        if device_requests is not UNSET:
            field_dict["DeviceRequests"] = device_requests
        if memory_reservation is not UNSET:
            field_dict["MemoryReservation"] = memory_reservation
        if memory_swap is not UNSET:
            field_dict["MemorySwap"] = memory_swap
        if memory_swappiness is not UNSET:
            field_dict["MemorySwappiness"] = memory_swappiness
        if nano_cpus is not UNSET:
            field_dict["NanoCpus"] = nano_cpus
        if oom_kill_disable is not UNSET:
            field_dict["OomKillDisable"] = oom_kill_disable
        if init is not UNSET:
            field_dict["Init"] = init
        if pids_limit is not UNSET:
            field_dict["PidsLimit"] = pids_limit
        if ulimits is not UNSET:
            field_dict["Ulimits"] = ulimits
        if cpu_count is not UNSET:
            field_dict["CpuCount"] = cpu_count
        if cpu_percent is not UNSET:
            field_dict["CpuPercent"] = cpu_percent
        if io_maximum_i_ops is not UNSET:
            field_dict["IOMaximumIOps"] = io_maximum_i_ops
        if io_maximum_bandwidth is not UNSET:
            field_dict["IOMaximumBandwidth"] = io_maximum_bandwidth

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.device_mapping import DeviceMapping
        from ..models.device_request import DeviceRequest
        from ..models.resources_blkio_weight_device_type_0_item import (
            ResourcesBlkioWeightDeviceType0Item,
        )
        from ..models.resources_ulimits_type_0_item import ResourcesUlimitsType0Item
        from ..models.throttle_device import ThrottleDevice

        d = dict(src_dict)
        cpu_shares = d.pop("CpuShares", UNSET)

        memory = d.pop("Memory", UNSET)

        cgroup_parent = d.pop("CgroupParent", UNSET)

        blkio_weight = d.pop("BlkioWeight", UNSET)

        def _parse_blkio_weight_device(
            data: object,
        ) -> list[ResourcesBlkioWeightDeviceType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blkio_weight_device_type_0 = []
                _blkio_weight_device_type_0 = data
                for blkio_weight_device_type_0_item_data in _blkio_weight_device_type_0:
                    blkio_weight_device_type_0_item = (
                        ResourcesBlkioWeightDeviceType0Item.from_dict(
                            blkio_weight_device_type_0_item_data
                        )
                    )

                    blkio_weight_device_type_0.append(blkio_weight_device_type_0_item)

                return blkio_weight_device_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourcesBlkioWeightDeviceType0Item] | None | Unset, data)

        blkio_weight_device = _parse_blkio_weight_device(
            d.pop("BlkioWeightDevice", UNSET)
        )

        def _parse_blkio_device_read_bps(
            data: object,
        ) -> list[ThrottleDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blkio_device_read_bps_type_0 = []
                _blkio_device_read_bps_type_0 = data
                for (
                    blkio_device_read_bps_type_0_item_data
                ) in _blkio_device_read_bps_type_0:
                    blkio_device_read_bps_type_0_item = ThrottleDevice.from_dict(
                        blkio_device_read_bps_type_0_item_data
                    )

                    blkio_device_read_bps_type_0.append(
                        blkio_device_read_bps_type_0_item
                    )

                return blkio_device_read_bps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ThrottleDevice] | None | Unset, data)

        blkio_device_read_bps = _parse_blkio_device_read_bps(
            d.pop("BlkioDeviceReadBps", UNSET)
        )

        def _parse_blkio_device_write_bps(
            data: object,
        ) -> list[ThrottleDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blkio_device_write_bps_type_0 = []
                _blkio_device_write_bps_type_0 = data
                for (
                    blkio_device_write_bps_type_0_item_data
                ) in _blkio_device_write_bps_type_0:
                    blkio_device_write_bps_type_0_item = ThrottleDevice.from_dict(
                        blkio_device_write_bps_type_0_item_data
                    )

                    blkio_device_write_bps_type_0.append(
                        blkio_device_write_bps_type_0_item
                    )

                return blkio_device_write_bps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ThrottleDevice] | None | Unset, data)

        blkio_device_write_bps = _parse_blkio_device_write_bps(
            d.pop("BlkioDeviceWriteBps", UNSET)
        )

        def _parse_blkio_device_read_i_ops(
            data: object,
        ) -> list[ThrottleDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blkio_device_read_i_ops_type_0 = []
                _blkio_device_read_i_ops_type_0 = data
                for (
                    blkio_device_read_i_ops_type_0_item_data
                ) in _blkio_device_read_i_ops_type_0:
                    blkio_device_read_i_ops_type_0_item = ThrottleDevice.from_dict(
                        blkio_device_read_i_ops_type_0_item_data
                    )

                    blkio_device_read_i_ops_type_0.append(
                        blkio_device_read_i_ops_type_0_item
                    )

                return blkio_device_read_i_ops_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ThrottleDevice] | None | Unset, data)

        blkio_device_read_i_ops = _parse_blkio_device_read_i_ops(
            d.pop("BlkioDeviceReadIOps", UNSET)
        )

        def _parse_blkio_device_write_i_ops(
            data: object,
        ) -> list[ThrottleDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                blkio_device_write_i_ops_type_0 = []
                _blkio_device_write_i_ops_type_0 = data
                for (
                    blkio_device_write_i_ops_type_0_item_data
                ) in _blkio_device_write_i_ops_type_0:
                    blkio_device_write_i_ops_type_0_item = ThrottleDevice.from_dict(
                        blkio_device_write_i_ops_type_0_item_data
                    )

                    blkio_device_write_i_ops_type_0.append(
                        blkio_device_write_i_ops_type_0_item
                    )

                return blkio_device_write_i_ops_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ThrottleDevice] | None | Unset, data)

        blkio_device_write_i_ops = _parse_blkio_device_write_i_ops(
            d.pop("BlkioDeviceWriteIOps", UNSET)
        )

        cpu_period = d.pop("CpuPeriod", UNSET)

        cpu_quota = d.pop("CpuQuota", UNSET)

        cpu_realtime_period = d.pop("CpuRealtimePeriod", UNSET)

        cpu_realtime_runtime = d.pop("CpuRealtimeRuntime", UNSET)

        cpuset_cpus = d.pop("CpusetCpus", UNSET)

        cpuset_mems = d.pop("CpusetMems", UNSET)

        def _parse_devices(data: object) -> list[DeviceMapping] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                devices_type_0 = []
                _devices_type_0 = data
                for devices_type_0_item_data in _devices_type_0:
                    devices_type_0_item = DeviceMapping.from_dict(
                        devices_type_0_item_data
                    )

                    devices_type_0.append(devices_type_0_item)

                return devices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceMapping] | None | Unset, data)

        devices = _parse_devices(d.pop("Devices", UNSET))

        def _parse_device_cgroup_rules(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_cgroup_rules_type_0 = cast(list[str], data)

                return device_cgroup_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        device_cgroup_rules = _parse_device_cgroup_rules(
            d.pop("DeviceCgroupRules", UNSET)
        )

        def _parse_device_requests(data: object) -> list[DeviceRequest] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                device_requests_type_0 = []
                _device_requests_type_0 = data
                for device_requests_type_0_item_data in _device_requests_type_0:
                    device_requests_type_0_item = DeviceRequest.from_dict(
                        device_requests_type_0_item_data
                    )

                    device_requests_type_0.append(device_requests_type_0_item)

                return device_requests_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeviceRequest] | None | Unset, data)

        device_requests = _parse_device_requests(d.pop("DeviceRequests", UNSET))

        memory_reservation = d.pop("MemoryReservation", UNSET)

        memory_swap = d.pop("MemorySwap", UNSET)

        def _parse_memory_swappiness(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        memory_swappiness = _parse_memory_swappiness(d.pop("MemorySwappiness", UNSET))

        nano_cpus = d.pop("NanoCpus", UNSET)

        oom_kill_disable = d.pop("OomKillDisable", UNSET)

        def _parse_init(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        init = _parse_init(d.pop("Init", UNSET))

        def _parse_pids_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pids_limit = _parse_pids_limit(d.pop("PidsLimit", UNSET))

        def _parse_ulimits(
            data: object,
        ) -> list[ResourcesUlimitsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ulimits_type_0 = []
                _ulimits_type_0 = data
                for ulimits_type_0_item_data in _ulimits_type_0:
                    ulimits_type_0_item = ResourcesUlimitsType0Item.from_dict(
                        ulimits_type_0_item_data
                    )

                    ulimits_type_0.append(ulimits_type_0_item)

                return ulimits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourcesUlimitsType0Item] | None | Unset, data)

        ulimits = _parse_ulimits(d.pop("Ulimits", UNSET))

        cpu_count = d.pop("CpuCount", UNSET)

        cpu_percent = d.pop("CpuPercent", UNSET)

        io_maximum_i_ops = d.pop("IOMaximumIOps", UNSET)

        io_maximum_bandwidth = d.pop("IOMaximumBandwidth", UNSET)

        resources = cls(
            cpu_shares=cpu_shares,
            memory=memory,
            cgroup_parent=cgroup_parent,
            blkio_weight=blkio_weight,
            blkio_weight_device=blkio_weight_device,
            blkio_device_read_bps=blkio_device_read_bps,
            blkio_device_write_bps=blkio_device_write_bps,
            blkio_device_read_i_ops=blkio_device_read_i_ops,
            blkio_device_write_i_ops=blkio_device_write_i_ops,
            cpu_period=cpu_period,
            cpu_quota=cpu_quota,
            cpu_realtime_period=cpu_realtime_period,
            cpu_realtime_runtime=cpu_realtime_runtime,
            cpuset_cpus=cpuset_cpus,
            cpuset_mems=cpuset_mems,
            devices=devices,
            device_cgroup_rules=device_cgroup_rules,
            device_requests=device_requests,
            memory_reservation=memory_reservation,
            memory_swap=memory_swap,
            memory_swappiness=memory_swappiness,
            nano_cpus=nano_cpus,
            oom_kill_disable=oom_kill_disable,
            init=init,
            pids_limit=pids_limit,
            ulimits=ulimits,
            cpu_count=cpu_count,
            cpu_percent=cpu_percent,
            io_maximum_i_ops=io_maximum_i_ops,
            io_maximum_bandwidth=io_maximum_bandwidth,
        )

        resources.additional_properties = d
        return resources

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
