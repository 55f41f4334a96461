"""The Scene Manager: who acts next, and whether the scene is over.

Code decides the obvious cases (`decide.obvious_speaker`); the model is asked only when it
matters, since every call costs tokens.
"""

from characters.models import Character
from moviesim.llm.schemas import NARRATOR, next_speaker_for
from stories.engine import decide, transcript
from stories.engine.calls import ask
from stories.engine.stage import Stage


def choose_speaker(stage: Stage) -> tuple[Character | None, bool]:
    """The next speaker (None: the narrator) and whether the scene completes with this turn."""
    present, recent, index = stage.present, stage.recent, stage.next_index
    if not present:
        return None, decide.completes_scene(stage)
    if (speaker := decide.obvious_speaker(stage)) is not None:
        return speaker, decide.completes_scene(stage)
    last = decide.last_line(recent)
    candidates = decide.candidates(present, recent)
    plan = stage.plan
    ctx = {"present": [c.name for c in present], "candidates": [c.name for c in candidates],
           "last_speaker": last.character.name if last and last.character_id else "",
           "turns_in_scene": stage.turns_in_scene, "scene_budget": stage.scene.budget,
           "must_change": plan.must_change if plan else "", "recent": transcript.recent_lines(recent),
           "talkativeness": {c.name: c.talkativeness for c in present}}
    choice = ask(stage.story, "scene_manager", next_speaker_for(ctx["candidates"]), turn_index=index, context=ctx,
                 prompt={**ctx, "scene": stage.scene})
    complete = decide.completes_scene(stage, asked_to=choice.scene_complete)
    if choice.next_speaker.strip().upper() == NARRATOR:
        return None, complete
    by_name = {c.name.lower(): c for c in candidates}
    # A name outside the enum (a server that ignores it) falls to the first candidate.
    return by_name.get(choice.next_speaker.strip().lower(), candidates[0]), complete
