"""One fake OpenAI-compatible server on 127.0.0.1, for every test and benchmark that drives the real SDK.

It answers `POST /v1/chat/completions` (plain JSON, or SSE when the body says `"stream": true`)
and `POST /v1/embeddings`, and records every request, including ones that hang. A chat request
gets the first entry of the server's *plan* that matches it, else its normal answer:

    with FakeOpenAI() as server:                     # scripted: the provider's unit tests
        server.script([Status(429, {"retry-after": "0"}), Reply({"text": "hi"})])
        client = openai.OpenAI(api_key="test", base_url=server.base_url, max_retries=0)
        ...
        assert len(server.chat_requests) == 2

    server = FakeOpenAI(replies=canned).start()      # canned: whole stories (tests/reliability/model_server.py)
    server.inject(Status(500), Hang(3), Pass(), unknown_speaker())
    hold = server.hold(only="CharacterTurn")         # the next character request blocks...
    hold.arrived.wait(10)                            # ...and the test knows it is in flight
    hold.release()                                   # then it is answered normally

The normal answer is `replies(schema, serial)` (the schema is the name the provider sends in
`response_format.json_schema.name`, the pydantic class name; the serial counts answers), or,
without `replies`, an HTTP 500 that says nothing was scripted. A plan entry with `only=` (a
schema name) waits for a request of that schema; others hit whatever comes next. `Pass()`
answers normally but takes its place in the plan, so `[Hang(3), Pass()]` fails one model call
once and lets its retry succeed; `Truncated()` and `CutJSON()` without content cut the normal
answer in half. Each record notes the schema, the fault applied ("" when answered normally),
the client port (`tests.servers.pid_of_client` finds its process), the arrival and `done`
times. `latency` delays every chat reply; `stream_interval` paces streamed chunks; embeddings
are instant, a deterministic vector per text (`embed_with` to choose another) unless scripted.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self

# -- what a request gets: replies and faults ---------------------------------------------------


@dataclass
class Action:
    only: str | None = field(default=None, kw_only=True)  # a schema name, or None for any request

    @property
    def label(self) -> str:
        """What the request's record says was applied ("" for a normal answer)."""
        return type(self).__name__.lower()


@dataclass
class Reply(Action):
    """A completion whose content is `content` (a dict/list is sent as JSON, a str verbatim)."""

    content: Any
    prompt_tokens: int | None = None  # None: about the characters of the request's messages / 4
    completion_tokens: int | None = None  # None: about len(text) / 4
    cached_tokens: int | None = None  # None: no prompt_tokens_details at all
    usage: bool = True  # False: the response carries no usage
    finish_reason: str = "stop"
    chunk_size: int | None = None  # characters per streamed delta (None: the server's)
    chunk_delay: float | None = None  # seconds between streamed deltas (None: the server's stream_interval)
    drop_after: int | None = None  # streaming: close the connection after this many deltas

    @property
    def text(self) -> str:
        return self.content if isinstance(self.content, str) else json.dumps(self.content)

    @property
    def label(self) -> str:
        return "" if type(self) is Reply else super().label


@dataclass
class Raw(Reply):
    """Verbatim text as the content, e.g. invalid JSON."""

    content: str = ""


@dataclass
class InvalidJSON(Raw):
    """Text that is not JSON at all."""

    content: str = "Sure! Here is the scene you asked for: {dialogue: nope"


@dataclass
class Nonsense(Reply):
    """A schema-valid object the engine must cope with (e.g. an unknown next speaker)."""

    content: dict[str, Any] = field(default_factory=dict)


@dataclass
class Truncated(Reply):
    """A completion cut by the token limit (`finish_reason: "length"`); without content, the
    normal answer cut in half."""

    content: Any = None
    finish_reason: str = "length"


@dataclass
class CutJSON(Truncated):
    """The normal answer cut in half but `finish_reason: "stop"`: invalid JSON."""

    finish_reason: str = "stop"


@dataclass
class Refusal(Action):
    text: str = "I'm sorry, but I can't help with that."


