"""The operation names that `capabilities` sets are made of.

An adapter's capabilities are the operations it overrides from the base classes in
`_async/base.py`, so declaration and implementation cannot drift apart. The README's provider
table is generated from them by scripts/capability_table.py.
"""

from __future__ import annotations

CLIENT_OPERATIONS: tuple[str, ...] = ("create_sandbox", "attach_sandbox", "list_sandboxes", "kill_sandbox")

SANDBOX_OPERATIONS: tuple[str, ...] = (
    # lifecycle
    "info",
    "is_running",
    "pause",
    "resume",
    "kill",
    "port_url",
    # commands
    "run_command",
    "start_command",
    "wait_for_handle",
    "kill_process",
    "list_processes",
    # files
    "read_file",
    "write_file",
    "list_directory",
    "make_dir",
    "remove",
    "exists",
    # terminals
    "create_pty",
    "resize_pty",
    "kill_pty",
    "list_pty",
)

ALL_OPERATIONS: tuple[str, ...] = CLIENT_OPERATIONS + SANDBOX_OPERATIONS

__all__ = ["ALL_OPERATIONS", "CLIENT_OPERATIONS", "SANDBOX_OPERATIONS"]
