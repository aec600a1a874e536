"""Cold start (issue 21): what a fresh process pays before its first sandbox operation.

    .venv/bin/python bench/cold_start.py [--rounds 9] [--seed-python /tmp/seedvenv/bin/python]

For each provider, in fresh interpreters (median of `rounds`, the providers interleaved so machine
noise hits all alike):
- "client": from the interpreter's start of work to a constructed client: `import httpx` (which
  sandboxer needs anyway, and which the replaying transport below needs), `import sandboxer`,
  `Sandboxer(provider, config)`. Set against `import httpx` alone, measured the same way in the
  same run. Goal: at most 2x.
- "first operation": then `attach_sandbox(id)` and `info()`, answered from the provider's contract
  cassette by a bare httpx transport (nothing leaves the machine); local: a real `run_command`
  on a sandbox of the engine running here.
The seed (hyperterse-sandboxer 0.1.0) is measured the same way where its venv is given: its import
and client construction (its providers load everything at import).
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

# The worker: runs in a fresh interpreter, prints its timings as JSON. It replays recorded answers
# with httpx alone (no vcr, no yaml: they would be counted as ours).
WORKER = r"""
import time
t0 = time.perf_counter()
import json, sys
import httpx

provider, config, answers_file = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3]

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

if answers_file != "-":
    answers = json.load(open(answers_file))
    sandbox_id = answers.pop("__sandbox_id__")[0]
    config["transport"] = Replay(answers)
import sandboxer
from sandboxer import Sandboxer
client = Sandboxer(provider, config)
t1 = time.perf_counter()
if provider == "local":
    from sandboxer import CreateSandboxRequest, RunCommandRequest
    sandbox, _ = client.create_sandbox(CreateSandboxRequest())
    t1b = time.perf_counter()
    sandbox.run_command(RunCommandRequest("true"))
    t2 = time.perf_counter()
    sandbox.kill()
    first = t2 - t1b
else:
    sandbox = client.attach_sandbox(sandbox_id)
    sandbox.info()
    first = time.perf_counter() - t1
print(json.dumps({"client": t1 - t0, "first": first}))
"""

BASELINE = "import time; t0 = time.perf_counter(); import httpx; print(time.perf_counter() - t0)"
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


def run_worker(provider: str, config: dict, answers_file: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", WORKER, provider, json.dumps(config), answers_file],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"}
    return json.loads(out.stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--seed-python", default=os.environ.get("SANDBOXER_BENCH_SEED_PYTHON"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = {"local": "-"}
        configs = {"local": {"image": "sandboxer-test:busybox"}}
        for provider, (folder, config) in CLOUD.items():
            path = Path(tmp) / f"{provider}.json"
            path.write_text(json.dumps(answers_from_cassette(folder)))
            files[provider], configs[provider] = str(path), config
        samples: dict[str, list[dict]] = {p: [] for p in files}
        baseline = []
        seed: dict[str, list[float]] = {p: [] for p in files}
        for _ in range(args.rounds):
            baseline.append(float(subprocess.run([sys.executable, "-c", BASELINE], capture_output=True, text=True).stdout))
            for provider in files:
                samples[provider].append(run_worker(provider, dict(configs[provider]), files[provider]))
                if args.seed_python:
                    code = SEED.format(provider=provider, config=configs[provider])
                    out = subprocess.run([args.seed_python, "-c", code], capture_output=True, text=True, cwd=tmp)
                    if out.returncode == 0:
                        seed[provider].append(json.loads(out.stdout)["client"])
    httpx_ms = statistics.median(baseline) * 1000
    print(f"cold start, median of {args.rounds} fresh interpreters; import httpx alone: {httpx_ms:.1f} ms")
    ok = True
    for provider, runs in samples.items():
        errors = [r["error"] for r in runs if "error" in r]
        if errors:
            print(f"FAIL {provider}: {errors[0]}")
            ok = False
            continue
        client = statistics.median(r["client"] for r in runs) * 1000
        first = statistics.median(r["first"] for r in runs) * 1000
        verdict = client <= 2 * httpx_ms
        ok &= verdict
        seed_text = (
            f"; the seed: {statistics.median(seed[provider]) * 1000:.1f} ms" if seed[provider] else ""
        )
        what = "create + run_command" if provider == "local" else "attach + info, replayed"
        print(
            f"{'ok  ' if verdict else 'FAIL'} {provider}: client {client:.1f} ms = {client / httpx_ms:.2f}x "
            f"import httpx (target <= 2x); first operation ({what}) {first:.1f} ms{seed_text}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
