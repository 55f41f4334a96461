"""An OpenAI-compatible model on 127.0.0.1 that can play a whole story, and fail on request.

Unlike `tests/llm/fake_openai.py` (a script of exact replies for provider unit tests),
this server answers *every* engine role by itself: it reads the schema name the
provider sends (`response_format.json_schema.name`, the pydantic class name) and
returns a canned, schema-valid object, plain or as SSE chunks when the request says
`"stream": true`. Every reply carries a serial number, so two turns with the same
text would be the same model reply written twice.

Faults are queued and hit the next matching chat requests, in order:

    server = ModelServer().start()               # OPENAI_BASE_URL = server.base_url
    slow = ModelServer(latency=1.0).start()      # every chat reply takes 1 s, like a real model
    server.inject(Status(429, headers={"retry-after": "0.1"}), Status(500), Hang(3))
    server.inject(Nonsense({"next_speaker": "Nobody", ...}, only="NextSpeaker"))
    hold = server.hold(only="CharacterTurn")    # the next character request blocks...
    hold.arrived.wait(10)                       # ...and the test knows it is in flight
    hold.release()                              # then it is answered normally

A fault with `only=` waits for a request of that schema; others hit whatever comes
next. `Pass()` answers normally but takes its place in the plan, so `[Hang(3), Pass()]`
fails one model call once and lets its retry succeed. `requests` records every request
(schema, fault applied, client port, arrival and `done` times); `pid_of_client(port)` finds
the process that sent one, so a test can kill exactly the worker whose request is being held.
`latency` (seconds, 0 by default) delays every chat reply; embeddings stay instant.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

NAMES = ("Mara Quill", "Dex Okafor", "Ivo Brandt")
UNKNOWN_SPEAKER = "Zebulon Nobody"

# -- faults ------------------------------------------------------------------------------------


@dataclass
class Fault:
    only: str | None = field(default=None, kw_only=True)  # a schema name, or None for any request

    @property
    def label(self) -> str:
        return type(self).__name__.lower()


@dataclass
class Status(Fault):
    """An HTTP error with an OpenAI-style error body (429 with retry-after, 500, ...)."""

    code: int = 500
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return f"http {self.code}"


@dataclass
class Hang(Fault):
    """Answer nothing for `seconds` (longer than the client's timeout), then close."""

    seconds: float = 3.0


@dataclass
class Truncated(Fault):
    """The canned JSON cut in half, `finish_reason: "length"` (the token limit hit)."""


@dataclass
class CutJSON(Fault):
    """The canned JSON cut in half but `finish_reason: "stop"`: invalid JSON."""


@dataclass
class InvalidJSON(Fault):
    """Text that is not JSON at all."""

    text: str = "Sure! Here is the scene you asked for: {dialogue: nope"


@dataclass
class Refusal(Fault):
    text: str = "I'm sorry, but I can't help with that."


@dataclass
class Nonsense(Fault):
    """A schema-valid object the engine must cope with (e.g. an unknown next speaker)."""

    content: dict[str, Any] = field(default_factory=dict)


@dataclass
class Pass(Fault):
    """Answer normally: a spacer, so the fault before it hits one model call and its retry succeeds."""

    @property
    def label(self) -> str:
        return ""


@dataclass
class Drop(Fault):
    """Close the connection without a response."""


class Hold(Fault):
    """Block the request until `release()`; `arrived` is set while it is being held."""

    def __init__(self, only: str | None = None):
        super().__init__(only=only)
        self.arrived = threading.Event()
        self.released = threading.Event()
        self.client_port: int | None = None
        self.schema: str | None = None

    def release(self) -> None:
        self.released.set()

    def __repr__(self) -> str:
        return f"Hold(only={self.only!r}, arrived={self.arrived.is_set()})"


@dataclass
class Recorded:
    number: int
    path: str
    schema: str
    stream: bool
    fault: str  # "" when answered normally
    client_port: int
    at: float  # time.monotonic()
    repair: bool  # the request carries the provider's repair note
    done: float | None = None  # time.monotonic() when the server was through with it (None while in flight)
    first_content: float | None = None  # time.time() when a stream's first content chunk was written


# -- canned replies ----------------------------------------------------------------------------


def _sheet(name: str, role: str, others: list[str], talk: float) -> dict[str, Any]:
    return {
        "name": name, "role": role,
        "background": f"{role} at the lighthouse station for eleven years.",
        "personality_traits": ["stubborn", "observant"],
        "secrets": [f"{name.split()[0]} once sold the station's logbooks."],
        "primary_motivation": "Keep the light burning through the storm.",
        "secondary_goals": ["Find the missing radio part"],
        "fears": ["The dark water"],
        "speaking_style": "Short sentences, dry humour.",
        "talkativeness": talk,
        "relationships": [{"other": o, "kind": "colleague", "description": "Trusted, barely.", "opinion": 0.2}
                          for o in others],
    }


def _scene(location: str) -> dict[str, Any]:
    return {"location": location, "time_of_day": "NIGHT", "mood": "taut",
            "description": "Wind rattles the glass. The lamp turns above them, steady as a pulse.",
            "present": list(NAMES), "objectives": ["Decide who goes down to the generator"]}


def canned(schema: str, serial: int) -> dict[str, Any] | None:
    """A valid object for `schema`. Lines never name a character, so the engine's scene
    manager (who speaks next) has to ask the model once everyone has spoken."""
    if schema == "StorySetup":
        return {
            "title": "The Last Light", "logline": "Three keepers, one storm, one lie.", "genre": "thriller",
            "setting": "A lighthouse on a rock in the North Sea", "themes": ["trust", "duty"], "tone": "tense",
            "characters": [_sheet(n, r, [o for o in NAMES if o != n], t)
                           for n, r, t in zip(NAMES, ("Head keeper", "Engineer", "Radio operator"),
                                              (0.7, 0.5, 0.3), strict=True)],
            "beats": [{"act": a, "title": f"Beat {i + 1}", "description": f"Something turns ({i + 1})."}
                      for i, a in enumerate((1, 1, 2, 2, 3))],
            "opening_scene": _scene("Lamp room"),
        }
    if schema == "NextSpeaker":
        return {"next_speaker": NAMES[serial % len(NAMES)], "reason": "They have something to say.",
                "scene_complete": False}
    if schema == "CharacterTurn":
        return {"dialogue": f"The storm is not the worst of it, not tonight (line {serial}).",
                "action": "Checks the barometer again.", "emotion": "wary", "emotion_intensity": 0.6,
                "private_thought": "Nobody here can know about the logbooks.", "secret_revealed": "",
                "reveal_to": [], "relationship_changes": []}
    if schema == "Narration":
        return {"text": f"Spray hammers the gallery rail (beat {serial})."}
    if schema == "ObserverReport":
        return {"tension": 0.6, "character_consistency": 0.8, "plot_progression": 0.6, "engagement": 0.7,
                "problems": [], "recommendations": ["Keep the pressure on."], "intervention_needed": False}
    if schema == "Intervention":
        return {"kind": "dramatic_event", "event": f"The lamp gutters and dies (event {serial}).",
                "new_character": None, "tension_target": 0.8}
    if schema == "NextScene":
        return {"story_complete": False, "scene": _scene(f"Generator room {serial}"),
                "plot_options": ["Go down together", "Send the engineer alone"]}
    if schema == "PlotOptions":
        return {"options": ["Go down together", "Send the engineer alone", "Wait for dawn"]}
    if schema == "SceneSummary":
        return {"summary": f"The keepers argued about the generator (summary {serial})."}
    if schema == "Narrative":
        return {"title": "The Last Light", "prose": "They kept the light burning, and the lie with it."}
    if schema == "Reflection":
        return {"insights": ["I trust the others less than I did this morning."]}
    if schema == "ConsistencyCheck":
        return {"consistent": True, "feedback": ""}
    return None


SCHEMAS = ("StorySetup", "NextSpeaker", "CharacterTurn", "Narration", "ObserverReport", "Intervention",
           "NextScene", "PlotOptions", "SceneSummary", "Narrative", "Reflection", "ConsistencyCheck")


def unknown_speaker() -> Nonsense:
    """Schema-valid nonsense: the scene manager names someone who is not in the cast."""
    return Nonsense({"next_speaker": UNKNOWN_SPEAKER, "reason": "A stranger knocks.", "scene_complete": False},
                    only="NextSpeaker")


def _vector(text: str, dims: int = 8) -> list[float]:
    digest = hashlib.sha256(text.encode()).digest()
    return [(digest[i] - 127.5) / 127.5 for i in range(dims)]


# -- the server --------------------------------------------------------------------------------


class ModelServer:
    def __init__(self, latency: float = 0.0, stream_interval: float = 0.0) -> None:
        self.latency = latency  # seconds every chat request waits before it is answered
        self.stream_interval = stream_interval  # seconds between streamed chunks, like a model typing
        self.requests: list[Recorded] = []
        self.plan: list[Fault] = []
        self.embeddings = 0
        self._serial = itertools.count(1)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._holds: list[Hold] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle
    def start(self) -> ModelServer:
        handler = type("Handler", (_Handler,), {"model": self})
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="model-server", daemon=True)
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

    @property
    def base_url(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    # faults
    def inject(self, *faults: Fault) -> None:
        with self._lock:
            self.plan.extend(faults)

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
            self.requests.clear()
            self.embeddings = 0

    # what happened
    @property
    def chat(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def applied(self, label: str | None = None) -> list[Recorded]:
        return [r for r in self.chat if r.fault and (label is None or r.fault == label)]

    def _take(self, schema: str) -> Fault | None:
        with self._lock:
            for i, fault in enumerate(self.plan):
                if fault.only is None or fault.only == schema:
                    del self.plan[i]
                    if isinstance(fault, Hold):
                        self._holds.append(fault)
                    return fault
        return None

    def _record(self, path: str, schema: str, stream: bool, fault: Fault | None, port: int,
                repair: bool) -> Recorded:
        with self._lock:
            label = "" if fault is None or isinstance(fault, Hold) else fault.label
            record = Recorded(len(self.requests) + 1, path, schema, stream, label, port, time.monotonic(), repair)
            self.requests.append(record)
            return record


class _Handler(BaseHTTPRequestHandler):
    model: ModelServer
    protocol_version = "HTTP/1.1"
    recorded: Recorded | None = None

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""

    def do_POST(self) -> None:
        raw = self.rfile.read(int(self.headers.get("content-length") or 0))
        self.close_connection = True
        try:
            body = json.loads(raw or b"{}")
        except ValueError:
            body = {}
        try:
            if self.path == "/v1/embeddings":
                self._embeddings(body)
            elif self.path == "/v1/chat/completions":
                self._chat(body)
            else:
                self._error(404, f"model_server: no route {self.path}")
        except OSError:  # the client went away (timed out, or its process was killed)
            pass
        finally:
            if self.recorded is not None:
                self.recorded.done = time.monotonic()

    # chat
    def _chat(self, body: dict[str, Any]) -> None:
        model = self.model
        spec = (body.get("response_format") or {}).get("json_schema") or {}
        schema = spec.get("name") or "?"
        stream = bool(body.get("stream"))
        messages = body.get("messages") or []
        repair = any("did not match the schema" in str(m.get("content", "")) for m in messages[-1:])
        fault = model._take(schema)
        self.recorded = model._record(self.path, schema, stream, fault, self.client_address[1], repair)
        if isinstance(fault, Hold):
            fault.client_port, fault.schema = self.client_address[1], schema
            fault.arrived.set()
            while not fault.released.wait(0.05):
                if model._stop.is_set():
                    return
            fault = None
        if model.latency > 0 and model._stop.wait(model.latency):
            return
        serial = next(model._serial)
        content = canned(schema, serial)
        if content is None:
            self._error(400, f"model_server: unknown schema {schema!r}")
            return
        text, finish = json.dumps(content), "stop"
        if isinstance(fault, Status):
            self._error(fault.code, f"model_server: injected HTTP {fault.code}", fault.headers)
            return
        if isinstance(fault, Hang):
            model._stop.wait(fault.seconds)
            return
        if isinstance(fault, Drop):
            return
        refusal = ""
        if isinstance(fault, Truncated):
            text, finish = text[: len(text) // 2], "length"
        elif isinstance(fault, CutJSON):
            text = text[: len(text) // 2]
        elif isinstance(fault, InvalidJSON):
            text = fault.text
        elif isinstance(fault, Nonsense):
            text = json.dumps(fault.content)
        elif isinstance(fault, Refusal):
            text, refusal = "", fault.text
        if stream:
            self._stream(body, text, refusal, finish)
        else:
            message = {"role": "assistant", "content": text or None, "refusal": refusal or None}
            self._json(200, {"id": f"chatcmpl-{serial}", "object": "chat.completion", "created": int(time.time()),
                             "model": body.get("model", ""),
                             "choices": [{"index": 0, "message": message, "finish_reason": finish,
                                          "logprobs": None}],
                             "usage": _usage(body, text or refusal)})

    def _stream(self, body: dict[str, Any], text: str, refusal: str, finish: str) -> None:
        self.send_response(200)
        self.send_header("content-type", "text/event-stream")
        self.send_header("transfer-encoding", "chunked")
        self.send_header("connection", "close")
        self.end_headers()
        base = {"id": "chatcmpl-stream", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": body.get("model", "")}

        def choice(delta: dict[str, Any], finish_reason: str | None) -> dict[str, Any]:
            return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason,
                                         "logprobs": None}]}

        self._event(choice({"role": "assistant", "content": ""}, None))
        kind, payload = ("refusal", refusal) if refusal else ("content", text)
        for i in range(0, len(payload), 16):
            if i and self.model.stream_interval:
                time.sleep(self.model.stream_interval)
            self._event(choice({kind: payload[i:i + 16]}, None))
            if i == 0 and self.recorded is not None:
                self.recorded.first_content = time.time()
        self._event(choice({}, finish))
        if (body.get("stream_options") or {}).get("include_usage"):
            self._event({**base, "choices": [], "usage": _usage(body, payload)})
        self._chunk(b"data: [DONE]\n\n")
        self._chunk(b"")

    def _event(self, data: dict[str, Any]) -> None:
        self._chunk(f"data: {json.dumps(data)}\n\n".encode())

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        self.wfile.flush()

    # embeddings
    def _embeddings(self, body: dict[str, Any]) -> None:
        with self.model._lock:
            self.model.embeddings += 1
        self.recorded = self.model._record(self.path, "embedding", False, None, self.client_address[1], False)
        inputs = body.get("input", [])
        inputs = [inputs] if isinstance(inputs, str) else list(inputs)
        if body.get("encoding_format") == "base64":
            import base64
            import struct

            data = [base64.b64encode(struct.pack("<8f", *_vector(str(t)))).decode() for t in inputs]
        else:
            data = [_vector(str(t)) for t in inputs]
        tokens = sum(len(str(t)) // 4 + 1 for t in inputs)
        self._json(200, {"object": "list", "model": body.get("model", ""),
                         "data": [{"object": "embedding", "index": i, "embedding": v} for i, v in enumerate(data)],
                         "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})

    # plumbing
    def _error(self, code: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._json(code, {"error": {"message": message, "type": "model_server", "param": None, "code": None}},
                   headers)

    def _json(self, code: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(code)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.send_header("connection", "close")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _usage(body: dict[str, Any], text: str) -> dict[str, Any]:
    prompt = sum(len(str(m.get("content", ""))) for m in body.get("messages") or []) // 4 + 1
    completion = len(text) // 4 + 1
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


# -- which process holds a connection ----------------------------------------------------------


def pid_of_client(port: int) -> int | None:
    """The pid of the local process whose TCP socket has local port `port` (Linux /proc)."""
    inode = None
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table) as f:
                next(f)
                for line in f:
                    parts = line.split()
                    if int(parts[1].rsplit(":", 1)[1], 16) == port and parts[9] != "0":
                        inode = parts[9]
                        break
        except OSError:
            continue
        if inode:
            break
    if inode is None:
        return None
    target = f"socket:[{inode}]"
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                if os.readlink(f"/proc/{pid}/fd/{fd}") == target:
                    return int(pid)
        except OSError:
            continue
    return None
