"""Poll actions, called directly: one open vote per story, and ballots that hold their options."""

from datetime import timedelta

import pytest
from django.utils import timezone

from stories import polls
from stories.models import Poll, Story, Vote
from tests.conftest import make_story

OPTIONS = ["The lights go out", "A stranger knocks", "The CFO confesses"]


def open_poll(story: Story, status: str = Poll.Status.OPEN) -> Poll:
    return Poll.objects.create(story=story, options=list(OPTIONS), status=status,
                               closes_at=timezone.now() + timedelta(minutes=5))


def test_asking_the_audience_flags_the_story_for_a_poll_at_the_next_step(alice):
    story = make_story(alice, start=False)
    polls.request_poll(story)
    story.refresh_from_db()
    assert story.poll_requested and story.next_step_at is not None


def test_a_second_open_poll_is_refused_and_nothing_changes(alice):
    story = make_story(alice, start=False)
    open_poll(story)
    with pytest.raises(polls.PollRefused, match="A vote is already open."):
        polls.request_poll(story)
    story.refresh_from_db()
    assert not story.poll_requested and story.next_step_at is None


def test_a_closed_or_skipped_poll_does_not_block_the_next_one(alice):
    story = make_story(alice, start=False)
    open_poll(story, Poll.Status.CLOSED)
    open_poll(story, Poll.Status.SKIPPED)
    polls.request_poll(story)
    story.refresh_from_db()
    assert story.poll_requested


def test_another_storys_open_poll_does_not_block_this_one(alice, bob):
    open_poll(make_story(bob, start=False))
    story = make_story(alice, start=False)
    polls.request_poll(story)
    story.refresh_from_db()
    assert story.poll_requested


@pytest.mark.parametrize("option", [3, -1])
def test_an_option_not_on_the_ballot_is_refused_as_not_on_the_ballot(alice, bob, option):
    poll = open_poll(make_story(alice, start=False))
    with pytest.raises(polls.NotOnBallot, match="That option is not on this ballot."):
        polls.cast_vote(poll, bob, option)
    assert not Vote.objects.filter(poll=poll).exists()
    assert polls.cast_vote(poll, bob, 2).option == 2  # the last option is on it
