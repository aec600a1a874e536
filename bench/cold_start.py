"""Cold start (issue 21): what a fresh process pays before its first sandbox operation.

    .venv/bin/python bench/cold_start.py [--rounds 9] [--seed-python /tmp/seedvenv/bin/python]
                                         [--no-bytecode]

For each provider, in fresh interpreters (median of `rounds`, the providers interleaved so machine
noise hits all alike):
- "client": from the interpreter's start of work to a constructed client: `import httpx` (which
  sandboxer needs anyway), `import sandboxer`, `Sandboxer(provider, config)` with the config a
  program gives (no transport of ours: the client makes its own). Set against `import httpx` alone, which the same interpreter
  times first (the ratio is taken in each interpreter, then its median: both parts then share the
  machine's state of that moment, where separate interpreters for each would not). Goal: at most 2x.
- "pool": making httpx's connection pool (`httpx.HTTPTransport()`: httpcore, h11, the TLS
  context), measured right after the client is made. A client makes its pool when its first
  request is sent, so a real first operation pays this on top of the figure below.
- "first operation": then `attach_sandbox(id)` and `info()` on a second client of the provider,
  whose transport answers from the provider's contract cassette with httpx alone (nothing leaves
  the machine; no vcr, no yaml in the timed process); local: a real `run_command` on a sandbox
  of the engine running here, created before it (untimed).
The seed (hyperterse-sandboxer 0.1.0) is measured the same way where its venv is given: its import
and client construction (its providers load everything at import).

Every interpreter runs from compiled bytecode, as an installed package does (pip compiles it at
install): the bytecode of every module goes to a temporary cache (PYTHONPYCACHEPREFIX), filled by
one untimed round first. `--no-bytecode` measures a source checkout under PYTHONDONTWRITEBYTECODE
instead, where each interpreter compiles our modules again (httpx and the seed keep theirs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASSETTE = "cassettes/contract/{folder}/test_create_describe_find_attach_and_kill.yaml"
CLOUD = {  # provider -> (contract cassette folder, the config its cassettes replay with: tests/conftest.py)
    "e2b": ("e2b", {"api_key": "e2b-replay-key"}),
    "daytona": ("daytona", {"api_key": "daytona-replay-key"}),
    "blaxel": ("blaxel", {"api_key": "blaxel-replay-key", "workspace": "fake-ws"}),
    "runloop": ("runloop", {"api_key": "runloop-replay-key"}),
    "fly-machines": ("fly", {"api_key": "fly-replay-key", "app": "sandboxer-test"}),
}

# The worker: runs in a fresh interpreter, prints its timings as JSON.
WORKER = r"""
import time
t0 = time.perf_counter()
import httpx
th = time.perf_counter()
import json, sys
import sandboxer
from sandboxer import Sandboxer

provider, config, answers_file = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]
client = Sandboxer(provider, config)  # as a program makes it: its own transport, nothing sent yet
t1 = time.perf_counter()
httpx.HTTPTransport()  # the pool that client's first request makes
t1p = time.perf_counter()
if provider == "local":
    from sandboxer import CreateSandboxRequest, RunCommandRequest
    sandbox, _ = client.create_sandbox(CreateSandboxRequest())
    t1b = time.perf_counter()
    sandbox.run_command(RunCommandRequest("true"))
    t2 = time.perf_counter()
    sandbox.kill()
    first = t2 - t1b
else:
    class Replay(httpx.BaseTransport):
        def __init__(self, answers):
            self.answers = answers
        def handle_request(self, request):
            request.read()
            key = request.method + " " + str(request.url).split("?")[0]
            found = self.answers.get(key)
            if not found:
                raise RuntimeError("no recorded answer for " + key)
            status, headers, body = found[0] if len(found) == 1 else found.pop(0)
            return httpx.Response(status, headers=headers, content=body.encode("latin-1"))

    answers = json.load(open(answers_file))
    sandbox_id = answers.pop("__sandbox_id__")[0]
    replaying = Sandboxer(provider, {**config, "transport": Replay(answers)})
    t1r = time.perf_counter()
    sandbox = replaying.attach_sandbox(sandbox_id)
    sandbox.info()
    first = time.perf_counter() - t1r
