"""Director: the premise and the cast, from the seed's world and the genre's pools."""

from typing import Any

from pydantic import BaseModel

from moviesim.llm.offline_writer.text import clean, fill, first_name, sentence, upper_first
from moviesim.llm.offline_writer.world import World, names_for, shuffled, stable, world
from moviesim.llm.repair import match_name
from moviesim.llm.schemas import CastMember, CharacterSheet, RelationshipSpec, StoryPremise

TRAITS = ["stubborn", "dry-witted", "watchful", "reckless", "proud", "tender under the armour", "ambitious",
          "loyal to a fault", "evasive", "charming when it suits", "meticulous", "quick-tempered", "superstitious",
          "kind", "secretive", "blunt", "nervous", "patient", "vain", "brave when cornered", "funny", "cold",
          "generous", "jealous", "restless", "principled"]
BACKGROUNDS = [
    "Has been the {role} {where} for {years} years and knows where everything is kept.",
    "Came {where} after a scandal nobody mentions, and works twice as hard as anyone to bury it.",
    "Grew up within sight of the {place} and swore never to come back; came back anyway.",
    "Owes {absent} a debt of the kind that is never written down.",
    "Arrived three weeks ago as the new {role}, for reasons nobody has been told.",
    "Was {absent}'s closest friend, until a falling-out neither of them ever explained.",
    "Gave up a life in the city to become the {role}, and counts the cost some nights.",
    "Knows {group} better than they know themselves, and has never once been asked for an opinion.",
    "Has applied to leave {where} four times and withdrawn every application.",
    "Keeps a record of everything that happens {where}, and some things that were meant not to.",
]
KINDS = [("old friend", 0.5), ("rival", -0.4), ("former partner", 0.1), ("creditor", -0.2), ("protégé", 0.4),
         ("sibling", 0.3), ("boss", -0.1), ("confidant", 0.6), ("suspect", -0.5), ("admirer", 0.7)]
VIEWS = {True: ["Would trust {other} with a secret, not with the truth.", "Has never once been let down by {other}.",
                "Likes {other} more than is wise."],
         False: ["Is sure {other} is hiding something.", "Has never forgiven {other} for the last time.",
                 "Watches {other} the way you watch weather."]}


def _draw(pool: list[str], key: str, name: str, count: int, slots: dict[str, str], taken: set[str]) -> list[str]:
    """`count` templates of `pool` in the story's order, filled, none already `taken`."""
    out = []
    for template in shuffled(pool, key, name):
        text = fill(template, slots)
        if text and text not in taken:
            out.append(text)
            taken.add(text)
        if len(out) == count:
            break
    return out


def cast_size(w: World) -> int:
    return 3 + stable(w.key, "size") % 3  # 3 to 5


def premise(rng, ctx: dict[str, Any]) -> StoryPremise:
    """The premise and who is in it (each person's sheet comes in its own call: `character`)."""
    story, sheets = build_setup(ctx)
    return StoryPremise(**story, cast=[CastMember(name=s.name, role=s.role, want=s.primary_motivation)
                                       for s in sheets])


def character(rng, ctx: dict[str, Any]) -> BaseModel:
    """The sheet of the cast member the Director asks for (without the name: the engine has it).
    The cast is drawn from the story's key, so it is the one the premise announced."""
    _, sheets = build_setup(ctx)
    names = [s.name for s in sheets]
    wanted = match_name(clean(ctx.get("name")), names)
    sheet = sheets[names.index(wanted)] if wanted else sheets[0]
    return sheet.model_copy(update={"name": clean(ctx.get("name")) or sheet.name})


def build_setup(ctx: dict[str, Any]) -> tuple[dict[str, Any], list[CharacterSheet]]:
    """The story's premise fields and its cast's sheets, drawn from the seed's world and the story's key."""
    w = world(clean(ctx.get("seed_text")), ctx.get("story_key") or "")
    g = w.genre
    size = cast_size(w)
    full = names_for(w.key, size)
    roles = w.roles
    taken: set[str] = set()
    sheets = []
    for i, name in enumerate(full):
        slots = {**w.slots(prop_turn=i), "role": roles[i % len(roles)], "years": str(3 + stable(w.key, i) % 20)}
        secrets = _draw(g["secrets"], w.key, f"secrets{i}", 2 if i % 2 == 0 else 1, slots, taken)
        motivation = _draw(g["motivations"], w.key, f"motive{i}", 1, slots, taken)
        goals = _draw(g["goals"], w.key, f"goals{i}", 2, slots, taken)
        fears = _draw(g["fears"], w.key, f"fears{i}", 2, slots, taken)
        style = _draw(g["speaking_styles"], w.key, f"style{i}", 1, slots, taken)
        background = _draw(BACKGROUNDS, w.key, f"background{i}", 1, slots, taken)
        traits = shuffled(TRAITS, w.key, "traits")[i * 3:i * 3 + 3]
        sheets.append(CharacterSheet(
            name=name, role=roles[i % len(roles)], background=sentence(background[0]) if background else "",
            personality_traits=traits, secrets=[sentence(s).rstrip(".") for s in secrets],
            primary_motivation=upper_first(motivation[0]) if motivation else "Get out of here with something",
            secondary_goals=[upper_first(x) for x in goals], fears=[upper_first(x) for x in fears],
            speaking_style=upper_first(style[0]) if style else "Plain and direct",
            talkativeness=round(0.35 + (stable(w.key, "talk", i) % 60) / 100, 2), relationships=[]))
    for i, sheet in enumerate(sheets):
        links = []
        for j, other in enumerate(sheets):
            if i == j:
                continue
            kind, opinion = KINDS[stable(w.key, "kind", min(i, j), max(i, j)) % len(KINDS)]
            opinion = max(-1.0, min(1.0, opinion + ((stable(w.key, "op", i, j) % 40) - 20) / 100))
            view = VIEWS[opinion >= 0][stable(w.key, "view", i, j) % 3].format(other=first_name(other.name))
            links.append(RelationshipSpec(other=other.name, kind=kind, description=view, opinion=round(opinion, 2)))
        sheet.relationships = links
    story_slots = {**w.slots(), "hero": full[0], "rival": full[1], "ally": full[-1]}
    title = _draw(g["titles"], w.key, "title", 1, story_slots, set())
    logline = _draw(g["loglines"], w.key, "logline", 1, story_slots, set())
    texture = shuffled(w.setting["textures"], w.key, "texture")
    setting = sentence(f"{w.setting['where']}: {', '.join(texture[:2])}")
    story = {"title": (title[0] if title else w.setting["setting"].title())[:100],
             "logline": _logline(w.seed, logline[0] if logline else ""),
             "genre": g["label"], "setting": upper_first(setting)[:400],
             "themes": shuffled(g["themes"], w.key, "themes")[:3], "tone": shuffled(g["tones"], w.key, "tone")[0]}
    return story, sheets


def _logline(seed: str, story: str) -> str:
    """The premise as the person wrote it, then this story's turn on it: 'A wedding where the best
    man loves the bride. Ada and Ben agree to fake it for one night…'"""
    premise = sentence(upper_first(seed)) if seed and len(seed.split()) <= 20 else ""
    text = " ".join(p for p in (premise, sentence(story) if story else "") if p) or sentence(seed)
    return text if len(text) <= 300 else (sentence(story) if story else text)[:300]
