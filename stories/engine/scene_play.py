"""Inside a scene: the Observer, the Scene Manager, and character and narrator turns."""

import re
import time
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count

from characters.models import Character, Memory, Relationship
from stories import broadcast
from stories.engine import memory, sql, transcript
from stories.engine.calls import ask, embedder
from stories.engine.schemas import CharacterTurn, ConsistencyCheck, Narration, NextSpeaker, Reflection
from stories.engine.schemas import ObserverReport as ObserverOutput
from stories.models import ObserverReport, Scene, Story, Turn

RECENT_TURNS = 8
NARRATOR = "NARRATOR"
LOW_TENSION = 0.3
STALL_TURNS = 12


def _plan(*args, **kwargs):
    from stories.engine.step import Plan

    return Plan(*args, **kwargs)


def _recent(story: Story, limit: int = RECENT_TURNS) -> list[Turn]:
    """The story's last turns, oldest first (the Observer's view; a step's own come with its `Stage`)."""
    return list(story.turns.select_related("character", "scene").order_by("-index")[:limit])[::-1]


def _joined(turns: list[Turn], scene: Scene, cast: dict[int, Character]) -> list[Turn]:
    """Newest-first turns of `scene`, oldest first, each with its scene and character in hand."""
    for turn in turns:
        turn.scene = scene
        if turn.character_id:
            turn.character = cast[turn.character_id]
    return turns[::-1]


# What a step needs of everyone in the cast (choosing who speaks, naming them); the speaker's
# whole sheet is read with their knowledge (`Knowledge`).
ON_STAGE = ("id", "story_id", "name", "talkativeness", "active")
# What a step needs of the scene's last turns: all but their timestamps.
LINES = tuple(f.attname for f in Turn._meta.concrete_fields if f.attname not in ("created_at", "updated_at"))


# The story's latest scene, its columns given: `latest_scene("id")` as a subquery, for instance.
LATEST_SCENE = 'SELECT {} FROM stories_scene WHERE story_id = %s ORDER BY "index" DESC LIMIT 1'


def latest_scene(columns: str) -> str:
    return LATEST_SCENE.format(columns)


def cast_statement(story_id: int, scene_id: str, params: list, only=None) -> sql.Statement:
    """Every character of the story (their fields named in `only`, or all), in casting order,
    each marked `in_scene`: present in the scene whose id the SQL `scene_id` gives."""
    return (f"SELECT {sql.columns(Character, 'c', only)}, EXISTS (SELECT 1 FROM stories_scene_present p"
            f" WHERE p.scene_id = {scene_id} AND p.character_id = c.id) AS in_scene"
            " FROM characters_character c WHERE c.story_id = %s ORDER BY c.id", [*params, story_id])


def cast_from(result: sql.Result, only=None) -> dict[int, Character]:
    """The characters a `cast_statement` read, by id."""
    return {c.pk: c for c in sql.models(Character, result, extra=("in_scene",), only=only)}


class Stage:
    """The story as a step finds it: the latest scene, the whole cast (each marked `in_scene`;
    their names and what choosing a speaker needs, `ON_STAGE`) and the scene's last turns,
    with what the cued speaker knows (`Story.next_speaker`, set by the line before: see
    `next_cue`). These are read together with the lease claim, in the same round trip
    (`statements`), since every step starts from them."""

    def __init__(self, scene: Scene | None, cast: dict[int, Character], recent: list[Turn],
                 cued: tuple[int, list[sql.Result]] | None = None):
        self.scene, self.cast, self.recent = scene, cast, recent
        self.cued = cued  # (the cued speaker's id, their Knowledge's results), if there was a cue

    @staticmethod
    def statements(story_id: int) -> list[sql.Statement]:
        scene_id, scene_index = (f"({latest_scene(column)})" for column in ("id", '"index"'))
        return [
            (latest_scene(sql.columns(Scene)), [story_id]),
            cast_statement(story_id, scene_id, [story_id], ON_STAGE),
            (f"SELECT {sql.columns(Turn, only=LINES)} FROM stories_turn WHERE story_id = %s AND scene_id = {scene_id}"
             ' ORDER BY "index" DESC LIMIT %s', [story_id, story_id, RECENT_TURNS]),
            *Knowledge.statements(("(SELECT next_speaker_id FROM stories_story WHERE id = %s)", [story_id]),
                                  (scene_index, [story_id])),
        ]

    @classmethod
    def read(cls, results: list[sql.Result]) -> "Stage":
        scene_rows, cast_rows, recent_rows, *known = results
        scene = next(iter(sql.models(Scene, scene_rows)), None)
        cast = cast_from(cast_rows, ON_STAGE)
        cued = (known[0].rows[0][0], known) if known[0].rows else None  # the sheet's first column is its id
        return cls(scene, cast, _joined(sql.models(Turn, recent_rows, only=LINES), scene, cast) if scene else [],
                   cued)

    def knowledge(self, speaker: Character, others: dict[int, Character]) -> "Knowledge":
        """What `speaker` knows: read with the claim if they were cued, else now."""
        if self.cued and self.cued[0] == speaker.pk:
            return Knowledge(speaker, others, self.scene, self.cued[1])
        return Knowledge(speaker, others, self.scene)


