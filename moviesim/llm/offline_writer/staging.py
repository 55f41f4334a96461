"""Director: staging each planned scene, the audience's options, interventions, the climax's answer."""

import re
from typing import Any

from moviesim.llm.offline_writer import names as name_pools
from moviesim.llm.offline_writer.cast import BACKGROUNDS, TRAITS
from moviesim.llm.offline_writer.ledger import Ledger
from moviesim.llm.offline_writer.text import clean, fill, first_name, sentence, strip_end, upper_first
from moviesim.llm.offline_writer.world import World, place_noun, shuffled, stable, world
from moviesim.llm.schemas import (
    CharacterSheet,
    Intervention,
    NextScene,
    Objective,
    PlotOptions,
    RelationshipSpec,
    Resolution,
    SceneSpec,
)

TACTICS = ("press", "accuse", "deflect", "bargain", "threaten", "charm", "plead", "confide")
WANTS = [
    "make {toward} admit what they know about the {prop}",
    "get {toward} on their side before the night is out",
    "find out where {toward} really was at {time}",
    "keep {toward} from looking too closely at the {prop}",
    "win back {toward}'s trust",
    "get {toward} to leave the {place} for good",
    "learn what {toward} promised {absent}",
    "make {toward} take the blame",
    "get the {prop} away from {toward}",
    "hear {toward} say it out loud, in front of everyone",
    "talk {toward} out of what they are planning",
    "know whether {toward} can still be trusted",
]
HIDE = "keep {toward} from finding out about {topic}"


def _world(ctx: dict[str, Any]) -> World:
    return world(clean(ctx.get("seed_text")), ctx.get("story_key") or "")


def _said(ctx: dict[str, Any]) -> list[str]:
    said = list(ctx.get("used_events") or []) + [clean(s) for s in ctx.get("earlier_scenes") or []]
    return said + [clean(line.get("text")) for line in ctx.get("recent") or [] if isinstance(line, dict)]


def _topic(secret: str) -> str:
    """What a secret is about: 'Moved the lamp key at midnight' -> 'the lamp key',
    "Kept Callum Ochoa's notebook and read it" -> "Callum Ochoa's notebook"."""
    words = strip_end(secret).split()[1:]
    cut = next((i for i, w in enumerate(words) if i and w.lower() in _BREAKS), len(words))
    topic = " ".join(words[:cut][:5])
    return topic or "tonight"


_BREAKS = {"and", "at", "to", "before", "after", "with", "for", "from", "in", "on", "when", "while", "because",
           "but", "so", "until", "since", "over", "yesterday", "last"}


# --- The next scene -----------------------------------------------------------------------------

def next_scene(rng, ctx: dict[str, Any]) -> NextScene:
    w = _world(ctx)
    g = w.genre
    plan = ctx.get("plan") or {}
    cast = {c["name"]: c for c in ctx.get("cast") or [] if isinstance(c, dict) and c.get("name")}
    present = [n for n in plan.get("present") or [] if n in cast] or list(cast)[:3]
    index = int(ctx.get("scene_index") or 0)
    place = place_noun(clean(plan.get("place"))) or w.places[index % len(w.places)]
    slots = w.slots(place=place, prop_turn=index)
    ledger = Ledger(w.key, _said(ctx), ctx.get("_state"))
    when = clean(plan.get("time_of_day")).upper() or "NIGHT"
    description = ledger.pick("openings", g["openings"],
                              lambda t: sentence(fill(t, slots)) if fits_the_hour(t, when) else "", step=index * 3)
    description = description or ledger.pick("openings", g["openings"], lambda t: sentence(fill(t, slots)))
    texture = shuffled(w.setting["textures"], w.key, "texture", index)[0]
    description = f"{description} {upper_first(texture)}." if texture and texture not in description else description
    directive = clean(ctx.get("directive"))
    if directive:
        description = f"{description} {sentence(directive)}"
    holder = clean(plan.get("secret_holder"))
    objectives = []
    tactics = shuffled(TACTICS, w.key, "tactics", index)
    for i, name in enumerate(present):
        others = [n for n in present if n != name] or [name]
        toward = holder if holder in others else others[stable(w.key, "toward", index, i) % len(others)]
        if name == holder:  # the one with the secret works on whoever presses hardest
            toward = others[0]
            secret = clean(plan.get("secret"))
            wants = fill(HIDE, {"toward": first_name(toward), "topic": _topic(secret) if secret else "tonight"})
            tactic = "deflect" if i % 2 else "charm"
        else:
            template = shuffled(WANTS, w.key, "wants")[(index * 5 + i) % len(WANTS)]
            wants = fill(template, {**slots, "toward": first_name(toward)})
            tactic = tactics[i % len(tactics)]
        objectives.append(Objective(character=name, toward=toward, wants=wants, tactic=tactic))
    mood = shuffled(g["moods"], w.key, "mood", index)[0]
    return NextScene(scene=SceneSpec(
        location=upper_first(place), time_of_day=clean(plan.get("time_of_day")).upper() or "NIGHT", mood=mood,
        description=description, present=present, objectives=objectives))


