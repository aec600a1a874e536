from enum import StrEnum


class AgentMountType(StrEnum):
    AGENT_MOUNT = "agent_mount"

    def __str__(self) -> str:
        return str(self.value)
