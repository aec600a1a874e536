from enum import StrEnum


class ExpirationPolicyAction(StrEnum):
    DELETE = "delete"

    def __str__(self) -> str:
        return str(self.value)
