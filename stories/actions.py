"""Verb-named state changes: each writes in one transaction, then broadcasts."""

import secrets

from django.db import transaction
from django.utils import timezone

from stories import broadcast
from stories.models import Story
from stories.scheduling import schedule_advance


def _changed(story: Story) -> None:
    transaction.on_commit(lambda: broadcast.status_changed(story.pk))


def create_story(owner, *, seed: str, visibility: str, max_turns: int, pacing_seconds: float,
                 start_now: bool = True, provider: str | None = None, random_seed: int | None = None) -> Story:
    from django.conf import settings

    with transaction.atomic():
        story = Story.objects.create(
            owner=owner, seed=seed, visibility=visibility, max_turns=max_turns, pacing_seconds=pacing_seconds,
            provider=provider or settings.MOVIESIM_PROVIDER,
            random_seed=random_seed if random_seed is not None else secrets.randbelow(2**62),
            observer_every=settings.MOVIESIM_OBSERVER_EVERY,
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


def delete_story(story: Story) -> None:
    story.delete()
