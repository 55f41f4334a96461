"""The `openai` provider: the official SDK against OpenAI or any compatible server.

One retry loop owns every retry (the SDK's own are off): at most `max_attempts`
requests per `generate`, covering 429 (honouring retry-after), 5xx, timeouts and
connection errors (capped exponential backoff with jitter), truncation, and
invalid output (mended locally when the break is cosmetic, else the first invalid
reply gets one repair request).

Every call sends its role's output cap (`max_completion_tokens`, or `max_tokens`), shrunk
to what the model's context window leaves after the prompt. A reply cut off by the cap is
salvaged when what arrived makes a valid reply (the cut text ends at its last whole word),
else asked for once more, shorter.

Structured outputs come in three levels, and a server that refuses one is stepped down to
the next, remembered per server for the life of the process:
- "full": `json_schema` with every keyword (`minItems`, `maxItems`, `minimum`, `maximum`,
  `maxLength`, `enum`): llama.cpp, vLLM and Ollama enforce them all with a grammar;
- "strict": `json_schema` with the subset OpenAI's strict mode documents (enum, the number
  and array bounds; string lengths become hints in the descriptions);
- "json": JSON mode, with the reply's shape as an example in the system message, and the
  schema beside `json_object` (llama.cpp enforces it there; a server that refuses it gets
  plain JSON mode); pydantic validates the reply.
Each role's sampling settings (temperature, frequency and presence penalties) are sent
unless the server refuses them.
"""

from __future__ import annotations

import array
import base64
import email.utils
import json
import logging
import random
import re
import sys
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

import openai
from pydantic import BaseModel, ValidationError

from moviesim.llm.base import (
    Attempt,
    Generation,
    GenerationRequest,
    ProviderError,
    estimate_tokens,
    messages_tokens,
)
from moviesim.llm.repair import repair

log = logging.getLogger(__name__)

DEFAULT_EMBEDDING_MODEL = "text-embedding-3-small"
BACKOFF_BASE = 0.5
RETRYABLE_STATUSES = {408, 409, 429}
SAMPLING_PARAMETERS = ("temperature", "frequency_penalty", "presence_penalty", "top_p")
LEVELS = ("full", "strict", "json")
# Keywords no level sends (strict mode rejects them, or they only cost tokens); pydantic still enforces them.
_DROPPED = {"title", "default", "examples", "format", "pattern", "uniqueItems", "multipleOf"}
# The bounds each level sends as keywords; the others become hints in the field's description.
# OpenAI's strict mode documents enum, minimum/maximum (and exclusive ones) and minItems/maxItems.
_BOUNDS = ("minLength", "maxLength", "minItems", "maxItems", "minimum", "maximum",
           "exclusiveMinimum", "exclusiveMaximum", "minProperties", "maxProperties")
_KEPT = {"full": set(_BOUNDS) - {"minProperties", "maxProperties"},
         "strict": {"minItems", "maxItems", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}}
_FALLBACK_MARKERS = ("response_format", "json_schema", "structured output", "not supported", "schema",
                     "grammar", "not permitted")
_CAP_PARAMETERS = ("max_completion_tokens", "max_tokens")
MIN_OUTPUT = 64  # a reply needs at least this much room in the window
_LEVEL_OF_SERVER: dict[str, str] = {}  # base URL -> the level that server took, for the process's lifetime
_PLAIN_JSON: set[str] = set()  # base URLs that refused a schema beside JSON mode
# At the end of a cut string: a lone backslash, a partial \\uXXXX, or a high surrogate without its pair.
_STRING_BODY, _WS = re.compile(r'(?:[^"\\]|\\.)*', re.DOTALL), re.compile(r"\s*")
_CUT_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*(\\(?:u[dD][89abAB][0-9a-fA-F]{2}|u[0-9a-fA-F]{0,3})?)$")


def strict_schema(model_cls: type[BaseModel], level: str = "strict") -> dict[str, Any]:
    """The model's JSON schema in OpenAI strict form (every object closed, every property
    required, refs inlined where they have siblings), with the bounds `level` sends."""
    root = model_cls.model_json_schema()
    return _strict(root, root, _KEPT.get(level, _KEPT["full"]))


