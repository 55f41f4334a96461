"""The story engine: decides the story one step at a time and reports what it did.

`advance_story(story_id)` plays one step and returns a `StepResult`; the engine knows nothing
of the room, the task queue or the server (see stories/steps.py for what acts on a result).
"""

from stories.engine.plan import StepResult
from stories.engine.step import advance_story, regenerate_last, step_once

__all__ = ["StepResult", "advance_story", "regenerate_last", "step_once"]
