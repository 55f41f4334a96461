"""A turn as plain screenplay text (terminal and exports)."""

import textwrap

from stories.models import Turn


def plain_lines(turn: Turn) -> list[str]:
    if turn.kind == Turn.Kind.SCENE:
        heading = turn.scene.heading if turn.scene_id else "NEW SCENE"
        return ["", heading, "", *textwrap.wrap(turn.content, 70)]
    if turn.kind == Turn.Kind.ENDING:
        return ["", " " * 50 + (turn.content or "FADE OUT."), "", " " * 30 + "THE END"]
    if turn.character_id:
        lines = [""]
        if turn.content:
            lines.append(" " * 22 + turn.character.cue)
            if turn.emotion:
                lines.append(" " * 16 + f"({turn.emotion})")
            lines += [" " * 10 + line for line in textwrap.wrap(turn.content, 40)]
        if turn.action:
            lines += ([""] if turn.content else []) + textwrap.wrap(turn.action, 70)
        if turn.thought:
            aside = f"[{turn.character.first_name} thinks: {turn.thought}]"
            lines += [" " * 10 + line for line in textwrap.wrap(aside, 50)]
        if turn.revealed_secret:
            lines.append(" " * 10 + f"** revealed to {', '.join(turn.revealed_to)}: {turn.revealed_secret}")
        return lines
    prefix = "THE DIRECTOR INTERVENES: " if turn.kind == Turn.Kind.INTERVENTION else ""
    return ["", *textwrap.wrap(prefix + turn.content, 70)]
