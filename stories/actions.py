"""Verb-named state changes: each writes in one transaction, then broadcasts."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from stories import broadcast, costs
from stories.engine.memory import rewrite_memories
from stories.models import Editor, Mute, Story, Turn, TurnRevision
from stories.scheduling import schedule_advance, schedule_regenerate, schedule_step


def _changed(story: Story) -> None:
    transaction.on_commit(lambda: broadcast.status_changed(story.pk))


class StoryLimitReached(Exception):
    """The account runs or has started as many stories as it may; the message says which, for the person."""


def _check_story_limits(owner) -> None:
    """Every story spends model tokens: bound how many one account starts and runs at once."""
    live = Story.objects.filter(owner=owner, status__in=Story.ACTIVE_STATUSES).count()
    if live >= settings.MOVIESIM_MAX_LIVE_STORIES:
        raise StoryLimitReached(
            f"You already have {live} stories running. Pause or finish one before starting another "
            f"(at most {settings.MOVIESIM_MAX_LIVE_STORIES} at once).")
    recent = Story.objects.filter(owner=owner, created_at__gte=timezone.now() - timedelta(hours=1)).count()
    if recent >= settings.MOVIESIM_STORIES_PER_HOUR:
        raise StoryLimitReached(
            f"You have started {recent} stories in the last hour; please wait a little before the next.")


def create_story(owner, *, seed: str, visibility: str, max_turns: int, pacing_seconds: float,
                 start_now: bool = True, provider: str | None = None, random_seed: int | None = None,
                 vote_seconds: int | None = None, enforce_limits: bool = True) -> Story:
    """A new story of `owner`'s, started at once unless `start_now` is false.

    Raises `StoryLimitReached` (nothing stored) when the account is at MOVIESIM_MAX_LIVE_STORIES
    live stories or started MOVIESIM_STORIES_PER_HOUR in the last hour. `enforce_limits=False`
    is for operators' tools (the `simulate` command, benchmarks, test fixtures), not for requests.
    """
    with transaction.atomic():
        if enforce_limits:
            # Lock the owner's row: two requests of one account take turns here, so both cannot pass the count.
            get_user_model().objects.select_for_update().get(pk=owner.pk)
            _check_story_limits(owner)
        story = Story.objects.create(
            owner=owner, seed=seed, visibility=visibility, max_turns=max_turns, pacing_seconds=pacing_seconds,
            provider=provider or settings.MOVIESIM_PROVIDER,
            random_seed=random_seed if random_seed is not None else secrets.randbelow(2**62),
            observer_every=settings.MOVIESIM_OBSERVER_EVERY,
            vote_seconds=settings.MOVIESIM_DEFAULT_VOTE_SECONDS if vote_seconds is None else vote_seconds,
            token_budget=settings.MOVIESIM_TOKEN_BUDGET,
        )
        if start_now:
            start_story(story)
    return story


def start_story(story: Story) -> None:
    """Draft → casting (or back to work after a pause or a failure)."""
    story.status = Story.Status.RUNNING if story.characters.exists() else Story.Status.CASTING
    story.status_message = ""
    story.failures = 0
    story.next_step_at = timezone.now()
    story.save(update_fields=["status", "status_message", "failures", "next_step_at", "updated_at"])
    schedule_advance(story.pk, story.next_step_at)
    _changed(story)


def pause_story(story: Story) -> None:
    story.status = Story.Status.PAUSED
    story.status_message = ""
    story.save(update_fields=["status", "status_message", "updated_at"])
    _changed(story)


resume_story = start_story
retry_story = start_story


def rename_story(story: Story, title: str) -> None:
    story.title = title
    story.save(update_fields=["title", "updated_at"])
    _changed(story)


def set_visibility(story: Story, visibility: str) -> None:
    story.visibility = visibility
    story.save(update_fields=["visibility", "updated_at"])
    _changed(story)
    # Made private: sockets of people who may no longer watch are closed at once.
    transaction.on_commit(lambda: broadcast.access_changed(story.pk))


def delete_story(story: Story) -> None:
    story.delete()


# --- Transcript markers -----------------------------------------------------------------------

def add_marker(story: Story, text: str, *, kind: str = "marker"):
    """A line in the transcript written by people, not the engine ("X was rewritten by alice").

    Call inside a transaction: the story row is locked so the index cannot collide with the
    engine's next turn (the engine allocates its index under the same lock).
    """
    locked = Story.objects.select_for_update().get(pk=story.pk)
    scene = locked.scenes.order_by("-index").first()
    turn = Turn.objects.create(story=locked, scene=scene, index=locked.turns.next_index(), kind=kind, content=text)
    transaction.on_commit(lambda: broadcast.turns_added(story.pk, turn.index))
    return turn


# --- Owner controls ---------------------------------------------------------------------------

def step_story(story: Story) -> None:
    """One step now, even while paused."""
    schedule_step(story.pk)


def finish_now(story: Story) -> None:
    story.finish_requested = True
    story.next_step_at = timezone.now()
    if story.status == Story.Status.PAUSED:
        story.status = Story.Status.RUNNING
    story.save(update_fields=["finish_requested", "next_step_at", "status", "updated_at"])
    schedule_advance(story.pk, story.next_step_at)
    _changed(story)


def set_pacing(story: Story, pacing_seconds: float, vote_seconds: int) -> None:
    story.pacing_seconds = pacing_seconds
    story.vote_seconds = vote_seconds
    story.save(update_fields=["pacing_seconds", "vote_seconds", "updated_at"])
    _changed(story)


BUDGET_RANGE_MESSAGE = f"The budget is a whole number of tokens from 0 (no budget) to {costs.MAX_TOKEN_BUDGET:,}."


class BudgetRefused(ValueError):
    """Not a token budget the story can have; the message is for the owner."""


def set_token_budget(story: Story, budget: int) -> None:
    """The story's token budget from now on (0: none); the engine checks it before each model call."""
    if isinstance(budget, bool) or not isinstance(budget, int) or not 0 <= budget <= costs.MAX_TOKEN_BUDGET:
        raise BudgetRefused(BUDGET_RANGE_MESSAGE)
    with transaction.atomic():
        # One column, so a step running meanwhile keeps its own changes to the story.
        Story.objects.filter(pk=story.pk).update(token_budget=budget)
    story.token_budget = budget


