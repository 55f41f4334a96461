"""One step, one writer: a step claims its story with a conditional UPDATE (the same on SQLite
and PostgreSQL), keeps the claim renewed while it thinks, and gives it back with its commit.
A lease whose holder died runs out on its own, and another worker may take the story."""

import logging
import os
import secrets
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.utils import timezone

from stories.models import Story

log = logging.getLogger(__name__)


class LeaseLost(Exception):
    """Another writer took the story while this step was thinking; its result is dropped."""


def new_token() -> str:
    return secrets.token_hex(16)


def claim(story_id: int, token: str, *, require_due: bool = True, statuses=None, rows=None) -> Story | None:
    """Take the story's lease if it is free (and the story due, when required): the story as
    claimed (read from `rows`, when given: a queryset of stories with what the step reads with
    the row), or None. A holder may claim again with its own token."""
    now = timezone.now()
    free = Q(lease_until__isnull=True) | Q(lease_until__lt=now) | Q(lease_token=token)
    stories = Story.objects.filter(pk=story_id, status__in=statuses or Story.ACTIVE_STATUSES).filter(free)
    if require_due:
        stories = stories.filter(Q(next_step_at__isnull=True) | Q(next_step_at__lte=now))
    until = now + timedelta(seconds=settings.MOVIESIM_LEASE_SECONDS)
    if not stories.update(lease_token=token, lease_until=until):
        return None
    return (Story.objects if rows is None else rows).get(pk=story_id)


def lock(story_id: int, token: str) -> None:
    """Inside the commit's transaction: lock the story row (where the database can; SQLite's
    transactions take the whole database) and make sure the lease is still ours."""
    if not Story.objects.select_for_update().filter(pk=story_id, lease_token=token).values_list("pk").first():
        raise LeaseLost()


def release(story_id: int, token: str, **changes) -> int:
    """Give the lease back, with any other changes to the story, if we still hold it."""
    return Story.objects.filter(pk=story_id, lease_token=token).update(
        lease_token="", lease_until=None, updated_at=timezone.now(), **changes)


class Keeper:
    """Renews a held lease while a step thinks, so the lease can be short: if the worker dies,
    renewals stop and another worker may take the story within one lease period. One renewing
    thread per process serves every step in it."""

    def __init__(self, story_id: int, token: str):
        self.lease = (story_id, token)

    def __enter__(self) -> "Keeper":
        renewer.hold(self.lease)
        return self

    def __exit__(self, *exc) -> None:
        renewer.drop(self.lease)


class Renewer:
    """Renews every lease held in this process a third of a lease period after it was last
    taken or renewed. `renewed` is set after each round, so a test can wait for one."""

    def __init__(self) -> None:
        self.held: dict[tuple[int, str], float] = {}  # lease -> when to renew it (monotonic)
        self.pid = 0
        self.renewed = threading.Event()
        self._wake = threading.Condition()

    @staticmethod
    def period() -> float:
        return max(1.0, settings.MOVIESIM_LEASE_SECONDS / 3)

    def hold(self, lease: tuple[int, str]) -> None:
        with self._wake:
            if self.pid != os.getpid():  # first use in this process (or a forked child): start the thread
                self.held = {}
                threading.Thread(target=self._run, name="lease-renewer", daemon=True).start()
                self.pid = os.getpid()
            self.held[lease] = time.monotonic() + self.period()
            self._wake.notify()

    def drop(self, lease: tuple[int, str]) -> None:
        with self._wake:
            self.held.pop(lease, None)
            self._wake.notify()  # idle: let the thread give its connection back

    def _run(self) -> None:
        while True:
            with self._wake:
                now = time.monotonic()
                due = [lease for lease, at in self.held.items() if at <= now]
                if not due:
                    if not self.held:
                        connection.close()  # an idle process holds no connection for this
                    self._wake.wait(min(self.held.values(), default=now + 60) - now)
                    continue
                for lease in due:
                    self.held[lease] = now + self.period()
            try:
                until = timezone.now() + timedelta(seconds=settings.MOVIESIM_LEASE_SECONDS)
                for story_id, token in due:
                    if not Story.objects.filter(pk=story_id, lease_token=token).update(lease_until=until):
                        self.drop((story_id, token))  # taken over or released: the commit will notice
            except Exception:  # a renewal that fails only shortens the lease
                log.warning("lease renewal failed", exc_info=True)
                connection.close()
            self.renewed.set()


renewer = Renewer()
