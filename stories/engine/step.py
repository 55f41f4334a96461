"""advance_story: move one story forward by exactly one step.

The step claims the story with a lease, asks the models outside any transaction,
then commits the result in one short transaction guarded by the lease token and
the unique turn index. A duplicated or retried step finds its turn already
written (or the lease taken) and does nothing.
"""

import logging
from collections.abc import Callable
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone

from moviesim.llm import ProviderError
from stories import broadcast, scheduling
from stories.engine import director, lease, scene_play
from stories.engine.lease import LeaseLost
from stories.models import Story

log = logging.getLogger(__name__)


def advance_story(story_id: int, *, force: bool = False) -> str:
    """One step. Returns what happened: 'turn', 'finished', 'busy', 'duplicate', 'lost', 'failed', 'idle'."""
    token = lease.new_token()
    if not lease.claim(story_id, token, require_due=not force):
        return "busy"
    try:
        story = Story.objects.select_related("owner").get(pk=story_id)
        if story.status == Story.Status.CASTING:
            plan = director.cast_story(story)
        else:
            plan = _plan_running(story, token)
        if plan is None:
            lease.release(story_id, token)
            return "idle"
        return commit(story, token, plan)
    except ProviderError as exc:
        fail_story(story_id, token, exc.message)
        return "failed"
    except LeaseLost:
        log.info("story %s: lease lost during the step; result dropped", story_id)
        return "lost"
    except BaseException as exc:
        _record_crash(story_id, token, exc)
        raise


def _plan_running(story: Story, token: str):
    last = story.turns.aggregate(m=Max("index"))["m"]
    next_index = 0 if last is None else last + 1
    turns_left = story.max_turns - next_index
    scene = story.scenes.order_by("-index").first()
    if turns_left <= 1 or scene is None:
        return director.finish(story, next_index)
    if scene.complete and turns_left > 3:
        return director.next_scene(story, scene, next_index)
    # Too close to the end for a new scene: the last one plays on until the ending.
    scene_play.observe_if_due(story, token, next_index)
    if story.pending_intervention:
        return director.intervene(story, scene, next_index)
    return scene_play.play_turn(story, scene, next_index)


class Plan:
    """What a step decided, ready to be written in one transaction."""

    def __init__(self, index: int, write: Callable[[], None], story_changes: dict | None = None,
                 finished: bool = False):
        self.index = index
        self.write = write
        self.story_changes = story_changes or {}
        self.finished = finished


def commit(story: Story, token: str, plan: Plan) -> str:
    now = timezone.now()
    changes = dict(plan.story_changes)
    if plan.finished:
        changes.update(status=Story.Status.FINISHED, next_step_at=None, finished_at=now)
    else:
        changes.setdefault("next_step_at", now + timedelta(seconds=story.pacing_seconds))
    changes.setdefault("failures", 0)
    try:
        with transaction.atomic():
            plan.write()
            if lease.release(story.pk, token, **changes) != 1:
                raise LeaseLost()
    except IntegrityError:
        log.info("story %s: turn %s was already written; nothing to do", story.pk, plan.index)
        lease.release(story.pk, token)
        return "duplicate"
    transaction.on_commit(lambda: broadcast.turns_added(story.pk, plan.index))
    if plan.finished:
        return "finished"
    when = changes["next_step_at"]
    if changes.get("status", story.status) in Story.ACTIVE_STATUSES and when:
        scheduling.schedule_advance(story.pk, when)
    return "turn"


MAX_CRASHES = 5


def _record_crash(story_id: int, token: str, exc: BaseException) -> None:
    """Give the lease back; a story whose step keeps crashing stops instead of looping forever."""
    try:
        lease.release(story_id, token, failures=F("failures") + 1)
        crashes = Story.objects.filter(pk=story_id).values_list("failures", flat=True).first() or 0
        if crashes >= MAX_CRASHES:
            message = f"The step failed {crashes} times in a row ({type(exc).__name__}: {exc})."
            Story.objects.filter(pk=story_id, status__in=Story.ACTIVE_STATUSES).update(
                status=Story.Status.FAILED, status_message=message[:2000], next_step_at=None)
            broadcast.status_changed(story_id)
    except Exception:  # the database itself may be what failed; the lease then expires on its own
        log.exception("story %s: could not record a crashed step", story_id)


def fail_story(story_id: int, token: str, message: str) -> None:
    log.warning("story %s failed: %s", story_id, message)
    lease.release(
        story_id, token, status=Story.Status.FAILED, status_message=message[:2000], next_step_at=None
    )
    broadcast.status_changed(story_id)