# --- Observer ---------------------------------------------------------------------------------

def observe_if_due(story: Story, token: str, index: int) -> bool:
    """Every N turns the Observer scores the story; a sagging story gets an intervention queued.

    Returns whether it wrote a report (the room's dashboard then changed)."""
    if index == 0 or index % story.observer_every or story.observer_reports.filter(after_turn=index).exists():
        return False
    recent = _recent(story, limit=10)
    history = list(story.observer_reports.order_by("-after_turn").values_list("tension", flat=True)[:8])[::-1]
    counts = [
        {"name": row["character__name"], "count": row["n"]}
        for row in story.turns.filter(kind=Turn.Kind.DIALOGUE).order_by().values("character__name")
        .annotate(n=Count("id")).order_by("character__name")
    ]
    last_event = story.turns.filter(kind__in=[Turn.Kind.EVENT, Turn.Kind.INTERVENTION, Turn.Kind.SCENE]).order_by(
        "-index").values_list("index", flat=True).first() or 0
    ctx = {"recent": transcript.recent_lines(recent), "turn_index": index,
           "tension_history": [round(t, 2) for t in history], "speaker_counts": counts,
           "turns_since_event": index - last_event}
    out = ask(story, "observer", ObserverOutput, turn_index=index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story)})
    reason = ""
    if out.intervention_needed:
        reason = "; ".join(out.problems[:2]) or "The Observer says the story is sagging."
    elif out.tension < LOW_TENSION and history and history[-1] < LOW_TENSION:
        reason = "Tension has stayed below 0.3 for more than five turns."
    elif index - last_event > STALL_TURNS:
        reason = "Nothing has happened for a long stretch: the scene is stalling."
    with transaction.atomic():
        try:
            with transaction.atomic():
                ObserverReport.objects.create(
                    story=story, after_turn=index, tension=out.tension, consistency=out.character_consistency,
                    progression=out.plot_progression, engagement=out.engagement, problems=out.problems,
                    recommendations=out.recommendations, intervention_needed=bool(reason))
        except IntegrityError:
            return False
        changes = {"tension": out.tension}
        if reason:
            changes["pending_intervention"] = reason
        Story.objects.filter(pk=story.pk, lease_token=token).update(**changes)
    story.tension = out.tension
    if reason:
        story.pending_intervention = reason
    return True


# --- Scene manager ----------------------------------------------------------------------------

def _candidates(present: list[Character], recent: list[Turn]) -> tuple[Turn | None, list[Character]]:
    """The scene's last line, and who may speak next: anyone present but its speaker."""
    last = next((t for t in reversed(recent) if t.kind != Turn.Kind.SCENE), None)
    return last, [c for c in present if last is None or c.pk != last.character_id] or present


def obvious_speaker(scene: Scene, present: list[Character], recent: list[Turn]) -> Character | None:
    """Who speaks next when code can tell: the only one left, someone named in the last line,
    or the most talkative of those who haven't spoken yet. None: the model decides."""
    last, candidates = _candidates(present, recent)
    if len(candidates) == 1:
        return candidates[0]
    if last is not None and last.content:
        for c in candidates:
            if re.search(rf"\b{re.escape(c.first_name)}\b", last.content, re.IGNORECASE):
                return c
    spoken = {t.character_id for t in recent if t.scene_id == scene.pk}
    silent = sorted((c for c in candidates if c.pk not in spoken), key=lambda c: -c.talkativeness)
    return silent[0] if silent else None


