"""A small Connect server on 127.0.0.1 for the codec tests: streams frames with delays."""

from __future__ import annotations

import json
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from sandboxer._transport.connect import envelope


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.seen.append((self.path, dict(self.headers)))
        if self.path == "/demo.Svc/Unary":
            request = json.loads(body)
            status, answer = (
                (404, {"code": "not_found", "message": "no such thing"})
                if request.get("missing")
                else (200, {"echo": request})
            )
            data = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            return
        _, length = struct.unpack(">BI", body[:5])
        request = json.loads(body[5 : 5 + length])
        self.send_response(200)
        self.send_header("Content-Type", "application/connect+json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for index in range(request["count"]):
            self._chunk(envelope({"index": index}))
            time.sleep(request["delay"])
        end = request.get("end", "ok")
        if end == "ok":
            self._chunk(envelope({}, flags=2))
        elif end == "error":
            self._chunk(
                envelope(
                    {"error": {"code": request.get("code", "not_found"), "message": "it went away"}}, flags=2
                )
            )
        elif end == "half":
            self._chunk(envelope({"index": -1})[:7])  # a frame cut in the middle
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up early (the tests that cut streams) is not a server failure


class ConnectServer:
    def __init__(self) -> None:
        self.server = _Server(("127.0.0.1", 0), _Handler)
        self.server.seen = []
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def seen(self) -> list:
        return self.server.seen

    def __enter__(self) -> ConnectServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
