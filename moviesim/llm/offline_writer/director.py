"""Director mid-story: interventions (events, newcomers, jolts) and the next scene."""

import random
import re
from typing import Any

from moviesim.llm.offline_writer import places
from moviesim.llm.offline_writer.genres import GENRES, detect_genre
from moviesim.llm.offline_writer.scene import LEXICON, choose
from moviesim.llm.offline_writer.setup import DEFAULT_PACK, article, build_character, cast_names
from moviesim.llm.offline_writer.text import (
    at_place,
    clean,
    find_lexicon,
    first_name,
    join_names,
    lower_first,
    place_phrase,
    sentence,
    strip_end,
    upper_first,
)
from moviesim.llm.schemas import Intervention, NextScene, PlotOptions, SceneSpec

SUGGESTION_EVENTS = [
    "Without warning, the night turns: {suggestion}. {name} goes very still; {name2} is already moving.",
    "It starts small and then it is everywhere: {suggestion}. {name} looks straight at {name2}.",
    "{Suggestion}. {In_place}, nobody moves for a long second, then everyone moves at once.",
    "Then it happens, the thing nobody planned for: {suggestion}. {name} is the first to react.",
]
FOLLOW_UPS = [
    "{name} is the first to react.",
    "{name} and {name2} stare at each other.",
    "Every eye {in_place} turns to {name}.",
    "{name} swears, very quietly.",
    "Nobody {in_place} breathes.",
]
ARRIVALS = [
    "The door opens on {new}, {role_a}, soaked to the skin and asking for {name} by name.",
    "{new}, {role_a}, steps out of the shadows: {new_first} has been listening for some time.",
    "A stranger arrives: {new}, {role_a}, with a story that puts {name} in an awkward light.",
]
NEWCOMER_ROLES = [
    "stranger off the last train", "insurance investigator", "police constable", "journalist",
    "long-lost cousin", "private nurse", "debt collector",
]
TRANSITIONS = [
    "Everyone is ordered out of {place}; whatever happens next happens somewhere else.",
    "{name} grabs {name2} by the arm and drags them out of {place}. The others follow.",
    "The lights {in_place} die for good, and they have to move.",
]
JOLTS = [
    "{name} says the one thing nobody was supposed to say out loud, and {place} goes cold.",
    "{name} produces the {prop} and sets it in the middle of the table.",
    "{name2} laughs, a strange cracked sound, and then cannot stop.",
]
OPTION_TEMPLATES = [
    "{a} confronts {b} about the {prop}",
    "{a} tells {b} the truth",
    "The {prop} goes missing",
    "{a} tries to leave {place} before dawn",
    "{a} and {b} make a secret pact",
    "Someone finds out what {a} did",
    "{a} follows {b} alone",
    "{b} destroys the {prop}",
]
_LOWERABLE = {
    "a", "an", "the", "someone", "somebody", "everyone", "everybody", "there", "it", "all", "suddenly",
    "then", "one", "two", "three", "every", "nobody", "something", "another",
}


def _suggestion_clause(text: str) -> str:
    clause = strip_end(text)
    head = clause.split(" ", 1)[0].lower() if clause else ""
    return lower_first(clause) if head in _LOWERABLE else clause


def _slots(rng: random.Random, ctx: dict[str, Any], genre: dict[str, Any]) -> dict[str, str]:
    scene = ctx.get("scene") or {}
    present = [clean(p) for p in ctx.get("present") or [] if clean(p)]
    cast = [clean(c) for c in ctx.get("cast") or [] if clean(c)] or present
    people = rng.sample(present or cast, len(present or cast))
    props = find_lexicon(clean(scene.get("description")), LEXICON) or genre["props"]
    return {
        "name": first_name(people[0]) if people else "",
        "name2": first_name(people[1]) if len(people) > 1 else "",
        "place": place_phrase(clean(scene.get("location"))),
        "in_place": at_place(clean(scene.get("location"))),
        "In_place": upper_first(at_place(clean(scene.get("location")))),
        "prop": rng.choice(props),
    }


