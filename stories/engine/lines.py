"""Playing a turn: a character's line (or the narrator's), and a new take of the last one."""

from collections.abc import Callable
from functools import lru_cache

from django.conf import settings
from django.db.models import F
from django.db.models.functions import Greatest, Least

from characters.models import Character, Memory, Relationship
from moviesim.llm.repair import match_name
from moviesim.llm.schemas import EVERYONE, CharacterTurn, ConsistencyCheck, Narration, character_turn_for
from stories.engine import decide, memory, transcript
from stories.engine.calls import ask
from stories.engine.knowledge import Knowledge, Situation, character_prompt, reflect_if_due
from stories.engine.plan import Plan
from stories.engine.speaker import choose_speaker
from stories.engine.stage import RECENT_TURNS, Stage
from stories.models import Scene, Story, Turn, TurnRevision

# Streaming: called with the speaker's cue and the spoken line so far, as it forms.
OnText = Callable[[str, str], None]
REGENERABLE = (Turn.Kind.DIALOGUE, Turn.Kind.ACTION, Turn.Kind.NARRATION)


class Line(Plan):
    """One turn in the scene: its memories for everyone present, a secret it reveals, the
    opinions it moves, and the scene's end when this is its last turn."""

    def __init__(self, stage: Stage, turn: Turn, *, complete: bool, insights=(), moves=(), changes=None,
                 stream: memory.Stream | None = None):
        super().__init__(stage.next_index, changes)
        self.turn, self.scene, self.present = turn, stage.scene, stage.present
        self.complete = complete
        self.insights = list(insights)  # reflections the speaker formed before this line
        self.moves = list(moves)  # (other, delta): how the speaker's opinion of someone moved
        self.stream = stream  # the speaker's memory stream, holding the embeddings its recall computed

    def write(self, index: int) -> list[Turn]:
        if self.stream is not None:
            self.stream.save_vectors()
        turn = self.turn
        turn.index = index
        turn.save()
        Memory.objects.bulk_create(memory.memories_for_turn(turn, self.present) + [
            Memory(character=turn.character, turn=turn, turn_index=index, kind=Memory.Kind.REFLECTION, content=text,
                   importance=0.85) for text in self.insights])
        if turn.revealed_secret:
            speaker = Character.objects.get(pk=turn.character_id)
            speaker.revealed_secrets = [*speaker.revealed_secrets, turn.revealed_secret]
            speaker.save(update_fields=["revealed_secrets"])
        for other, delta in self.moves:
            opinion = move_opinion(turn.character, other, delta)
            if opinion is None:
                self.cards.add(turn.character_id)  # a new relationship: the card needs a new row
            else:
                self.opinions.append((turn.character_id, other.pk, opinion))  # the room's meter moves
        if self.complete:
            Scene.objects.filter(pk=self.scene.pk).update(complete=True)
        return [turn]


def move_opinion(character: Character, other: Character, delta: float) -> float | None:
    """Move how `character` sees `other` by `delta`, within [-1, 1], and return the new opinion;
    a first opinion starts a relationship instead (None)."""
    seen = Relationship.objects.filter(character=character, other=other)
    if seen.update(opinion=Greatest(-1.0, Least(1.0, F("opinion") + delta))):
        return seen.values_list("opinion", flat=True).get()
    Relationship.objects.create(character=character, other=other, opinion=max(-1.0, min(1.0, delta)))
    return None


def play(stage: Stage, on_text: OnText | None = None) -> Line:
    speaker, complete = choose_speaker(stage)
    if speaker is None:
        return _narration(stage, complete)
    return _character_line(stage, speaker, complete, on_text)


def _narration(stage: Stage, complete: bool) -> Line:
    story, scene, index = stage.story, stage.scene, stage.next_index
    ctx = narrator_context(story, scene, stage.present, stage.recent, index)
    out = ask(story, "narrator", Narration, turn_index=index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story), "scene": scene})
    turn = Turn(story=story, scene=scene, index=index, kind=Turn.Kind.NARRATION, content=out.text.strip())
    return Line(stage, turn, complete=complete)


