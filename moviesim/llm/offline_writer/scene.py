"""Inside a scene: who speaks next, what a character says and does, and the narrator's lines."""

import random
import re
from collections.abc import Sequence
from typing import Any

from moviesim.llm.offline_writer import common, places
from moviesim.llm.offline_writer.genres import GENRES, genre_data
from moviesim.llm.offline_writer.setup import random_time
from moviesim.llm.offline_writer.text import (
    at_place,
    clean,
    find_lexicon,
    first_name,
    first_person,
    lower_first,
    pick,
    pick_noun,
    place_phrase,
    sentence,
    strip_end,
    tidy,
    upper_first,
)
from moviesim.llm.schemas import CharacterTurn, Narration, NextSpeaker, RelationshipChange

LEXICON = sorted(
    set(places.all_props()) | {p for g in GENRES.values() for p in g["props"]} | set(common.GENERIC_NOUNS)
)
_SLOT_RE = re.compile(r"\{(\w+)\}")
_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[ap]\.m\.)?", re.IGNORECASE)


def band(tension: float) -> str:
    return "low" if tension < 0.4 else "mid" if tension < 0.7 else "high"


def unit(value: Any, default: float) -> float:
    try:
        return max(0.0, min(1.0, float(value)))
    except (TypeError, ValueError):
        return default


def choose(rng: random.Random, pool: Sequence[str], slots: dict[str, str], turn: int = 0) -> str:
    """A template whose every slot has a value, filled; '' when none fits.

    Lines already in `slots["_seen"]` (the recent transcript) are avoided while others remain.
    """
    usable = [t for t in pool if all(slots.get(k) for k in _SLOT_RE.findall(t))]
    if not usable:
        return ""
    seen = slots.get("_seen", "")
    if seen:
        fresh = [t for t in usable if tidy(t.format(**slots)) not in seen]
        usable = fresh or usable
    return tidy(pick(rng, usable, turn).format(**slots))


def _lines(recent: Any) -> list[dict[str, str]]:
    return [{k: clean(r.get(k, "")) for k in ("speaker", "kind",
                               "text")} for r in recent or [] if isinstance(r, dict)]


def _mentions(name: str, text: str) -> bool:
    return any(re.search(r"\b" + re.escape(n) + r"\b", text, re.IGNORECASE) for n in {name,
                         first_name(name)} if n)


# --- scene manager -----------------------------------------------------------------------------

def next_speaker(rng: random.Random, ctx: dict[str, Any]) -> NextSpeaker:
    present = [clean(p) for p in ctx.get("present") or [] if clean(p)]
    last = clean(ctx.get("last_speaker"))
    turns = int(ctx.get("turns_in_scene") or 0)
    max_turns = int(ctx.get("scene_max_turns") or 12)
    recent = _lines(ctx.get("recent"))
    talk = ctx.get("talkativeness") or {}
    complete = turns >= max_turns - 1 or (turns >= 5 and rng.random() < 0.06)

    candidates = [p for p in present if p != last] or present
    if not candidates:
        return NextSpeaker(next_speaker="NARRATOR", reason="Nobody is in the scene; the narrator carries it.",
                           scene_complete=complete)
    if last != "NARRATOR" and turns > 0 and rng.random() < 0.15:
        return NextSpeaker(next_speaker="NARRATOR", reason="A beat of action to let the last line land.",
                           scene_complete=complete)
    last_text = recent[-1]["text"] if recent else ""
    mentioned = [p for p in candidates if _mentions(p, last_text)]
    if mentioned and rng.random() < 0.8:
        chosen = _weighted(rng, mentioned, talk, recent)
        reason = f"{first_name(chosen)} was just named and has to answer."
    else:
        chosen = _weighted(rng, candidates, talk, recent)
        spoken = {r["speaker"] for r in recent}
        reason = (f"{first_name(chosen)} has not spoken for a while and has something at stake." if chosen
                  not in spoken else f"{first_name(chosen)} has the most to lose from the last line.")
    return NextSpeaker(next_speaker=chosen, reason=reason, scene_complete=complete)


