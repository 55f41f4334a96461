"""The one provider contract: turn messages into a validated pydantic object.

A provider never touches the database; the engine records every attempt it
reports as an `LLMCall`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from pydantic import BaseModel

# The model settings a role uses: director / character / scene / observer.
MODEL_ROLES = ("director", "character", "scene", "observer")


@dataclass
class GenerationRequest:
    role: str
    """Engine role, e.g. 'director_setup', 'character', 'observer' (recorded on the LLMCall)."""
    messages: list[dict[str, str]]
    """Chat messages ({'role': 'system'|'user'|'assistant', 'content': str}), static first."""
    schema: type[BaseModel]
    model_role: str = "director"
    """Which per-role model setting answers (one of MODEL_ROLES)."""
    seed: str = ""
    """A deterministic key for this call (story seed, role, turn index)."""
    story_key: str = ""
    """The same for every call of one story, different between stories (a cache key, for instance)."""
    state: dict[str, Any] | None = None
    """The story's provider state: a provider may keep what it needs between calls here (JSON
    values only); the engine saves it with the step, so a step that fails keeps nothing of it."""
    context: dict[str, Any] = field(default_factory=dict)
    """The structured facts the prompt was built from, for providers that do not read prose."""
    on_text: Callable[[str], None] | None = None
    """Streaming: called with the spoken line so far as it forms (never private fields)."""
    stream_field: str = ""
    """The schema field whose text may be streamed through `on_text` (e.g. 'dialogue')."""


@dataclass
class Attempt:
    number: int
    model: str
    response: str = ""
    tokens_in: int = 0
    tokens_out: int = 0
    tokens_cached: int = 0
    latency_ms: int = 0
    error: str = ""


@dataclass
class Generation:
    output: BaseModel
    attempts: list[Attempt]

    @property
    def final(self) -> Attempt:
        return self.attempts[-1]


class ProviderError(Exception):
    """A call that failed for good; `attempts` holds every try, each with its error."""

    def __init__(self, message: str, attempts: list[Attempt] | None = None):
        super().__init__(message)
        self.message = message
        self.attempts = attempts or []


class Provider(Protocol):
    name: str

    def generate(self, request: GenerationRequest) -> Generation: ...


def estimate_tokens(text: str) -> int:
    """Without a tokenizer download: about four characters a token."""
    return max(1, (len(text) + 3) // 4)


def messages_tokens(messages: list[dict[str, str]]) -> int:
    return sum(estimate_tokens(m.get("content", "")) + 4 for m in messages)
