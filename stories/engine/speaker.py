"""The Scene Manager: who acts next, and whether the scene is over.

Code decides the obvious cases (`decide.obvious_speaker`); the model is asked only when it
matters, since every call costs tokens.
"""

from django.conf import settings

from characters.models import Character
from moviesim.llm.schemas import NextSpeaker
from stories.engine import decide, transcript
from stories.engine.calls import ask
from stories.engine.stage import Stage

NARRATOR = "NARRATOR"


def choose_speaker(stage: Stage) -> tuple[Character | None, bool]:
    """The next speaker (None: the narrator) and whether the scene completes with this turn."""
    present, recent, index = stage.present, stage.recent, stage.next_index
    too_long = decide.scene_too_long(stage)
    if not present:
        return None, too_long
    if (speaker := decide.obvious_speaker(present, recent)) is not None:
        return speaker, too_long
    last = decide.last_line(recent)
    candidates = decide.candidates(present, recent)
    ctx = {"present": [c.name for c in present], "last_speaker": last.character.name if last and last.character_id
           else "", "turns_in_scene": stage.turns_in_scene, "scene_max_turns": settings.MOVIESIM_SCENE_MAX_TURNS,
           "recent": transcript.recent_lines(recent), "talkativeness": {c.name: c.talkativeness for c in present}}
    choice = ask(stage.story, "scene_manager", NextSpeaker, turn_index=index, context=ctx,
                 prompt={**ctx, "scene": stage.scene})
    complete = too_long or (choice.scene_complete and stage.turns_in_scene >= 3)
    if choice.next_speaker.strip().upper() == NARRATOR:
        return None, complete
    by_name = {c.name.lower(): c for c in candidates}
    # A name the model made up is ignored: the first candidate speaks instead.
    return by_name.get(choice.next_speaker.strip().lower(), candidates[0]), complete
