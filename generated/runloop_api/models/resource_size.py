from enum import StrEnum


class ResourceSize(StrEnum):
    CUSTOM_SIZE = "CUSTOM_SIZE"
    LARGE = "LARGE"
    MEDIUM = "MEDIUM"
    SMALL = "SMALL"
    XX_LARGE = "XX_LARGE"
    X_LARGE = "X_LARGE"
    X_SMALL = "X_SMALL"

    def __str__(self) -> str:
        return str(self.value)
