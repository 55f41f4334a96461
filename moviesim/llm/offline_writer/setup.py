"""Director: setup — from a seed to a title, a cast with secrets, beats and an opening scene."""

import random
from typing import Any

from moviesim.llm.offline_writer import common, names, places
from moviesim.llm.offline_writer.genres import GENRES, detect_genre
from moviesim.llm.offline_writer.text import (
    clean,
    fill,
    first_name,
    join_names,
    place_phrase,
    read_seed,
    sentence,
    title_case,
    upper_first,
)
from moviesim.llm.schemas import Beat, CharacterSheet, RelationshipSpec, SceneSpec, StorySetup

# When the seed names no kind of place, the genre brings its own.
DEFAULT_PACK = {"mystery": "manor", "heist": "bank", "sci-fi": "space", "fantasy": "court", "horror": "manor",
                "romance": "wedding", "comedy": "tech", "thriller": "politics", "drama": "village"}
DEFAULT_SETTING = {
    "mystery": "a snowbound country house", "heist": "a casino that never closes",
    "sci-fi": "a deep-space freighter eleven days from anywhere",
    "fantasy": "a kingdom on the eve of a coronation",
    "horror": "a house at the end of a flooded road", "romance": "a family wedding on the coast",
    "comedy": "a small company on the worst day of its year", "thriller": "a capital city during an election",
    "drama": "a seaside town the family swore never to return to",
}
BACKGROUNDS = [
    "Has been {role_a} for {years} years and knows where every skeleton in {group} is buried.",
    "Came to {group} after a scandal nobody mentions, and has worked twice as hard ever since.",
    "Grew up two streets from here and became {role_a} by sheer stubbornness.",
    "Was {victim}'s protégé once, before the falling-out nobody talks about.",
    "The newest face in {group}: hired three weeks ago, for reasons never explained.",
    "Has been {role_a} longer than anyone, and is tired of being overlooked.",
    "Gave up a career abroad to come home for family, and regrets it daily.",
    "Married young, divorced loudly, and rebuilt everything from nothing.",
    "Talks about a past in the army that nobody has ever been able to check.",
    "Owes the job, the flat and most of a reputation to {victim}, and resents every bit of it.",
]
STAGES = {5: ["setup", "inciting", "midpoint", "climax", "resolution"],
          6: ["setup", "inciting", "rising", "midpoint", "climax", "resolution"],
          7: ["setup", "inciting", "rising", "midpoint", "crisis", "climax", "resolution"],
          8: ["setup", "inciting", "rising", "rising", "midpoint", "crisis", "climax", "resolution"]}
ACTS = {"setup": 1, "inciting": 1, "rising": 2, "midpoint": 2, "crisis": 2, "climax": 3, "resolution": 3}
PRESENT_LINES = [
    "{names} are already here, each pretending not to watch the others.",
    "{names} stand in a loose circle that nobody wants to close.",
    "{names} have taken their places like witnesses waiting to be called.",
    "{names} are here, and the silence between them has a shape.",
]
SUBJECT_LINES = [
    "It all turns on the {subject}.",
    "Everything comes back to the {subject}.",
    "And at the heart of it: the {subject}.",
]
PROP_LINES = [
    "On the table, in plain sight: the {prop}.",
    "Someone has left the {prop} where everyone can see it.",
    "Eyes keep drifting to the empty place where the {prop} should be.",
]


def article(word: str) -> str:
    w = word.strip()
    head = w.split()[0] if w else ""
    if head.isupper() and len(head) > 1:  # acronyms: "an AI liaison", "a CEO"
        return ("an " if head[0] in "AEFHILMNORSX" else "a ") + w
    if w[:1].lower() in "aeiou" or w.lower().startswith(("heir", "hour", "honest")):
        return "an " + w
    return "a " + w


def random_time(rng: random.Random) -> str:
    hour = rng.choice([11, 12, 1, 2, 3, 4, 10])
    minute = rng.choice([7, 14, 22, 38, 41, 52, 3, 17])
    suffix = "p.m." if hour in (10, 11) else "a.m."
    return f"{hour}:{minute:02d} {suffix}"


