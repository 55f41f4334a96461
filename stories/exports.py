"""Exports: JSON (everything that is data), Markdown (for reading), Fountain (the screenplay standard).

Unrevealed secrets and private sheets go only to the owner; the public export
leaves them out until they are revealed in the story."""

import json

from django.http import Http404, HttpResponse

from stories.access import story_for_viewer
from stories.models import Story, Turn


def export(request, story_id: int, fmt: str):
    story = story_for_viewer(request, story_id)
    private = story.can_edit(request.user)
    builders = {"json": (to_json, "application/json"), "md": (to_markdown, "text/markdown; charset=utf-8"),
                "fountain": (to_fountain, "text/plain; charset=utf-8")}
    if fmt not in builders:
        raise Http404("Unknown export format")
    build, content_type = builders[fmt]
    response = HttpResponse(build(story, private=private), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="moviesim-{story.pk}.{fmt}"'
    return response


def _turns(story: Story):
    return story.turns.select_related("character", "scene").order_by("index")


def _character(c, private: bool) -> dict:
    data = c.sheet()
    data["secrets"] = c.secrets if private else [s for s in c.secrets if s in c.revealed_secrets]
    data["revealed_secrets"] = c.revealed_secrets
    data["active"] = c.active
    return data


def to_json(story: Story, *, private: bool) -> str:
    data = {
        "id": story.pk, "title": story.title, "seed": story.seed, "logline": story.logline, "genre": story.genre,
        "setting": story.setting, "themes": story.themes, "tone": story.tone, "status": story.status,
        "beats": story.beats if private else [], "provider": story.provider, "random_seed": story.random_seed,
        "characters": [_character(c, private) for c in story.characters.all()],
        "scenes": [{"index": s.index, "heading": s.heading, "description": s.description, "mood": s.mood,
                    "summary": s.summary, "plot_options": s.plot_options} for s in story.scenes.all()],
        "turns": [{"index": t.index, "kind": t.kind, "scene": t.scene.index if t.scene_id else None,
                   "character": t.speaker, "content": t.content, "action": t.action, "emotion": t.emotion,
                   "thought": t.thought, "revealed_secret": t.revealed_secret, "revealed_to": t.revealed_to,
                   "edited": t.edited} for t in _turns(story)],
        "narrative": story.narrative,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_markdown(story: Story, *, private: bool) -> str:
    out = [f"# {story.display_title}", "", f"*{story.logline}*", ""]
    for t in _turns(story):
        if t.kind == Turn.Kind.SCENE:
            out += [f"## {t.scene.heading if t.scene_id else 'SCENE'}", "", t.content, ""]
        elif t.character_id:
            paren = f" *({t.emotion})*" if t.emotion else ""
            line = f"**{t.character.cue}**{paren}"
            if t.content:
                line += f": {t.content}"
            out.append(line)
            if t.action:
                out.append(f"_{t.action}_")
            if t.thought:
                out.append(f"> {t.character.first_name} thinks: {t.thought}")
            out.append("")
        else:
            out += [t.content, ""]
    if story.narrative:
        out += ["---", "", "## The story", "", story.narrative, ""]
    return "\n".join(out)


def to_fountain(story: Story, *, private: bool) -> str:
    out = [f"Title: {story.display_title}", f"Credit: Written live with MovieSim ({story.provider})",
           f"Notes: {story.logline}", "", ""]
    for t in _turns(story):
        if t.kind == Turn.Kind.SCENE:
            heading = t.scene.heading if t.scene_id else "INT. SOMEWHERE - DAY"
            out += [f".{heading}" if not heading.startswith(("INT", "EXT")) else heading, "", t.content, ""]
        elif t.kind == Turn.Kind.ENDING:
            out += ["> FADE OUT.", ""]
        elif t.character_id:
            if t.action:
                out += [t.action, ""]
            if t.content:
                out.append(t.character.cue)
                if t.emotion:
                    out.append(f"({t.emotion})")
                out += [t.content, ""]
            if t.thought:
                out += [f"[[{t.character.first_name} thinks: {t.thought}]]", ""]
        else:
            out += [("!" + t.content) if t.content.isupper() else t.content, ""]
    return "\n".join(out)
