from enum import StrEnum


class PtyControlAction(StrEnum):
    CLOSE = "close"
    RESIZE = "resize"
    SIGNAL = "signal"

    def __str__(self) -> str:
        return str(self.value)
