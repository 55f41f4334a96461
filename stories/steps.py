"""The edge around the engine: run a step, show what it did in the room, schedule the next.

The engine decides the story and reports each step as a `StepResult`; it knows nothing of
the room or the task queue. Whoever runs a step (the Celery tasks, the embedded runner)
calls these, so a result is broadcast and the next step scheduled in one place.
"""

import logging

from stories import broadcast, scheduling
from stories.engine import StepResult, advance_story, regenerate_last, step_once

log = logging.getLogger(__name__)


def run(story_id: int, *, force: bool = False) -> StepResult:
    """The story's next step, when it is due (`force`: now, as the headless `simulate` runs it)."""
    return _announced(story_id, lambda on_text: advance_story(story_id, force=force, on_text=on_text))


def run_owner_step(story_id: int, what: str) -> StepResult:
    """The owner's "step one turn" (even while paused) or "regenerate the last turn"."""
    if what == "regenerate":
        return _announced(story_id, lambda _on_text: regenerate_last(story_id))
    return _announced(story_id, lambda on_text: step_once(story_id, on_text=on_text))


def announce(story_id: int, result: StepResult) -> None:
    """Show the room what the step did, and schedule the step after it."""
    broadcast.step_result(story_id, result)
    if result.next_step_at is not None:
        # A worker publishes its next step from its own thread: it depends on the broker anyway,
        # and a publishing thread would take turns with its next step for the GIL.
        scheduling.schedule_advance(story_id, result.next_step_at, in_this_thread=True)


def _announced(story_id: int, step) -> StepResult:
    try:
        result = step(broadcast.LineStream(story_id))
    except Exception:
        _crashed(story_id)
        raise
    announce(story_id, result)
    return result


def _crashed(story_id: int) -> None:
    """A step that crashed may have stopped its story (after repeated crashes): say so in the room."""
    try:
        broadcast.status_changed(story_id)
    except Exception:  # the database may be what failed; the page catches up on reconnect
        log.warning("story %s: could not show the crashed step's status", story_id, exc_info=True)