def narrator_context(story: Story, scene: Scene, present: list[Character], recent: list[Turn], index: int) -> dict:
    return {"genre": story.genre, "seed_text": story.seed, "scene": transcript.scene_dict(scene),
            "present": [c.name for c in present], "recent": transcript.recent_lines(recent), "turn_index": index}


def situation(stage: Stage, speaker: Character) -> Situation:
    """Where `speaker` stands in the scene, for their prompt."""
    objective = next((o for o in stage.scene.objectives if o.get("character") == speaker.name), {})
    due = decide.secret_due(stage)
    forced = decide.reveal_forced(stage)
    heard = []
    for turn in stage.recent[-3:]:
        if turn.revealed_secret and turn.character_id != speaker.pk and transcript.hears(turn, speaker):
            heard.append({"by": turn.character.name, "secret": turn.revealed_secret,
                          "to": list(turn.revealed_to), "turns_ago": stage.next_index - turn.index})
    last = stage.recent[-1] if stage.recent else None
    event = last.content if last is not None and last.kind in (Turn.Kind.INTERVENTION, Turn.Kind.EVENT) else ""
    spoken = sum(1 for t in stage.recent if t.character_id == speaker.pk)
    return Situation(
        objective={k: objective.get(k, "") for k in ("toward", "wants", "tactic")},
        lines_left=decide.lines_left(stage), budget=stage.scene.budget, climax=stage.climax,
        question=stage.story.question, secret_due=due[1] if due and due[0].pk == speaker.pk else 0,
        must_reveal=bool(forced and forced[0].pk == speaker.pk), just_revealed=heard, just_happened=event,
        tactics_tried=spoken)


def _character_line(stage: Stage, speaker: Character, complete: bool, on_text: OnText | None) -> Line:
    story, index = stage.story, stage.next_index
    present = stage.present
    others = [c for c in present if c.pk != speaker.pk]
    known = Knowledge(speaker, others, stage.scene, hold_vectors=True)
    insights = reflect_if_due(story, speaker, index, known.stream)
    where = situation(stage, speaker)
    prompt, ctx = character_prompt(story, stage.scene, speaker, present, stage.recent, index, known, where)
    if insights:
        prompt["memories"] = ctx["memories"] = [*prompt["memories"], *insights]
    # The secret the scene plans for this speaker may come out (and must, when time is short).
    reveals = [where.secret_due] if where.secret_due else []
    schema = turn_schema(speaker.name, tuple(c.name for c in present), tuple(reveals), where.must_reveal)
    stream = _streamer(on_text, speaker)
    out = ask(story, "character", schema, turn_index=index, context=ctx, prompt=prompt, prompt_role="character",
              on_text=stream, stream_field="dialogue")
    out = _check_and_retake(story, speaker, prompt, ctx, index, out, stream, schema)
    by_name = {c.name: c for c in others}
    names = list(by_name)

    def person(name: str) -> Character | None:  # "Dr. Quinn", "quinn " or "Mara" is Mara Quinn
        return by_name.get(name) or by_name.get(match_name(name, names) or "")

    secret = ""
    if out.reveal and 0 < out.reveal <= len(speaker.secrets) and out.reveal in reveals:
        secret = speaker.secrets[out.reveal - 1]
    told = [EVERYONE if n.strip().lower() == EVERYONE else person(n).name
            for n in out.reveal_to if n.strip().lower() == EVERYONE or person(n)] if secret else []
    told = list(dict.fromkeys(told))
    if secret and not told:
        told = [EVERYONE]
    turn = Turn(
        story=story, scene=stage.scene, index=index, character=speaker, addressee=person(out.to),
        kind=Turn.Kind.DIALOGUE if out.dialogue.strip() else Turn.Kind.ACTION,
        content=out.dialogue.strip(), action=out.action.strip(), emotion=out.emotion.strip()[:60],
        emotion_intensity=out.emotion_intensity, thought=out.private_thought.strip(), change=out.change.strip(),
        revealed_secret=secret, revealed_index=out.reveal if secret else None, revealed_to=told)
    moves = [(person(change.other), change.delta * 0.5) for change in out.relationship_changes[:3]
             if person(change.other)]
    tension = round(0.8 * story.tension + 0.2 * out.emotion_intensity, 3)
    return Line(stage, turn, complete=complete, insights=insights, moves=moves, changes={"tension": tension},
                stream=known.stream)


