"""What the contract tests share: an operation a provider does not offer is refused, at once."""

from __future__ import annotations

import pytest

from sandboxer import NotSupportedError


async def offered(sandbox, operation: str, attempt) -> bool:
    """Whether the sandbox offers `operation`; when it does not, `attempt` (a call of it) must
    raise NotSupportedError before any request (the test has then checked all there is)."""
    if operation in sandbox.capabilities:
        return True
    with pytest.raises(NotSupportedError):
        await attempt()
    return False
