"""advance_story: move one story forward by exactly one step, and report what happened.

The step claims the story with a lease, reads the story once (`Stage`), decides what to do
(`decide`), asks the models outside any transaction, and ends with a `Plan`. The commit
writes that plan in one short transaction guarded by the lease and the unique turn index,
and returns a `StepResult`. A duplicated or retried step finds the lease taken (or its turn
written) and does nothing.

Whoever runs the step (the Celery task, the embedded runner, the owner's actions: see
`stories/steps.py`) shows the result in the room and schedules the next step.
"""

import logging
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from moviesim.llm import ProviderError
from stories.costs import BudgetExceeded
from stories.engine import audience, calls, decide, director, lease, lines, observer
from stories.engine.lease import LeaseLost
from stories.engine.lines import OnText
from stories.engine.plan import Plan, StepResult
from stories.engine.stage import Stage
from stories.models import LLMCall, Story, Turn

log = logging.getLogger(__name__)
MAX_CRASHES = 5


def advance_story(story_id: int, *, force: bool = False, statuses=None, on_text: OnText | None = None) -> StepResult:
    """One step. `force`: even when not yet due. `on_text(cue, text)`: the spoken line as it forms."""
    token = lease.new_token()
    story = lease.claim(story_id, token, require_due=not force, statuses=statuses, rows=Stage.rows())
    if story is None:
        return StepResult("busy")
    try:
        with calls.held() as made:
            with lease.Keeper(story_id, token):
                plan = _decide(story, on_text)
            if plan is None:  # the story waits for its audience
                lease.release(story_id, token)
                return StepResult("idle")
            return commit(story, token, plan, made)
    except ProviderError as exc:
        return _pause_for_model(story, token, exc.message, getattr(exc, "doing", ""))
    except BudgetExceeded as exc:
        lease.release(story_id, token, status=Story.Status.PAUSED, status_message=str(exc))
        return StepResult("budget", panels={"status"})
    except LeaseLost:
        log.info("story %s: lease lost during the step; result dropped", story_id)
        return StepResult("lost")
    except BaseException as exc:
        _record_crash(story_id, token, exc)
        raise


def step_once(story_id: int, on_text: OnText | None = None) -> StepResult:
    """The owner's "step one turn": now, even while the story is paused."""
    return advance_story(story_id, force=True, statuses=(*Story.ACTIVE_STATUSES, Story.Status.PAUSED),
                         on_text=on_text)


def _decide(story: Story, on_text: OnText | None) -> Plan | None:
    if story.status == Story.Status.CASTING:
        return director.cast(story)
    stage = Stage.load(story)
    move = decide.next_move(stage, timezone.now())
    if move == decide.WAIT:
        return None
    if move == decide.FINISH:
        return director.finish(stage)
    if move == decide.CLOSE_POLL:
        return audience.close_poll(stage)
    if move == decide.OPEN_POLL:
        return audience.open_poll(stage)
    if move == decide.NEXT_SCENE:
        return director.next_scene(stage)
    if move == decide.RESOLVE:
        return director.resolve(stage)
    report = observer.observe(stage)
    if decide.after_observing(stage) == decide.INTERVENE:
        plan = director.intervene(stage)
    else:
        plan = lines.play(stage, on_text)
    if report is not None:
        plan.report = report
        plan.panels.add("dashboard")
        plan.changes.setdefault("tension", story.tension)
        plan.changes.setdefault("pending_intervention", story.pending_intervention)
    return plan


def commit(story: Story, token: str, plan: Plan, made: list[LLMCall]) -> StepResult:
    """Write the plan, the model calls it made and the released lease in one transaction."""
    now = timezone.now()
    changes = {"failures": 0, "writer_state": story.writer_state, **plan.changes}
    if plan.finished:
        changes.update(status=Story.Status.FINISHED, next_step_at=None, finished_at=now)
    else:
        changes.setdefault("next_step_at", now + timedelta(seconds=story.pacing_seconds))
    try:
        with transaction.atomic():
            # The release comes first: guarded by the token, it locks the story row and proves the
            # lease is still ours, and everything after it is written under that lock.
            if not lease.release(story.pk, token, **changes):
                raise LeaseLost()
            index = Turn.objects.filter(story=story).next_index()
            turns = plan.write(index)
            if plan.report is not None:
                plan.report.after_turn = index
                plan.report.save()
            for call in made:  # a marker took the expected index meanwhile: the calls follow their turn
                if turns and call.turn_index == plan.expected_index:
                    call.turn_index = index
            LLMCall.objects.bulk_create(made)
        made.clear()  # written
    except IntegrityError:
        log.info("story %s: step %s was already written; nothing to do", story.pk, plan.expected_index)
        lease.release(story.pk, token)
        return StepResult("duplicate")
    for field, value in changes.items():  # the row as committed, for the room's fragment
        setattr(story, field, value)
    outcome = "finished" if plan.finished else "turn" if turns else "step"
    due = story.next_step_at if story.status in Story.ACTIVE_STATUSES else None  # a paused story waits
    return StepResult(outcome, story=story, turns=turns, panels=plan.panels, opinions=plan.opinions,
                      cards=plan.cards, next_step_at=due)


def regenerate_last(story_id: int) -> StepResult:
    """Write the last turn again; the old text is kept as an alternative."""
    token = lease.new_token()
    story = lease.claim(story_id, token, require_due=False,
                        statuses=(*Story.ACTIVE_STATUSES, Story.Status.PAUSED, Story.Status.FINISHED))
    if story is None:
        return StepResult("busy")
    try:
        turn = story.turns.for_display().order_by("-index").first()
        if turn is None or turn.kind not in lines.REGENERABLE:
            lease.release(story_id, token)
            return StepResult("idle")
        take = lines.retake(story, turn)
        with transaction.atomic():
            lease.lock(story_id, token)
            take.write()
            lease.release(story_id, token, writer_state=story.writer_state)
    except ProviderError as exc:
        lease.release(story_id, token)
        log.warning("story %s: regeneration failed: %s", story_id, exc.message)
        return StepResult("failed", panels={"status"})
    except LeaseLost:
        return StepResult("lost")
    except BaseException:
        lease.release(story_id, token)
        raise
    return StepResult("regenerated", story=story, replaced=[turn.pk])


def _record_crash(story_id: int, token: str, exc: BaseException) -> None:
    """Give the lease back; a story whose step keeps crashing stops instead of looping forever."""
    try:
        lease.release(story_id, token, failures=F("failures") + 1)
        crashes = Story.objects.filter(pk=story_id).values_list("failures", flat=True).first() or 0
        if crashes >= MAX_CRASHES:
            message = f"The step failed {crashes} times in a row ({type(exc).__name__}: {exc})."
            Story.objects.filter(pk=story_id, status__in=Story.ACTIVE_STATUSES).update(
                status=Story.Status.FAILED, status_message=message[:2000], next_step_at=None)
    except Exception:  # the database itself may be what failed; the lease then expires on its own
        log.exception("story %s: could not record a crashed step", story_id)


def _pause_for_model(story: Story, token: str, message: str, doing: str = "") -> StepResult:
    """The model failed for good (the provider's retries are spent): pause, say which role
    failed and why, wait for the owner."""
    log.warning("story %s paused, model failed: %s", story.pk, message)
    during = f" on {doing}" if doing else ""
    note = (f"The model failed{during}: {message[:1500]} The story is paused; the owner can press Resume to "
            "try again.")
    lease.release(story.pk, token, status=Story.Status.PAUSED, status_message=note, next_step_at=None)
    return StepResult("paused", panels={"status"})
