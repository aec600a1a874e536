"""The seed's side of bench/cost.py: runs inside the venv of hyperterse-sandboxer 0.1.0.

    /opt/bench-seed/bin/python bench/_seed_worker.py WORKLOAD.json  -> JSON results on stdout

The seed sends its HTTP through `httpx.Client` (sandboxer/_http_client.py); every such client gets
an in-process transport that answers from the exchanges bench/cost.py took from our cassettes, by
method and path: first those of the same operation, then any of the same provider. A request that
neither has fails the operation ("diverged"): its answer is not in the cassettes, so it is reported,
never invented. Each operation is timed like ours (`time.process_time()`, sync client), against
bare httpx requests of what the seed itself sent, through the same transport.
"""

from __future__ import annotations

import base64
import json
import os
import sys
from urllib.parse import urlsplit

import httpx
from _timing import measure


class Answer:
    def __init__(self, e: dict) -> None:
        self.method, self.path = e["method"], urlsplit(e["url"]).path
        self.status = e["status"]
        self.headers = [tuple(h) for h in e["response_headers"]]
        self.content = base64.b64decode(e["content"])

    def response(self) -> httpx.Response:
        return httpx.Response(self.status, headers=self.headers, stream=httpx.ByteStream(self.content))


class Router(httpx.BaseTransport):
    def __init__(self) -> None:
        self.own: list[Answer] = []
        self.provider: list[Answer] = []
        self.sent: list[tuple[str, str, list, bytes]] | None = None
        self.at = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = request.read()
        path = request.url.raw_path.split(b"?", 1)[0].decode("ascii")
        if self.sent is not None:
            self.sent.append((request.method, str(request.url), list(request.headers.multi_items()), body))
        n = len(self.own)
        for step in range(n):
            answer = self.own[(self.at + step) % n]
            if answer.method == request.method and answer.path == path:
                self.at = (self.at + step + 1) % n
                return answer.response()
        for answer in self.provider:
            if answer.method == request.method and answer.path == path:
                return answer.response()
        raise LookupError(f"diverged: the seed sent {request.method} {path}, which the cassettes lack")


ROUTER = Router()
_init = httpx.Client.__init__


def _client_init(self, *args, **kwargs):
    kwargs["transport"] = ROUTER
    _init(self, *args, **kwargs)


httpx.Client.__init__ = _client_init


def build_arg(value, types):
    if isinstance(value, dict) and "__type__" in value:
        cls = getattr(types, value["__type__"])
        fields = {k: v for k, v in value["fields"].items() if k in cls.model_fields and v is not None}
        for name in ("timeout_seconds", "cpus", "memory_mb"):  # the seed's are whole numbers
            if name in fields:
                fields[name] = int(fields[name])
        if isinstance(fields.get("metadata_filter"), dict):  # the seed's is one substring of a value
            fields["metadata_filter"] = next(iter(fields["metadata_filter"].values()), None)
        return cls(**fields)
    if isinstance(value, dict) and "__bytes__" in value:
        return base64.b64decode(value["__bytes__"])
    return value


def main() -> int:
    work = json.load(open(sys.argv[1]))
    rounds = work["rounds"]
    os.environ.setdefault("SANDBOXER_FLY_APP", "sandboxer-test")
    os.environ.setdefault("FLY_APP_NAME", "sandboxer-test")
    import sandboxer
    from sandboxer import types

    results = []
    for item in work["items"]:
        provider, op = item["provider"], item["op"]
        ROUTER.own = [Answer(e) for e in item["exchanges"]]
        ROUTER.provider = [Answer(e) for e in work["provider_exchanges"][provider]]
        ROUTER.at = 0
        out = {"provider": provider, "op": op}
        try:
            client = sandboxer.Sandboxer(provider, {"api_key": "bench-key", **item.get("config", {})})
            args = [build_arg(a, types) for a in item["args"]]
            kwargs = {k: build_arg(v, types) for k, v in item["kwargs"].items()}
            if item["on"] == "client":
                target = client
            else:
                ROUTER.own, saved = [], ROUTER.own
                target = client.attach_sandbox(item["sandbox_id"])
                ROUTER.own = saved
            method = getattr(target, op)

            def call(method=method, args=args, kwargs=kwargs):
                return method(*args, **kwargs)

            ROUTER.sent = []
            call()
            sent, ROUTER.sent = ROUTER.sent, None
            out["requests"] = len(sent)
            bare_client = httpx.Client()

            def bare(sent=sent, bare_client=bare_client):
                for m, url, headers, body in sent:
                    bare_client.request(m, url, headers=headers, content=body or None)

            ours = measure(call, rounds)
            base = measure(bare, rounds) if sent else 0.0
            out.update(cpu=ours, bare=base)
        except NotImplementedError as failure:
            out["error"] = f"not supported by the seed ({failure})"[:300]
        except Exception as failure:  # reported as what it is
            if type(failure).__name__ == "NotSupportedError":
                failure = "not supported by the seed"
            ROUTER.sent = None
            out["error"] = (
                failure if isinstance(failure, str) else f"{type(failure).__name__}: {failure}"[:300]
            )
        results.append(out)
    json.dump(results, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