print(json.dumps({"httpx": th - t0, "client": t1 - t0, "pool": t1p - t1, "first": first}))
"""

SEED = (
    "import time, json; t0 = time.perf_counter(); import httpx\n"
    "from sandboxer import Sandboxer\n"
    "c = Sandboxer({provider!r}, {config!r})\n"
    "print(json.dumps({{'client': time.perf_counter() - t0}}))"
)


def answers_from_cassette(folder: str) -> dict[str, list]:
    """The contract cassette's answers by method and URL (without query), in recorded order."""
    import yaml

    data = yaml.safe_load((ROOT / CASSETTE.format(folder=folder)).read_text())
    answers: dict[str, list] = {}
    for interaction in data["interactions"]:
        request, response = interaction["request"], interaction["response"]
        body = response["body"]["string"]
        body = body.decode("latin-1") if isinstance(body, bytes) else body.encode("utf-8").decode("latin-1")
        headers = {k: v[0] if isinstance(v, list) else v for k, v in (response.get("headers") or {}).items()}
        headers.pop("Content-Encoding", None), headers.pop("content-encoding", None)
        key = request["method"] + " " + request["uri"].split("?")[0]
        answers.setdefault(key, []).append((response["status"]["code"], headers, body))
    # The sandbox the cassette created: the id in the create's answer.
    create = next(v for k, v in answers.items() if k.startswith("POST "))
    created = json.loads(create[0][2])
    sandbox_id = next(created[k] for k in ("sandboxID", "id", "name", "metadata") if k in created)
    if isinstance(sandbox_id, dict):
        sandbox_id = sandbox_id["name"]
    # attach + info read the sandbox again and again: keep its last recorded state for every ask.
    answers["__sandbox_id__"] = [sandbox_id]
    return answers


def interpreter_env(cache: str | None) -> dict[str, str]:
    """The environment of every timed interpreter: bytecode kept under `cache`, or (None) none
    written, so that our modules are compiled again by each interpreter."""
    env = dict(os.environ)
    if cache is None:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    else:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
    return env


def run_worker(provider: str, config: dict, answers_file: str, env: dict[str, str]) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", WORKER, provider, json.dumps(config), answers_file],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"}
    return json.loads(out.stdout)


def one_round(
    files: dict[str, str], configs: dict[str, dict], seed_python: str | None, env: dict[str, str], tmp: str
) -> tuple[dict[str, dict], dict[str, float]]:
    """Each provider's worker (and the seed's client) once."""
    samples, seed = {}, {}
    for provider in files:
        samples[provider] = run_worker(provider, dict(configs[provider]), files[provider], env)
        if seed_python:
            code = SEED.format(provider=provider, config=configs[provider])
            out = subprocess.run([seed_python, "-c", code], capture_output=True, text=True, cwd=tmp, env=env)
            if out.returncode == 0:
                seed[provider] = json.loads(out.stdout)["client"]
    return samples, seed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--seed-python", default=os.environ.get("SANDBOXER_BENCH_SEED_PYTHON"))
    parser.add_argument("--no-bytecode", action="store_true", help="compile our modules in every interpreter")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = {"local": "-"}
        configs = {"local": {"image": "sandboxer-test:busybox"}}
        for provider, (folder, config) in CLOUD.items():
            path = Path(tmp) / f"{provider}.json"
            path.write_text(json.dumps(answers_from_cassette(folder)))
            files[provider], configs[provider] = str(path), config
        env = interpreter_env(None if args.no_bytecode else str(Path(tmp) / "bytecode"))
        if not args.no_bytecode:
            one_round(files, configs, args.seed_python, env, tmp)  # untimed: fills the bytecode cache
        samples: dict[str, list[dict]] = {p: [] for p in files}
        seed: dict[str, list[float]] = {p: [] for p in files}
        for _ in range(args.rounds):
            round_samples, round_seed = one_round(files, configs, args.seed_python, env, tmp)
            for provider in files:
                samples[provider].append(round_samples[provider])
                if provider in round_seed:
                    seed[provider].append(round_seed[provider])
    httpx_ms = statistics.median(r["httpx"] for runs in samples.values() for r in runs if "httpx" in r) * 1000
    how = "compiled in each interpreter" if args.no_bytecode else "from bytecode"
    print(
        f"cold start, median of {args.rounds} fresh interpreters, our modules {how}; "
        f"import httpx alone (median of every interpreter's): {httpx_ms:.1f} ms"
    )
    ok = True
    for provider, runs in samples.items():
        errors = [r["error"] for r in runs if "error" in r]
        if errors:
            print(f"FAIL {provider}: {errors[0]}")
            ok = False
            continue
        client = statistics.median(r["client"] for r in runs) * 1000
        pool = statistics.median(r["pool"] for r in runs) * 1000
        first = statistics.median(r["first"] for r in runs) * 1000
        ratio = statistics.median(r["client"] / r["httpx"] for r in runs)
        verdict = ratio <= 2
        ok &= verdict
        seed_text = f"; the seed: {statistics.median(seed[provider]) * 1000:.1f} ms" if seed[provider] else ""
        what = "run_command, real" if provider == "local" else "attach + info, replayed"
        print(
            f"{'ok  ' if verdict else 'FAIL'} {provider}: client {client:.1f} ms, {ratio:.2f}x its "
            f"interpreter's import httpx (target <= 2x); first request's pool {pool:.1f} ms; "
            f"first operation ({what}) {first:.1f} ms{seed_text}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