# A scene's words about the hour must agree with its heading.
HOURS = {"night": {"NIGHT", "LATE NIGHT"}, "midnight": {"NIGHT", "LATE NIGHT"}, "morning": {"MORNING", "DAWN"},
         "dawn": {"DAWN", "MORNING"}, "sunrise": {"DAWN", "MORNING"}, "evening": {"EVENING", "DUSK"},
         "dusk": {"DUSK", "EVENING"}, "sunset": {"DUSK", "EVENING"}, "afternoon": {"DAY", "AFTERNOON"},
         "noon": {"DAY", "AFTERNOON"}}


def fits_the_hour(template: str, when: str) -> bool:
    """'Morning in the back yard' never opens a scene headed DUSK (LATER and CONTINUOUS take any)."""
    if when not in {h for hours in HOURS.values() for h in hours}:
        return True
    words = set(re.findall(r"[a-z]+", template.lower()))
    return all(when in HOURS[w] for w in words & set(HOURS))


# --- The audience's options ---------------------------------------------------------------------

def plot_options(rng, ctx: dict[str, Any]) -> PlotOptions:
    w = _world(ctx)
    cast = [clean(c) for c in ctx.get("cast") or [] if clean(c)] or ["Someone"]
    index = int(ctx.get("turn_index") or 0)
    place = place_noun(clean(ctx.get("next_place"))) or w.places[1 % len(w.places)]
    options, taken = [], set()
    for i, template in enumerate(shuffled(w.genre["options"], w.key, "options", index)):
        slots = {**w.slots(place=place, prop_turn=index + i), "hero": cast[i % len(cast)],
                 "rival": cast[(i + 1) % len(cast)], "ally": cast[(i + 2) % len(cast)]}
        text = strip_end(fill(template, slots))
        if text and text not in taken:
            options.append(upper_first(text)[:200])
            taken.add(text)
        if len(options) == 3:
            break
    return PlotOptions(options=options if len(options) >= 2 else [*options, "The Director chooses"][:2])


# --- Interventions -----------------------------------------------------------------------------

