from enum import StrEnum


class InitiatorType(StrEnum):
    API = "api"
    SCENARIO = "scenario"
    SCORING_VALIDATION = "scoring_validation"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