def intervention(rng: random.Random, ctx: dict[str, Any]) -> Intervention:
    genre_key = detect_genre(clean(ctx.get("genre")))
    genre = GENRES[genre_key]
    slots = _slots(rng, ctx, genre)
    suggestion = clean(ctx.get("suggestion"))
    reason = clean(ctx.get("reason")).lower()
    target = round(rng.uniform(0.6, 0.9), 2)

    if suggestion:
        clause = _suggestion_clause(suggestion)
        event = choose(rng, SUGGESTION_EVENTS, dict(slots, suggestion=clause, Suggestion=upper_first(clause)))
        if not event:
            event = f"{upper_first(clause)}."
        return Intervention(kind="dramatic_event", event=event, new_character=None, tension_target=target)

    roll = rng.random()
    if re.search(r"drift|off.track|stall|repeat", reason) and roll < 0.35:
        kind = "scene_transition"
    else:
        kind = ("dramatic_event" if roll < 0.7 else "add_character" if roll < 0.82
                else "adjust_tension" if roll < 0.92 else "scene_transition")
    cast = [clean(c) for c in ctx.get("cast") or [] if clean(c)]
    if kind == "add_character" and cast:
        return _add_character(rng, ctx, genre_key, cast, slots, target)
    if kind == "scene_transition":
        event = choose(rng, TRANSITIONS, slots) or "The scene breaks; everyone has to move."
    elif kind == "adjust_tension":
        event = choose(rng, JOLTS, slots) or "Something in the room shifts, and nobody can pretend otherwise."
    else:
        kind = "dramatic_event"
        event = choose(rng, genre["events"],
                                  slots) or "The lights fail, and when they return, something is wrong."
        follow = choose(rng, FOLLOW_UPS, slots)
        if follow and rng.random() < 0.6:
            event = f"{sentence(event)} {follow}"
    return Intervention(kind=kind, event=sentence(event), new_character=None, tension_target=target)


def _add_character(rng: random.Random, ctx: dict[str, Any], genre_key: str, cast: list[str],
                   slots: dict[str, str], target: float) -> Intervention:
    genre = GENRES[genre_key]
    new = cast_names(rng, 1, taken=set(cast))[0]
    role = rng.choice(list(genre["roles"]) + NEWCOMER_ROLES)
    known = rng.sample(cast, min(2, len(cast)))
    pack = places.PACKS[DEFAULT_PACK[genre_key]]
    sheet_slots = {"victim": rng.choice(cast), "group": str(pack["group"]), "target": "the prize",
                   "props": "|".join(genre["props"]), "place": slots["place"]}
    sheet = build_character(rng, new, role, [new, *known], genre, sheet_slots)
    name = slots["name"] or first_name(known[0])
    arrival = dict(slots, name=name, new=new, new_first=first_name(new), role_a=article(role))
    event = choose(rng, ARRIVALS, arrival)
    return Intervention(kind="add_character", event=sentence(event), new_character=sheet,
                             tension_target=target)