def intervention(rng, ctx: dict[str, Any]) -> Intervention:
    w = _world(ctx)
    g = w.genre
    present = [clean(n) for n in ctx.get("present") or [] if clean(n)]
    cast = [clean(n) for n in ctx.get("cast") or [] if clean(n)]
    index = int(ctx.get("turn_index") or 0)
    scene = ctx.get("scene") or {}
    slots = w.slots(place=place_noun(clean(scene.get("location"))), prop_turn=index)
    ledger = Ledger(w.key, _said(ctx), ctx.get("_state"))
    suggestion = clean(ctx.get("suggestion"))
    if suggestion:
        text = re.sub(r"^(what if|imagine if|imagine|maybe|how about if|how about)\s+", "", suggestion,
                      flags=re.IGNORECASE)
        return Intervention(kind="dramatic_event", event=sentence(upper_first(strip_end(text))), new_character=None,
                            leaves=[], tension_target=0.75)
    roll = stable(w.key, "intervene", index) % 10
    if roll < 2 and len(present) >= 3:  # someone leaves the scene, and will not speak again in it
        leaving = present[stable(w.key, "leaves", index) % len(present)]
        event = ledger.pick("exits", g["exits"], lambda t: sentence(fill(t, {**slots, "name": first_name(leaving)})),
                            step=index)
        if event:
            return Intervention(kind="dramatic_event", event=event, new_character=None, leaves=[leaving],
                                tension_target=0.8)
    if roll == 2 and len(cast) < 6:  # a new face, who speaks next
        sheet = _newcomer(w, cast, index)
        role = sheet.role
        return Intervention(kind="add_character", event=sentence(
            f"The door opens on {sheet.name}, the {role}, who has clearly heard more than enough"),
            new_character=sheet, leaves=[], tension_target=0.7)
    pool = [*g["events"], *w.setting["events"]]
    event = ledger.pick("events", pool, lambda t: sentence(fill(t, slots)), step=index)
    return Intervention(kind="dramatic_event", event=event or sentence(f"The {slots['prop']} is gone"),
                        new_character=None, leaves=[], tension_target=0.75)


def _newcomer(w: World, cast: list[str], index: int) -> CharacterSheet:
    taken = {n.split()[0] for n in cast}
    firsts = [f for f in shuffled(name_pools.FIRST_NAMES, w.key, "newcomer", index) if f not in taken]
    surname = shuffled(name_pools.SURNAMES, w.key, "newcomer-surname", index)[0]
    name = f"{firsts[0]} {surname}"
    roles = [r for r in w.setting["roles"]][::-1]
    role = roles[stable(w.key, "newcomer-role", index) % len(roles)]
    slots = {**w.slots(prop_turn=index), "role": role, "years": "nine"}
    secret = fill(shuffled(w.genre["secrets"], w.key, "newcomer-secret", index)[0], slots)
    motive = fill(shuffled(w.genre["motivations"], w.key, "newcomer-motive", index)[0], slots)
    return CharacterSheet(
        name=name, role=role, background=sentence(fill(BACKGROUNDS[index % len(BACKGROUNDS)], slots)),
        personality_traits=shuffled(TRAITS, w.key, "newcomer-traits", index)[:3],
        secrets=[strip_end(sentence(secret))] if secret else [], primary_motivation=upper_first(motive),
        secondary_goals=[], fears=[], speaking_style=shuffled(w.genre["speaking_styles"], w.key, "nst", index)[0],
        talkativeness=0.7,
        relationships=[RelationshipSpec(other=n, kind="stranger", description=f"Has heard of {first_name(n)}.",
                                        opinion=0.0) for n in cast[:3]])


# --- The climax's answer ------------------------------------------------------------------------

def resolution(rng, ctx: dict[str, Any]) -> Resolution:
    w = _world(ctx)
    present = [clean(n) for n in ctx.get("present") or [] if clean(n)]
    truth = clean(ctx.get("truth"))
    culprit = next((n for n in present if n in truth or first_name(n) in truth), present[0] if present else "")
    slots = {**w.slots(), "hero": present[0] if present else culprit, "rival": culprit, "ally": culprit,
             "culprit": culprit, "secret_they": strip_end(truth) or f"{culprit} knew all along"}
    ledger = Ledger(w.key, _said(ctx), ctx.get("_state"))
    text = ledger.pick("resolutions", w.genre["resolutions"], lambda t: sentence(fill(t, slots)))
    return Resolution(event=text or sentence(truth))
