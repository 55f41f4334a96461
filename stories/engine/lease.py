"""One step, one writer: a story is claimed with a conditional UPDATE that works the
same on SQLite and PostgreSQL. The lease expires on its own if its holder dies."""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from stories.models import Story


def new_token() -> str:
    return uuid.uuid4().hex


def claim(story_id: int, token: str, *, require_due: bool = True, statuses=None) -> bool:
    now = timezone.now()
    free = Q(lease_until__isnull=True) | Q(lease_until__lt=now) | Q(lease_token=token)
    due = Q(next_step_at__isnull=True) | Q(next_step_at__lte=now) if require_due else Q()
    claimed = Story.objects.filter(free, due, pk=story_id, status__in=statuses or Story.ACTIVE_STATUSES).update(
        lease_token=token, lease_until=now + timedelta(seconds=settings.MOVIESIM_LEASE_SECONDS)
    )
    return claimed == 1


def holds(story_id: int, token: str) -> bool:
    return Story.objects.filter(pk=story_id, lease_token=token, lease_until__gte=timezone.now()).exists()


def release(story_id: int, token: str, **changes) -> int:
    """Give the lease back (optionally with other story changes) if we still hold it."""
    return Story.objects.filter(pk=story_id, lease_token=token).update(
        lease_token="", lease_until=None, updated_at=timezone.now(), **changes
    )


class LeaseLost(Exception):
    """Another writer took the story while this step was thinking; its result is dropped."""
