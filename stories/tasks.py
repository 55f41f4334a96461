"""Celery tasks: ids in, JSON only; the step itself is idempotent (lease + unique index).

The tasks belong to the project's app (`moviesim.celery.app`), not `shared_task`: a process that
enqueues without having imported the app itself (Daphne, a management command) would otherwise
publish through Celery's default app, i.e. to amqp://localhost instead of the Redis broker.
`stories.scheduling` sends them by name.
"""

import logging

from django.db import InterfaceError, OperationalError, close_old_connections

from moviesim.celery import app
from stories import steps
from stories.scheduling import due_story_ids

log = logging.getLogger(__name__)


@app.task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=5, ignore_result=True)
def advance_story_task(self, story_id: int) -> str:
    close_old_connections()
    try:
        return steps.run(story_id).outcome
    except (OperationalError, InterfaceError) as exc:
        # A dropped database connection: the transaction rolled back; try again shortly.
        log.warning("story %s: database error, retrying: %s", story_id, exc)
        raise self.retry(exc=exc, countdown=1 + self.request.retries * 2) from exc
    finally:
        close_old_connections()


@app.task(bind=True, acks_late=True, reject_on_worker_lost=True, max_retries=3, ignore_result=True)
def step_story_task(self, story_id: int, what: str) -> str:
    """The owner's one-off steps: one turn while paused, or regenerating the last turn."""
    close_old_connections()
    try:
        return steps.run_owner_step(story_id, what).outcome
    except (OperationalError, InterfaceError) as exc:
        raise self.retry(exc=exc, countdown=1 + self.request.retries * 2) from exc
    finally:
        close_old_connections()


@app.task(ignore_result=True)
def sweep_stories() -> int:
    """Periodic: picks up stories whose timer or task was lost."""
    close_old_connections()
    ids = due_story_ids()
    for story_id in ids:
        advance_story_task.delay(story_id)
    return len(ids)
