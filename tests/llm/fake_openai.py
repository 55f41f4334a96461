"""A scriptable OpenAI-compatible HTTP server on 127.0.0.1, for tests that drive the real SDK.

    with FakeOpenAI() as server:                     # or a fixture yielding it
        server.script([Status(429, headers={"retry-after": "0"}), Reply({"text": "hi"})])
        client = openai.OpenAI(api_key="test", base_url=server.base_url, max_retries=0)
        ...
        assert len(server.chat_requests) == 2

Chat completions (`POST /v1/chat/completions`, plain JSON or SSE when the body says
`"stream": true`) and embeddings (`POST /v1/embeddings`) each take the next scripted
action from their own queue; when a queue is empty, `default` answers (an action, or
a callable taking the request body and returning one), else an HTTP 500 that names
the missing script. Every request body is recorded, including ones that hang.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

# -- scripted actions ---------------------------------------------------------------------------


@dataclass
class Reply:
    """A completion whose content is `content` (a dict/list is sent as JSON, a str verbatim)."""

    content: Any
    prompt_tokens: int = 20
    completion_tokens: int | None = None  # None: about len(text) / 4
    cached_tokens: int | None = None  # None: no prompt_tokens_details at all
    usage: bool = True  # False: the response carries no usage
    finish_reason: str = "stop"
    chunk_size: int = 5  # characters per streamed delta
    chunk_delay: float = 0.0  # seconds between streamed deltas
    drop_after: int | None = None  # streaming: close the connection after this many deltas

    @property
    def text(self) -> str:
        return self.content if isinstance(self.content, str) else json.dumps(self.content)


@dataclass
class Raw(Reply):
    """Verbatim text as the content, e.g. invalid JSON."""

    content: str = ""


@dataclass
class Truncated(Reply):
    """A completion cut by the token limit (`finish_reason: "length"`)."""

    content: Any = '{"dialogue": "I was about to say'
    finish_reason: str = "length"


@dataclass
class Refusal:
    text: str = "I can't help with that."


@dataclass
class Status:
    """An HTTP error. `message` goes into the OpenAI-style error body unless `body` is given."""

    code: int
    message: str = "fake error"
    headers: dict[str, str] = field(default_factory=dict)
    body: Any = None

    def payload(self) -> bytes:
        body = self.body
        if body is None:
            body = {"error": {"message": self.message, "type": "fake_error", "param": None, "code": None}}
        return body.encode() if isinstance(body, str) else json.dumps(body).encode()


@dataclass
class Hang:
    """Send nothing for `seconds` (a client timeout should fire), then `then`, or just close."""

    seconds: float
    then: Action | None = None


@dataclass
class Drop:
    """Close the connection without any response."""


@dataclass
class Vectors:
    """An embeddings response with these vectors."""

    vectors: list[list[float]]


Action = Reply | Refusal | Status | Hang | Drop | Vectors


@dataclass
class Recorded:
    path: str
    body: dict[str, Any]
    headers: dict[str, str]  # lower-case names


def hashed_vector(text: str, dims: int = 8) -> list[float]:
    """A deterministic unit-ish vector for `text` (the default embeddings answer)."""
    digest = hashlib.sha256(text.encode()).digest()
    return [(digest[i % len(digest)] - 127.5) / 127.5 for i in range(dims)]


# -- the server ---------------------------------------------------------------------------------


class FakeOpenAI:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self.queues: dict[str, deque[Action]] = {"chat": deque(), "embeddings": deque()}
        self.embed_with: Callable[[str], list[float]] | None = None  # default embeddings: text -> vector
        self.default: Action | Callable[[dict[str, Any]], Action] | None = None
        self.unscripted = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # setup
    def start(self) -> Self:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-openai", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server:
            self._server.shutdown()
            self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    # scripting
    def script(self, actions: Iterable[Action], endpoint: str = "chat") -> None:
        """Queue actions for `endpoint` ("chat" or "embeddings"), answered in order."""
        with self._lock:
            self.queues[endpoint].extend(actions)

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            for queue in self.queues.values():
                queue.clear()
            self.default, self.unscripted = None, 0

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path.endswith("/chat/completions")]

    @property
    def embedding_requests(self) -> list[dict[str, Any]]:
        return [r.body for r in self.requests if r.path.endswith("/embeddings")]

    def _next(self, endpoint: str, body: dict[str, Any]) -> Action:
        with self._lock:
            if self.queues[endpoint]:
                return self.queues[endpoint].popleft()
            default = self.default if endpoint == "chat" else None
            if default is None and endpoint == "embeddings":
                inputs = body.get("input", [])
                vector = self.embed_with or hashed_vector
                return Vectors([vector(t) for t in ([inputs] if isinstance(inputs, str) else inputs)])
            if default is None:
                self.unscripted += 1
                return Status(500, f"fake_openai: nothing scripted for {endpoint} request")
        return default(body) if callable(default) else default


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAI
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read `fake.requests` instead."""

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"_raw": raw.decode(errors="replace")}
        with self.fake._lock:
            headers = {name.lower(): value for name, value in self.headers.items()}
            self.fake.requests.append(Recorded(self.path, body, headers))
        endpoint = {"/v1/chat/completions": "chat", "/v1/embeddings": "embeddings"}.get(self.path)
        self.close_connection = True
        try:
            if endpoint is None:
                self._send(Status(404, f"fake_openai: no route {self.path}"), body)
            else:
                self._send(self.fake._next(endpoint, body), body)
        except OSError:  # the client went away (e.g. it timed out): nothing to answer
            self.close_connection = True

    # responses
    def _send(self, action: Action, body: dict[str, Any]) -> None:
        if isinstance(action, Hang):
            self.fake._stop.wait(action.seconds)
            if action.then is not None and not self.fake._stop.is_set():
                self._send(action.then, body)
        elif isinstance(action, Drop):
            return
        elif isinstance(action, Status):
            self._respond(action.code, action.payload(), action.headers)
        elif isinstance(action, Vectors):
            self._respond(200, json.dumps(_embeddings(action, body)).encode())
        elif body.get("stream"):
            self._stream(action, body)
        else:
            self._respond(200, json.dumps(_completion(action, body)).encode())

    def _respond(self, code: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.send_header("connection", "close")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def _stream(self, action: Reply | Refusal, body: dict[str, Any]) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("connection", "close")
        self.end_headers()
        base = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", "")}
        kind = "refusal" if isinstance(action, Refusal) else "content"
        text = action.text
        size = action.chunk_size if isinstance(action, Reply) else 8
        pieces = [text[i:i + size] for i in range(0, len(text), size)]
        self._event({**base, "choices": [_choice({"role": "assistant", "content": ""}, None)]})
        for number, piece in enumerate(pieces):
            if isinstance(action, Reply):
                if action.drop_after is not None and number >= action.drop_after:
                    return  # the connection closes without the chunked terminator
                if action.chunk_delay:
                    time.sleep(action.chunk_delay)
            self._event({**base, "choices": [_choice({kind: piece}, None)]})
        finish = action.finish_reason if isinstance(action, Reply) else "stop"
        self._event({**base, "choices": [_choice({}, finish)]})
        usage = _usage(action)
        if usage and (body.get("stream_options") or {}).get("include_usage"):
            self._event({**base, "choices": [], "usage": usage})
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")

    def _event(self, data: dict[str, Any]) -> None:
        self._chunk(f"data: {json.dumps(data)}\n\n".encode())

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


def _choice(delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}


def _usage(action: Reply | Refusal) -> dict[str, Any] | None:
    if isinstance(action, Refusal):
        return {"prompt_tokens": 20, "completion_tokens": 5, "total_tokens": 25}
    if not action.usage:
        return None
    completion = action.completion_tokens
    if completion is None:
        completion = max(1, len(action.text) // 4)
    usage: dict[str, Any] = {"prompt_tokens": action.prompt_tokens, "completion_tokens": completion,
                             "total_tokens": action.prompt_tokens + completion}
    if action.cached_tokens is not None:
        usage["prompt_tokens_details"] = {"cached_tokens": action.cached_tokens}
    return usage


def _completion(action: Reply | Refusal, body: dict[str, Any]) -> dict[str, Any]:
    if isinstance(action, Refusal):
        message = {"role": "assistant", "content": None, "refusal": action.text}
        finish = "stop"
    else:
        message = {"role": "assistant", "content": action.text, "refusal": None}
        finish = action.finish_reason
    result = {"id": "chatcmpl-fake", "object": "chat.completion", "created": int(time.time()),
              "model": body.get("model", ""),
              "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}]}
    usage = _usage(action)
    if usage:
        result["usage"] = usage
    return result


def _embeddings(action: Vectors, body: dict[str, Any]) -> dict[str, Any]:
    as_base64 = body.get("encoding_format") == "base64"
    data = []
    for index, vector in enumerate(action.vectors):
        value: Any = vector
        if as_base64:
            value = base64.b64encode(struct.pack(f"<{len(vector)}f", *vector)).decode()
        data.append({"object": "embedding", "index": index, "embedding": value})
    inputs = body.get("input", [])
    tokens = sum(len(str(t)) // 4 + 1 for t in ([inputs] if isinstance(inputs, str) else inputs))
    return {"object": "list", "data": data, "model": body.get("model", ""),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