@dataclass
class Status(Action):
    """An HTTP error (429 with retry-after, 500, ...). `message` goes into the OpenAI-style error
    body unless `body` is given."""

    code: int = 500
    headers: dict[str, str] = field(default_factory=dict)
    message: str = field(default="", kw_only=True)
    body: Any = field(default=None, kw_only=True)

    @property
    def label(self) -> str:
        return f"http {self.code}"

    def payload(self) -> bytes:
        body = self.body
        if body is None:
            message = self.message or f"fake_openai: injected HTTP {self.code}"
            body = {"error": {"message": message, "type": "fake_openai", "param": None, "code": None}}
        return body.encode() if isinstance(body, str) else json.dumps(body).encode()


@dataclass
class Hang(Action):
    """Send nothing for `seconds` (longer than the client's timeout), then `then`, or just close."""

    seconds: float = 3.0
    then: Action | None = None


@dataclass
class Drop(Action):
    """Close the connection without any response."""


@dataclass
class Pass(Action):
    """Answer normally: a spacer, so the fault before it hits one model call and its retry succeeds."""

    @property
    def label(self) -> str:
        return ""


class Hold(Action):
    """Block the request until `release()`; `arrived` is set while it is being held. Then the
    request gets its normal answer."""

    def __init__(self, only: str | None = None):
        super().__init__(only=only)
        self.arrived = threading.Event()
        self.released = threading.Event()
        self.client_port: int | None = None
        self.schema: str | None = None

    @property
    def label(self) -> str:
        return ""

    def release(self) -> None:
        self.released.set()

    def __repr__(self) -> str:
        return f"Hold(only={self.only!r}, arrived={self.arrived.is_set()})"


@dataclass
class Vectors(Action):
    """An embeddings response with these vectors."""

    vectors: list[list[float]] = field(default_factory=list)


@dataclass
class Recorded:
    number: int
    path: str
    body: dict[str, Any]
    headers: dict[str, str]  # lower-case names
    schema: str  # "embedding" for embeddings, "?" when the request names none
    stream: bool
    fault: str  # "" when answered normally
    client_port: int
    at: float  # time.monotonic()
    repair: bool  # the request carries the provider's repair note
    done: float | None = None  # time.monotonic() when the server was through with it (None while in flight)
    first_content: float | None = None  # time.time() when a stream's first content chunk was written


def hashed_vector(text: str, dims: int = 8) -> list[float]:
    """A deterministic unit-ish vector for `text` (the default embeddings answer)."""
    digest = hashlib.sha256(text.encode()).digest()
    return [(digest[i % len(digest)] - 127.5) / 127.5 for i in range(dims)]


# -- the server ----------------------------------------------------------------------------------

CUT_SHORT = '{"dialogue": "I was about to say'  # what a cut reply is when there is no normal answer


