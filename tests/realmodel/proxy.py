"""A loopback proxy in front of the real llama-server, for what a real server does not do on
its own: refuse `json_schema` (as a server without structured outputs does, so the provider
must fall back to JSON mode), go down for a while (so a story pauses and resumes), and keep
every request body (so a test can read what was asked for: caps, schemas).

Replies, streamed ones included, pass through as the server sends them.
"""

from __future__ import annotations

import http.client
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlparse

REFUSAL = "response_format of type 'json_schema' is not supported by this server"


class ModelProxy:
    def __init__(self, upstream: str, *, refuse_json_schema: bool = False):
        parsed = urlparse(upstream)
        self.upstream = (parsed.hostname or "127.0.0.1", parsed.port or 80)
        self.prefix = parsed.path.rstrip("/")  # "/v1"
        self.refuse_json_schema = refuse_json_schema
        self.down = False  # answer 503 to everything while set
        self.requests: list[dict[str, Any]] = []  # the chat request bodies, in order
        self.refused = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.prefix}"

    def __enter__(self) -> ModelProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _handler(self):
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("content-length") or 0))
                body = json.loads(raw or b"{}")
                if self.path.endswith("/chat/completions"):
                    with proxy._lock:
                        proxy.requests.append(body)
                if proxy.down:
                    return self._json(503, {"error": {"message": "the model server is down", "type": "server"}})
                wants_schema = (body.get("response_format") or {}).get("type") == "json_schema"
                if proxy.refuse_json_schema and wants_schema:
                    with proxy._lock:
                        proxy.refused += 1
                    return self._json(400, {"error": {"message": REFUSAL, "type": "invalid_request_error"}})
                self._forward(raw)

            def do_GET(self) -> None:  # noqa: N802
                self._forward(None, method="GET")

            def _forward(self, raw: bytes | None, method: str = "POST") -> None:
                upstream = http.client.HTTPConnection(*proxy.upstream, timeout=600)
                headers = {"content-type": "application/json"} if raw is not None else {}
                upstream.request(method, self.path, body=raw, headers=headers)
                reply = upstream.getresponse()
                self.send_response(reply.status)
                for name, value in reply.getheaders():
                    if name.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(name, value)
                self.send_header("transfer-encoding", "chunked")
                self.end_headers()
                while chunk := reply.read1(65536):
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    self.wfile.flush()
                self.wfile.write(b"0\r\n\r\n")
                upstream.close()

            def _json(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