def regenerate_last(story: Story) -> None:
    schedule_regenerate(story.pk)


# --- People -----------------------------------------------------------------------------------

def add_editor(story: Story, user, by) -> bool:
    _, created = Editor.objects.get_or_create(story=story, user=user, defaults={"added_by": by})
    return created


def remove_editor(story: Story, user) -> None:
    story.editors.filter(user=user).delete()
    transaction.on_commit(lambda: broadcast.access_changed(story.pk))


def mute(story: Story, user, by) -> bool:
    _, created = Mute.objects.get_or_create(story=story, user=user, defaults={"muted_by": by})
    return created


def unmute(story: Story, user) -> None:
    story.mutes.filter(user=user).delete()


def edit_turn(turn, editor, content: str, action: str):
    """Later turns treat the edited text as canon; the old text is kept as a revision."""
    with transaction.atomic():
        TurnRevision.objects.create(turn=turn, kind=TurnRevision.Kind.EDIT, content=turn.content, action=turn.action,
                                    emotion=turn.emotion, thought=turn.thought, character_name=turn.speaker,
                                    editor=editor)
        turn.content, turn.action, turn.edited = content, action, True
        turn.save(update_fields=["content", "action", "edited", "updated_at"])
        rewrite_memories(turn)
        transaction.on_commit(lambda: broadcast.turn_replaced(turn.story_id, turn.pk))
    return turn
