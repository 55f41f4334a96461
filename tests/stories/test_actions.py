"""Story actions, called directly: the rules hold whoever calls them, not only the views."""

from datetime import timedelta

import pytest
from django.utils import timezone

from stories import actions
from stories.costs import MAX_TOKEN_BUDGET
from stories.models import Story
from tests.conftest import make_story

SEED = "A murder mystery at a tech startup during a product launch"


def create(owner, *, start_now: bool = True, seed: str = SEED) -> Story:
    return actions.create_story(owner, seed=seed, visibility=Story.Visibility.PUBLIC, max_turns=12,
                                pacing_seconds=0, start_now=start_now, provider="offline", random_seed=7)


@pytest.fixture
def limits(settings):
    settings.MOVIESIM_MAX_LIVE_STORIES = 5
    settings.MOVIESIM_STORIES_PER_HOUR = 20


# --- How many stories one account may start and run ---------------------------------------

def test_it_refuses_the_sixth_live_story_and_stores_nothing(alice, limits):
    for _ in range(5):
        create(alice)
    assert Story.objects.filter(owner=alice, status__in=Story.ACTIVE_STATUSES).count() == 5
    with pytest.raises(actions.StoryLimitReached, match="You already have 5 stories running"):
        create(alice, seed="The sixth story, one too many")
    assert Story.objects.count() == 5
    assert not Story.objects.filter(seed="The sixth story, one too many").exists()


def test_a_paused_story_makes_room_for_a_live_one(alice, limits):
    stories = [create(alice) for _ in range(5)]
    actions.pause_story(stories[0])
    assert create(alice).status == Story.Status.CASTING
    assert Story.objects.count() == 6


def test_it_refuses_the_21st_story_in_an_hour_and_stores_nothing(alice, limits):
    for _ in range(20):
        create(alice, start_now=False)  # drafts: not live, so only the hourly limit applies
    with pytest.raises(actions.StoryLimitReached, match="You have started 20 stories in the last hour"):
        create(alice, start_now=False, seed="The 21st story this hour")
    assert Story.objects.count() == 20
    assert not Story.objects.filter(seed="The 21st story this hour").exists()


def test_stories_older_than_an_hour_do_not_count(alice, limits):
    for _ in range(20):
        create(alice, start_now=False)
    Story.objects.filter(pk=Story.objects.order_by("id").first().pk).update(
        created_at=timezone.now() - timedelta(minutes=61))
    create(alice, start_now=False)
    assert Story.objects.count() == 21


def test_one_accounts_limits_do_not_hold_back_another(alice, bob, limits):
    for _ in range(15):
        create(alice, start_now=False)
    for _ in range(5):
        create(alice)
    with pytest.raises(actions.StoryLimitReached):
        create(alice, start_now=False)
    assert create(bob).owner == bob  # live: one of Bob's, not one of Alice's five
    assert create(bob, start_now=False).owner == bob  # this hour: two of Bob's, not Alice's twenty


def test_operators_tools_may_go_past_the_limits(alice, limits):
    for _ in range(6):
        actions.create_story(alice, seed=SEED, visibility=Story.Visibility.PUBLIC, max_turns=12, pacing_seconds=0,
                             provider="offline", random_seed=7, enforce_limits=False)
    assert Story.objects.filter(owner=alice, status__in=Story.ACTIVE_STATUSES).count() == 6


# --- The token budget ---------------------------------------------------------------------

def test_it_stores_the_token_budget(alice):
    story = make_story(alice, start=False)
    actions.set_token_budget(story, 12_345)
    assert story.token_budget == 12_345
    story.refresh_from_db()
    assert story.token_budget == 12_345
    for budget in (0, MAX_TOKEN_BUDGET):  # no budget, and the largest
        actions.set_token_budget(story, budget)
        story.refresh_from_db()
        assert story.token_budget == budget


def test_setting_the_budget_keeps_what_a_step_wrote_meanwhile(alice):
    story = make_story(alice, start=False)  # the owner's copy, read before the step below
    Story.objects.filter(pk=story.pk).update(status=Story.Status.RUNNING, tension=0.8)
    actions.set_token_budget(story, 5_000)
    fresh = Story.objects.get(pk=story.pk)
    assert fresh.token_budget == 5_000
    assert fresh.status == Story.Status.RUNNING and fresh.tension == 0.8


@pytest.mark.parametrize("budget", [-1, MAX_TOKEN_BUDGET + 1, "5000", 5000.0, True, None])
def test_it_rejects_a_budget_that_is_not_a_whole_number_in_range(alice, budget):
    story = make_story(alice, start=False)
    actions.set_token_budget(story, 777)
    with pytest.raises(actions.BudgetRefused, match="The budget is a whole number of tokens"):
        actions.set_token_budget(story, budget)
    assert story.token_budget == 777
    story.refresh_from_db()
    assert story.token_budget == 777
