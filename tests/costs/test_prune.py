"""prune_prompts forgets old prompts and responses, keeps their counts, and is idempotent."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from stories.costs import prune_old_prompts
from stories.models import LLMCall
from tests.conftest import make_story

PROMPT = [{"role": "system", "content": "You are Ada."}, {"role": "user", "content": "Speak."}]


def make_call(story, age_days: float, **extra) -> LLMCall:
    call = LLMCall.objects.create(story=story, role="character", provider="offline", model="offline-writer-1",
                                  messages=PROMPT, response='{"dialogue": "Hello."}', tokens_in=700,
                                  tokens_out=90, tokens_cached=12, latency_ms=33, **extra)
    LLMCall.objects.filter(pk=call.pk).update(created_at=timezone.now() - timedelta(days=age_days))
    return call


def prune(*args) -> str:
    out = StringIO()
    call_command("prune_prompts", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_prune_prompts_prunes_only_old_calls_and_keeps_counts(alice, settings):
    settings.MOVIESIM_PROMPT_RETENTION_DAYS = 30
    story = make_story(alice, start=False)
    old = make_call(story, 31, error="rate limited")
    older = make_call(story, 400)
    recent = make_call(story, 29)
    fresh = make_call(story, 0)

    assert "Pruned the prompts of 2 LLM calls older than 30 days" in prune()

    for call in (old, older):
        call.refresh_from_db()
        assert call.messages == [] and call.response == ""
        assert (call.tokens_in, call.tokens_out, call.tokens_cached, call.latency_ms) == (700, 90, 12, 33)
        assert call.role == "character" and call.model == "offline-writer-1"
    old.refresh_from_db()
    assert old.error == "rate limited"
    for call in (recent, fresh):
        call.refresh_from_db()
        assert call.messages == PROMPT and call.response == '{"dialogue": "Hello."}'

    # Idempotent: nothing left to prune, and nothing else changes.
    assert "Pruned the prompts of 0 LLM calls" in prune()
    assert LLMCall.objects.filter(messages=PROMPT).count() == 2
    assert LLMCall.objects.count() == 4


@pytest.mark.django_db
def test_a_call_with_only_a_response_left_is_still_pruned(alice, settings):
    settings.MOVIESIM_PROMPT_RETENTION_DAYS = 7
    story = make_story(alice, start=False)
    call = make_call(story, 8)
    LLMCall.objects.filter(pk=call.pk).update(messages=[])
    assert prune_old_prompts() == 1
    call.refresh_from_db()
    assert call.response == ""


@pytest.mark.django_db
def test_the_days_option_and_a_zero_retention(alice, settings):
    settings.MOVIESIM_PROMPT_RETENTION_DAYS = 0  # 0: keep every prompt
    story = make_story(alice, start=False)
    call = make_call(story, 1000)
    assert "nothing pruned" in prune()
    call.refresh_from_db()
    assert call.messages == PROMPT
    assert prune_old_prompts() == 0

    assert "Pruned the prompts of 1 LLM call older than 999 days" in prune("--days", "999")
    call.refresh_from_db()
    assert call.messages == []
