"""The library's main job on local Docker, step by step: create, run, write, list, read, kill.

python examples/demo.py            (SANDBOXER_DEMO_IMAGE picks the image; default: the
                                    busybox test image that scripts/setup.sh builds)
"""

import os

from sandboxer import CreateSandboxRequest, ListSandboxesFilter, RunCommandRequest, Sandboxer

IMAGE = os.environ.get("SANDBOXER_DEMO_IMAGE", "sandboxer-test:busybox")


def say(text: str) -> None:
    print(f"\033[1m==> {text}\033[0m", flush=True)


with Sandboxer("local", {"image": IMAGE}) as client:
    say(f"create a sandbox from {IMAGE}")
    sandbox, info = client.create_sandbox(
        CreateSandboxRequest(metadata={"demo": "yes"}, envs={"WHO": "sandboxer"})
    )
    print(f"    id {info.id[:12]}, status {info.status.value}, metadata {info.metadata}")
    with sandbox:  # leaving the block kills the sandbox
        say("run a command")
        result = sandbox.run_command(
            RunCommandRequest('echo "hello from $WHO in $(pwd)"; uname -s; echo oops >&2; exit 3', cwd="/tmp")
        )
        print(f"    stdout {result.stdout!r}\n    stderr {result.stderr!r}\n    exit code {result.exit_code}")

        say("write files, one with a hostile name")
        sandbox.write_file("/work/notes.txt", b"plain text\n")
        sandbox.write_file("/work/$(rm -rf ~) 'quoted'.bin", bytes(range(256)), mode=0o600)

        say("list the directory")
        for entry in sandbox.list_directory("/work"):
            print(f"    {entry.mode:04o} {entry.size:>5}  {entry.name!r}")

        say("read a file back")
        print(f"    {sandbox.read_file('/work/notes.txt')!r}")
        assert sandbox.read_file("/work/$(rm -rf ~) 'quoted'.bin") == bytes(range(256))

        say("a command with a timeout is ended inside the sandbox")
        try:
            sandbox.run_command(RunCommandRequest("echo working; sleep 30", timeout_seconds=1))
        except TimeoutError as exc:
            print(f"    {exc} (partial stdout {exc.result.stdout!r})")

        say(f"kill sandbox {sandbox.id[:12]}")
    print(
        f"    sandboxes left with demo=yes: {len(client.list_sandboxes(ListSandboxesFilter(metadata_filter={'demo': 'yes'})))}"
    )
