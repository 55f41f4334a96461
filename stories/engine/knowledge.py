"""What a character knows, and the prompt built from it: only what that character witnessed,
was told, or has on its own sheet."""

from django.conf import settings

from characters.models import Character
from moviesim.llm.schemas import Reflection
from stories.engine import memory, transcript
from stories.engine.calls import ask, embedder
from stories.models import Scene, Story, Turn


class Knowledge:
    """What a speaker knows beyond the scene in front of them: their memory stream, how they see
    the others present, and the earlier scenes they were in (as summaries)."""

    def __init__(self, speaker: Character, others: list[Character], scene: Scene):
        names = {c.pk: c.name for c in others}
        self.stream = memory.Stream(speaker)
        self.relationships = [
            {"other": names[r.other_id], "kind": r.kind, "opinion": round(r.opinion, 2)}
            for r in speaker.relationships.filter(other_id__in=names).order_by("other_id")]
        earlier = (speaker.scenes.filter(index__lt=scene.index).exclude(summary="").order_by("-index")
                   .values_list("location", "time_of_day", "summary")[:3])
        self.earlier_scenes = [f"{Scene.slugline(location, time)}: {summary}"
                               for location, time, summary in earlier][::-1]


def character_prompt(story: Story, scene: Scene, speaker: Character, present: list[Character],
                     recent: list[Turn], index: int, known: Knowledge | None = None) -> tuple[dict, dict]:
    """The prompt and context for one character: only what that character knows.

    Recent turns are those the character witnessed (it has a memory of them); earlier scenes
    come as summaries of the scenes it was in; secrets of others only once they were revealed
    to it. The changing part is trimmed to a token budget so prompts stay flat.
    """
    others = [c for c in present if c.pk != speaker.pk]
    known = known or Knowledge(speaker, others, scene)
    stream = known.stream
    witnessed = stream.witnessed({t.pk for t in recent})
    recent = [t for t in recent if t.pk in witnessed]
    lines = transcript.recent_lines(recent, viewer=speaker)
    window_start = recent[0].index if recent else index
    query = " ".join(line["text"] for line in lines[-3:])
    goal = " ".join([speaker.primary_motivation, *speaker.secondary_goals])
    memories = stream.recall(query, index, exclude_from=window_start, goal=goal, embed=embedder(story))
    confided = stream.confided(4)  # the latest confidences; older ones live on as memories
    summaries, memories, lines = fit_budget(known.earlier_scenes, memories, lines)
    sheet = speaker.sheet()
    bible = {k: v for k, v in transcript.story_bible(story).items() if k != "beats"}
    names = [c.name for c in others]
    context = {
        "name": speaker.name, "sheet": sheet, "genre": story.genre, "tone": story.tone, "setting": story.setting,
        "scene": transcript.scene_dict(scene), "present": names, "recent": lines,
        "memories": memories, "turn_index": index, "tension": story.tension, "beat": transcript.current_beat(story),
        "unrevealed_secrets": speaker.unrevealed_secrets, "relationships": known.relationships,
        "directive": scene.directive, "known_secrets": confided, "earlier_scenes": summaries,
    }
    prompt = {
        "story": bible, "sheet": sheet, "secrets": speaker.unrevealed_secrets, "revealed": speaker.revealed_secrets,
        "scene": scene, "present": names, "relationships": known.relationships, "memories": memories,
        "recent": lines, "tension": story.tension, "directive": scene.directive, "confided": confided,
        "earlier_scenes": summaries,
    }
    return prompt, context


def fit_budget(summaries: list[str], memories: list[str], lines: list[dict]):
    """Drop the oldest summaries, then the weakest memories, then the oldest lines (keeping four)."""
    budget = settings.MOVIESIM_PROMPT_BUDGET * 4  # characters, at about four per token

    def size() -> int:
        return sum(map(len, summaries)) + sum(map(len, memories)) + sum(len(line["line"]) for line in lines)

    while size() > budget and summaries:
        summaries = summaries[1:]
    while size() > budget and memories:
        weakest = min(range(len(memories)), key=lambda i: getattr(memories[i], "score", 0.0))
        memories = memories[:weakest] + memories[weakest + 1:]
    while size() > budget and len(lines) > 4:
        lines = lines[1:]
    return summaries, memories, lines


def reflect_if_due(story: Story, speaker: Character, index: int, stream: memory.Stream) -> list[str]:
    """When enough important memories have piled up, the character forms a few insights."""
    since = stream.since_reflection()
    if sum(row.importance for row in since) < settings.MOVIESIM_REFLECT_THRESHOLD:
        return []
    lived = [row.content for row in sorted(since, key=lambda row: (-row.importance, -row.turn_index))[:12]]
    ctx = {"name": speaker.name, "motivation": speaker.primary_motivation, "memories": lived}
    out = ask(story, "reflection", Reflection, turn_index=index, context=ctx,
              prompt={"sheet": speaker.sheet(), "memories": lived})
    return [i.strip() for i in out.insights if i.strip()][:3]
