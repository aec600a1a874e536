from enum import StrEnum


class EntryInfoType(StrEnum):
    FILE = "file"

    def __str__(self) -> str:
        return str(self.value)
