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
    # the extended protocol (issue 3)
    "send_stdin",
    "close_stdin",
    "send_pty_input",
    "stat",
    "rename",
    "upload",
    "download",
    "watch_directory",
    "set_timeout",
)

# Abilities that are options of an operation rather than operations; an adapter lists the ones it
# has in `features`. stream_output: on_stdout/on_stderr callbacks of run_command and start_command.
# pty_output: CreatePTYRequest.on_data.
FEATURES: tuple[str, ...] = ("stream_output", "pty_output")

ALL_OPERATIONS: tuple[str, ...] = CLIENT_OPERATIONS + SANDBOX_OPERATIONS
ALL_CAPABILITIES: tuple[str, ...] = ALL_OPERATIONS + FEATURES

__all__ = ["ALL_CAPABILITIES", "ALL_OPERATIONS", "CLIENT_OPERATIONS", "FEATURES", "SANDBOX_OPERATIONS"]
