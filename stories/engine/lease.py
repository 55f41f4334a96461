"""One step, one writer: a story is claimed with a conditional UPDATE that works the
same on SQLite and PostgreSQL. The lease expires on its own if its holder dies."""

import threading
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


class Keeper:
    """Renews a held lease while a step thinks, so the lease can be short: if the worker dies,
    renewals stop and another worker may take the story within one lease period."""

    def __init__(self, story_id: int, token: str):
        self.story_id = story_id
        self.token = token
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name=f"lease-{story_id}", daemon=True)

    def __enter__(self) -> "Keeper":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        from django.db import connection

        period = max(1.0, settings.MOVIESIM_LEASE_SECONDS / 3)
        try:
            while not self._stop.wait(period):
                renewed = Story.objects.filter(pk=self.story_id, lease_token=self.token).update(
                    lease_until=timezone.now() + timedelta(seconds=settings.MOVIESIM_LEASE_SECONDS))
                if not renewed:
                    return  # taken over or released: the commit's own check will notice
        except Exception:  # a renewal that fails only shortens the lease
            return
        finally:
            connection.close()
