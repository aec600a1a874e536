from enum import StrEnum


class DevboxCapabilities(StrEnum):
    DOCKER_IN_DOCKER = "docker_in_docker"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