def next_cue(scene: Scene, present: list[Character], recent: list[Turn], line: Turn, complete: bool) -> int | None:
    """Who will speak after `line`, if code can already tell (as the next step will decide,
    unless the story changes meanwhile): stored on the story, so the next step reads what
    they know with its claim."""
    if complete or not present:
        return None
    speaker = obvious_speaker(scene, present, [*recent, line][-RECENT_TURNS:])
    return speaker.pk if speaker else None


def choose_speaker(story: Story, scene: Scene, present: list[Character], recent: list[Turn],
                   index: int) -> tuple[Character | None, bool]:
    """Decide the obvious cases in code; ask the model only when it matters."""
    scene_turns = index - scene.first_turn
    too_long = scene_turns >= settings.MOVIESIM_SCENE_MAX_TURNS
    if not present:
        return None, too_long
    if (speaker := obvious_speaker(scene, present, recent)) is not None:
        return speaker, too_long
    last, candidates = _candidates(present, recent)
    lines = transcript.recent_lines(recent)
    ctx = {"present": [c.name for c in present], "last_speaker": last.character.name if last and last.character_id
           else "", "turns_in_scene": scene_turns, "scene_max_turns": settings.MOVIESIM_SCENE_MAX_TURNS,
           "recent": lines, "talkativeness": {c.name: c.talkativeness for c in present}}
    choice = ask(story, "scene_manager", NextSpeaker, turn_index=index, context=ctx,
                 prompt={**ctx, "scene": scene})
    complete = too_long or (choice.scene_complete and scene_turns >= 3)
    if choice.next_speaker.strip().upper() == NARRATOR:
        return None, complete
    by_name = {c.name.lower(): c for c in candidates}
    chosen = by_name.get(choice.next_speaker.strip().lower())
    # A name the model made up is ignored: the least heard candidate speaks instead.
    return chosen or candidates[0], complete


# --- Streaming ------------------------------------------------------------------------------

class LineStream:
    """Sends the spoken line to the room as it forms: the first words at once, then at most a
    few updates a second. It only ever sees the dialogue field (the provider's stream_field)."""

    def __init__(self, story_id: int, cue: str):
        self.story_id = story_id
        self.cue = cue
        self.last_sent = 0.0

    def __call__(self, text: str) -> None:
        now = time.monotonic()
        if self.last_sent and now - self.last_sent < settings.MOVIESIM_STREAM_INTERVAL:
            return
        self.last_sent = now
        broadcast.typing(self.story_id, self.cue, text)


# --- Turns ------------------------------------------------------------------------------------

def play_turn(story: Story, stage: Stage, index: int):
    scene, recent = stage.scene, stage.recent
    present = [c for c in stage.cast.values() if c.in_scene and c.active]
    speaker, complete = choose_speaker(story, scene, present, recent, index)
    if speaker is None:
        return _narrator_turn(story, scene, present, recent, index, complete)
    known = stage.knowledge(speaker, {c.pk: c for c in present if c.pk != speaker.pk})
    return _character_turn(story, scene, speaker, present, recent, index, complete, known)


def _narrator_turn(story, scene, present, recent, index, complete):
    ctx = {"genre": story.genre, "scene": transcript.scene_dict(scene), "present": [c.name for c in present],
           "recent": transcript.recent_lines(recent), "beat": transcript.current_beat(story),
           "turn_index": index, "tension": story.tension}
    out = ask(story, "narrator", Narration, turn_index=index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story), "scene": scene})

    def write(index: int) -> None:
        plan.rows.append(memory.memories_for_turn(turn, present))
        if complete:
            plan.tail.append((scene_complete_statement(scene), None))

    turn = Turn(story=story, scene=scene, index=index, kind=Turn.Kind.NARRATION, content=out.text.strip())
    plan = _plan(index, write, {"next_speaker_id": next_cue(scene, present, recent, turn, complete)})
    plan.line = turn
    return plan


