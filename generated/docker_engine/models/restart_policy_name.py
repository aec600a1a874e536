from enum import StrEnum


class RestartPolicyName(StrEnum):
    ALWAYS = "always"
    NO = "no"
    ON_FAILURE = "on-failure"
    UNLESS_STOPPED = "unless-stopped"
    VALUE_0 = ""

    def __str__(self) -> str:
        return str(self.value)