def _weighted(rng: random.Random, names: list[str], talk: dict[str, Any],
              recent: list[dict[str, str]]) -> str:
    spoken = [r["speaker"] for r in recent[-4:]]
    weights = [unit(talk.get(n), 0.5) + 0.05 + (0.35 if n not in spoken else 0.0) for n in names]
    return rng.choices(names, weights=weights, k=1)[0]


# --- character ---------------------------------------------------------------------------------

def _motive(text: str) -> str:
    """The motivation as a verb phrase for 'I'm here to …', or '' if it isn't one."""
    phrase = lower_first(strip_end(text))
    if phrase.startswith("to "):
        phrase = phrase[3:]
    head = phrase.split(" ", 1)[0].lower() if phrase else ""
    return phrase if head in common.VERB_STARTS else ""


def _hint(secret: str) -> str:
    time = _TIME_RE.search(secret)
    if time:
        return f"what happened at {time.group(0)}"
    nouns = find_lexicon(secret, LEXICON)
    return f"the {nouns[0]}" if nouns else "what I did"


def _number(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return 0.0


def _addressee(rng: random.Random, present: list[str], last_speaker: str, rels: list[dict[str, Any]]) -> str:
    if last_speaker in present:
        return last_speaker if rng.random() < 0.85 else rng.choice(present)
    if not present:
        return ""
    strength = {clean(r.get("other")): abs(_number(r.get("opinion"))) for r in rels}
    return max(present, key=lambda p: (strength.get(p, 0.0) + rng.random() * 0.5, p))


def character_turn(rng: random.Random, ctx: dict[str, Any]) -> CharacterTurn:
    name = clean(ctx.get("name")) or "Someone"
    me = first_name(name)
    sheet = ctx.get("sheet") or {}
    genre = genre_data(clean(ctx.get("genre")))
    scene = ctx.get("scene") or {}
    present = [clean(p) for p in ctx.get("present") or [] if clean(p) and clean(p) != name]
    recent = _lines(ctx.get("recent"))
    turn = int(ctx.get("turn_index") or 0)
    tension = unit(ctx.get("tension"), 0.4)
    beat = ctx.get("beat") or {}
    unrevealed = [clean(s) for s in ctx.get("unrevealed_secrets") or [] if clean(s)]
    rels = [r for r in ctx.get("relationships") or [] if isinstance(r, dict)]
    directive = clean(ctx.get("directive"))
    level = band(tension)

    last = recent[-1] if recent else None
    addr_name = _addressee(rng, present, last["speaker"] if last else "", rels)
    others = [p for p in present if p != addr_name]
    background = " ".join([clean(scene.get("description")), " ".join(map(clean,
                 scene.get("objectives") or [])),
                           clean(beat.get("description")), directive, " ".join(unrevealed)])
    context_props = find_lexicon(background, LEXICON)
    noun = pick_noun(last["text"], LEXICON) if last else ""
    noun = noun or (pick_noun(directive, LEXICON) if directive else "")
    fears = [strip_end(f) for f in sheet.get("fears") or [] if clean(f)]
    fear = lower_first(rng.choice(fears)) if fears else ""
    slots = {
        "first": me, "addr": first_name(addr_name) if addr_name else "",
        "other": first_name(rng.choice(others)) if others else "", "noun": noun,
        "prop": rng.choice(context_props if context_props and rng.random() < 0.6 else genre["props"]),
        "place": place_phrase(clean(scene.get("location"))),
        "in_place": at_place(clean(scene.get("location"))),
        "motive": _motive(clean(sheet.get("primary_motivation"))),
        "time": random_time(rng), "fear": fear, "fear_cap": upper_first(fear),
        "hint": _hint(rng.choice(unrevealed)) if unrevealed else "",
        "_seen": " ".join(r["text"] for r in recent),
    }
    voice = _voice(clean(sheet.get("speaking_style")))

    # About one turn in twelve; more under pressure or when directed; less while the story warms up.
    reveal_chance = 0.5 if re.search(r"confess|reveal|truth|secret", directive, re.I) else (
        0.2 if tension > 0.7 else 1 / 12 if turn >= 6 else 1 / 24)
    secret = rng.choice(unrevealed) if unrevealed and present and rng.random() < reveal_chance else ""
    if secret:
        reveal_to = [addr_name] if addr_name and rng.random() < 0.5 else ["everyone"]
        dialogue = " ".join(x for x in [
            choose(rng, common.CONFESSION_OPENERS, slots, turn),
            first_person(secret),
            rng.choice(common.CONFESSION_CLOSERS),
        ] if x)
        emotion = rng.choice(common.EMOTIONS["reveal"])
        intensity = max(0.7, min(1.0, 0.55 + tension * 0.4 + rng.uniform(0, 0.1)))
        action = choose(rng, common.GESTURES["reveal"], slots, turn)
    else:
        reveal_to = []
        dialogue = _dialogue(rng, slots, genre, level, voice, last, turn)
        if voice == "terse" and recent and rng.random() < 0.08:
            dialogue = ""  # a look says it: an action-only turn
        emotion = pick(rng, common.EMOTIONS[level], turn, 3)
        intensity = max(0.05, min(1.0, 0.2 + tension * 0.65 + rng.uniform(-0.1, 0.15)))
        action = ""
        if rng.random() < 0.8 or not dialogue:
            pool = genre["actions"] if rng.random() < 0.3 else common.GESTURES[level]
            action = choose(rng, pool, slots, turn) or choose(rng, common.GESTURES["low"], slots, turn)

    thought = _thought(rng, slots, bool(unrevealed) and not secret, turn) if rng.random() < 0.6 else ""
    changes = _relationship_change(rng, slots, addr_name, level, bool(secret), last)
    return CharacterTurn(
        dialogue=dialogue, action=action, emotion=emotion, emotion_intensity=round(intensity, 2),
        private_thought=thought, secret_revealed=secret, reveal_to=reveal_to, relationship_changes=changes,
    )


def _voice(style: str) -> str:
    low = style.lower()
    for voice, marks in [("terse", ("clipped", "terse", "short", "blunt", "flat")),
                         ("formal", ("formal", "precise", "polite", "measured", "courtesy")),
                         ("sardonic", ("sarcas", "dry", "wry", "deadpan", "ironic")),
                         ("nervous", ("nervous", "rambl", "hesitant", "stammer", "too fast")),
                         ("warm", ("warm", "gentle", "kind", "folksy", "teasing")),
                         ("grand", ("theatrical", "flowery", "grand", "dramatic", "preacher"))]:
        if any(m in low for m in marks):
            return voice
    return "plain"


def _dialogue(rng: random.Random, slots: dict[str, str], genre: dict[str, Any], level: str, voice: str,
              last: dict[str, str] | None, turn: int) -> str:
    if last is None or last["kind"] == "scene":  # first line after a scene heading
        reaction = choose(rng, common.REACT_OPENING, slots, turn)
    elif last["speaker"] == "NARRATOR" or last["kind"] in {"narration", "event", "intervention"}:
        reaction = choose(rng, common.REACT_NARRATION, slots, turn) if rng.random() < 0.6 else ""
    elif slots["noun"] and rng.random() < 0.6:
        reaction = choose(rng, common.REACT_NOUN, slots, turn)
    elif "?" in last["text"] and rng.random() < 0.7:  # the text may end with the speaker's action
        reaction = choose(rng, common.REACT_QUESTION, slots, turn)
    else:
        reaction = choose(rng, common.REACT_PLAIN, slots, turn) if rng.random() < 0.5 else ""
    if voice == "terse" and reaction and rng.random() < 0.5:
        reaction = ""
    pool = genre["lines"][level] if rng.random() < 0.55 else common.LINES[level]
    core_slots = _named_once(slots, reaction)
    core = choose(rng, pool, core_slots, turn) or choose(rng, genre["lines"][level], core_slots, turn)
    closer = ""
    if voice != "terse" and not core.endswith("?") and rng.random() < 0.35:
        closer = choose(rng, genre["closers"] + common.CLOSERS, _named_once(slots, reaction, core), turn)
    if voice == "nervous" and ". " in core and rng.random() < 0.3:
        head, tail = core.split(". ", 1)
        core = f"{head}. I mean— {lower_first(tail)}"
    parts = [p for p in (reaction, core, closer) if p]
    if rng.random() < 0.3 and parts:
        names = {slots["addr"], slots["other"], slots["first"]}
        parts[0] = _with_opener(rng.choice(common.VOICE_OPENERS[voice]), parts[0], names)
    return " ".join(parts)


def _named_once(slots: dict[str, str], *said: str) -> dict[str, str]:
    """Slots without the addressee once a line has used the name: one 'Mara' per line is plenty."""
    addr = slots["addr"]
    if addr and any(re.search(r"\b" + re.escape(addr) + r"\b", text) for text in said):
        return dict(slots, addr="")
    return slots


def _with_opener(opener: str, head: str, names: set[str]) -> str:
    """'With respect,' + 'You were…' -> 'With respect, you were…' (names and 'I' keep their capital)."""
    first_word = re.split(r"[\s,.!?'’—]", head, maxsplit=1)[0]
    if opener.endswith((",", ":", "—", " but")) and first_word not in names and first_word != "I":
        head = lower_first(head)
    return f"{opener} {head}"


def _thought(rng: random.Random, slots: dict[str, str], has_secret: bool, turn: int) -> str:
    if has_secret and rng.random() < 0.55:
        return choose(rng, common.THOUGHTS_SECRET, slots, turn)
    if slots["fear"] and rng.random() < 0.5:
        return choose(rng, common.THOUGHTS_FEAR, slots, turn)
    return choose(rng, common.THOUGHTS_OTHER, slots, turn)


def _relationship_change(rng: random.Random, slots: dict[str, str], addr_name: str, level: str,
                         revealed: bool, last: dict[str, str] | None) -> list[RelationshipChange]:
    if not addr_name or rng.random() > 0.45:
        return []
    addr, thing = slots["addr"], slots["noun"] or slots["prop"]
    hostile = last is not None and last["speaker"] == addr_name and (
        level == "high" or "!" in last["text"] or rng.random() < 0.4)
    if revealed:
        delta, reason = rng.uniform(0.05, 0.15), f"{addr} heard the truth and did not walk away."
    elif hostile:
        delta = -rng.uniform(0.05, 0.2)
        reason = rng.choice([f"{addr} pushed too hard about the {thing}.", f"{addr}'s story doesn't add up.",
                             f"{addr} said it in front of everyone."])
    else:
        delta = rng.uniform(0.03, 0.12)
        reason = rng.choice([f"{addr} listened without judging.", f"{addr} was straight about the {thing}.",
                             f"{addr} took {slots['first']}'s side when it counted."])
    return [RelationshipChange(other=addr_name, delta=round(delta, 2), reason=reason)]


# --- narrator ----------------------------------------------------------------------------------

def narration(rng: random.Random, ctx: dict[str, Any]) -> Narration:
    genre = genre_data(clean(ctx.get("genre")))
    scene = ctx.get("scene") or {}
    present = [clean(p) for p in ctx.get("present") or [] if clean(p)]
    turn = int(ctx.get("turn_index") or 0)
    tension = unit(ctx.get("tension"), 0.4)
    shuffled = rng.sample(present, len(present))
    context_props = find_lexicon(clean(scene.get("description")) + " " + clean((ctx.get("beat") or {}).get(
        "description")), LEXICON)
    slots = {
        "name": first_name(shuffled[0]) if shuffled else "",
        "name2": first_name(shuffled[1]) if len(shuffled) > 1 else "",
        "prop": rng.choice(context_props or genre["props"]),
        "place": place_phrase(clean(scene.get("location"))),
        "in_place": at_place(clean(scene.get("location"))),
        "time": random_time(rng),
        "_seen": " ".join(r["text"] for r in _lines(ctx.get("recent"))),
    }
    first = choose(rng, genre["narration"], slots, turn)
    lines = [first]
    if tension > 0.6 or rng.random() < 0.35:
        second = choose(rng, common.NARRATION + genre["narration"], slots, turn + 1)
        if second and second != first:
            lines.append(second)
    return Narration(text=" ".join(sentence(x) for x in lines if x) or "The room waits.")
