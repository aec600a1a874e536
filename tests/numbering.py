"""The providers' random names and ids, numbered: a replayed cassette holds the ones it was
recorded with, so each replay (or recording) starts the numbers again from 1."""

from __future__ import annotations

import pytest

from sandboxer.providers import blaxel_shapes, detached, runloop_shapes

# Where each random name or id is made: (module, function).
RANDOM_IDS = (
    (blaxel_shapes, "new_name"),
    (blaxel_shapes, "new_process_name"),
    (detached, "new_handle"),
    (runloop_shapes, "new_command_id"),
)


def number_random_ids(monkeypatch: pytest.MonkeyPatch) -> None:
    names, processes, handles, commands = (iter(range(1, 1_000_000)) for _ in range(4))
    monkeypatch.setattr(blaxel_shapes, "new_name", lambda: f"sandboxer-test-{next(names)}")
    monkeypatch.setattr(blaxel_shapes, "new_process_name", lambda: f"sandboxer-proc-{next(processes)}")
    monkeypatch.setattr(detached, "new_handle", lambda: f"sbx-{next(handles):08x}")
    # UUIDv7-shaped, as the API asks: a fixed time, the number where the random bits go.
    monkeypatch.setattr(
        runloop_shapes, "new_command_id", lambda: f"019a0000-0000-7000-8000-{next(commands):012x}"
    )