class Knowledge:
    """What a speaker knows beyond the scene in front of them, read in one round trip (with the
    step's claim, when they were cued: `Stage`): their whole sheet, their memory stream, how
    they see the others present, and the earlier scenes they were in."""

    def __init__(self, speaker: Character, others: dict[int, Character], scene: Scene,
                 results: list[sql.Result] | None = None):
        """`results`: those of `statements` for this speaker and scene, when read already."""
        if results is None:
            results = sql.batch(self.statements(("%s", [speaker.pk]), ("%s", [scene.index])))
        sheet, stream, relationships, earlier = results
        for full in sql.models(Character, sheet):  # the speaker's whole sheet, in place
            for field in Character._meta.concrete_fields:
                setattr(speaker, field.attname, getattr(full, field.attname))
        self.stream = memory.Stream(speaker, stream.rows)
        self.relationships = [{"other": others[other].name, "kind": kind, "opinion": round(opinion, 2)}
                              for other, kind, opinion in relationships.rows if other in others]
        self.earlier_scenes = [f"{Scene.slugline(location, time_of_day)}: {summary}"
                               for location, time_of_day, summary in earlier.rows][::-1]

    @staticmethod
    def statements(who: sql.Statement, scene_index: sql.Statement) -> list[sql.Statement]:
        """The reads, for the character the SQL `who` names, in the scene whose index `scene_index` gives."""
        (speaker, params), (before, index) = who, scene_index
        return [
            (f"SELECT {sql.columns(Character)} FROM characters_character WHERE id = {speaker}", params),
            memory.Stream.statement(who=who),
            ("SELECT other_id, kind, opinion FROM characters_relationship"
             f" WHERE character_id = {speaker} ORDER BY other_id", params),
            ("SELECT s.location, s.time_of_day, s.summary FROM stories_scene s"
             " JOIN stories_scene_present p ON p.scene_id = s.id"
             f" WHERE p.character_id = {speaker} AND s.\"index\" < {before} AND s.summary <> ''"
             ' ORDER BY s."index" DESC LIMIT 3', [*params, *index]),
        ]


def character_prompt(story: Story, scene: Scene, speaker: Character, present: list[Character],
                     recent: list[Turn], index: int, known: Knowledge | None = None) -> tuple[dict, dict]:
    """The prompt and context for one character: only what that character knows.

    Recent turns are those the character witnessed (it has a memory of them); earlier
    scenes come as summaries of the scenes it was in; secrets of others only once they were
    revealed to it. The volatile part is trimmed to a token budget so prompts stay flat.
    """
    others = {c.pk: c for c in present if c.pk != speaker.pk}
    known = known or Knowledge(speaker, others, scene)
    stream, rels, summaries = known.stream, known.relationships, known.earlier_scenes
    witnessed = stream.witnessed({t.pk for t in recent})
    recent = [t for t in recent if t.pk in witnessed]
    lines = transcript.recent_lines(recent, viewer=speaker)
    window_start = recent[0].index if recent else index
    query = " ".join(line["text"] for line in lines[-3:])
    goal = " ".join([speaker.primary_motivation, *speaker.secondary_goals])
    memories = stream.recall(query, index, exclude_from=window_start, goal=goal, embed=embedder(story))
    confided = stream.confided(4)  # the latest confidences; older ones live on as memories
    summaries, memories, lines = _fit_budget(summaries, memories, lines)
    sheet = speaker.sheet()
    bible = {k: v for k, v in transcript.story_bible(story).items() if k != "beats"}
    context = {
        "name": speaker.name, "sheet": sheet, "genre": story.genre, "tone": story.tone, "setting": story.setting,
        "scene": transcript.scene_dict(scene), "present": [c.name for c in others.values()], "recent": lines,
        "memories": memories, "turn_index": index, "tension": story.tension, "beat": transcript.current_beat(story),
        "unrevealed_secrets": speaker.unrevealed_secrets, "relationships": rels, "directive": scene.directive,
        "known_secrets": confided, "earlier_scenes": summaries,
    }
    prompt = {
        "story": bible, "sheet": sheet, "secrets": speaker.unrevealed_secrets, "revealed": speaker.revealed_secrets,
        "scene": scene, "present": [c.name for c in others.values()], "relationships": rels, "memories": memories,
        "recent": lines, "tension": story.tension, "directive": scene.directive, "confided": confided,
        "earlier_scenes": summaries,
    }
    return prompt, context


