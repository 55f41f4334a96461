"""The Observer's evidence, a scene's summary, and the finished story as prose: all read off
what actually happened on the page (the lines the context carries), never invented."""

import re
from collections import Counter
from typing import Any

from moviesim.llm.offline_writer.ledger import runs
from moviesim.llm.offline_writer.text import (
    clean,
    first_name,
    sentence,
    short_quote,
    strip_end,
    third_person,
    upper_first,
)
from moviesim.llm.schemas import Narrative, ObserverReport, SceneSummary

SCENE_KINDS = ("scene",)
EVENT_KINDS = ("intervention", "event")


def _lines(ctx: dict[str, Any], key: str = "recent") -> list[dict]:
    return [r for r in ctx.get(key) or [] if isinstance(r, dict)]


def observer(rng, ctx: dict[str, Any]) -> ObserverReport:
    lines = _lines(ctx)
    spoken = [r for r in lines if r.get("kind") not in SCENE_KINDS]
    changes = []
    for r in spoken:
        if r.get("revealed"):
            changes.append(f"{first_name(clean(r.get('speaker')))} revealed: {clean(r['revealed'])}")
        elif r.get("kind") in EVENT_KINDS:
            changes.append(f"Event: {short_quote(clean(r.get('text')), 80)}")
        elif r.get("leaves"):
            changes.append(f"{', '.join(r['leaves'])} left the scene")
    # Repeats: a run of five words heard twice in the stretch.
    counts = Counter(run for r in spoken for run in runs(clean(r.get("text"))))
    repeated = sorted({" ".join(run) for run, n in counts.items() if n > 1})[:3]
    intensities = sorted((float(r.get("intensity") or 0) for r in spoken if r.get("speaker") != "NARRATOR"),
                         reverse=True)
    loud = sum(1 for r in spoken if "!" in clean(r.get("text")))
    top = intensities[:4] or [0.4]
    tension = min(1.0, sum(top) / len(top) + 0.05 * loud + 0.1 * len(changes))
    objective_met = any(r.get("revealed") for r in spoken)
    # Going round in circles: nothing has changed, and the same words come back, or the scene has
    # had four lines without a fact while it still has room for something to happen.
    in_scene, budget = int(ctx.get("turns_in_scene") or 0), int(ctx.get("budget") or 0)
    spoken_here = spoken[-max(0, in_scene - 1):] if in_scene > 1 else []
    idle_scene = len(spoken_here) >= 4 and not any(r.get("revealed") or r.get("kind") in EVENT_KINDS
                                                   for r in spoken_here) and budget - in_scene >= 3
    stalling = not changes and (bool(repeated) or int(ctx.get("turns_since_event") or 0) > 8 or idle_scene)
    speakers = Counter(clean(r.get("speaker")) for r in spoken if r.get("speaker") != "NARRATOR")
    problems, advice = [], []
    if repeated:
        problems.append(f"The same words come round again: \"{repeated[0]}\".")
        advice.append("Give someone a new fact to throw into the room.")
    if speakers and len(speakers) > 1 and max(speakers.values()) >= 2 * max(1, min(speakers.values())) + 2:
        talker = speakers.most_common(1)[0][0]
        problems.append(f"{first_name(talker)} is carrying the scene alone.")
        advice.append(f"Let someone cut {first_name(talker)} off.")
    if stalling:
        problems.append("Nothing has changed for several turns.")
        advice.append("Something has to happen that nobody in the room planned.")
    consistency = 0.7 + 0.2 * (not repeated)
    progression = min(1.0, 0.35 + 0.25 * len(changes))
    engagement = min(1.0, (tension + progression) / 2 + 0.1)
    return ObserverReport(changes=changes, repeated=repeated, objective_met=objective_met, stalling=stalling,
                          tension=round(tension, 2), character_consistency=round(consistency, 2),
                          plot_progression=round(progression, 2), engagement=round(engagement, 2),
                          problems=problems, recommendations=advice)


def scene_summary(rng, ctx: dict[str, Any]) -> SceneSummary:
    """Who confronted whom, what came out, what happened: in the order it happened."""
    lines = [r for r in _lines(ctx, "turns") if r.get("kind") not in SCENE_KINDS]
    scene = ctx.get("scene") or {}
    where = clean(scene.get("location")).lower() or "the scene"
    facts = []
    pairs = Counter((clean(r.get("speaker")), clean(r.get("to"))) for r in lines if r.get("to"))
    if pairs:
        (who, whom), _ = pairs.most_common(1)[0]
        if who and whom and who != "NARRATOR":
            facts.append(f"In the {where}, {first_name(who)} kept after {first_name(whom)}")
    for r in lines:
        if r.get("revealed"):
            facts.append(f"it came out that {third_person(clean(r['revealed']), first_name(clean(r.get('speaker'))))}")
        elif r.get("kind") in EVENT_KINDS:
            facts.append(strip_end(clean(r.get("text"))))
        elif r.get("leaves"):
            facts.append(f"{', '.join(first_name(n) for n in r['leaves'])} left")
    if len(facts) == 1:
        facts.append("nothing was settled")
    summary = "; ".join(facts[:4]) if facts else f"Words were traded in the {where}, and nothing was settled"
    return SceneSummary(summary=sentence(summary))


def _lower(text: str) -> str:
    text = strip_end(text)
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def narrative(rng, ctx: dict[str, Any]) -> Narrative:
    """The story as it was played: a paragraph a scene, from its summary and its best line, and an
    ending that says what the last scene answered, or that the question was left open."""
    paragraphs = []
    for scene in ctx.get("scenes") or []:
        if not isinstance(scene, dict):
            continue
        heading = clean(scene.get("heading"))
        place = upper_first(re.sub(r"^(INT\.|EXT\.)\s*", "", heading).split(" - ")[0].lower())
        summary = clean(scene.get("summary"))
        turns = [t for t in scene.get("turns") or [] if isinstance(t, dict) and t.get("speaker") != "NARRATOR"
                 and t.get("kind") == "dialogue" and clean(t.get("text"))]
        line = max(turns, key=lambda t: len(clean(t.get("text"))), default=None)
        parts = [f"{place}." if place else ""]
        if summary:
            parts.append(summary)
        if line:
            parts.append(f"\"{short_quote(clean(line['text']), 140)}\" {first_name(clean(line['speaker']))} said.")
        paragraphs.append(" ".join(p for p in parts if p))
    question = strip_end(clean(ctx.get("question")))
    revealed = [r for r in ctx.get("revealed") or [] if isinstance(r, dict)]
    if ctx.get("answered") and revealed:
        last = revealed[-1]
        ending = (f"In the end it was {first_name(clean(last.get('holder')))} who answered it: "
                  f"{third_person(clean(last.get('secret')), first_name(clean(last.get('holder'))))}.")
        if question:
            ending = f"{upper_first(question)}? {ending}"
    elif ctx.get("answered"):
        ending = "The last scene played itself out, and what it settled stayed settled."
    else:
        ending = (f"{upper_first(question)}? Nobody could say yet when the story stopped." if question else
                  "The story stopped there, with its question still open.")
    paragraphs.append(ending)
    return Narrative(title=clean(ctx.get("title")) or "Untitled", prose="\n\n".join(p for p in paragraphs if p))
