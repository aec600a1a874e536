"""The built wheel works on its own: generated clients inside our package, no source tree needed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASSETTE = ROOT / "cassettes" / "contract" / "local" / "test_a_non_zero_exit_is_data.yaml"

SCRIPT = textwrap.dedent(
    """
    import sys, sandboxer
    from pathlib import Path
    from cassette import CassetteTransport
    from sandboxer import Sandboxer, CreateSandboxRequest, RunCommandRequest

    installed = Path(sandboxer.__file__).resolve()
    assert Path(sys.prefix).resolve() in installed.parents, installed
    import sandboxer._generated.docker_engine as gen
    assert Path(gen.__file__).resolve().parent == installed.parent / "_generated" / "docker_engine", gen.__file__

    transport = CassetteTransport(sys.argv[1])
    with Sandboxer("local", {"image": "sandboxer-test:busybox", "transport": transport}) as client:
        sb, _ = client.create_sandbox(CreateSandboxRequest(metadata={"suite": "contract"}))
        result = sb.run_command(RunCommandRequest("echo out; echo err >&2; exit 3"))
        sb.kill()
    assert (result.stdout, result.stderr, result.exit_code) == ("out\\n", "err\\n", 3), result
    print("wheel ok")
    """
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("sandboxer-*.whl")
    return built


def test_wheel_carries_generated_clients_inside_the_package(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "sandboxer/_generated/docker_engine/client.py" in names
    assert "sandboxer/py.typed" in names  # PEP 561: type checkers read our annotations
    assert not any(n.startswith(("generated/", "docker_engine/")) for n in names)
    assert not any("__pycache__" in n for n in names)


def test_installed_wheel_replays_a_cassette(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel), "vcrpy", "pyyaml"], check=True)
    shutil.copy(ROOT / "tests" / "cassette.py", tmp_path / "cassette.py")
    (tmp_path / "check.py").write_text(SCRIPT)
    # Run from tmp_path, so neither the source tree nor the dev environment is importable.
    done = subprocess.run(
        [str(python), "-E", "-s", "check.py", str(CASSETTE)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert "wheel ok" in done.stdout
    # The command line is installed as a console script and runs from the wheel alone.
    shown = subprocess.run(
        [str(venv / "bin" / "sandboxer"), "providers"], cwd=tmp_path, capture_output=True, text=True,
        env={"PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.split()[:2] == ["OPERATION", "blaxel"]
