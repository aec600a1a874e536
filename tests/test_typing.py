"""The type check (mypy, pinned in the dev extra, configured in pyproject.toml): the package is
strict clean, and a user's mypy sees the real types through the lazy facade."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import sandboxer

ROOT = Path(__file__).resolve().parent.parent
USER_FILE = ROOT / "tests" / "typing" / "public_api.py"


def _mypy(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


def test_the_package_and_the_typing_test_check_clean():
    """What CI runs: `mypy` with the project's configuration (sandboxer/ strict, tests/typing/)."""
    done = _mypy(cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_users_mypy_sees_the_installed_package_typed(tmp_path):
    """Checked from outside the checkout, sandboxer is an installed package: without py.typed mypy
    skips it ("missing library stubs or py.typed marker") and every value is Any, which the
    file's assert_type calls refuse."""
    shutil.copy(USER_FILE, tmp_path / "user_code.py")
    done = _mypy("--strict", "--no-incremental", "--cache-dir", str(tmp_path / "cache"), "user_code.py", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout


def _imported_for_type_checkers() -> dict[str, str]:
    """Name -> module of the facade's `if TYPE_CHECKING:` imports."""
    tree = ast.parse(Path(sandboxer.__file__).read_text())
    guarded = [n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING"]
    return {
        alias.asname or alias.name: "sandboxer" + "".join("." + part for part in [node.module] if part)
        for block in guarded
        for node in ast.walk(block)
        if isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names
    }


def test_every_lazily_loaded_name_is_visible_to_type_checkers():
    """A name the facade loads on first use (PEP 562) is Any to mypy unless it is also imported
    under TYPE_CHECKING: each one is, and from the module it is loaded from."""
    seen = _imported_for_type_checkers()
    assert {name: seen.get(name) for name in sandboxer._LAZY} == sandboxer._LAZY
    assert set(sandboxer._LAZY) <= set(sandboxer.__all__)


def _unasync():
    import importlib.util

    spec = importlib.util.spec_from_file_location("unasync", ROOT / "scripts" / "unasync.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_sync_twins_take_what_async_callbacks_return_awaited():
    """`Awaitable[X]` in an async signature is `X` in its sync twin, brackets nested or not, and
    the twin's import line no longer names Awaitable (or goes, when it named nothing else)."""
    transform = _unasync().transform
    assert transform("probe: Callable[[float], Awaitable[T | None]],\n") == "probe: Callable[[float], T | None],\n"
    assert transform("x: Awaitable[list[dict[str, Awaitable[int]]]] = y\n") == "x: list[dict[str, int]] = y\n"
    assert transform("from collections.abc import AsyncIterator, Awaitable, Callable\n") == (
        "from collections.abc import Iterator, Callable\n"
    )
    assert transform("import os\nfrom collections.abc import Awaitable\nimport re\n") == "import os\nimport re\n"


def test_an_awaitable_split_over_lines_is_refused():
    with pytest.raises(ValueError, match="must close on its line"):
        _unasync().transform("def f(cb: Callable[[], Awaitable[\n    int]]) -> None: ...\n")