def _fit_budget(summaries: list[str], memories: list[str], lines: list[dict]):
    """Drop the oldest summaries, then the oldest memories, then the oldest lines (keeping four)."""
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


def reflect_if_due(story: Story, speaker: Character, index: int, stream: memory.Stream | None = None) -> list[str]:
    """When enough important memories have piled up, the character forms a few insights."""
    since = (stream or memory.Stream(speaker)).since_reflection()
    if sum(row.importance for row in since) < settings.MOVIESIM_REFLECT_THRESHOLD:
        return []
    lived = [row.content for row in sorted(since, key=lambda row: (-row.importance, -row.turn_index))[:12]]
    ctx = {"name": speaker.name, "motivation": speaker.primary_motivation, "memories": lived}
    out = ask(story, "reflection", Reflection, turn_index=index, context=ctx,
              prompt={"sheet": speaker.sheet(), "memories": lived})
    return [i.strip() for i in out.insights if i.strip()][:3]


def _check_and_retake(story, speaker, prompt, ctx, index, out):
    """The optional script editor: one retake with its note when a line is out of character."""
    if not settings.MOVIESIM_CONSISTENCY_CHECK:
        return out
    turn = {"dialogue": out.dialogue, "action": out.action}
    check = ask(story, "consistency", ConsistencyCheck, turn_index=index,
                context={**turn, "name": speaker.name, "speaking_style": speaker.speaking_style},
                prompt={**turn, "sheet": speaker.sheet()})
    if check.consistent:
        return out
    return ask(story, "character", CharacterTurn, turn_index=index, context={**ctx, "feedback": check.feedback},
               prompt={**prompt, "feedback": check.feedback}, prompt_role="character", variant="retake",
               on_text=LineStream(story.pk, speaker.cue), stream_field="dialogue")


def _character_turn(story, scene, speaker, present, recent, index, complete, known):
    insights = reflect_if_due(story, speaker, index, known.stream)
    prompt, ctx = character_prompt(story, scene, speaker, present, recent, index, known)
    if insights:
        prompt["memories"] = ctx["memories"] = [*prompt["memories"], *insights]
    out = ask(story, "character", CharacterTurn, turn_index=index, context=ctx, prompt=prompt, prompt_role="character",
              on_text=LineStream(story.pk, speaker.cue), stream_field="dialogue")
    out = _check_and_retake(story, speaker, prompt, ctx, index, out)
    others = {c.name: c for c in present if c.pk != speaker.pk}
    secret = out.secret_revealed.strip()
    if secret not in speaker.unrevealed_secrets:
        secret = ""  # only a character's own, still-hidden secret can be revealed
    told = [n for n in out.reveal_to if n in others or n.lower() == "everyone"] if secret else []
    if secret and not told:
        told = ["everyone"]

    def write(index: int) -> None:
        plan.rows.append(memory.memories_for_turn(turn, present) + [
            Memory(character=speaker, turn=turn, turn_index=index, kind=Memory.Kind.REFLECTION, content=text,
                   importance=0.85) for text in insights])
        if secret:
            plan.tail.append((None, reveal))
        for change in out.relationship_changes[:3]:  # sent with the memories: no round trip of their own
            if (other := others.get(change.other)) is not None:
                delta = change.delta * 0.5
                plan.tail.append((move_opinion_statement(speaker.pk, other.pk, delta),
                                  partial(opinion_moved, other, delta)))
        if complete:
            plan.tail.append((scene_complete_statement(scene), None))

    def reveal(_) -> None:  # once the line is written, in its transaction (rare: no need to batch it)
        speaker.refresh_from_db(fields=["revealed_secrets"])
        Character.objects.filter(pk=speaker.pk).update(revealed_secrets=[*speaker.revealed_secrets, secret])

    def opinion_moved(other: Character, delta: float, moved: sql.Result) -> None:
        if moved.rows:
            plan.opinions.append((speaker.pk, other.pk, moved.rows[0][0]))  # for the room's meter
        else:  # no relationship yet
            Relationship.objects.create(character=speaker, other=other, opinion=max(-1.0, min(1.0, delta)))
            plan.cards.add(speaker.pk)  # the card needs a new row

    turn = Turn(
        story=story, scene=scene, index=index, character=speaker,
        kind=Turn.Kind.DIALOGUE if out.dialogue.strip() else Turn.Kind.ACTION,
        content=out.dialogue.strip(), action=out.action.strip(), emotion=out.emotion.strip()[:60],
        emotion_intensity=out.emotion_intensity, thought=out.private_thought.strip(),
        revealed_secret=secret, revealed_to=told)
    tension = 0.8 * story.tension + 0.2 * out.emotion_intensity
    plan = _plan(index, write, {"tension": round(tension, 3),
                                "next_speaker_id": next_cue(scene, present, recent, turn, complete)})
    plan.line = turn
    return plan


