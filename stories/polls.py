"""Plot votes: one open poll per story, one vote per account per poll, changeable until it
closes; the database counts."""

from django.db import IntegrityError, transaction
from django.utils import timezone

from stories import broadcast
from stories.actions import add_marker
from stories.models import Poll, Story, Vote
from stories.scheduling import schedule_advance


class VoteRefused(Exception):
    """The vote cannot be taken now (the poll closed); the message is for the voter."""


class NotOnBallot(VoteRefused):
    """The option chosen is not one of the poll's: a bad request rather than a conflict."""


class PollRefused(Exception):
    """The audience cannot be asked now; the message is for the owner."""


def cast_vote(poll: Poll, user, option: int) -> Vote:
    if not 0 <= option < len(poll.options):
        raise NotOnBallot("That option is not on this ballot.")
    for _ in range(3):
        try:
            with transaction.atomic():
                # Re-read under lock: a poll that closed a moment ago takes no more votes.
                locked = Poll.objects.select_for_update().get(pk=poll.pk)
                if locked.status != Poll.Status.OPEN or locked.closes_at <= timezone.now():
                    raise VoteRefused("This vote has closed.")
                # One row per voter, enforced by a unique constraint: concurrent clicks
                # update it instead of counting twice.
                updated = Vote.objects.filter(poll=poll, user=user).update(option=option, updated_at=timezone.now())
                if not updated:
                    Vote.objects.create(poll=poll, user=user, option=option)
            break
        except IntegrityError:
            continue  # a concurrent first vote by the same user won the insert; update it instead
    transaction.on_commit(lambda: broadcast.poll_changed(poll.story_id))
    return Vote.objects.get(poll=poll, user=user)


def request_poll(story: Story) -> None:
    """The owner asks the audience now: the Director prepares options at the next step.

    One vote at a time: while a poll is open, raises `PollRefused` and changes nothing.
    """
    with transaction.atomic():
        # A step's commit writes the story's row before it opens a poll: with that row locked,
        # no poll opens between the check and the flag.
        Story.objects.select_for_update().get(pk=story.pk)
        if Poll.objects.filter(story_id=story.pk, status=Poll.Status.OPEN).exists():
            raise PollRefused("A vote is already open.")
        story.poll_requested = True
        story.next_step_at = timezone.now()
        story.save(update_fields=["poll_requested", "next_step_at", "updated_at"])
        schedule_advance(story.pk, story.next_step_at)


def close_early(poll: Poll) -> None:
    now = timezone.now()
    Poll.objects.filter(pk=poll.pk, status=Poll.Status.OPEN).update(closes_at=now)
    Story.objects.filter(pk=poll.story_id).update(next_step_at=now)
    schedule_advance(poll.story_id, now)


def skip(poll: Poll, by) -> None:
    with transaction.atomic():
        skipped = Poll.objects.filter(pk=poll.pk, status=Poll.Status.OPEN).update(
            status=Poll.Status.SKIPPED, closed_at=timezone.now(), outcome="The owner skipped the vote.")
        if not skipped:
            return
        add_marker(poll.story, f"{by.username} skipped the vote: the Director chooses what happens next.",
                   kind="choice")
        Story.objects.filter(pk=poll.story_id).update(next_step_at=timezone.now(), directive="")
    transaction.on_commit(lambda: broadcast.poll_changed(poll.story_id))
    schedule_advance(poll.story_id, timezone.now())
