from enum import StrEnum


class SignalType(StrEnum):
    EOF = "EOF"
    INTERRUPT = "INTERRUPT"

    def __str__(self) -> str:
        return str(self.value)