def next_scene(rng: random.Random, ctx: dict[str, Any]) -> NextScene:
    genre_key = detect_genre(clean(ctx.get("genre")))
    genre = GENRES[genre_key]
    setting = clean(ctx.get("setting"))
    cast = [clean(c) for c in ctx.get("cast") or [] if clean(c)] or ["The Stranger"]
    beats = [b for b in ctx.get("beats") or [] if isinstance(b, dict)]
    index = int(ctx.get("next_beat_index") or 0)
    previous = ctx.get("previous_scene") or {}
    directive = clean(ctx.get("directive"))
    turns_left = int(ctx.get("turns_left") if ctx.get("turns_left") is not None else 999)
    complete = index >= len(beats) or turns_left <= 1
    beat = beats[min(index, len(beats) - 1)] if beats else {}
    upcoming = beats[index + 1] if index + 1 < len(beats) else {}

    pack = places.PACKS[places.match_pack(setting) or DEFAULT_PACK[genre_key]]
    previous_location = clean(previous.get("location")).lower()
    locations = [loc for loc in list(pack["locations"]) + list(genre["locations"])
                 if loc.lower() != previous_location]
    location = locations[(rng.randrange(len(locations)) + int(ctx.get("scene_index") or 0)) % len(locations)]

    beat_text = f"{clean(beat.get('title'))} {clean(beat.get('description'))} {directive}"
    named = [c for c in cast if c in beat_text or re.search(r"\b" + re.escape(first_name(c)) + r"\b",
                                                            beat_text)]
    size = min(len(cast), rng.randint(2, 4))
    rest = [c for c in rng.sample(cast, len(cast)) if c not in named]
    present = (named + rest)[:max(size, min(len(named), 4))]

    place, in_place = place_phrase(location), at_place(location)
    props = find_lexicon(beat_text + " " + clean(previous.get("description")), LEXICON) or genre["props"]
    prop = rng.choice(props)
    names = join_names([first_name(p) for p in present])
    lines = []
    if directive:
        lines.append(sentence(directive))
    lines.append(rng.choice(genre["opening"]))
    if beat.get("description") and not directive:
        lines.append(sentence(clean(beat.get("description"))))
    lines.append(f"{names} meet {in_place}, and nobody pretends this is a coincidence.")
    objectives = [sentence(clean(beat.get("description")) or f"Push {names} toward a choice")]
    if directive:
        objectives.insert(0, f"Follow through on: {strip_end(directive)}.")
    if upcoming:
        objectives.append(f"Set up: {clean(upcoming.get('title')).lower()}.")
    act = beat.get("act") if isinstance(beat.get("act"), int) else 2
    mood = rng.choice(genre["moods"]) if act < 3 else rng.choice(["desperate", "feverish", "raw", "decisive"])
    scene = SceneSpec(location=location, time_of_day=rng.choice(genre["times"]), mood=mood,
                      description=" ".join(lines), present=present, objectives=objectives)
    options: list[str] = []
    if not complete:
        firsts = [first_name(c) for c in rng.sample(cast, len(cast))]
        wanted = rng.randint(2, 4)
        for i, template in enumerate(rng.sample(OPTION_TEMPLATES, len(OPTION_TEMPLATES))):
            a, b = firsts[i % len(firsts)], firsts[(i + 1) % len(firsts)]
            if "{b}" in template and a == b:
                continue
            option = choose(rng, [template], {"a": a, "b": b, "prop": prop, "place": place})
            if option and option not in options:
                options.append(option)
            if len(options) == wanted:
                break
    return NextScene(story_complete=complete, scene=scene, plot_options=options)



def plot_options(rng: random.Random, ctx: dict[str, Any]) -> PlotOptions:
    """2–4 directions for the audience vote, built from the cast and the props of the scene."""
    genre = GENRES[detect_genre(clean(ctx.get("genre")))]
    cast = [clean(c) for c in ctx.get("cast") or [] if clean(c)] or ["The Stranger", "The Witness"]
    scene = ctx.get("scene") or {}
    recent = " ".join(clean(r.get("text")) for r in ctx.get("recent") or [] if isinstance(r, dict))
    props = find_lexicon(recent + " " + clean(scene.get("description")), LEXICON) or genre["props"]
    place = place_phrase(clean(scene.get("location")))
    firsts = [first_name(c) for c in rng.sample(cast, len(cast))]
    wanted = rng.randint(2, 4)
    options: list[str] = []
    for i, template in enumerate(rng.sample(OPTION_TEMPLATES, len(OPTION_TEMPLATES))):
        a, b = firsts[i % len(firsts)], firsts[(i + 1) % len(firsts)]
        if "{b}" in template and a == b:
            continue
        option = choose(rng, [template], {"a": a, "b": b, "prop": rng.choice(props), "place": place})
        if option and option not in options:
            options.append(option)
        if len(options) == wanted:
            break
    while len(options) < 2:
        options.append(["Someone breaks the silence", "The truth comes out"][len(options)])
    return PlotOptions(options=options)
