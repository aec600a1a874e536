from enum import StrEnum


class PortProtocol(StrEnum):
    HTTP = "HTTP"
    TCP = "TCP"
    TLS = "TLS"
    UDP = "UDP"

    def __str__(self) -> str:
        return str(self.value)
