"""Story actions, called directly: the rules hold whoever calls them, not only the views."""

from datetime import timedelta

import pytest
from django.utils import timezone

from stories import actions
from stories.models import Story

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
