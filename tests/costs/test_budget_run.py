"""A story run by the offline writer stops at its token budget, with a clear message."""

import pytest

from stories import actions, costs
from stories.engine import step_once
from stories.models import LLMCall, Story
from tests.conftest import advance, make_story

BUDGET = 6_000  # the offline writer's casting call alone is ~3k tokens; a turn is ~1k


def run_until_stopped(story, limit=40):
    results = []
    for _ in range(limit):
        result = advance(story.pk, force=True)
        results.append(result)
        if result in ("budget", "finished", "failed"):
            break
    return results


@pytest.mark.django_db
def test_a_small_budget_pauses_the_story_and_stops_adding_turns(alice, client):
    story = make_story(alice, turns=30)
    Story.objects.filter(pk=story.pk).update(token_budget=BUDGET)

    results = run_until_stopped(story)
    assert results[-1] == "budget", results
    assert "turn" in results, "the story must play some turns before the budget stops it"
    story.refresh_from_db()
    assert story.status == Story.Status.PAUSED
    assert story.status_message.startswith(costs.BUDGET_MESSAGE_PREFIX)
    assert "6,000 tokens" in story.status_message
    assert costs.paused_by_budget(story)
    used = costs.tokens_used(story)
    assert used >= BUDGET
    # The budget is checked before every call: at most one call's worth over it.
    biggest = max(c.tokens_in + c.tokens_out for c in LLMCall.objects.filter(story=story))
    assert used < BUDGET + biggest
    turns, calls = story.turns.count(), LLMCall.objects.filter(story=story).count()
    assert 0 < turns < 30

    # Paused: the scheduler's steps do nothing, and the owner's "step one turn" hits the budget again.
    assert advance(story.pk, force=True) == "busy"
    assert step_once(story.pk).outcome == "budget"
    assert story.turns.count() == turns
    assert LLMCall.objects.filter(story=story).count() == calls, "no model call once the budget is spent"

    client.force_login(alice)
    assert "token budget" in client.get(story.get_absolute_url()).content.decode()
    meter = client.get(f"/stories/{story.pk}/trace/costs/").content.decode()
    assert "budget reached" in meter and "it used its token budget" in meter

    # Raising the budget says that resuming continues; and it does.
    response = client.post(f"/stories/{story.pk}/trace/budget/", {"token_budget": str(used + 50_000)})
    assert response.status_code == 200
    assert "resuming it will continue the story" in response.content.decode()
    assert "it used its token budget" not in response.content.decode()
    story.refresh_from_db()
    actions.resume_story(story)
    assert advance(story.pk, force=True) in ("turn", "step")
    assert story.turns.count() > turns


@pytest.mark.django_db
def test_a_budget_lower_than_what_was_used_warns_and_does_not_promise_a_resume(alice, client):
    story = make_story(alice, turns=30)
    Story.objects.filter(pk=story.pk).update(token_budget=BUDGET)
    assert run_until_stopped(story)[-1] == "budget"
    client.force_login(alice)
    html = client.post(f"/stories/{story.pk}/trace/budget/", {"token_budget": "10"}).content.decode()
    assert "already used" in html
    assert "resuming it will continue" not in html


@pytest.mark.django_db
def test_without_a_budget_the_story_is_not_paused(alice):
    story = make_story(alice, turns=12)
    Story.objects.filter(pk=story.pk).update(token_budget=0)
    results = run_until_stopped(story)
    assert "budget" not in results
    assert results[-1] == "finished"
