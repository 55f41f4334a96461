"""The engine's one door to the models: build a request, ask the story's provider,
and store every attempt as an LLMCall, whichever provider answered."""

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.conf import settings
from pydantic import BaseModel

from moviesim.llm import GenerationRequest, ProviderError, get_provider
from moviesim.llm.base import estimate_tokens
from stories import costs
from stories.engine import prompts
from stories.models import LLMCall, Story

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)
_held: ContextVar[list[LLMCall] | None] = ContextVar("held_llm_calls", default=None)

MODEL_ROLE = {
    "director_setup": "director",
    "director_outline": "director",
    "director_character": "director",
    "director_resolution": "director",
    "director_intervention": "director",
    "director_next_scene": "director",
    "director_options": "director",
    "narrative": "director",
    "scene_summary": "director",
    "scene_manager": "scene",
    "narrator": "character",
    "character": "character",
    "observer": "observer",
    "reflection": "character",
    "consistency": "observer",
}


# What each role is doing, as the paused story's message names it.
DOING = {
    "director_setup": "the Director's premise and cast", "director_character": "the Director's character sheets",
    "director_outline": "the Director's outline", "director_next_scene": "the Director's next scene",
    "director_options": "the Director's plot options", "director_intervention": "the Director's intervention",
    "director_resolution": "the Director's resolution", "narrative": "the closing narrative",
    "scene_summary": "the scene summary", "scene_manager": "the Scene Manager's choice of speaker",
    "narrator": "the narrator's line", "character": "a character's line", "observer": "the Observer's report",
    "reflection": "a character's reflection", "consistency": "the script editor's check",
}


def ask(
    story: Story,
    role: str,
    schema: type[T],
    *,
    prompt: dict[str, Any],
    context: dict[str, Any],
    turn_index: int | None = None,
    on_text: Callable[[str], None] | None = None,
    stream_field: str = "",
    prompt_role: str | None = None,
    variant: str = "",
) -> T:
    """Call the story's provider for one role; raise ProviderError when it fails for good."""
    costs.check_budget(story, pending=_held.get())
    model_role = MODEL_ROLE.get(role, "director")
    # Prompt and reply share the model's window: the prompt gives up its oldest material to fit.
    room = settings.MOVIESIM_CONTEXT_TOKENS - settings.MOVIESIM_MAX_TOKENS[model_role]
    messages = prompts.fitted(prompt_role or role, prompt, room)
    request = GenerationRequest(
        role=role,
        messages=messages,
        schema=schema,
        model_role=model_role,
        seed=f"{story.random_seed}:{role}:{turn_index if turn_index is not None else '-'}:{context.get('name', '')}"
        + (f":{variant}" if variant else ""),
        story_key=str(story.random_seed),
        state=story.writer_state if isinstance(story.writer_state, dict) else {},
        context=context,
        on_text=on_text,
        stream_field=stream_field,
    )
    provider = get_provider(story.provider)
    try:
        generation = provider.generate(request)
    except ProviderError as exc:
        _record(story, role, provider.name, messages, exc.attempts, turn_index)
        exc.doing = DOING.get(role, role)
        raise
    _record(story, role, provider.name, messages, generation.attempts, turn_index)
    return generation.output  # type: ignore[return-value]


@contextmanager
def held() -> Iterator[list[LLMCall]]:
    """Within a step, the calls it makes wait to be written with its turn, in the commit's
    transaction (one insert, and the right turn index). Whatever is still held when the step
    ends without that commit (it failed, was dropped or had nothing to do) is written then:
    every call made is recorded, whatever became of it."""
    calls: list[LLMCall] = []
    reset = _held.set(calls)
    try:
        yield calls
    finally:
        _held.reset(reset)
        if calls:
            try:
                LLMCall.objects.bulk_create(calls)
            except Exception:  # the database may be what failed the step; don't hide that error
                log.exception("story %s: could not record %s model calls", calls[0].story_id, len(calls))


def _keep(calls: list[LLMCall]) -> None:
    """Record calls: now, or with the step's turn when a step holds them (see `held`)."""
    held = _held.get()
    if held is None:
        LLMCall.objects.bulk_create(calls)
    else:
        held.extend(calls)


def _record(story, role, provider_name, messages, attempts, turn_index) -> None:
    rows = [
        LLMCall(
            story=story,
            role=role,
            provider=provider_name,
            model=a.model,
            messages=messages,
            response=a.response,
            tokens_in=a.tokens_in,
            tokens_out=a.tokens_out,
            tokens_cached=a.tokens_cached,
            latency_ms=a.latency_ms,
            attempt=a.number,
            error=a.error,
            turn_index=turn_index,
        )
        for a in attempts
    ]
    _keep(rows)
    for a in attempts:
        if a.error:
            log.warning("story %s %s attempt %s failed: %s", story.pk, role, a.number, a.error)


def embedder(story: Story) -> Callable[[list[str]], list[list[float]]] | None:
    """The story's provider's embeddings, if it has them (recorded like any model call)."""
    provider = get_provider(story.provider)
    embed = getattr(provider, "embed", None)
    if embed is None or not getattr(provider, "embeds", True):
        return None

    def run(texts: list[str]) -> list[list[float]]:
        started = time.monotonic()
        error = ""
        try:
            return embed(texts)
        except ProviderError as exc:
            error = exc.message
            raise
        finally:
            call = LLMCall(story=story, role="embedding", provider=provider.name,
                           model=getattr(provider, "embedding_model", ""), messages=[],
                           tokens_in=sum(estimate_tokens(t) for t in texts),
                           latency_ms=int((time.monotonic() - started) * 1000), error=error)
            _keep([call])

    return run