_FORMATS: dict[str, weakref.WeakKeyDictionary[type[BaseModel], dict[str, Any]]] = {
    level: weakref.WeakKeyDictionary() for level in ("full", "strict")}


def _schema_format(model_cls: type[BaseModel], level: str = "full") -> dict[str, Any]:
    """The `json_schema` response format of a schema class at `level`, built once per class for
    as long as the class lives (the engine keeps a room's schema classes, so the same ones come
    back call after call). Shared: read it, never change it."""
    formats = _FORMATS[level]
    found = formats.get(model_cls)
    if found is None:
        spec = {"name": model_cls.__name__[:64], "strict": True, "schema": strict_schema(model_cls, level)}
        found = formats[model_cls] = {"type": "json_schema", "json_schema": spec}
    return found


def _strict(node: Any, root: dict[str, Any], kept: set[str]) -> Any:
    if isinstance(node, list):
        return [_strict(item, root, kept) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node and len(node) > 1:  # strict mode wants a bare $ref: inline it, keep the siblings
        target = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "$defs"):  # maps of names: a field may be called "title"
            out[key] = {name: _strict(sub, root, kept) for name, sub in value.items()}
        elif key not in _DROPPED and (key not in _BOUNDS or key in kept):
            out[key] = _strict(value, root, kept)
    hints = [f"{key}={node[key]}" for key in _BOUNDS if key in node and key not in kept]
    if hints:
        out["description"] = f"{out.get('description', '')} ({', '.join(hints)})".strip()
    if node.get("type") == "object" or "properties" in node:
        if isinstance(node.get("additionalProperties"), dict) or not node.get("properties"):
            raise ValueError("strict mode cannot express free-form maps: use a list of objects")
        out["additionalProperties"] = False
        out["required"] = list(node["properties"])
    return out


def partial_string_field(text: str, field: str) -> str | None:
    """The value so far of the top-level string `field` in incomplete JSON `text`, or None."""
    depth, prev, i, n = 0, "", 0, len(text)
    while i < n:
        char = text[i]
        if char == '"':
            end = _string_end(text, i + 1)
            if end < 0:
                return None
            if depth == 1 and prev in "{," and text[i + 1:end] == field:
                j = _WS.match(text, end + 1).end()  # type: ignore[union-attr]
                if j < n and text[j] == ":":
                    j = _WS.match(text, j + 1).end()  # type: ignore[union-attr]
                    return _decode_partial(text, j + 1) if j < n and text[j] == '"' else None
                return None
            prev, i = '"', end + 1
            continue
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
        if not char.isspace():
            prev = char
        i += 1
    return None


def _string_end(text: str, i: int) -> int:
    """Index of the quote closing the JSON string whose body starts at `i`, or -1 if it is cut."""
    end = _STRING_BODY.match(text, i).end()  # type: ignore[union-attr]  # always matches
    return end if end < len(text) and text[end] == '"' else -1


def _decode_partial(text: str, i: int) -> str | None:
    """Decode a JSON string body from `i` up to its closing quote or the end, dropping a cut escape."""
    end = _string_end(text, i)
    raw = text[i:end] if end >= 0 else text[i:]
    while end < 0 and (cut := _CUT_ESCAPE.search(raw)) and cut.group(1):
        raw = raw[:cut.start(1)]
    try:
        return json.loads(f'"{raw}"', strict=False)
    except ValueError:
        return None


@dataclass
class _Reply:
    text: str = ""
    refusal: str = ""
    finish: str | None = None
    usage: Any = None