@lru_cache(maxsize=512)
def turn_schema(speaker: str, present: tuple[str, ...], reveals: tuple[int, ...],
                required: bool = False) -> type[CharacterTurn]:
    """The speaker's turn schema in this room, built once for the same room: a new pydantic
    class (and its JSON schema) for every line cost a step more than parsing the line."""
    return character_turn_for(speaker, list(present), list(reveals), required=required)


def _streamer(on_text: OnText | None, speaker: Character) -> Callable[[str], None] | None:
    if on_text is None:
        return None
    return lambda text: on_text(speaker.cue, text)


def _check_and_retake(story, speaker, prompt, ctx, index, out, stream, schema=CharacterTurn):
    """The optional script editor: one retake with its note when a line is out of character."""
    if not settings.MOVIESIM_CONSISTENCY_CHECK:
        return out
    turn = {"dialogue": out.dialogue, "action": out.action}
    check = ask(story, "consistency", ConsistencyCheck, turn_index=index,
                context={**turn, "name": speaker.name, "speaking_style": speaker.speaking_style},
                prompt={**turn, "sheet": speaker.sheet()})
    if check.consistent:
        return out
    return ask(story, "character", schema, turn_index=index, context={**ctx, "feedback": check.feedback},
               prompt={**prompt, "feedback": check.feedback}, prompt_role="character", variant="retake",
               on_text=stream, stream_field="dialogue")


# --- A new take of the last turn ---------------------------------------------------------------

class Retake:
    """A regenerated turn, ready to be written: the old text is kept as an alternative."""

    def __init__(self, turn: Turn, new: dict):
        self.turn, self.new = turn, new

    def write(self) -> None:
        turn = self.turn
        TurnRevision.objects.create(turn=turn, kind=TurnRevision.Kind.ALTERNATIVE, content=turn.content,
                                    action=turn.action, emotion=turn.emotion, thought=turn.thought,
                                    character_name=turn.speaker)
        for field, value in self.new.items():
            setattr(turn, field, value)
        turn.save()
        memory.rewrite_memories(turn)


def retake(story: Story, turn: Turn) -> Retake:
    """A new take of a character or narrator turn, from what was known when it was first written."""
    scene = turn.scene
    present = list(scene.present.filter(active=True))
    recent = scene.turns.filter(index__lt=turn.index).for_display().recent(RECENT_TURNS)
    variant = f"take-{turn.revisions.filter(kind=TurnRevision.Kind.ALTERNATIVE).count() + 1}"
    if turn.character_id:
        prompt, ctx = character_prompt(story, scene, turn.character, present, recent, turn.index)
        schema = turn_schema(turn.character.name, tuple(c.name for c in present), ())
        out = ask(story, "character", schema, turn_index=turn.index, context=ctx, prompt=prompt, variant=variant)
        return Retake(turn, {
            "content": out.dialogue.strip(), "action": out.action.strip(), "emotion": out.emotion.strip()[:60],
            "emotion_intensity": out.emotion_intensity, "thought": out.private_thought.strip(),
            "kind": Turn.Kind.DIALOGUE if out.dialogue.strip() else Turn.Kind.ACTION})
    ctx = narrator_context(story, scene, present, recent, turn.index)
    out = ask(story, "narrator", Narration, turn_index=turn.index, context=ctx, variant=variant,
              prompt={**ctx, "story": transcript.story_bible(story), "scene": scene})
    return Retake(turn, {"content": out.text.strip()})
