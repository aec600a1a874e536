from enum import StrEnum


class ExpirationPolicyType(StrEnum):
    DATE = "date"
    TTL_IDLE = "ttl-idle"
    TTL_MAX_AGE = "ttl-max-age"

    def __str__(self) -> str:
        return str(self.value)
