"""The mark a sandbox made by this library carries in its vendor's metadata (or labels).

It tells our sandboxes from the others an account holds: `SandboxInfo.managed`, and what
`Sandboxer.cleanup` may kill. Adapters add it at create and keep it out of `SandboxInfo.metadata`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

KEY = "sandboxer"
VALUE = "managed"


def marked(metadata: Mapping[str, str]) -> dict[str, str]:
    """The metadata to create with: the caller's, and our mark."""
    return {**metadata, KEY: VALUE}


def is_marked(metadata: Any) -> bool:
    return isinstance(metadata, Mapping) and metadata.get(KEY) == VALUE


def unmarked(metadata: Mapping[str, Any]) -> dict[str, str]:
    """The caller's metadata, without our mark."""
    return {str(k): str(v) for k, v in metadata.items() if not (k == KEY and v == VALUE)}
