"""How turns read inside prompts: public lines only (never a private thought).

A secret confided to someone in particular is a whisper: every other character (and any
summary everyone may read) hears only that it was said, not what. In a character's own
prompt its own lines read as its own ("YOU (MARA)"), so it answers others instead of
echoing itself.
"""

from stories.models import Scene, Turn

PUBLIC = "public"  # a viewer who is none of the characters (summaries all of them may read)


def is_whisper(turn: Turn) -> bool:
    return bool(turn.revealed_secret) and "everyone" not in {n.lower() for n in turn.revealed_to or []}


def hears(turn: Turn, viewer) -> bool:
    """Whether `viewer` (a Character, PUBLIC, or None for the Director and Observer) hears the words."""
    if viewer is None or not is_whisper(turn):
        return True
    if viewer == PUBLIC:
        return False
    return viewer.pk == turn.character_id or viewer.name in (turn.revealed_to or [])


def _own(turn: Turn, viewer) -> bool:
    return viewer not in (None, PUBLIC) and turn.character_id == viewer.pk


def turn_line(turn: Turn, viewer=None) -> str:
    if turn.kind == Turn.Kind.SCENE:
        scene = turn.scene
        return f"[{scene.heading if scene else 'NEW SCENE'}] {turn.content}".strip()
    if turn.character_id:
        cue = turn.character.name.upper()
        cue = f"YOU ({cue})" if _own(turn, viewer) else cue
        to = f" to {turn.addressee.name.upper()}" if turn.addressee_id and turn.addressee else ""
        emotion = f" ({turn.emotion})" if turn.emotion else ""
        action = f" [{turn.action}]" if turn.action else ""
        if not hears(turn, viewer):
            listeners = ", ".join(turn.revealed_to)
            return f"{cue}: (speaks quietly to {listeners}; the words don't carry){action}"
        spoken = f' "{turn.content}"' if turn.content else ""
        return f"{cue}{to}{emotion}:{spoken}{action}"
    label = "EVENT" if turn.kind in (Turn.Kind.EVENT, Turn.Kind.INTERVENTION) else "ACTION"
    return f"[{label}] {turn.content}"


def recent_lines(turns: list[Turn], viewer=None) -> list[dict]:
    return [
        {
            "speaker": t.character.name if t.character_id else "NARRATOR",
            "to": t.addressee.name if t.addressee_id and t.addressee else "",
            "kind": t.kind,
            "text": _text(t, viewer),
            "line": turn_line(t, viewer),
            "own": _own(t, viewer),
            "intensity": round(t.emotion_intensity, 2) if t.character_id else 0.0,
            "change": t.change if _own(t, viewer) or viewer is None else "",
            "revealed": t.revealed_secret if t.revealed_secret and hears(t, viewer) else "",
            "leaves": list(t.leaves or []),
        }
        for t in turns
    ]


def _text(turn: Turn, viewer=None) -> str:
    spoken = turn.content if hears(turn, viewer) else ""
    return " ".join(part for part in (spoken, turn.action) if part)


def scene_dict(scene: Scene) -> dict:
    return {
        "heading": scene.heading,
        "location": scene.location,
        "time_of_day": scene.time_of_day,
        "mood": scene.mood,
        "description": scene.description,
    }


def story_bible(story) -> dict:
    """Public facts only: what any character may know about the world they live in."""
    return {
        "title": story.title,
        "logline": story.logline,
        "genre": story.genre,
        "tone": story.tone,
        "setting": story.setting,
        "seed": story.seed,
    }
