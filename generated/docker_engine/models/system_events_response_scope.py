from enum import StrEnum


class SystemEventsResponseScope(StrEnum):
    LOCAL = "local"
    SWARM = "swarm"

    def __str__(self) -> str:
        return str(self.value)
