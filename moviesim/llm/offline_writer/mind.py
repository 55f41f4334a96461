"""The offline writer's inner life of characters: reflections, and the script editor's consistency check."""

import random
import re
from typing import Any

from moviesim.llm.offline_writer.text import clean, first_name, strip_end
from moviesim.llm.schemas import ConsistencyCheck, Reflection

INSIGHTS = [
    "{name} keeps circling back to the same question. That is not an accident.",
    "Whatever {name} is hiding, it is bigger than tonight.",
    "I have been too careful. {motive_cap}: that means taking a risk soon.",
    "Every time {name} talks, the story changes a little. I should write it down.",
    "Nobody here is telling the whole truth, and that includes me.",
    "If it comes to a choice, I know whose side I am on. I think.",
    "{name} is more frightened than angry. Frightened people make mistakes.",
    "I said too much earlier. I need to win back the room.",
]
_NAME = re.compile(r"\b([A-Z][a-z]+)\b")


def reflection(rng: random.Random, ctx: dict[str, Any]) -> Reflection:
    memories = [clean(m) for m in ctx.get("memories") or [] if clean(m)]
    me = first_name(clean(ctx.get("name")))
    names = [n for m in memories for n in _NAME.findall(m) if n != me and n not in {"I", "The", "In", "Then"}]
    motive = strip_end(clean(ctx.get("motivation"))) or "Getting what I came for"
    count = 1 + (len(memories) > 6) + (len(memories) > 12)
    insights = []
    for template in rng.sample(INSIGHTS, len(INSIGHTS)):
        name = rng.choice(names) if names else "someone"
        if "{name}" in template and not names:
            continue
        insights.append(template.format(name=name, motive_cap=motive[:1].upper() + motive[1:]))
        if len(insights) == count:
            break
    return Reflection(insights=insights or ["Something here does not add up yet."])


def consistency(rng: random.Random, ctx: dict[str, Any]) -> ConsistencyCheck:
    """A light editor: flags empty turns and lines that contradict the stated speaking style."""
    line = clean(ctx.get("dialogue"))
    action = clean(ctx.get("action"))
    style = clean(ctx.get("speaking_style")).lower()
    if not line and not action:
        return ConsistencyCheck(consistent=False, feedback="The turn says and does nothing: give them a move.")
    if ("terse" in style or "few words" in style or "clipped" in style) and len(line.split()) > 45:
        return ConsistencyCheck(consistent=False,
                                feedback="This character speaks in few words; cut the line to its core.")
    return ConsistencyCheck(consistent=True, feedback="")
