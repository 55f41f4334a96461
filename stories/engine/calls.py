"""The engine's one door to the models: build a request, ask the story's provider,
and store every attempt as an LLMCall, whichever provider answered."""

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel

from moviesim.llm import GenerationRequest, ProviderError, get_provider
from stories import costs
from stories.engine import prompts
from stories.models import LLMCall, Story

log = logging.getLogger(__name__)
T = TypeVar("T", bound=BaseModel)

MODEL_ROLE = {
    "director_setup": "director",
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
    costs.check_budget(story)
    messages = prompts.messages(prompt_role or role, **prompt)
    request = GenerationRequest(
        role=role,
        messages=messages,
        schema=schema,
        model_role=MODEL_ROLE.get(role, "director"),
        seed=f"{story.random_seed}:{role}:{turn_index if turn_index is not None else '-'}:{context.get('name', '')}"
        + (f":{variant}" if variant else ""),
        context=context,
        on_text=on_text,
        stream_field=stream_field,
    )
    provider = get_provider(story.provider)
    try:
        generation = provider.generate(request)
    except ProviderError as exc:
        _record(story, role, provider.name, messages, exc.attempts, turn_index)
        raise
    _record(story, role, provider.name, messages, generation.attempts, turn_index)
    return generation.output  # type: ignore[return-value]


def _record(story, role, provider_name, messages, attempts, turn_index) -> None:
    LLMCall.objects.bulk_create(
        [
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
    )
    for a in attempts:
        if a.error:
            log.warning("story %s %s attempt %s failed: %s", story.pk, role, a.number, a.error)


def embedder(story: Story) -> Callable[[list[str]], list[list[float]]] | None:
    """The story's provider's embeddings, if it has them (recorded like any model call)."""
    provider = get_provider(story.provider)
    embed = getattr(provider, "embed", None)
    if embed is None:
        return None

    def run(texts: list[str]) -> list[list[float]]:
        import time

        from moviesim.llm.base import estimate_tokens

        started = time.monotonic()
        error = ""
        try:
            return embed(texts)
        except ProviderError as exc:
            error = exc.message
            raise
        finally:
            LLMCall.objects.create(story=story, role="embedding", provider=provider.name,
                                   model=getattr(provider, "embedding_model", ""), messages=[],
                                   tokens_in=sum(estimate_tokens(t) for t in texts),
                                   latency_ms=int((time.monotonic() - started) * 1000), error=error)

    return run