class _Emitter:
    """Per-attempt streaming state: growing values only, the first at once, then throttled."""

    def __init__(self, on_text: Callable[[str], None], interval: float, clock: Callable[[], float]):
        self.on_text, self.interval, self.clock = on_text, interval, clock
        self.last = ""
        self.last_at: float | None = None

    def due(self) -> bool:
        """Whether an update now would be sent (the first at once, then one per interval)."""
        return self.last_at is None or self.clock() - self.last_at >= self.interval

    def offer(self, partial: str | None, *, force: bool = False) -> None:
        if not partial or len(partial) <= len(self.last) and not force or partial == self.last:
            return
        now = self.clock()
        if not force and self.last_at is not None and now - self.last_at < self.interval:
            return
        self.last, self.last_at = partial, now
        try:
            self.on_text(partial)
        except Exception:  # a broken listener must not fail the turn
            log.exception("on_text callback failed")


class _Retry(Exception):
    """An attempt failed in a way another attempt may fix."""

    def __init__(self, error: str, delay: float | None = None, repair: tuple[str, str] | None = None,
                 shorter: bool = False):
        super().__init__(error)
        self.error, self.delay, self.repair, self.shorter = error, delay, repair, shorter


class _Fatal(Exception):
    """An attempt failed in a way no retry will fix."""


