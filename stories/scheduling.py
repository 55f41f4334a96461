"""The one seam that schedules story work: a Celery task when REDIS_URL is set,
the embedded runner otherwise. `next_step_at` on the story is the truth; the
sweeper (periodic in both modes) catches any timer or task that was lost.

Tasks are sent by name (stories/tasks.py defines them), so scheduling needs nothing of
what a step does."""

import atexit
import logging
import os
import queue
import threading
from datetime import datetime
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from moviesim.celery import app
from stories.models import Story
from stories.runner import runner

log = logging.getLogger(__name__)
ADVANCE_TASK = "stories.tasks.advance_story_task"
OWNER_STEP_TASK = "stories.tasks.step_story_task"


def schedule_advance(story_id: int, at: datetime | None = None, *, in_this_thread: bool = False) -> None:
    """The story's next step, at `at` (or now), once the current transaction commits.

    `in_this_thread`: publish from the calling thread, as a step does for the step after it.
    A worker waits for the broker it already depends on, while a publishing thread would take
    turns with the worker's next step for the GIL, which cost that step more than the publish
    (bench/README.md). A request leaves the publish to the process's publishing thread: a
    person never waits for the broker."""
    def enqueue() -> None:
        if settings.REDIS_URL:
            eta = at if at and at > timezone.now() else None
            publish = partial(app.send_task, ADVANCE_TASK, (story_id,), eta=eta)
            if in_this_thread:
                _publish(publish)
            else:
                _publisher.submit(publish)
        else:
            runner.schedule(story_id, at)

    transaction.on_commit(enqueue)


class _Publisher:
    """Publishes a story's next step (`schedule_advance`) from a thread of its own, in order,
    so a step, or a request that starts or resumes a story, does not wait for the broker. A
    publish that fails is logged: the story's `next_step_at` stands, and the sweeper runs the
    step when it is due."""

    DRAIN_SECONDS = 5.0

    def __init__(self) -> None:
        self.pid = 0
        self._lock = threading.Lock()
        self._queue: queue.Queue = queue.Queue()

    def submit(self, publish) -> None:
        if self.pid != os.getpid():  # first use in this process, or a forked child: a thread of its own
            with self._lock:
                if self.pid != os.getpid():
                    self._queue = queue.Queue()
                    threading.Thread(target=self._run, name="step-publisher", daemon=True).start()
                    self.pid = os.getpid()
                    atexit.register(self.drain)
        self._queue.put(publish)

    def _run(self) -> None:
        while True:
            publish = self._queue.get()
            try:
                _publish(publish)
            finally:
                self._queue.task_done()

    def drain(self, timeout: float = DRAIN_SECONDS) -> None:
        """Wait (a little) for queued steps to reach the broker."""
        if self.pid != os.getpid():
            return
        done = threading.Thread(target=self._queue.join, daemon=True)
        done.start()
        done.join(timeout)
        if done.is_alive():
            log.warning("scheduling: %s story steps not published at exit", self._queue.qsize())


_publisher = _Publisher()


def _publish(publish) -> None:
    try:
        publish()
    except Exception:  # noqa: BLE001 - the sweeper catches a step whose task was never sent
        log.exception("could not publish a story step; the sweeper will run it when due")


def schedule_step(story_id: int) -> None:
    """One step now, whatever the story's status (the owner's "step one turn")."""
    _run_now(story_id, "step")


def schedule_regenerate(story_id: int) -> None:
    _run_now(story_id, "regenerate")


def _run_now(story_id: int, what: str) -> None:
    def enqueue() -> None:
        if settings.REDIS_URL:
            app.send_task(OWNER_STEP_TASK, (story_id, what))
        else:
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
