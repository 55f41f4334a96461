"""How turns read inside prompts: public lines only (never a private thought)."""

from stories.models import Scene, Turn


def turn_line(turn: Turn) -> str:
    if turn.kind == Turn.Kind.SCENE:
        scene = turn.scene
        return f"[{scene.heading if scene else 'NEW SCENE'}] {turn.content}".strip()
    if turn.character_id:
        cue = turn.character.name.upper()
        emotion = f" ({turn.emotion})" if turn.emotion else ""
        action = f" [{turn.action}]" if turn.action else ""
        spoken = f' "{turn.content}"' if turn.content else ""
        return f"{cue}{emotion}:{spoken}{action}"
    label = "EVENT" if turn.kind in (Turn.Kind.EVENT, Turn.Kind.INTERVENTION) else "ACTION"
    return f"[{label}] {turn.content}"


def recent_lines(turns: list[Turn]) -> list[dict]:
    return [
        {
            "speaker": t.character.name if t.character_id else "NARRATOR",
            "kind": t.kind,
            "text": _text(t),
            "line": turn_line(t),
        }
        for t in turns
    ]


def _text(turn: Turn) -> str:
    return " ".join(part for part in (turn.content, turn.action) if part)


def scene_dict(scene: Scene) -> dict:
    return {
        "heading": scene.heading,
        "location": scene.location,
        "time_of_day": scene.time_of_day,
        "mood": scene.mood,
        "description": scene.description,
        "objectives": scene.objectives,
    }


def story_bible(story) -> dict:
    """Public facts only: what any character may know about the world they live in."""
    return {
        "title": story.title,
        "logline": story.logline,
        "genre": story.genre,
        "tone": story.tone,
        "setting": story.setting,
        "beats": story.beats,
    }


def current_beat(story) -> dict:
    if not story.beats:
        return {"act": 1, "title": "", "description": ""}
    return story.beats[min(story.beat_index, len(story.beats) - 1)]
