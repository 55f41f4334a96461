"""Render the role prompts kept as template files in `stories/prompts/`."""

from functools import cache
from pathlib import Path

from django.template import Context, Engine

from moviesim.llm.base import messages_tokens

PROMPT_DIR = Path(__file__).resolve().parent.parent / "prompts"


@cache
def _engine() -> Engine:
    return Engine(
        dirs=[str(PROMPT_DIR)],
        autoescape=False,
        builtins=["stories.engine.prompt_filters"],
        string_if_invalid="",
    )


def render(template: str, /, **context) -> str:
    text = _engine().get_template(template).render(Context(context, autoescape=False))
    # Collapse the blank lines that template tags leave behind.
    lines = [line.rstrip() for line in text.strip().splitlines()]
    out: list[str] = []
    for line in lines:
        if not line and out and not out[-1]:
            continue
        out.append(line)
    return "\n".join(out)


def messages(role: str, /, **context) -> list[dict[str, str]]:
    """System (static, cacheable) first, then the user message (what changes)."""
    return [
        {"role": "system", "content": render(f"{role}_system.txt", **context)},
        {"role": "user", "content": render(f"{role}_user.txt", **context)},
    ]


# What a prompt gives up when it does not fit the model's window, oldest material first:
# (the prompt's key, how many items it always keeps, whether its oldest items come first).
# The speaker's sheet, the scene and the instructions are never trimmed, nor the last lines.
TRIMMED = (
    ("earlier_scenes", 0, True), ("used_events", 0, True), ("who_knows", 0, True), ("confided", 0, True),
    ("planned", 2, True), ("memories", 1, False), ("own_lines", 1, True), ("scenes", 1, True),
    ("recent", 3, True), ("turns", 3, True),
)


def fitted(role: str, prompt: dict, limit: int) -> list[dict[str, str]]:
    """The role's messages within `limit` tokens, trimming the prompt's material as `TRIMMED`
    says until they fit (or nothing more may go: the model's server has the last word)."""
    out = messages(role, **prompt)
    if messages_tokens(out) <= limit:
        return out
    prompt = {key: list(value) if isinstance(value, list) else value for key, value in prompt.items()}
    while messages_tokens(out) > limit and _trim(prompt):
        out = messages(role, **prompt)
    return out


def _trim(prompt: dict) -> bool:
    """Drop the next item `TRIMMED` gives up; False when nothing more may go."""
    for key, keep, oldest_first in TRIMMED:
        items = prompt.get(key)
        if not isinstance(items, list) or len(items) <= keep:
            continue
        if key == "scenes":  # the story so far: its oldest spoken lines go before whole scenes do
            for i, scene in enumerate(items):
                if isinstance(scene, dict) and scene.get("turns"):
                    items[i] = {**scene, "turns": list(scene["turns"])[1:]}
                    return True
        items.pop(0 if oldest_first else -1)
        return True
    return False
