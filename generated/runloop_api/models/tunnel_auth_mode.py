from enum import StrEnum


class TunnelAuthMode(StrEnum):
    AUTHENTICATED = "authenticated"
    OPEN = "open"

    def __str__(self) -> str:
        return str(self.value)
