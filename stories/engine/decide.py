"""The story's decisions, as plain functions of what a step loaded (a `Stage`).

No database and no model calls here: what to do next, how long a scene may run, when its
planned secret must surface, who speaks when code can tell, and when the Director may step in.

The shape of a story: the outline's scenes are played in order, each with a budget of turns
that leaves room for every scene still to come, the audience's votes and the ending. The
last planned scene is the climax; the story ends when it completes. A scene's planned secret
surfaces by its second-to-last turn at the latest (the holder is cued to reveal it, or in
the climax without one the Director plays the answer out), so there is always a turn left
to react before the scene closes.
"""

import re
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings

from characters.models import Character
from stories.engine.stage import Stage
from stories.models import PlannedScene, Turn

# What a step does.
FINISH = "finish"
WAIT = "wait"  # for the audience: an open vote that has not closed yet
CLOSE_POLL = "close_poll"
OPEN_POLL = "open_poll"
NEXT_SCENE = "next_scene"
RESOLVE = "resolve"  # the climax's answer, played out by the Director
INTERVENE = "intervene"
LINE = "line"

MIN_SCENE_TURNS = 4  # a heading and three lines
MAX_OUTLINE_SCENES = 16
EVENT_KINDS = (Turn.Kind.EVENT, Turn.Kind.INTERVENTION, Turn.Kind.SCENE)


def outline_size(max_turns: int) -> int:
    """How many scenes the Director plans: about one per MOVIESIM_SCENE_MAX_TURNS turns."""
    per_scene = settings.MOVIESIM_SCENE_MAX_TURNS
    return max(2, min(MAX_OUTLINE_SCENES, round(max_turns / per_scene)))


@dataclass
class NextPlanned:
    scene: PlannedScene
    budget: int
    skipped: list[PlannedScene]


