"""Render the role prompts kept as template files in `stories/prompts/`."""

from functools import cache
from pathlib import Path

from django.template import Context, Engine

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


def messages(role: str, **context) -> list[dict[str, str]]:
    """System (static, cacheable) first, then the user message (what changes)."""
    return [
        {"role": "system", "content": render(f"{role}_system.txt", **context)},
        {"role": "user", "content": render(f"{role}_user.txt", **context)},
    ]
