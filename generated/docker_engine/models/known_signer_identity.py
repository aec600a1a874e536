from enum import StrEnum


class KnownSignerIdentity(StrEnum):
    DHI = "DHI"

    def __str__(self) -> str:
        return str(self.value)