def cast_names(rng: random.Random, count: int, taken: set[str] | None = None) -> list[str]:
    """Full names with distinct first names, initials and surnames where the pools allow."""
    taken = {clean(t).lower() for t in (taken or set())}
    taken_firsts = {t.split()[0] for t in taken if t}
    firsts = rng.sample(names.FIRST_NAMES, len(names.FIRST_NAMES))
    lasts = rng.sample(names.SURNAMES, len(names.SURNAMES))
    chosen: list[str] = []
    initials: set[str] = set()
    for first in firsts:
        if len(chosen) == count:
            break
        if first.lower() in taken_firsts or first[0] in initials and len(initials) < 20:
            continue
        initials.add(first[0])
        full = f"{first} {lasts[len(chosen)]}"
        if full.lower() not in taken:
            chosen.append(full)
    return chosen


def pool_for(genre_key: str, pack_key: str) -> dict[str, Any]:
    genre = GENRES[genre_key]
    pack = places.PACKS[pack_key or DEFAULT_PACK[genre_key]]
    return {
        "genre": genre,
        "pack": pack,
        "props": list(pack["props"]) + list(genre["props"]),
        "locations": list(pack["locations"]) + list(genre["locations"]),
        "group": str(pack["group"]),
    }


def build_character(
    rng: random.Random, name: str, role: str, others: list[str], genre: dict[str, Any], slots: dict[str, str],
    style: tuple[str, str] | None = None, opinions: dict[str, tuple[float, str, str]] | None = None,
    used_secrets: set[str] | None = None,
) -> CharacterSheet:
    """A full sheet. `opinions` maps another name to (opinion, kind, mood); others get fresh ones."""
    me = first_name(name)
    pool_others = [o for o in others if o != name] or ["the others"]
    props = [p for p in slots.get("props", "").split("|") if p] or ["letter"]
    own = dict(slots, role_a=article(role), years=str(rng.randint(3, 22)),
               ally=rng.choice(pool_others), rival=rng.choice(pool_others), prop=rng.choice(props),
               time=random_time(rng))
    fresh = [s for s in genre["secrets"] if s not in used_secrets] if used_secrets is not None else []
    templates = rng.sample(fresh if len(fresh) >= 2 else genre["secrets"], rng.randint(1, 2))
    if used_secrets is not None:
        used_secrets.update(templates)
    secrets = [sentence(fill(s, own)) for s in templates]
    style_text, voice = style or rng.choice(common.SPEAKING_STYLES)
    talk = rng.uniform(0.25, 0.6) if voice == "terse" else rng.uniform(0.45, 0.95)
    relationships = []
    for other in others:
        if other == name:
            continue
        opinion, kind, mood = (opinions or {}).get(other) or _fresh_opinion(rng)
        view = fill(rng.choice(common.RELATIONSHIP_VIEWS[mood]), {"first": me, "other": first_name(other)})
        relationships.append(
            RelationshipSpec(other=other, kind=kind, description=view, opinion=round(opinion, 2))
        )
    return CharacterSheet(
        name=name,
        role=role,
        background=fill(rng.choice(BACKGROUNDS), own),
        personality_traits=rng.sample(common.TRAITS, rng.randint(2, 4)),
        secrets=secrets,
        primary_motivation=upper_first(fill(rng.choice(genre["motivations"]), own)),
        secondary_goals=[upper_first(fill(g, own)) for g in rng.sample(genre["goals"], rng.randint(1, 3))],
        fears=[upper_first(fill(f, own)) for f in rng.sample(genre["fears"], rng.randint(1, 2))],
        speaking_style=style_text,
        talkativeness=round(talk, 2),
        relationships=relationships,
    )


def _mood(opinion: float) -> str:
    return "warm" if opinion > 0.3 else "cold" if opinion < -0.2 else "neutral"


def _fresh_opinion(rng: random.Random) -> tuple[float, str, str]:
    opinion = rng.uniform(-0.8, 0.9)
    return opinion, rng.choice(common.RELATIONSHIP_PAIRS[_mood(opinion)])[0], _mood(opinion)


def _pair_opinions(rng: random.Random, cast: list[str]) -> dict[str, dict[str, tuple[float, str, str]]]:
    """Opinions per ordered pair; the two directions share a kind and lean the same way."""
    table: dict[str, dict[str, tuple[float, str, str]]] = {n: {} for n in cast}
    for i, a in enumerate(cast):
        for b in cast[i + 1:]:
            base = rng.uniform(-0.9, -0.4) if (i, cast.index(b)) == (0, 1) else rng.uniform(-0.7, 0.8)
            mood = _mood(base)
            kind_a, kind_b = rng.choice(common.RELATIONSHIP_PAIRS[mood])
            table[a][b] = (max(-1.0, min(1.0, base + rng.uniform(-0.2, 0.2))), kind_a, mood)
            table[b][a] = (max(-1.0, min(1.0, base + rng.uniform(-0.2, 0.2))), kind_b, mood)
    return table


