"""The offline writer: a deterministic, template-based screenwriter behind the provider contract.

It reads the structured `request.context` (not the prose messages) and fills the role's
schema from the text pools in `moviesim.llm.offline_writer` (see its README). Every choice
comes from the request's seed and the story's key, hashed with SHA-256: the same story and
context give the same output on any machine and any PYTHONHASHSEED.
"""

import hashlib
import random
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from pydantic import BaseModel, ValidationError

from moviesim.llm.base import (
    Attempt,
    Generation,
    GenerationRequest,
    ProviderError,
    estimate_tokens,
    messages_tokens,
)
from moviesim.llm.offline_writer import acting, cast, mind, outline, review, staging

MODEL = "offline-writer-1"

Writer = Callable[[random.Random, dict[str, Any]], BaseModel]
WRITERS: dict[str, Writer] = {
    "director_setup": cast.premise,
    "director_character": cast.character,
    "director_outline": outline.outline,
    "director_next_scene": staging.next_scene,
    "director_options": staging.plot_options,
    "director_intervention": staging.intervention,
    "director_resolution": staging.resolution,
    "scene_manager": acting.next_speaker,
    "character": acting.character_turn,
    "narrator": acting.narration,
    "observer": review.observer,
    "scene_summary": review.scene_summary,
    "narrative": review.narrative,
    "reflection": mind.reflection,
    "consistency": mind.consistency,
}
# Never streamed, whatever the request asks: these are private to the character.
PRIVATE_FIELDS = {"private_thought", "secret_revealed", "reveal_to"}


def seeded_rng(seed: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(seed.encode()).digest()[:8], "big"))


def stream_prefixes(text: str) -> list[str]:
    """Growing word-boundary prefixes of `text` (4–8 of them when it has enough words), ending with it."""
    words = text.split(" ")
    if len(words) <= 1:
        return [text] if text else []
    steps = min(len(words), max(4, min(8, len(words) // 3)))
    cuts = sorted({round(len(words) * (i + 1) / steps) for i in range(steps)})
    return [" ".join(words[:cut]) for cut in cuts if cut > 0]


class OfflineProvider:
    name = "offline"

    def generate(self, request: GenerationRequest) -> Generation:
        started = time.perf_counter()
        tokens_in = messages_tokens(request.messages)
        writer = WRITERS.get(request.role)
        if writer is None:
            message = f"offline writer has no role {request.role!r}"
            raise ProviderError(message, attempts=[self._attempt(started, tokens_in, error=message)])
        try:
            context = {**(request.context or {}), "story_key": request.story_key or request.seed.split(":")[0],
                       "_state": request.state}
            output = writer(seeded_rng(request.seed), context)
            if not isinstance(output, request.schema):
                # The engine asked for another shape: validate our answer against it.
                # Fields the asked shape leaves out (a name the engine already has) are dropped.
                fields = request.schema.model_fields
                output = request.schema.model_validate({k: v for k, v in output.model_dump().items() if k in fields})
        except (ValidationError, ValueError, TypeError, KeyError, IndexError) as exc:
            message = f"offline writer failed for role {request.role!r}: {exc}"
            raise ProviderError(message, attempts=[self._attempt(started, tokens_in, error=message)]) from exc
        response = output.model_dump_json()
        self._stream(request, output)
        return Generation(output=output, attempts=[self._attempt(started, tokens_in, response=response)])

    @staticmethod
    def _stream(request: GenerationRequest, output: BaseModel) -> None:
        field = request.stream_field
        if request.on_text is None or not field or field in PRIVATE_FIELDS:
            return
        text = getattr(output, field, None)
        if not isinstance(text, str):
            return
        # Like a model, the line forms over a moment, so the room behaves the same offline.
        delay = getattr(settings, "MOVIESIM_OFFLINE_STREAM_DELAY", 0.0)
        for i, prefix in enumerate(stream_prefixes(text)):
            if i and delay:
                time.sleep(delay)
            request.on_text(prefix)

    @staticmethod
    def _attempt(started: float, tokens_in: int, response: str = "", error: str = "") -> Attempt:
        return Attempt(
            number=1,
            model=MODEL,
            response=response,
            tokens_in=tokens_in,
            tokens_out=estimate_tokens(response) if response else 0,
            latency_ms=int((time.perf_counter() - started) * 1000),
            error=error,
        )
