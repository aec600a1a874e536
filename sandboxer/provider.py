"""The Sandbox protocol, as typing Protocols: what any provider (built in or registered) offers.

Built-in adapters derive from the base classes in `_async/base.py` / `_sync/base.py`, which
implement these and refuse unsupported operations with `NotSupportedError`.
"""

from ._async.protocol import AsyncProvider, AsyncSandbox
from ._sync.protocol import Provider, Sandbox

__all__ = ["AsyncProvider", "AsyncSandbox", "Provider", "Sandbox"]