def build_setup(rng: random.Random, context: dict[str, Any]) -> StorySetup:
    seed_text = clean(context.get("seed_text", ""))
    reading = read_seed(seed_text)
    genre_key = detect_genre(seed_text)
    pool = pool_for(genre_key, places.match_pack(seed_text))
    genre, pack = pool["genre"], pool["pack"]

    count = rng.randint(3, 6)
    people = cast_names(rng, count + 1)
    cast, victim = people[:count], people[count]
    roles = rng.sample(list(pack["roles"]), min(count - 1, len(pack["roles"])))
    roles.insert(rng.randrange(len(roles) + 1), rng.choice([r for r in genre["roles"] if r not in roles]))
    hero, rival = cast[0], cast[1]
    ally = cast[2]
    props = rng.sample(pool["props"], 3)
    where = reading.where or f"in {DEFAULT_SETTING[genre_key]}"
    slots = {
        "victim": victim, "hero": hero, "rival": rival, "ally": ally, "hero_role_a": article(roles[0]),
        "group": pool["group"], "group_cap": upper_first(pool["group"]), "where": where,
        "Where": upper_first(where),
        "target": rng.choice(genre.get("targets") or [f"the {props[2]}"]), "prop": props[0],
        "prop2": props[1],
        "time": random_time(rng), "props": "|".join(pool["props"]),
        "place": place_phrase(pool["locations"][0]),
    }

    styles = rng.sample(common.SPEAKING_STYLES, count)
    opinions = _pair_opinions(rng, cast)
    used_secrets: set[str] = set()
    characters = [
        build_character(rng, name, roles[i], cast, genre, slots, styles[i], opinions[name], used_secrets)
        for i, name in enumerate(cast)
    ]

    stages = STAGES[rng.randint(5, 8)]
    beats, used = [], set()
    for stage in stages:
        options = [b for b in genre["beats"][stage] if b not in used] or genre["beats"][stage]
        title, desc = rng.choice(options)
        used.add((title, desc))
        beats.append(Beat(act=ACTS[stage], title=fill(title, slots), description=sentence(fill(desc, slots))))

    if reading.subject:
        plain = [t for t in genre["titles_plain"] if "{S}" in t]
        titles = genre["titles_place"] if reading.is_place else plain
        template = rng.choice(titles)
        if all(w[:1].isupper() for w in reading.subject.split()):  # a proper name: "at Berlin", not "at the"
            template = template.replace("the {S}", "{S}").replace("The {S}", "{S}")
        title = fill(template, {"S": title_case(reading.subject)})
    else:
        title = rng.choice([t for t in genre["titles_plain"] if "{S}" not in t])

    absent = rng.choice(cast[2:])
    present = cast if count <= 4 else [c for c in cast if c != absent]
    location = rng.choice(list(pack["locations"])[:4])
    description = " ".join([
        rng.choice(genre["opening"]),
        fill(rng.choice(PRESENT_LINES), {"names": join_names([first_name(p) for p in present])}),
        fill(rng.choice(PROP_LINES), {"prop": props[0]}),
    ])
    opening = SceneSpec(
        location=location,
        time_of_day=rng.choice(genre["times"]),
        mood=rng.choice(genre["moods"]),
        description=description,
        present=present,
        objectives=[
            beats[0].description,
            f"Set {first_name(hero)} and {first_name(rival)} against each other over the {props[0]}.",
            f"Lead toward: {beats[1].title.lower()}.",
        ],
    )
    logline = fill(rng.choice(genre["loglines"]), slots)
    if reading.subject and not reading.where:
        logline += f" {rng.choice(SUBJECT_LINES).format(subject=reading.subject)}"
    return StorySetup(
        title=title,
        logline=logline,
        genre=genre["label"],
        setting=reading.setting or upper_first(DEFAULT_SETTING[genre_key]),
        themes=rng.sample(genre["themes"], rng.randint(2, 3)),
        tone=rng.choice(genre["tone"]),
        characters=characters,
        beats=beats,
        opening_scene=opening,
    )
