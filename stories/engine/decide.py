"""The story's decisions, as plain functions of what a step loaded (a `Stage`).

No database and no model calls here: what to do next, who speaks when code can tell, when
a scene is over and when the Director must step in.
"""

import re
from datetime import datetime

from django.conf import settings

from characters.models import Character
from stories.engine.stage import Stage
from stories.models import Turn

# What a step does.
FINISH = "finish"
WAIT = "wait"  # for the audience: an open vote that has not closed yet
CLOSE_POLL = "close_poll"
OPEN_POLL = "open_poll"
NEXT_SCENE = "next_scene"
INTERVENE = "intervene"
LINE = "line"

LOW_TENSION = 0.3
STALL_TURNS = 12
EVENT_KINDS = (Turn.Kind.EVENT, Turn.Kind.INTERVENTION, Turn.Kind.SCENE)


def next_move(stage: Stage, now: datetime) -> str:
    """What this step does, before the Observer's look (see `after_observing`)."""
    story, scene = stage.story, stage.scene
    if stage.turns_left <= 1 or scene is None or story.finish_requested:
        return FINISH
    if stage.open_poll is not None:
        return WAIT if stage.open_poll.closes_at > now else CLOSE_POLL
    room_for_a_scene = stage.turns_left > 3  # too close to the end, the last scene plays on
    if story.poll_requested or (scene.complete and room_for_a_scene and story.vote_seconds
                                and not stage.scene_polled):
        return OPEN_POLL
    if scene.complete and room_for_a_scene:
        return NEXT_SCENE
    return LINE


def after_observing(stage: Stage) -> str:
    """A line, unless the Director must step in: an accepted suggestion, or the Observer's call."""
    if stage.accepted is not None or stage.story.pending_intervention:
        return INTERVENE
    return LINE


def observer_due(stage: Stage) -> bool:
    index = stage.next_index
    return bool(index) and index % stage.story.observer_every == 0 and stage.last_report_turn != index


def intervention_reason(*, asked: bool, problems: list[str], tension: float, earlier: list[float],
                        turns_since_event: int) -> str:
    """Why the Director should step in after an Observer report, or "" when it should not."""
    if asked:
        return "; ".join(problems[:2]) or "The Observer says the story is sagging."
    if tension < LOW_TENSION and earlier and earlier[-1] < LOW_TENSION:
        return "Tension has stayed below 0.3 for more than five turns."
    if turns_since_event > STALL_TURNS:
        return "Nothing has happened for a long stretch: the scene is stalling."
    return ""


def last_line(recent: list[Turn]) -> Turn | None:
    return next((t for t in reversed(recent) if t.kind != Turn.Kind.SCENE), None)


def candidates(present: list[Character], recent: list[Turn]) -> list[Character]:
    """Who may speak next: anyone present but whoever spoke last."""
    last = last_line(recent)
    return [c for c in present if last is None or c.pk != last.character_id] or present


def obvious_speaker(present: list[Character], recent: list[Turn]) -> Character | None:
    """Who speaks next when code can tell: the only one left, someone named in the last line,
    or the most talkative of those who have not spoken yet in the scene. None: ask the model."""
    if not present:
        return None
    choice = candidates(present, recent)
    if len(choice) == 1:
        return choice[0]
    last = last_line(recent)
    if last is not None and last.content:
        for c in choice:
            if re.search(rf"\b{re.escape(c.first_name)}\b", last.content, re.IGNORECASE):
                return c
    spoken = {t.character_id for t in recent}
    silent = sorted((c for c in choice if c.pk not in spoken), key=lambda c: -c.talkativeness)
    return silent[0] if silent else None


def scene_too_long(stage: Stage) -> bool:
    return stage.turns_in_scene >= settings.MOVIESIM_SCENE_MAX_TURNS


def turns_since_event(recent: list[Turn], index: int) -> int:
    last = next((t.index for t in reversed(recent) if t.kind in EVENT_KINDS), 0)
    return index - last
