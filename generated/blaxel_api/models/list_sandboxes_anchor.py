from enum import StrEnum


class ListSandboxesAnchor(StrEnum):
    END = "end"

    def __str__(self) -> str:
        return str(self.value)