class OpenAIProvider:
    name = "openai"

    def __init__(
        self,
        *,
        api_key: str,
        base_url: str | None = None,
        models: dict[str, str],
        timeout: float,
        max_attempts: int,
        max_backoff: float,
        sleep: Callable[[float], None] = time.sleep,
        client: openai.OpenAI | None = None,
        stream_interval: float = 0.25,
        clock: Callable[[], float] = time.monotonic,
        embedding_model: str = DEFAULT_EMBEDDING_MODEL,
        sampling: dict[str, dict[str, float]] | None = None,
        max_tokens: dict[str, int] | None = None,
        max_tokens_param: str = "max_completion_tokens",
        schema_level: str = "auto",
        context_tokens: int = 8192,
    ):
        self.models = dict(models)
        self.sampling = {role: dict(values) for role, values in (sampling or {}).items()}
        self.plain_sampling = False  # set once a server refuses the sampling settings
        self.timeout = timeout
        self.max_attempts = max(1, int(max_attempts))
        self.max_backoff = max(0.0, float(max_backoff))
        self.sleep = sleep
        self.stream_interval = stream_interval
        self.clock = clock
        self.embedding_model = embedding_model
        self.embeds = True  # set off once the server says it has no embeddings
        self.max_tokens = dict(max_tokens or {})  # the output cap per model role (none sent for a role without one)
        self.max_tokens_param = max_tokens_param  # switched to the other name once a server refuses this one
        self.context_tokens = max(1024, int(context_tokens))
        self.server = str(base_url or "https://api.openai.com/v1")
        self.json_schema_hint = self.server not in _PLAIN_JSON  # JSON mode sends the schema along, unless refused
        start = LEVELS[0] if schema_level == "auto" else schema_level
        if start not in LEVELS:
            raise ProviderError(f"unknown schema level {schema_level!r}: choose auto, {', '.join(LEVELS)}")
        # The level this server took before (in this process) wins over the start, when it is lower.
        self.level = max(start, _LEVEL_OF_SERVER.get(self.server, start), key=LEVELS.index)
        if client is None and not api_key:
            raise ProviderError("OPENAI_API_KEY is not set: the openai provider needs a key (any non-empty "
                                "value for a local server such as Ollama), or use the offline provider")
        self.client = client or openai.OpenAI(
            api_key=api_key, base_url=base_url or None, timeout=timeout, max_retries=0
        )

    @classmethod
    def from_settings(cls) -> OpenAIProvider:
        from django.conf import settings

        return cls(
            api_key=settings.OPENAI_API_KEY,
            base_url=settings.OPENAI_BASE_URL or None,
            models=settings.MOVIESIM_MODELS,
            timeout=settings.MOVIESIM_LLM_TIMEOUT,
            max_attempts=settings.MOVIESIM_LLM_MAX_ATTEMPTS,
            max_backoff=settings.MOVIESIM_LLM_MAX_BACKOFF,
            embedding_model=getattr(settings, "MOVIESIM_EMBEDDING_MODEL", DEFAULT_EMBEDDING_MODEL),
            sampling=settings.MOVIESIM_SAMPLING,
            max_tokens=settings.MOVIESIM_MAX_TOKENS,
            max_tokens_param=settings.MOVIESIM_MAX_TOKENS_PARAM,
            schema_level=settings.MOVIESIM_SCHEMA_LEVEL,
            context_tokens=settings.MOVIESIM_CONTEXT_TOKENS,
        )

    @property
    def json_mode(self) -> bool:
        """Whether this provider asks for JSON mode (the server took no `json_schema`)."""
        return self.level == "json"

    # -- generation ---------------------------------------------------------------------------

    def generate(self, request: GenerationRequest) -> Generation:
        model = self.models[request.model_role]
        attempts: list[Attempt] = []
        repair: tuple[str, str] | None = None
        repaired = shortened = False
        failures = 0
        for number in range(1, self.max_attempts + 1):
            messages = self._messages(request, repair)
            attempt = Attempt(number=number, model=model)
            attempts.append(attempt)
            started = time.monotonic()
            try:
                output = self._attempt(request, model, messages, attempt, salvage=shortened)
            except _Fatal as exc:
                attempt.error = str(exc)
                raise ProviderError(
                    f"openai {request.role} call failed (not retryable) after {number} attempt(s): {exc}",
                    attempts,
                ) from None
            except _Retry as exc:
                attempt.error = exc.error
                shortened = shortened or exc.shorter
                repair = None
                if exc.repair and not repaired:
                    repair, repaired = exc.repair, True
                if exc.delay is not None and number < self.max_attempts:
                    failures += 1
                    delay = exc.delay if exc.delay >= 0 else self._backoff(request, failures)
                    log.info("openai %s attempt %d failed (%s); retrying in %.2fs",
                             request.role, number, exc.error, delay)
                    self.sleep(delay)
                continue
            finally:
                attempt.latency_ms = int((time.monotonic() - started) * 1000)
            return Generation(output=output, attempts=attempts)
        raise ProviderError(
            f"openai {request.role} call failed after {len(attempts)} attempt(s) "
            f"(max {self.max_attempts}): {attempts[-1].error}",
            attempts,
        )

    def _attempt(self, request: GenerationRequest, model: str, messages: list[dict[str, str]],
                 attempt: Attempt, *, salvage: bool = False) -> BaseModel:
        """One request. `salvage`: a reply cut off by the cap again (after one was asked to be
        shorter) is kept when what arrived makes a valid reply."""
        kwargs: dict[str, Any] = {"model": model, "messages": messages,
                                  "response_format": self._response_format(request.schema)}
        cap = self._cap(request, messages)
        if cap is not None:
            kwargs[self.max_tokens_param] = cap
        if not self.plain_sampling:
            kwargs.update(self.sampling.get(request.model_role, {}))
        emitter = None
        if request.on_text and request.stream_field:
            emitter = _Emitter(request.on_text, self.stream_interval, self.clock)
        try:
            if emitter:
                reply = self._stream(request, kwargs, emitter)
            else:
                completion = self._post("/chat/completions", kwargs)
                choice = _first_choice(completion)
                message = _mapping(choice.get("message"))
                reply = _Reply(text=str(message.get("content") or ""), refusal=str(message.get("refusal") or ""),
                               finish=choice.get("finish_reason"), usage=_mapping(completion).get("usage"))
        except openai.APIStatusError as exc:
            attempt.response = _error_body(exc)
            self._status_error(exc, model)
        except openai.APITimeoutError:
            raise _Retry(f"request timed out after {self.timeout:g}s", delay=-1) from None
        except openai.APIConnectionError as exc:
            raise _Retry(f"connection error: {exc.__cause__ or exc}", delay=-1) from None
        except openai.APIError as exc:  # e.g. an error event inside a stream
            raise _Retry(f"API error: {exc.message}", delay=-1) from None
        except ValueError as exc:  # a garbled body or SSE event
            raise _Retry(f"malformed response: {exc}", delay=-1) from None
        attempt.response = reply.text or reply.refusal
        if isinstance(reply.usage, dict):
            details = _mapping(reply.usage.get("prompt_tokens_details"))
            attempt.tokens_in = _count(reply.usage.get("prompt_tokens"))
            attempt.tokens_out = _count(reply.usage.get("completion_tokens"))
            attempt.tokens_cached = _count(details.get("cached_tokens"))
        else:
            attempt.tokens_in = messages_tokens(messages)
            attempt.tokens_out = estimate_tokens(attempt.response) if attempt.response else 0
        if reply.refusal:
            raise _Fatal(f"model refused: {reply.refusal}")
        if reply.finish == "length":
            # Cut off by the cap: asked once more, shorter; cut off again, what arrived is kept
            # when it makes a valid reply closed where it was cut.
            output = _repaired(request.schema, close_cut_json(reply.text)) if salvage else None
            if output is None:
                limit = f" at {cap} tokens" if cap else ""
                raise _Retry(f"output truncated{limit} (finish_reason=length)", shorter=True, repair=("", (
                    f"Your last reply was cut off{limit} before it was complete. Reply again, shorter: "
                    "a sentence or two in each text field, and only the JSON."))) from None
            log.info("openai %s reply cut off at its cap again; kept what arrived", request.role)
        else:
            try:
                output = request.schema.model_validate_json(reply.text)
            except ValidationError as exc:
                output = _repaired(request.schema, reply.text)
                if output is None:
                    summary = _summarise(exc)
                    note = f"Your reply did not match the schema: {summary}. Reply again with only valid JSON."
                    raise _Retry(f"invalid output: {summary}", repair=(reply.text, note)) from None
        if emitter:
            final = getattr(output, request.stream_field, None)
            emitter.offer(final if isinstance(final, str) else None, force=True)
        return output

    def _status_error(self, exc: openai.APIStatusError, model: str) -> NoReturn:
        status, message = exc.status_code, _error_message(exc)
        lowered = message.lower()
        if status in (400, 422) and self.max_tokens_param in lowered:
            other = next(p for p in _CAP_PARAMETERS if p != self.max_tokens_param)
            log.warning("server refused %s (%s); sending %s", self.max_tokens_param, message, other)
            refused, self.max_tokens_param = self.max_tokens_param, other
            raise _Retry(f"{refused} rejected (HTTP {status}): {message}; sending {other}") from None
        if status in (400, 422) and self.level == "json" and self.json_schema_hint and "schema" in lowered:
            self.json_schema_hint = False
            _PLAIN_JSON.add(self.server)
            log.warning("server refused a schema with JSON mode (%s); sending plain JSON mode", message)
            raise _Retry(f"schema with JSON mode rejected (HTTP {status}): {message}; plain JSON mode") from None
        if status in (400, 422) and self.level != "json" and any(marker in lowered for marker in _FALLBACK_MARKERS):
            refused = self.level
            self.level = _LEVEL_OF_SERVER[self.server] = _next_level(refused, lowered)
            log.warning("server refused the %s schema (%s); using %s", refused, message, self.level)
            raise _Retry(f"{refused} json_schema rejected (HTTP {status}): {message}; "
                         f"falling back to {'JSON mode' if self.level == 'json' else self.level + ' schema'}") from None
        if status in (400, 422) and not self.plain_sampling and any(
            name in message.lower() for name in SAMPLING_PARAMETERS
        ):
            self.plain_sampling = True
            log.warning("server refused the sampling settings (%s); sending none", message)
            raise _Retry(f"sampling settings rejected (HTTP {status}): {message}; sending none") from None
        if status == 429 or status in RETRYABLE_STATUSES or status >= 500:
            label = "rate limited" if status == 429 else "server error"
            raise _Retry(f"{label} (HTTP {status}): {message}", delay=self._retry_after(exc)) from None
        hints = {401: "authentication failed; check OPENAI_API_KEY",
                 403: "permission denied; check the key's access",
                 404: f"not found; check the model name {model!r} and OPENAI_BASE_URL"}
        raise _Fatal(f"{hints.get(status, 'request rejected')} (HTTP {status}): {message}") from None

    def _retry_after(self, exc: openai.APIStatusError) -> float:
        """The server's retry-after (capped), or -1 for exponential backoff."""
        headers = exc.response.headers
        seconds: float | None = None
        try:
            if headers.get("retry-after-ms"):
                seconds = float(headers["retry-after-ms"]) / 1000
            elif headers.get("retry-after"):
                value = headers["retry-after"]
                try:
                    seconds = float(value)
                except ValueError:
                    seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError, OverflowError):
            seconds = None
        if seconds is None:
            return -1
        return min(max(0.0, seconds), self.max_backoff)

    def _backoff(self, request: GenerationRequest, failures: int) -> float:
        """Capped exponential backoff with jitter seeded by the call, so it is reproducible."""
        rng = random.Random(f"{request.seed}|{request.role}|{failures}")
        return min(self.max_backoff, BACKOFF_BASE * 2 ** (failures - 1)) * (0.5 + rng.random() / 2)

    def _response_format(self, schema: type[BaseModel]) -> dict[str, Any]:
        if self.json_mode:
            if self.json_schema_hint:  # llama.cpp's server enforces a schema given with JSON mode too
                return {"type": "json_object", "schema": strict_schema(schema, "full")}
            return {"type": "json_object"}
        return _schema_format(schema, self.level)

    def _cap(self, request: GenerationRequest, messages: list[dict[str, str]]) -> int | None:
        """The role's output cap, within what the context window leaves after the prompt."""
        cap = self.max_tokens.get(request.model_role)
        if cap is None:
            return None
        room = self.context_tokens - messages_tokens(messages)
        if room < MIN_OUTPUT:
            raise _Fatal(f"the prompt (about {messages_tokens(messages)} tokens) leaves no room for a reply in "
                         f"a context of {self.context_tokens} tokens (MOVIESIM_CONTEXT_TOKENS)")
        return min(cap, room)

    def _messages(self, request: GenerationRequest, repair: tuple[str, str] | None) -> list[dict[str, str]]:
        messages = [dict(m) for m in request.messages]
        if self.json_mode:
            note = json_mode_note(request.schema)
            if messages and messages[0].get("role") == "system":
                messages[0]["content"] = f"{messages[0]['content']}\n\n{note}"
            else:
                messages.insert(0, {"role": "system", "content": note})
        if repair:
            previous, note = repair
            if previous:
                messages.append({"role": "assistant", "content": previous[:20000]})
            messages.append({"role": "user", "content": note})
        return messages

    def _post(self, path: str, body: dict[str, Any], *, stream: bool = False) -> Any:
        """POST `body` as it is through the SDK's client (its base URL, auth, timeouts and errors)
        and read the reply as plain JSON (a stream of JSON chunks with `stream`). The typed
        resources (`chat.completions.create`, `embeddings.create`) would walk every message
        through their type transforms and build a response model for every reply and chunk, work
        that costs a step more than the rest of the call: the reply's content is validated by the
        request's own schema instead, and the fields read here are checked as they are read."""
        if stream:
            return self.client.post(path, body=body, cast_to=object, stream=True, stream_cls=openai.Stream[object])
        return self.client.post(path, body=body, cast_to=object)

    # -- streaming ----------------------------------------------------------------------------

    def _stream(self, request: GenerationRequest, kwargs: dict[str, Any], emitter: _Emitter) -> _Reply:
        """The reply's chunks as plain JSON, through the SDK's SSE stream (its error events and
        timeouts), without a response model per chunk: a line comes in dozens of them."""
        reply = _Reply()
        parts: list[str] = []
        body = {**kwargs, "stream": True, "stream_options": {"include_usage": True}}
        with self._post("/chat/completions", body, stream=True) as chunks:
            for chunk in chunks:
                chunk = _mapping(chunk)
                if chunk.get("usage") is not None:
                    reply.usage = chunk["usage"]
                if not chunk.get("choices"):
                    continue
                choice = _first_choice(chunk)
                reply.finish = choice.get("finish_reason") or reply.finish
                delta = _mapping(choice.get("delta"))
                if delta.get("refusal"):
                    reply.refusal += str(delta["refusal"])
                if delta.get("content"):
                    parts.append(str(delta["content"]))
                    if emitter.due():  # parse the growing reply only when an update would go out
                        emitter.offer(partial_string_field("".join(parts), request.stream_field))
        reply.text = "".join(parts)
        return reply

    # -- embeddings ---------------------------------------------------------------------------

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        try:
            # Base64, as the SDK's own `embeddings.create` asks for by default.
            response = self._post("/embeddings", {"model": self.embedding_model, "input": texts,
                                                  "encoding_format": "base64"})
            items = _mapping(response).get("data") or []
            vectors = sorted((int(_mapping(item).get("index", i)), _vector(_mapping(item).get("embedding")))
                             for i, item in enumerate(items))
        except openai.APIError as exc:
            if isinstance(exc, openai.APIStatusError) and exc.status_code in (400, 404, 405, 501):
                # The server has no embeddings (llama-server without --embeddings, a chat-only
                # host): memories are recalled by shared words instead, without asking again.
                self.embeds = False
                log.warning("the server has no embeddings (%s); recalling memories by words", _error_message(exc))
            raise ProviderError(f"openai embeddings failed: {_error_message(exc)}",
                                [Attempt(number=1, model=self.embedding_model, error=str(exc))]) from None
        except (ValueError, TypeError) as exc:  # a garbled body
            raise ProviderError(f"openai embeddings failed: malformed response: {exc}",
                                [Attempt(number=1, model=self.embedding_model, error=str(exc))]) from None
        return [vector for _, vector in vectors]