def next_planned(to_come: list[PlannedScene], turns_left: int, votes: bool) -> NextPlanned | None:
    """The next scene of the outline to play and its budget of turns, skipping middle scenes
    the story has no room left for (never the climax)."""
    if not to_come:
        return None
    room = turns_left - 1  # the ending takes the last turn
    overhead = 1 if votes else 0  # the audience's choice after each scene but the climax
    fits = max(1, (room + overhead) // (MIN_SCENE_TURNS + overhead))
    skipped = []
    if len(to_come) > fits:
        keep = to_come[:fits - 1] + [to_come[-1]]
        skipped = [p for p in to_come if p not in keep]
        to_come = keep
    return NextPlanned(to_come[0], scene_budget(len(to_come), turns_left, votes), skipped)


def scene_budget(remaining: int, turns_left: int, votes: bool) -> int:
    """The next scene's share of the turns left, once the ending and the audience's choices
    between the scenes still to come are set aside (its heading included)."""
    room = turns_left - 1 - (remaining - 1) * (1 if votes else 0)
    return max(2, room // max(remaining, 1))


def next_move(stage: Stage, now: datetime) -> str:
    """What this step does, before the Observer's look (see `after_observing`)."""
    story, scene = stage.story, stage.scene
    if scene is None or story.finish_requested or stage.turns_left <= 1:
        return FINISH
    if stage.open_poll is not None:
        return WAIT if stage.open_poll.closes_at > now else CLOSE_POLL
    if scene.complete:
        if stage.climax or not stage.to_come:
            return FINISH
        if story.vote_seconds and not stage.scene_polled:
            return OPEN_POLL
        return NEXT_SCENE
    if story.poll_requested and not stage.climax:
        return OPEN_POLL
    if not stage.climax and stage.to_come and stage.turns_left <= MIN_SCENE_TURNS + 1:
        return NEXT_SCENE  # only room left for the climax: cut to it
    if resolution_due(stage):
        return RESOLVE
    return LINE


def lines_left(stage: Stage) -> int:
    """Turns the current scene may still take, this one included."""
    return min(stage.scene.budget - stage.turns_in_scene, stage.turns_left - 1)


def secret_due(stage: Stage) -> tuple[Character, int] | None:
    """The scene's planned secret and its holder, when it has not come out yet and the holder is here."""
    plan = stage.plan
    if plan is None or not plan.secret_holder_id or not plan.secret_index:
        return None
    holder = next((c for c in stage.present if c.pk == plan.secret_holder_id), None)
    if holder is None or plan.secret_index > len(holder.secrets) or stage.revealed(holder, plan.secret_index):
        return None
    return holder, plan.secret_index


def reveal_forced(stage: Stage) -> tuple[Character, int] | None:
    """The holder must reveal the scene's secret now: three turns of the scene are left and they
    did not speak last (so nobody speaks twice running), or only two are."""
    due = secret_due(stage)
    if due is None:
        return None
    last = last_line(stage.recent)
    spoke_last = last is not None and last.character_id == due[0].pk
    left = lines_left(stage)
    return due if left <= 2 or (left == 3 and not spoke_last) else None


def resolution_due(stage: Stage) -> bool:
    """The climax has no secret to bring out and only two turns left: the Director plays the answer."""
    if not stage.climax or lines_left(stage) > 2:
        return False
    plan = stage.plan
    if plan.secret_index and secret_due(stage) is not None:
        return False  # the holder brings it out (`reveal_forced`)
    if plan.secret_index and plan.secret_holder_id:  # the secret is out already: the answer landed
        return False
    return not any(t.kind == Turn.Kind.EVENT for t in stage.recent)


def completes_scene(stage: Stage, asked_to: bool = False) -> bool:
    """Whether the turn this step writes is the scene's last: its budget is spent, or the Scene
    Manager closed it once it had room to play (never before its planned secret is out)."""
    if lines_left(stage) <= 1:
        return True
    played_enough = stage.turns_in_scene >= max(MIN_SCENE_TURNS, stage.scene.budget * 2 // 3)
    return asked_to and played_enough and secret_due(stage) is None and not stage.climax


def after_observing(stage: Stage) -> str:
    """A line, unless the Director may and must step in: an accepted suggestion, or the Observer's call."""
    if stage.accepted is not None and may_weave(stage):
        return INTERVENE
    if stage.story.pending_intervention and may_intervene(stage):
        return INTERVENE
    return LINE


def may_weave(stage: Stage) -> bool:
    """An accepted suggestion comes at the first turn an intervention may: once per scene, never in
    its first two turns, with room to react. Unlike the Director's own call it does not wait for
    the scene's secret (that still comes out in the last two turns), or it could starve in short
    scenes."""
    return not stage.scene_intervened and stage.turns_in_scene > 2 and lines_left(stage) > 2


def may_intervene(stage: Stage) -> bool:
    """At most once per scene, never in its first two turns, never when the scene has no room to react."""
    return (not stage.scene_intervened and stage.turns_in_scene > 2 and lines_left(stage) > 2
            and reveal_forced(stage) is None)


def observer_due(stage: Stage) -> bool:
    index = stage.next_index
    return bool(index) and index % stage.story.observer_every == 0 and stage.last_report_turn != index


def intervention_reason(*, stalling: bool, objective_met: bool, changes: list[str], repeated: list[str],
                        problems: list[str]) -> str:
    """Why the Director should step in, from the Observer's evidence, or "" when it should not."""
    if objective_met or not stalling:
        return ""
    if changes and not repeated:
        return ""  # things are moving, however slowly
    evidence = "; ".join([*(f"repeated: {r}" for r in repeated[:2]), *problems[:1]])
    return f"The scene is going round in circles ({evidence})." if evidence else "The scene is going round in circles."


# --- Who speaks -------------------------------------------------------------------------------------

def last_line(recent: list[Turn]) -> Turn | None:
    return next((t for t in reversed(recent) if t.kind != Turn.Kind.SCENE), None)


def candidates(present: list[Character], recent: list[Turn]) -> list[Character]:
    """Who may speak next: anyone present but whoever spoke last."""
    last = last_line(recent)
    return [c for c in present if last is None or c.pk != last.character_id] or present


def newcomer(stage: Stage) -> Character | None:
    """Someone who joined this scene after it began (the Director brought them in, or an editor)
    and has not spoken yet: they speak next."""
    first = stage.scene.first_turn if stage.scene else 0
    joined = [c for c in stage.present if c.joined_at > first and c.pk not in stage.spoken_in_scene]
    return min(joined, key=lambda c: c.joined_at, default=None)


def obvious_speaker(stage: Stage) -> Character | None:
    """Who speaks next when code can tell. In order: a newcomer; the holder of a secret that must
    come out now; someone who has not spoken yet in the scene, once two others have had the floor
    for three lines; the one the last line was spoken to; someone it named; whoever has not spoken
    yet (the most talkative first). None: ask the Scene Manager."""
    present, recent = stage.present, stage.recent
    if not present:
        return None
    if (arrived := newcomer(stage)) is not None:
        return arrived
    if (forced := reveal_forced(stage)) is not None:
        return forced[0]
    choice = candidates(present, recent)
    if len(choice) == 1:
        return choice[0]
    last = last_line(recent)
    silent = sorted((c for c in choice if c.pk not in stage.spoken_in_scene), key=lambda c: -c.talkativeness)
    speakers = [t.character_id for t in recent[-3:] if t.character_id]
    if silent and len(speakers) == 3 and len(set(speakers)) <= 2:
        return silent[0]  # two people have had the floor long enough: a third voice comes in
    if last is not None and last.addressee_id and any(c.pk == last.addressee_id for c in choice):
        return next(c for c in choice if c.pk == last.addressee_id)  # answer whoever spoke to you
    if last is not None and last.content:
        for c in choice:
            if re.search(rf"\b{re.escape(c.first_name)}\b", last.content, re.IGNORECASE):
                return c
    return silent[0] if silent else None
