from enum import StrEnum


class FlyUnhealthyPolicy(StrEnum):
    STOP = "stop"

    def __str__(self) -> str:
        return str(self.value)
