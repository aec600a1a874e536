from enum import StrEnum


class SystemEventsResponseType(StrEnum):
    BUILDER = "builder"
    CONFIG = "config"
    CONTAINER = "container"
    DAEMON = "daemon"
    IMAGE = "image"
    NETWORK = "network"
    NODE = "node"
    PLUGIN = "plugin"
    SECRET = "secret"
    SERVICE = "service"
    VOLUME = "volume"

    def __str__(self) -> str:
        return str(self.value)
