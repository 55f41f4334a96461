"""The one seam that schedules story work: a Celery task when REDIS_URL is set,
the embedded runner otherwise. `next_step_at` on the story is the truth; the
sweeper (periodic in both modes) catches any timer or task that was lost."""

from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from stories.models import Story


def schedule_advance(story_id: int, at: datetime | None = None) -> None:
    def enqueue() -> None:
        if settings.REDIS_URL:
            from stories.tasks import advance_story_task

            advance_story_task.apply_async((story_id,), eta=at if at and at > timezone.now() else None)
        else:
            from stories.runner import runner

            runner.schedule(story_id, at)

    transaction.on_commit(enqueue)


def schedule_step(story_id: int) -> None:
    """One step now, whatever the story's status (the owner's "step one turn")."""
    _run_now(story_id, "step")


def schedule_regenerate(story_id: int) -> None:
    _run_now(story_id, "regenerate")


def _run_now(story_id: int, what: str) -> None:
    def enqueue() -> None:
        if settings.REDIS_URL:
            from stories.tasks import step_story_task

            step_story_task.delay(story_id, what)
        else:
            from stories.runner import runner

            runner.run_now(story_id, what)

    transaction.on_commit(enqueue)


def due_story_ids(limit: int = 200) -> list[int]:
    """Stories whose next step is due and that nobody is working on."""
    now = timezone.now()
    return list(
        Story.objects.filter(status__in=Story.ACTIVE_STATUSES)
        .filter(Q(next_step_at__isnull=True) | Q(next_step_at__lte=now))
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .order_by("next_step_at")
        .values_list("pk", flat=True)[:limit]
    )
