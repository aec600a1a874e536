from enum import StrEnum


class BrokerMountProtocol(StrEnum):
    ACP = "acp"
    CLAUDE_JSON = "claude_json"

    def __str__(self) -> str:
        return str(self.value)
