"""Inside a scene: a character's turn, the narrator's beat, and the Scene Manager's call.

A line answers the last line first (`replies.<kind>`), then pushes toward what the speaker
wants from someone present with their current tactic (`tactics.<tactic>`); a tactic tried
twice gives way to the next. A secret comes out when the scene plans it (a confession with
`{secret_i}`), and whoever hears one answers it first (`replies.to_reveal`, `{secret_you}`).
"""

import re
from typing import Any

from moviesim.llm.offline_writer.ledger import Ledger
from moviesim.llm.offline_writer.text import (
    clean,
    confession,
    fill,
    first_name,
    gist,
    second_person,
    sentence,
    upper_first,
)
from moviesim.llm.offline_writer.world import World, place_noun, shuffled, stable, world
from moviesim.llm.schemas import EVERYONE, NARRATOR, CharacterTurn, Narration, NextSpeaker, RelationshipChange

TACTICS = ("press", "accuse", "deflect", "bargain", "threaten", "charm", "plead", "confide")
INTENSITY = {"press": 0.65, "accuse": 0.8, "deflect": 0.45, "bargain": 0.55, "threaten": 0.85, "charm": 0.4,
             "plead": 0.7, "confide": 0.6}
EMOTIONS = {"press": ["intent", "sharp", "relentless"], "accuse": ["furious", "bitter", "cold"],
            "deflect": ["guarded", "wry", "evasive"], "bargain": ["calculating", "careful", "tempted"],
            "threaten": ["menacing", "icy", "dangerous"], "charm": ["warm", "amused", "disarming"],
            "plead": ["desperate", "raw", "pleading"], "confide": ["quiet", "honest", "fragile"]}
OPINION = {"press": -0.1, "accuse": -0.3, "deflect": -0.1, "bargain": 0.05, "threaten": -0.4, "charm": 0.2,
           "plead": 0.1, "confide": 0.3}
# Private thoughts, shared by every genre: each said in the story's own wording ({a|b}).
THOUGHTS = [
    "{addr} is {lying|not telling the truth|hiding something} about the {prop}. {The question is why|But why|Why}?",
    "If {other} says one more word, {this is over|I walk out|I'll lose my nerve}.",
    "{Keep breathing|Steady|Slow down}. Don't {look at|glance at|think about} the {prop}.",
    "{addr} knows. Or {guesses|suspects|has worked it out}. {Same thing, tonight|It hardly matters now}.",
    "I could {end this|stop all of this|finish it} now. {I won't. Not yet|Not yet, though|But not yet}.",
    "Why does {addr} keep {glancing at|looking towards|checking} the {place2}?",
    "{Say nothing|Not one word|Keep quiet} about {absent}. {Nothing|Not tonight|Not yet}.",
    "{This is the moment|Now is the time|Here's where I have} to lie {well|properly|like I mean it}.",
    "{other} is {enjoying this far too much|loving every minute of this|having far too good a time}.",
    "One {mistake|slip|wrong word} and I {lose everything|lose it all|am finished} {where}.",
    "I should have {left|gone|walked out} before {time}.",
    "{addr} has never {looked this frightened|looked so scared|seemed this rattled}.",
    "{Careful|Watch it|Mind yourself}. {other} is {counting every word|listening too hard|taking notes}.",
    "I {almost believe|very nearly believe|want to believe} {addr}. {Almost|Nearly|Not quite}.",
    "{Don't look at|Keep away from|Forget} the {place2}. {Not now|Not yet|Not while they watch}.",
    "{addr} {said that too fast|answered before I'd finished|had that ready}. {Rehearsed|Practised|Prepared}.",
    "{What does|How much does|Does} {other} {know|really know|actually know} about the {prop}?",
    "{Smile|Nod|Agree}. {Let them talk|Let them think they've won|Give nothing back}.",
]
_ACCUSING = re.compile(r"\b(you|your)\b.*\b(lie|lied|lying|killed|stole|did|knew|hid|hide|took|liar|why)\b|!",
                       re.IGNORECASE)


def _lines(ctx: dict[str, Any]) -> list[dict]:
    return [r for r in ctx.get("recent") or [] if isinstance(r, dict)]


