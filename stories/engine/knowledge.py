"""What a character knows, and the prompt built from it: only what that character witnessed,
was told, or has on its own sheet, and what it wants in the scene in front of it."""

from dataclasses import dataclass, field

from django.conf import settings

from characters.models import Character
from moviesim.llm.schemas import Reflection
from stories.engine import memory, transcript
from stories.engine.calls import ask, embedder
from stories.models import Scene, Story, Turn

OWN_LINES = 6  # the speaker's own latest lines, shown as theirs so they don't echo themselves
PROMPT_OWN_LINES = 3  # of which the prompt quotes the spoken ones (a model needs fewer than the offline writer)


class Knowledge:
    """What a speaker knows beyond the scene in front of them: their memory stream, how they see
    the others present, and the earlier scenes they were in (as summaries)."""

    def __init__(self, speaker: Character, others: list[Character], scene: Scene, *, hold_vectors: bool = False):
        names = {c.pk: c.name for c in others}
        self.stream = memory.Stream(speaker, hold_vectors=hold_vectors)
        self.relationships = [
            {"other": names[other], "kind": kind, "opinion": round(opinion, 2)}
            for other, kind, opinion in speaker.relationships.filter(other_id__in=names).order_by("other_id")
            .values_list("other_id", "kind", "opinion")]
        earlier = (speaker.scenes.filter(index__lt=scene.index).exclude(summary="").order_by("-index")
                   .values_list("location", "time_of_day", "summary")[:3])
        self.earlier_scenes = [f"{Scene.slugline(location, time)}: {summary}"
                               for location, time, summary in earlier][::-1]
        own = list(speaker.turns.order_by("-index").values_list("content", "action"))  # a few dozen at most
        self.own_lines = own[:OWN_LINES][::-1]
        self.lines_spoken = len(own)


@dataclass
class Situation:
    """Where the speaker stands in this scene: what they want from whom, how the scene is going,
    and what they must answer. Built by `lines` from the step's stage."""

    objective: dict = field(default_factory=dict)  # {"toward", "wants", "tactic"}
    lines_left: int = 0
    budget: int = 0
    climax: bool = False
    question: str = ""
    secret_due: int = 0  # the number of the speaker's secret that surfaces in this scene
    must_reveal: bool = False  # ...and it must come out now
    just_revealed: list[dict] = field(default_factory=list)  # reveals the speaker heard in the last turns
    just_happened: str = ""  # an event in the last turn
    tactics_tried: int = 0  # lines the speaker has spoken in this scene


def character_prompt(story: Story, scene: Scene, speaker: Character, present: list[Character],
                     recent: list[Turn], index: int, known: Knowledge | None = None,
                     situation: Situation | None = None) -> tuple[dict, dict]:
    """The prompt and context for one character: only what that character knows.

    Recent turns are those the character witnessed (it has a memory of them); earlier scenes
    come as summaries of the scenes it was in; secrets of others only once they were revealed
    to it. The changing part is trimmed to a token budget so prompts stay flat.
    """
    others = [c for c in present if c.pk != speaker.pk]
    known = known or Knowledge(speaker, others, scene)
    situation = situation or Situation()
    stream = known.stream
    witnessed = stream.witnessed({t.pk for t in recent})
    recent = [t for t in recent if t.pk in witnessed]
    lines = transcript.recent_lines(recent, viewer=speaker)
    window_start = recent[0].index if recent else index
    query = " ".join(line["text"] for line in lines[-3:])
    goal = " ".join([speaker.primary_motivation, situation.objective.get("wants", ""), *speaker.secondary_goals])
    memories = stream.recall(query, index, exclude_from=window_start, goal=goal, embed=embedder(story))
    spoken = [content for content, _ in known.own_lines[-PROMPT_OWN_LINES:] if content]
    memories = [m for m in memories if not any(line in m for line in spoken)]  # quoted below as their own
    confided = stream.confided(3)  # the latest confidences; older ones live on as memories
    summaries, memories, lines = fit_budget(known.earlier_scenes, memories, lines,
                                            fixed=sum(map(len, confided)) + sum(map(len, spoken)))
    last = next((line for line in reversed(lines)  # the last one a character said to answer (not the narrator)
                 if not line["own"] and line["kind"] in (Turn.Kind.DIALOGUE, Turn.Kind.ACTION)), None)
    secrets = [{"number": i + 1, "text": s, "revealed": s in speaker.revealed_secrets}
               for i, s in enumerate(speaker.secrets)]
    own = [" ".join(part for part in pair if part) for pair in known.own_lines]
    shared = {
        "name": speaker.name, "sheet": speaker.sheet(), "present": [c.name for c in others], "recent": lines,
        "memories": memories, "relationships": known.relationships, "directive": scene.directive,
        "confided": confided, "earlier_scenes": summaries, "secrets": secrets, "own_lines": own,
        "objective": situation.objective, "lines_left": situation.lines_left, "budget": situation.budget,
        "climax": situation.climax, "question": situation.question if situation.climax else "",
        "secret_due": situation.secret_due, "must_reveal": situation.must_reveal,
        "just_revealed": situation.just_revealed, "just_happened": situation.just_happened,
        "last_speaker": last["speaker"] if last else "", "last_line": last["text"] if last else "",
    }
    context = {**shared, "genre": story.genre, "tone": story.tone, "setting": story.setting,
               "seed_text": story.seed, "scene": transcript.scene_dict(scene), "turn_index": index,
               "tactics_tried": situation.tactics_tried, "lines_spoken": known.lines_spoken,
               "unrevealed_secrets": speaker.unrevealed_secrets}
    bible = transcript.story_bible(story)
    prompt = {**shared, "story": bible, "scene": scene, "own_lines": spoken}
    return prompt, context


def fit_budget(summaries: list[str], memories: list[str], lines: list[dict], fixed: int = 0):
    """Make the changing part fit the budget, with the `fixed` part (the secrets confided, the
    speaker's own lines): drop the oldest summaries, then the oldest lines down to six, the
    weakest memories down to two, the oldest lines down to four, and the last memories."""
    budget = settings.MOVIESIM_PROMPT_BUDGET * 4  # characters, at about four per token

    def size() -> int:
        return fixed + sum(map(len, summaries)) + sum(map(len, memories)) + sum(len(line["line"]) for line in lines)

    def drop_weakest(items: list[str]) -> list[str]:
        weakest = min(range(len(items)), key=lambda i: getattr(items[i], "score", 0.0))
        return items[:weakest] + items[weakest + 1:]

    while size() > budget and summaries:
        summaries = summaries[1:]
    while size() > budget and len(lines) > 6:
        lines = lines[1:]
    while size() > budget and len(memories) > 2:
        memories = drop_weakest(memories)
    while size() > budget and len(lines) > 4:
        lines = lines[1:]
    while size() > budget and memories:
        memories = drop_weakest(memories)
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
