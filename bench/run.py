"""Benchmarks of issue 2, each printed as a ratio against a baseline measured in the same run.

    .venv/bin/python bench/run.py [--rounds N]

1. `import sandboxer` vs `import attrs` (fresh interpreters, medians): the extra cost, target <= 10 ms.
2. local run_command("echo hi") vs `docker exec` of the same command on the same container, target
   ratio <= 0.75.
3. list_directory of a folder of 1,000 files: one call, target median < 0.1 s.
4. exists and stat-like HEAD on local: one request each, target median < 5 ms.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
IMAGE = "sandboxer-test:busybox"


def fresh_import_ms(module: str, rounds: int) -> float:
    code = f"import time; t=time.perf_counter(); import {module}; print((time.perf_counter()-t)*1000)"
    samples = []
    for _ in range(rounds):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        )
        samples.append(float(out.stdout))
    return statistics.median(samples)


def timed(fn, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def report(name: str, value: str, verdict: bool) -> bool:
    print(f"{'ok  ' if verdict else 'FAIL'} {name}: {value}")
    return verdict


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=21)
    rounds = parser.parse_args().rounds
    ok = True

    # Alternate the two so machine noise hits both alike.
    attrs_ms, ours_ms = [], []
    for _ in range(rounds):
        attrs_ms.append(fresh_import_ms("attrs", 1))
        ours_ms.append(fresh_import_ms("sandboxer", 1))
    a, s = statistics.median(attrs_ms), statistics.median(ours_ms)
    ok &= report(
        "import sandboxer vs import attrs",
        f"{s:.1f} ms vs {a:.1f} ms: +{s - a:.1f} ms (target <= +10 ms)",
        s - a <= 10,
    )
    everything = "sandboxer; from sandboxer import Sandboxer, AsyncSandboxer, ProviderConfig, " + ", ".join(
        __import__("sandboxer")._TYPES
    )
    full = statistics.median(fresh_import_ms(everything, 1) for _ in range(rounds))
    print(
        f"info every public name touched (types, config, clients) vs import attrs: {full:.1f} ms vs {a:.1f} ms: +{full - a:.1f} ms"
    )

    from sandboxer import CreateSandboxRequest, RunCommandRequest, Sandboxer

    with Sandboxer("local", {"image": IMAGE}) as client:
        sandbox, _ = client.create_sandbox(CreateSandboxRequest(metadata={"bench": "issue-2"}))
        with sandbox:
            req = RunCommandRequest("echo hi")
            sandbox.run_command(req)
            cli = ["docker", "exec", sandbox.id, "/bin/sh", "-c", "echo hi"]
            subprocess.run(cli, capture_output=True, check=True)
            ours, theirs = [], []
            for _ in range(rounds):
                ours.append(timed(lambda: sandbox.run_command(req), 1))
                theirs.append(timed(lambda: subprocess.run(cli, capture_output=True, check=True), 1))
            o, t = statistics.median(ours), statistics.median(theirs)
            ok &= report(
                "run_command('echo hi') vs docker exec",
                f"{o * 1000:.1f} ms vs {t * 1000:.1f} ms: ratio {o / t:.2f} (target <= 0.75)",
                o / t <= 0.75,
            )

            sandbox.run_command(
                RunCommandRequest(
                    "mkdir -p /bench && cd /bench && for i in $(seq 1 1000); do echo $i > file-$i; done"
                )
            )
            entries = sandbox.list_directory("/bench")
            assert len(entries) == 1000
            listing = timed(lambda: sandbox.list_directory("/bench"), rounds)
            ok &= report(
                "list_directory(1,000 files)",
                f"{listing * 1000:.1f} ms median, one exec (target < 100 ms)",
                listing < 0.1,
            )

            hit = timed(lambda: sandbox.exists("/bench/file-1"), rounds)
            miss = timed(lambda: sandbox.exists("/bench/none"), rounds)
            ok &= report(
                "exists (one HEAD each)",
                f"{hit * 1000:.1f} ms present, {miss * 1000:.1f} ms absent (target < 5 ms)",
                max(hit, miss) < 0.005,
            )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