def reply_kind(ctx: dict[str, Any], lines: list[dict]) -> str:
    if ctx.get("just_revealed"):
        return "to_reveal"
    if ctx.get("just_happened"):
        return "to_event"
    spoken = [r for r in lines if r.get("kind") not in ("scene",) and not r.get("own")]
    if not spoken:
        return "opener"
    last = clean(spoken[-1].get("text"))
    if last.rstrip().endswith("?"):
        return "to_question"
    if float(spoken[-1].get("intensity") or 0) >= 0.7 or _ACCUSING.search(last):
        return "to_accusation"
    return "to_statement"


def tactic_now(w: World, ctx: dict[str, Any]) -> str:
    """The objective's tactic first; after two lines, the next one (it was not working)."""
    first = clean((ctx.get("objective") or {}).get("tactic")).lower()
    start = TACTICS.index(first) if first in TACTICS else stable(w.key, ctx.get("name"), "tactic") % len(TACTICS)
    tried = int(ctx.get("tactics_tried") or 0)
    order = [TACTICS[(start + i * 3) % len(TACTICS)] for i in range(len(TACTICS))]
    return order[(tried // 2) % len(order)]


def character_turn(rng, ctx: dict[str, Any]) -> CharacterTurn:
    w = world(clean(ctx.get("seed_text")), ctx.get("story_key") or "")
    g = w.genre
    me = clean(ctx.get("name"))
    others = [clean(n) for n in ctx.get("present") or [] if clean(n) and clean(n) != me]
    lines = _lines(ctx)
    turn = int(ctx.get("turn_index") or 0)
    objective = ctx.get("objective") or {}
    revealed = [r for r in ctx.get("just_revealed") or [] if isinstance(r, dict)]
    last_speaker = clean(ctx.get("last_speaker"))
    toward = clean(objective.get("toward"))
    # Whom to speak to: whoever just revealed something, else mostly whoever spoke last, else the objective.
    if revealed and clean(revealed[-1].get("by")) in others:
        to = clean(revealed[-1]["by"])
    elif last_speaker in others and (toward not in others or stable(w.key, turn, "to") % 10 < 6):
        to = last_speaker
    elif toward in others:
        to = toward
    else:
        to = others[0] if others else EVERYONE
    third = [n for n in others if n != to]
    scene = ctx.get("scene") or {}
    place = place_noun(clean(scene.get("location")))
    slots = {**w.slots(place=place, prop_turn=turn // 3), "addr": first_name(to) if to != EVERYONE else "all of you",
             "other": first_name(third[stable(w.key, turn, "other") % len(third)]) if third else "",
             "name": first_name(me)}
    said = [clean(r.get("text")) for r in lines] + [clean(x) for x in ctx.get("own_lines") or []]
    said += [clean(m) for m in ctx.get("memories") or []]
    ledger = Ledger(w.key, said, ctx.get("_state"))
    lane, step = me, int(ctx.get("lines_spoken") or 0)

    def say(pool_id: str, pool: list[str], extra: dict | None = None) -> str:
        values = {**slots, **(extra or {})}
        if pool_id.startswith("replies.") and last_speaker in others:
            values["addr"] = first_name(last_speaker)  # the answer goes to whoever spoke; the push to `to`
        return ledger.pick(pool_id, pool, lambda t: sentence(fill(t, values)) if _fits(t, values) else "",
                           lane=lane, step=step)

    kind = reply_kind(ctx, lines)
    tactic = tactic_now(w, ctx)
    reveal, reveal_to, change = 0, [], ""
    secret_due = int(ctx.get("secret_due") or 0)
    secrets = {int(s["number"]): clean(s["text"]) for s in ctx.get("secrets") or [] if isinstance(s, dict)}
    pressed = last_speaker in others and kind in ("to_question", "to_accusation")
    lines_left, budget = int(ctx.get("lines_left") or 0), int(ctx.get("budget") or 0)
    late = budget and lines_left <= max(3, budget // 2)
    if secret_due and secret_due in secrets and (ctx.get("must_reveal") or (pressed and late)):
        reveal = secret_due
        secret = secrets[secret_due]
        reply = say(f"replies.{kind}", g["replies"][kind], {"secret_you": ""}) if kind != "to_reveal" else ""
        admitted = say("confessions", g["confessions"], {"secret_i": confession(secret)})
        dialogue = " ".join(p for p in (reply if stable(w.key, turn, "both") % 2 else "", admitted) if p)
        reveal_to = [EVERYONE] if len(others) > 1 and tactic != "confide" else [to] if to != EVERYONE else [EVERYONE]
        change = f"{first_name(me)} admits it: {secret}"
        intensity, emotion = 0.9, "shaken"
    else:
        # Repeating a secret back, people say its gist, not the whole confession again.
        extra = {"secret_you": second_person(gist(revealed[-1]["secret"])) if revealed else ""}
        reply = say(f"replies.{kind}", g["replies"][kind], extra)
        push = say(f"tactics.{tactic}", g["tactics"][tactic])
        both = kind != "to_reveal" or stable(w.key, turn, "push") % 3 == 0
        if kind != "to_reveal" and stable(w.key, turn, "short") % 10 < 4:  # one beat, not always two
            reply, push = (reply, "") if kind in ("to_question", "to_accusation") and reply else ("", push)
        dialogue = " ".join(p for p in (reply, push if both or not reply else "") if p)
        intensity = 0.85 if kind == "to_reveal" else INTENSITY[tactic]
        emotion = EMOTIONS[tactic][stable(w.key, turn, "emotion") % 3]
        wants = clean(objective.get("wants"))
        change = (f"{first_name(me)} answers {first_name(revealed[-1]['by'])}'s secret" if revealed else
                  f"{first_name(me)} tries to {wants}" if wants else f"{first_name(me)} turns on {slots['addr']}")
    gesture = ""
    if stable(w.key, turn, "gesture") % 10 < 6:
        gesture = say("gestures", g["gestures"])
    thought = ""
    if stable(w.key, turn, "thought") % 10 < 4:
        thought = say("thoughts", THOUGHTS)
    moves = []
    if to in others:
        delta = OPINION[tactic] if not reveal else -0.2
        moves.append(RelationshipChange(other=to, delta=delta, reason=change[:120]))
    return CharacterTurn(dialogue=dialogue, action=gesture, emotion=emotion, emotion_intensity=intensity,
                         private_thought=thought, to=to, reveal=reveal, reveal_to=reveal_to, change=change,
                         relationship_changes=moves)


def _fits(template: str, values: dict[str, str]) -> bool:
    return all(values.get(slot) for slot in re.findall(r"\{(\w+)\}", template))


# --- The narrator -------------------------------------------------------------------------------

def narration(rng, ctx: dict[str, Any]) -> Narration:
    w = world(clean(ctx.get("seed_text")), ctx.get("story_key") or "")
    turn = int(ctx.get("turn_index") or 0)
    scene = ctx.get("scene") or {}
    slots = w.slots(place=place_noun(clean(scene.get("location"))), prop_turn=turn)
    ledger = Ledger(w.key, [clean(r.get("text")) for r in _lines(ctx)], ctx.get("_state"))
    text = ledger.pick("narration", w.genre["narration"], lambda t: sentence(fill(t, slots)), step=turn)
    if not text:
        texture = shuffled(w.setting["textures"], w.key, "narration", turn)[0]
        text = sentence(upper_first(texture))
    return Narration(text=text)


# --- The Scene Manager -------------------------------------------------------------------------

def next_speaker(rng, ctx: dict[str, Any]) -> NextSpeaker:
    w = world(clean(ctx.get("seed_text")), ctx.get("story_key") or "")
    candidates = [clean(n) for n in ctx.get("candidates") or ctx.get("present") or [] if clean(n)]
    turns = int(ctx.get("turns_in_scene") or 0)
    budget = int(ctx.get("scene_budget") or 8)
    complete = turns >= max(3, budget * 3 // 4)
    if not candidates:
        return NextSpeaker(next_speaker=NARRATOR, reason="Nobody is left to speak.", scene_complete=complete)
    lines = _lines(ctx)
    recent = [r.get("speaker") for r in lines[-4:]]
    if recent and recent[-1] != NARRATOR and stable(w.key, turns, "narrator") % 10 == 0:
        return NextSpeaker(next_speaker=NARRATOR, reason="A beat of action lets the last line land.",
                           scene_complete=complete)
    talk = ctx.get("talkativeness") or {}
    chosen = max(candidates, key=lambda n: (n not in recent, float(talk.get(n, 0.5)), -candidates.index(n)))
    reason = (f"{first_name(chosen)} has not had the floor for a while." if chosen not in recent
              else f"{first_name(chosen)} has the most at stake in what was just said.")
    return NextSpeaker(next_speaker=chosen, reason=reason, scene_complete=complete)