def _vector(value: Any) -> list[float]:
    """An embedding as the server sent it: base64 of little-endian float32s, or a list of numbers."""
    if isinstance(value, str):
        floats = array.array("f", base64.b64decode(value))
        if sys.byteorder == "big":
            floats.byteswap()
        return floats.tolist()
    if isinstance(value, list):
        return [float(x) for x in value]
    raise ValueError(f"an embedding must be base64 or a list of numbers, not {type(value).__name__}")


def _mapping(value: Any) -> dict[str, Any]:
    """A JSON object of the reply (an absent one reads as empty); anything else is a malformed reply."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError(f"expected a JSON object, got {type(value).__name__}")
    return value


def _first_choice(completion: Any) -> dict[str, Any]:
    choices = _mapping(completion).get("choices") or []
    if not isinstance(choices, list):
        raise ValueError("expected a list of choices")
    return _mapping(choices[0]) if choices else {}


def _count(value: Any) -> int:
    return value if isinstance(value, int) else 0


def json_mode_note(model_cls: type[BaseModel]) -> str:
    """What JSON mode adds to the system message: the reply's shape as an example to fill in
    (a model, a small one above all, copies an example far better than it reads a schema)."""
    example = _example(strict_schema(model_cls, "full"))
    return ("Reply with only a JSON object shaped exactly like this one, with the same keys, every <...> "
            "replaced by your own words, and each list as long as it needs to be:\n"
            + json.dumps(example, ensure_ascii=False, indent=1))


def _example(node: dict[str, Any]) -> Any:
    """An instance of a (strict, refs inlined or in $defs) JSON schema node with placeholders."""
    root = node
    return _example_of(node, root)


def _example_of(node: dict[str, Any], root: dict[str, Any]) -> Any:
    if "$ref" in node:
        target = root
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        return _example_of({**target, **{k: v for k, v in node.items() if k != "$ref"}}, root)
    if "anyOf" in node:  # an optional object: null unless asked for
        options = [o for o in node["anyOf"] if o.get("type") != "null"]
        return None if len(options) < len(node["anyOf"]) else _example_of(options[0], root)
    if "enum" in node:
        choices = node["enum"]
        return choices[0] if len(choices) == 1 else f"<one of: {' | '.join(map(str, choices))}>"
    if "const" in node:
        return node["const"]
    kind = node.get("type")
    if kind == "object":
        return {name: _example_of(sub, root) for name, sub in node.get("properties", {}).items()}
    if kind == "array":
        item = _example_of(node.get("items", {}), root)
        return [item] * max(1, int(node.get("minItems", 1)))
    if kind == "boolean":
        return False
    if kind in ("number", "integer"):
        low, high = node.get("minimum", 0), node.get("maximum", node.get("minimum", 0))
        middle = (low + high) / 2
        return int(middle) if kind == "integer" else round(middle, 2)
    what = (node.get("description") or "text").split(" (")[0]
    longest = f", at most {node['maxLength']} characters" if "maxLength" in node else ""
    return f"<{what[:120]}{longest}>"


def _next_level(refused: str, message: str) -> str:
    """The level to try after a server refused `refused` with `message`: a refusal of some of
    the full schema's keywords ("'maxLength' is not permitted") goes to OpenAI's strict subset,
    a refusal of `json_schema` itself straight to JSON mode."""
    about_keywords = any(word in message for word in ("minlength", "maxlength", "not permitted", "invalid schema",
                                                      "keyword", "unsupported schema"))
    return "strict" if refused == "full" and about_keywords else "json"


def close_cut_json(text: str) -> str:
    """JSON cut off mid-reply, closed where it was cut: an open string ends at its last whole
    word, a dangling key or comma goes, and the open arrays and objects are closed."""
    closers: list[str] = []
    i, n, in_string_from = 0, len(text), -1
    while i < n:
        char = text[i]
        if char == '"':
            end = _string_end(text, i + 1)
            if end < 0:
                in_string_from = i
                break
            i = end + 1
            continue
        if char in "{[":
            closers.append("}" if char == "{" else "]")
        elif char in "}]" and closers:
            closers.pop()
        i += 1
    out = text
    if in_string_from >= 0:
        body = text[in_string_from + 1:]
        while (cut := _CUT_ESCAPE.search(body)) and cut.group(1):
            body = body[:cut.start(1)]
        space = body.rfind(" ")
        body = body[:space].rstrip(" ,;:-") if space > 0 else body
        out = f'{text[:in_string_from + 1]}{body}"'
    out = out.rstrip()
    for _ in range(2):  # a value cut before it began, then the key that was waiting for it
        if out.endswith(","):
            out = out[:-1].rstrip()
        if out.endswith(":"):
            out = out[:-1].rstrip()
            start = out.rfind('"', 0, len(out) - 1)
            out = out[:start].rstrip() if start >= 0 else out
    if closers and closers[-1] == "}" and out.endswith('"'):  # a key whose value never came
        start = out.rfind('"', 0, len(out) - 1)
        while start > 0 and out[start - 1] == "\\":
            start = out.rfind('"', 0, start - 1)
        before = out[:start].rstrip()
        if before.endswith(("{", ",")):
            out = before
    if out.endswith(","):
        out = out[:-1].rstrip()
    return out + "".join(reversed(closers))


def _repaired(schema: type[BaseModel], text: str) -> BaseModel | None:
    """The reply mended locally when its breaks are cosmetic (a name misspelled, a list too long), else None."""
    try:
        return schema.model_validate(repair(schema, json.loads(text)))
    except (ValueError, ValidationError):
        return None


def _error_message(exc: openai.APIError) -> str:
    body = exc.body
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return body["message"]
    return str(body) if isinstance(body, str) and body else exc.message


def _error_body(exc: openai.APIStatusError) -> str:
    if exc.body is None:
        return exc.message
    return (exc.body if isinstance(exc.body, str) else json.dumps(exc.body, default=str))[:4000]


def _summarise(exc: ValidationError) -> str:
    errors = exc.errors(include_url=False)
    if errors and errors[0]["type"] == "json_invalid":
        return f"invalid JSON ({errors[0]['msg']})"
    parts = [f"{'.'.join(str(p) for p in e['loc']) or '<root>'}: {e['msg']}" for e in errors[:6]]
    more = f" (+{len(errors) - 6} more)" if len(errors) > 6 else ""
    return "; ".join(parts) + more