def scene_complete_statement(scene: Scene) -> sql.Statement:
    return "UPDATE stories_scene SET complete = %s WHERE id = %s", [True, scene.pk]


def move_opinion_statement(character_id: int, other_id: int, delta: float) -> sql.Statement:
    """Move how one character sees another by `delta`, within [-1, 1]. It returns the new
    opinion, or no row when the two have no relationship yet."""
    return ("UPDATE characters_relationship SET opinion = CASE WHEN opinion + %s > 1 THEN 1.0"
            " WHEN opinion + %s < -1 THEN -1.0 ELSE opinion + %s END"
            " WHERE character_id = %s AND other_id = %s RETURNING opinion",
            [delta, delta, delta, character_id, other_id])


def regenerate(story: Story, turn: Turn):
    """A new take of a character or narrator turn, from what was known when it was first written."""
    from stories.models import TurnRevision

    scene = turn.scene
    present = list(scene.present.filter(active=True))
    recent = list(story.turns.filter(scene=scene, index__lt=turn.index).select_related("character", "scene")
                  .order_by("-index")[:RECENT_TURNS])[::-1]
    take = turn.revisions.filter(kind=TurnRevision.Kind.ALTERNATIVE).count() + 1
    if turn.character_id:
        prompt, ctx = character_prompt(story, scene, turn.character, present, recent, turn.index)
        out = ask(story, "character", CharacterTurn, turn_index=turn.index, context=ctx, prompt=prompt,
                  variant=f"take-{take}")
        new = {"content": out.dialogue.strip(), "action": out.action.strip(), "emotion": out.emotion.strip()[:60],
               "emotion_intensity": out.emotion_intensity, "thought": out.private_thought.strip(),
               "kind": Turn.Kind.DIALOGUE if out.dialogue.strip() else Turn.Kind.ACTION}
    else:
        ctx = {"genre": story.genre, "scene": transcript.scene_dict(scene), "present": [c.name for c in present],
               "recent": transcript.recent_lines(recent), "beat": transcript.current_beat(story),
               "turn_index": turn.index, "tension": story.tension}
        out = ask(story, "narrator", Narration, turn_index=turn.index, context=ctx, variant=f"take-{take}",
                  prompt={**ctx, "story": transcript.story_bible(story), "scene": scene})
        new = {"content": out.text.strip()}

    def write() -> None:
        TurnRevision.objects.create(turn=turn, kind=TurnRevision.Kind.ALTERNATIVE, content=turn.content,
                                    action=turn.action, emotion=turn.emotion, thought=turn.thought,
                                    character_name=turn.speaker)
        for field, value in new.items():
            setattr(turn, field, value)
        turn.save()
        rewrite_memories(turn)

    return write


regenerate.KINDS = (Turn.Kind.DIALOGUE, Turn.Kind.ACTION, Turn.Kind.NARRATION)


def rewrite_memories(turn: Turn) -> None:
    """Memories point at turns: an edited turn changes what characters remember from now on."""
    witnesses = list(turn.scene.present.all()) if turn.scene_id else []
    turn.memories.all().delete()
    Memory.objects.bulk_create(memory.memories_for_turn(turn, witnesses))
