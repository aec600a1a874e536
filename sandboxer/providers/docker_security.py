"""What a local sandbox may do: the container settings that make it safe by default, read once from
the provider's `extra` (no I/O here).

People run code they did not write in these sandboxes, so every container gets a process limit,
`no-new-privileges` (a setuid binary cannot raise privileges) and Docker's default capabilities
minus those a normal workload never needs. Each default can be changed in `extra`; a bad value is a
BadConfigError when the client is made, not a surprise at the first create.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..errors import BadConfigError

DEFAULT_PIDS_LIMIT = 1024
# Docker's default set is CHOWN, DAC_OVERRIDE, FSETID, FOWNER, MKNOD, NET_RAW, SETGID, SETUID,
# SETFCAP, SETPCAP, NET_BIND_SERVICE, SYS_CHROOT, KILL, AUDIT_WRITE. Kept: what file ownership,
# user switching (`user=`, su), signalling and binding low ports need. Dropped: raw sockets
# (spoofing, ping floods), device nodes, the audit log, file capabilities, chroot escapes and
# changing the capability sets.
DROPPED_CAPABILITIES = ("NET_RAW", "MKNOD", "AUDIT_WRITE", "SETFCAP", "SYS_CHROOT", "SETPCAP")
DEFAULT_NETWORK = "bridge"
# Runtimes whose containers' files the engine's archive endpoints see (runc shares the host's view
# of the container's root file system; gVisor keeps its own).
ARCHIVE_RUNTIMES = frozenset({"", "runc", "io.containerd.runc.v2"})
_UNSET = object()


def _capabilities(extra: Mapping[str, Any], key: str) -> tuple[str, ...] | None:
    value = extra.get(key)
    if value is None:
        return None
    if isinstance(value, str) or not all(isinstance(c, str) and c.strip() for c in value):
        raise BadConfigError(f"extra[{key!r}] must be a list of capability names, like ['NET_RAW']")
    # The engine takes "NET_RAW" and "CAP_NET_RAW" alike; one spelling so add and drop compare.
    return tuple(c.strip().upper().removeprefix("CAP_") for c in value)


@attrs.frozen
class ContainerSecurity:
    pids_limit: int | None = DEFAULT_PIDS_LIMIT
    no_new_privileges: bool = True
    cap_add: tuple[str, ...] = ()
    cap_drop: tuple[str, ...] = DROPPED_CAPABILITIES
    network: str = DEFAULT_NETWORK
    runtime: str | None = None

    @classmethod
    def from_extra(cls, extra: Mapping[str, Any]) -> ContainerSecurity:
        pids = extra.get("pids_limit", _UNSET)
        if pids is _UNSET:
            pids = DEFAULT_PIDS_LIMIT
        elif pids is not None and (not isinstance(pids, int) or isinstance(pids, bool) or pids < 1):
            raise BadConfigError("extra['pids_limit'] must be a positive integer, or None for no limit")
        no_new_privileges = extra.get("no_new_privileges", True)
        if not isinstance(no_new_privileges, bool):
            raise BadConfigError("extra['no_new_privileges'] must be True or False")
        cap_add = _capabilities(extra, "cap_add") or ()
        cap_drop = _capabilities(extra, "cap_drop")
        network = extra.get("network", DEFAULT_NETWORK)
        if not isinstance(network, str) or not network.strip():
            raise BadConfigError("extra['network'] must be 'bridge', 'none', 'host' or a network's name")
        runtime = extra.get("runtime")
        if runtime is not None and (not isinstance(runtime, str) or not runtime.strip()):
            raise BadConfigError(
                "extra['runtime'] must be the name of a runtime the engine knows, like 'runsc'"
            )
        return cls(
            pids_limit=pids,
            no_new_privileges=no_new_privileges,
            cap_add=cap_add,
            # A capability asked for is not dropped by our defaults.
            cap_drop=tuple(
                c for c in (DROPPED_CAPABILITIES if cap_drop is None else cap_drop) if c not in cap_add
            ),
            network=network.strip(),
            runtime=runtime.strip() if runtime else None,
        )

    @property
    def has_network(self) -> bool:
        return self.network != "none"

    def host_config(self, memory_mb: int | None) -> dict[str, Any]:
        """The HostConfig fields these settings set (merged into the create body's HostConfig)."""
        config: dict[str, Any] = {"NetworkMode": self.network, "CapDrop": list(self.cap_drop)}
        if self.pids_limit is not None:
            config["PidsLimit"] = self.pids_limit
        if self.no_new_privileges:
            config["SecurityOpt"] = ["no-new-privileges:true"]
        if self.cap_add:
            config["CapAdd"] = list(self.cap_add)
        if self.runtime is not None:
            config["Runtime"] = self.runtime
        if memory_mb is not None:
            memory = memory_mb * 1024 * 1024
            # Swap equal to the limit: the engine's MemorySwap is memory plus swap, so none past it.
            config.update(Memory=memory, MemorySwap=memory)
        return config

    def described(self, *, cpus: float | None = None, memory_mb: int | None = None) -> str:
        """The settings a refused create names, so the user knows which one to change."""
        parts = [f"network={self.network!r}", f"pids_limit={self.pids_limit!r}"]
        parts += [
            f"{name}={value!r}"
            for name, value in (("cpus", cpus), ("memory_mb", memory_mb))
            if value is not None
        ]
        if self.runtime is not None:
            parts.append(f"runtime={self.runtime!r}")
        if self.cap_add:
            parts.append(f"cap_add={list(self.cap_add)!r}")
        return ", ".join(parts)


def files_by_archive(runtime: str | None) -> bool:
    """Whether the engine's archive endpoints see this runtime's container files (runc: yes;
    gVisor: no, a file put there is invisible inside the sandbox, measured on runsc 2022-12-19)."""
    return (runtime or "") in ARCHIVE_RUNTIMES