class FakeOpenAI:
    def __init__(self, replies: Callable[[str, int], Any] | None = None, *, latency: float = 0.0,
                 stream_interval: float = 0.0, chunk_size: int = 5) -> None:
        self.replies = replies  # (schema, serial) -> the content of a normal answer; None: scripted only
        self.latency = latency  # seconds every chat request waits before it is answered
        self.stream_interval = stream_interval  # seconds between streamed chunks, like a model typing
        self.chunk_size = chunk_size  # characters per streamed chunk
        self.embed_with: Callable[[str], list[float]] | None = None  # default embeddings: text -> vector
        self.requests: list[Recorded] = []
        self.plan: list[Action] = []  # chat requests take the first entry that matches their schema
        self.embedding_plan: deque[Action] = deque()
        self.unscripted = 0
        self._serial = itertools.count(1)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._holds: list[Hold] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle
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
        self.release_all()
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

    # the plan
    def script(self, actions: Iterable[Action], endpoint: str = "chat") -> None:
        """Queue actions for `endpoint` ("chat" or "embeddings"), answered in order."""
        with self._lock:
            if endpoint == "embeddings":
                self.embedding_plan.extend(actions)
            else:
                self.plan.extend(actions)

    def inject(self, *faults: Action) -> None:
        self.script(faults)

    def hold(self, only: str | None = None) -> Hold:
        hold = Hold(only)
        self.inject(hold)
        return hold

    def pending(self) -> int:
        with self._lock:
            return len(self.plan)

    def release_all(self) -> None:
        with self._lock:
            holds = list(self._holds)
            self.plan = [f for f in self.plan if not isinstance(f, Hold)]
        for hold in holds:
            hold.release()

    def reset(self) -> None:
        self.release_all()
        with self._lock:
            self.plan.clear()
            self.embedding_plan.clear()
            self.requests.clear()
            self.unscripted = 0

    # what happened
    @property
    def chat(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    @property
    def chat_requests(self) -> list[dict[str, Any]]:
        return [r.body for r in self.chat]

    @property
    def embedding_requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return [r.body for r in self.requests if r.path.endswith("/embeddings")]

    def applied(self, label: str | None = None) -> list[Recorded]:
        return [r for r in self.chat if r.fault and (label is None or r.fault == label)]

    # answering
    def _take(self, schema: str) -> Action | None:
        with self._lock:
            for i, action in enumerate(self.plan):
                if action.only is None or action.only == schema:
                    del self.plan[i]
                    if isinstance(action, Hold):
                        self._holds.append(action)
                    return action
        return None

    def _take_embedding(self, body: dict[str, Any]) -> Action:
        with self._lock:
            if self.embedding_plan:
                return self.embedding_plan.popleft()
        inputs = body.get("input", [])
        vector = self.embed_with or hashed_vector
        return Vectors([vector(str(t)) for t in ([inputs] if isinstance(inputs, str) else inputs)])

    def _normal(self, schema: str, serial: int) -> Action:
        if self.replies is None:
            with self._lock:
                self.unscripted += 1
            return Status(500, message="fake_openai: nothing scripted for this chat request")
        content = self.replies(schema, serial)
        if content is None:
            return Status(400, message=f"fake_openai: no canned reply for schema {schema!r}")
        return Reply(content)

    def _cut(self, schema: str, serial: int) -> str:
        content = self.replies(schema, serial) if self.replies else None
        if content is None:
            return CUT_SHORT
        text = json.dumps(content)
        return text[: len(text) // 2]

    def _record(self, handler: _Handler, body: dict[str, Any], schema: str, action: Action | None,
                repair: bool = False) -> Recorded:
        headers = {name.lower(): value for name, value in handler.headers.items()}
        with self._lock:
            record = Recorded(len(self.requests) + 1, handler.path, body, headers, schema, bool(body.get("stream")),
                              action.label if action else "", handler.client_address[1], time.monotonic(), repair)
            self.requests.append(record)
            return record


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAI
    protocol_version = "HTTP/1.1"
    recorded: Recorded | None = None

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read `fake.requests` instead."""

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {"_raw": raw.decode(errors="replace")}
        self.close_connection = True
        try:
            if self.path == "/v1/chat/completions":
                self._chat(body)
            elif self.path == "/v1/embeddings":
                self.recorded = self.fake._record(self, body, "embedding", None)
                self._answer(self.fake._take_embedding(body), body, "embedding", 0)
            else:
                self.recorded = self.fake._record(self, body, "?", None)
                self._answer(Status(404, message=f"fake_openai: no route {self.path}"), body, "?", 0)
        except OSError:  # the client went away (timed out, or its process was killed)
            pass
        finally:
            if self.recorded is not None:
                self.recorded.done = time.monotonic()

    def _chat(self, body: dict[str, Any]) -> None:
        fake = self.fake
        schema = ((body.get("response_format") or {}).get("json_schema") or {}).get("name") or "?"
        messages = body.get("messages") or []
        repair = any("did not match the schema" in str(m.get("content", "")) for m in messages[-1:])
        action = fake._take(schema)
        self.recorded = fake._record(self, body, schema, action, repair)
        if isinstance(action, Hold):
            action.client_port, action.schema = self.client_address[1], schema
            action.arrived.set()
            while not action.released.wait(0.05):
                if fake._stop.is_set():
                    return
            action = None
        if fake.latency > 0 and fake._stop.wait(fake.latency):
            return
        serial = next(fake._serial)
        if action is None or isinstance(action, Pass):
            action = fake._normal(schema, serial)
        self._answer(action, body, schema, serial)

    def _answer(self, action: Action, body: dict[str, Any], schema: str, serial: int) -> None:
        fake = self.fake
        if isinstance(action, Hang):
            fake._stop.wait(action.seconds)
            if action.then is not None and not fake._stop.is_set():
                self._answer(action.then, body, schema, serial)
            return
        if isinstance(action, Drop):
            return
        if isinstance(action, Status):
            self._respond(action.code, action.payload(), action.headers)
            return
        if isinstance(action, Vectors):
            self._respond(200, json.dumps(_embeddings(action, body)).encode())
            return
        if isinstance(action, Refusal):
            text, refusal, finish = "", action.text, "stop"
        elif isinstance(action, Reply):
            text = fake._cut(schema, serial) if isinstance(action, Truncated) and action.content is None \
                else action.text
            refusal, finish = "", action.finish_reason
        else:
            raise TypeError(f"fake_openai cannot answer a chat request with {action!r}")
        usage = _usage(action, body, text or refusal)
        if body.get("stream"):
            self._stream(action, body, text, refusal, finish, usage)
            return
        message = {"role": "assistant", "content": None if refusal else text, "refusal": refusal or None}
        result = {"id": f"chatcmpl-{serial}", "object": "chat.completion", "created": int(time.time()),
                  "model": body.get("model", ""),
                  "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}]}
        if usage:
            result["usage"] = usage
        self._respond(200, json.dumps(result).encode())

    def _stream(self, action: Action, body: dict[str, Any], text: str, refusal: str, finish: str,
                usage: dict[str, Any] | None) -> None:
        fake = self.fake
        reply = action if isinstance(action, Reply) else None
        size = (reply.chunk_size if reply else None) or fake.chunk_size
        delay = fake.stream_interval if reply is None or reply.chunk_delay is None else reply.chunk_delay
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("connection", "close")
        self.end_headers()
        base = {"id": "chatcmpl-stream", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", "")}
        self._event({**base, "choices": [_choice({"role": "assistant", "content": ""}, None)]})
        kind, payload = ("refusal", refusal) if refusal else ("content", text)
        for number, start in enumerate(range(0, len(payload), size)):
            if reply and reply.drop_after is not None and number >= reply.drop_after:
                return  # the connection closes without the chunked terminator
            if number and delay and fake._stop.wait(delay):  # the model's typing pace, on purpose
                return
            self._event({**base, "choices": [_choice({kind: payload[start:start + size]}, None)]})
            if number == 0 and self.recorded is not None:
                self.recorded.first_content = time.time()
        self._event({**base, "choices": [_choice({}, finish)]})
        if usage and (body.get("stream_options") or {}).get("include_usage"):
            self._event({**base, "choices": [], "usage": usage})
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")

    # plumbing
    def _respond(self, code: int, payload: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(payload)))
        self.send_header("connection", "close")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def _event(self, data: dict[str, Any]) -> None:
        self._chunk(f"data: {json.dumps(data)}\n\n".encode())

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()


def _choice(delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}


def _usage(action: Action, body: dict[str, Any], text: str) -> dict[str, Any] | None:
    reply = action if isinstance(action, Reply) else None
    if reply and not reply.usage:
        return None
    prompt = reply.prompt_tokens if reply and reply.prompt_tokens is not None else (
        sum(len(str(m.get("content", ""))) for m in body.get("messages") or []) // 4 + 1)
    completion = reply.completion_tokens if reply and reply.completion_tokens is not None else len(text) // 4 + 1
    usage: dict[str, Any] = {"prompt_tokens": prompt, "completion_tokens": completion,
                             "total_tokens": prompt + completion}
    if reply and reply.cached_tokens is not None:
        usage["prompt_tokens_details"] = {"cached_tokens": reply.cached_tokens}
    return usage


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
