"""The Scene Manager: who acts next, and whether the scene is over.

Code decides the obvious cases (`decide.obvious_speaker`); the model is asked only when it
matters, since every call costs tokens.
"""

from functools import lru_cache

from characters.models import Character
from moviesim.llm.repair import match_name
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
    choice = ask(stage.story, "scene_manager", _speaker_schema(tuple(ctx["candidates"])), turn_index=index, context=ctx,
                 prompt={**ctx, "scene": stage.scene})
    complete = decide.completes_scene(stage, asked_to=choice.scene_complete)
    if choice.next_speaker.strip().upper() == NARRATOR:
        return None, complete
    # A name as a person would read it ("Dr. Quinn", "quinn"); one outside the cast (a server
    # that ignores the enum) falls to the first candidate.
    by_name = {c.name: c for c in candidates}
    return by_name.get(match_name(choice.next_speaker, list(by_name)) or "", candidates[0]), complete


@lru_cache(maxsize=512)
def _speaker_schema(candidates: tuple[str, ...]):
    """The scene manager's schema for these candidates, built once (see `lines.turn_schema`)."""
    return next_speaker_for(list(candidates))
