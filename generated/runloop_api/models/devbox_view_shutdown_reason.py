from enum import StrEnum


class DevboxViewShutdownReason(StrEnum):
    API_SHUTDOWN = "api_shutdown"
    ENTRYPOINT_EXIT = "entrypoint_exit"
    IDLE = "idle"
    KEEP_ALIVE_TIMEOUT = "keep_alive_timeout"
    TTL_EXPIRED = "ttl_expired"

    def __str__(self) -> str:
        return str(self.value)
