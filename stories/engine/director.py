"""The Director: casting from the seed, next scenes, interventions, and the ending."""

from django.conf import settings

from characters.models import Character, Memory, Relationship
from stories import broadcast
from stories.engine import memory, transcript
from stories.engine.calls import ask
from stories.engine.scene_play import next_cue, obvious_speaker
from stories.engine.schemas import (
    CharacterSheet,
    Intervention,
    Narrative,
    NextScene,
    SceneSpec,
    SceneSummary,
    StorySetup,
)
from stories.models import Scene, Story, Suggestion, Turn


def _plan(*args, **kwargs):
    from stories.engine.step import Plan

    return Plan(*args, **kwargs)


def cast_story(story: Story):
    setup = ask(story, "director_setup", StorySetup, prompt={"seed": story.seed},
                context={"seed_text": story.seed}, turn_index=0)
    sheets = _unique_sheets(setup.characters)
    names = [s.name for s in sheets]
    present = [n for n in setup.opening_scene.present if n in names] or names

    def write(index: int) -> None:
        if story.characters.exists():  # a duplicated setup step: someone already cast this story
            from django.db import IntegrityError

            raise IntegrityError("story already cast")
        characters = create_characters(story, sheets)
        scene = _create_scene(story, 0, setup.opening_scene, [characters[n] for n in present], first_turn=0)
        turn = Turn.objects.create(story=story, scene=scene, index=index, kind=Turn.Kind.SCENE,
                                   content=setup.opening_scene.description)
        Memory.objects.bulk_create(memory.memories_for_turn(turn, list(scene.present.all())))

    changes = {
        "title": setup.title[:200], "logline": setup.logline, "genre": setup.genre[:80],
        "setting": setup.setting, "themes": setup.themes, "tone": setup.tone[:200],
        "beats": [b.model_dump() for b in setup.beats], "beat_index": 0,
        "status": Story.Status.RUNNING, "status_message": "",
    }
    return _plan(0, write, changes)


def _unique_sheets(sheets: list[CharacterSheet]) -> list[CharacterSheet]:
    seen: set[str] = set()
    out = []
    for sheet in sheets:
        name = sheet.name.strip()[:80]
        while name.lower() in seen:
            name = f"{name} II"[:80]
        seen.add(name.lower())
        out.append(sheet.model_copy(update={"name": name}))
    return out


def create_characters(story: Story, sheets: list[CharacterSheet]) -> dict[str, Character]:
    existing = {c.name: c for c in story.characters.all()}
    created = {}
    for sheet in sheets:
        if sheet.name in existing:
            continue
        created[sheet.name] = Character.objects.create(
            story=story, name=sheet.name, role=sheet.role[:120], background=sheet.background,
            personality_traits=sheet.personality_traits, secrets=sheet.secrets,
            primary_motivation=sheet.primary_motivation, secondary_goals=sheet.secondary_goals,
            fears=sheet.fears, speaking_style=sheet.speaking_style, talkativeness=sheet.talkativeness,
        )
    everyone = {**existing, **created}
    rels = []
    for sheet in sheets:
        if sheet.name not in created:
            continue
        for rel in sheet.relationships:
            if rel.other in everyone and rel.other != sheet.name:
                rels.append(Relationship(character=created[sheet.name], other=everyone[rel.other],
                                         kind=rel.kind[:80], description=rel.description, opinion=rel.opinion))
    Relationship.objects.bulk_create(rels, ignore_conflicts=True)
    return everyone


def _create_scene(story: Story, index: int, spec: SceneSpec, present: list[Character], first_turn: int,
                  plot_options: list[str] | None = None, directive: str = "") -> Scene:
    scene = Scene.objects.create(
        story=story, index=index, location=spec.location[:200], time_of_day=spec.time_of_day[:80],
        mood=spec.mood[:200], description=spec.description, objectives=spec.objectives,
        plot_options=plot_options or [], directive=directive, first_turn=first_turn,
    )
    scene.present.set(present)
    return scene


def next_scene(story: Story, previous: Scene, index: int):
    cast = list(story.characters.filter(active=True))
    names = [c.name for c in cast]
    prev_turns = list(previous.turns.select_related("character", "scene").order_by("index"))
    summary = previous.summary
    if not summary and prev_turns:
        lines = transcript.recent_lines(prev_turns[-12:], viewer=transcript.PUBLIC)
        summary = ask(story, "scene_summary", SceneSummary, turn_index=index,
                      prompt={"scene": transcript.scene_dict(previous), "turns": lines},
                      context={"name": "", "scene": transcript.scene_dict(previous), "turns": lines}).summary
    # Beats are spread over the whole length the owner asked for: a 300-turn story plays
    # each beat longer rather than running out of story at turn 60.
    turns_left = story.max_turns - index
    paced = int(len(story.beats) * index / max(story.max_turns, 1))
    beat_index = min(max(story.beat_index, paced), max(len(story.beats) - 1, 0))
    next_beat = story.beats[beat_index] if story.beats else None
    near_end = turns_left <= max(10, story.max_turns // 10)
    ctx = {
        "genre": story.genre, "setting": story.setting, "cast": names, "beats": story.beats,
        "next_beat_index": beat_index, "previous_scene": transcript.scene_dict(previous),
        "scene_index": previous.index + 1, "directive": story.directive, "turns_left": turns_left,
    }
    plan = ask(story, "director_next_scene", NextScene, turn_index=index, context=ctx, prompt={
        "story": transcript.story_bible(story), "cast": names, "previous_scene": transcript.scene_dict(previous),
        "previous_summary": summary, "next_beat": next_beat, "turns_left": turns_left,
        "directive": story.directive,
    })
    if plan.story_complete and near_end:
        return finish(story, index, previous_summary=summary, previous=previous)
    by_name = {c.name: c for c in cast}
    present = [by_name[n] for n in plan.scene.present if n in by_name] or cast[:3]

    def write(index: int) -> None:
        if summary and not previous.summary:
            Scene.objects.filter(pk=previous.pk).update(summary=summary)
        scene = _create_scene(story, previous.index + 1, plan.scene, present, first_turn=index,
                              plot_options=plan.plot_options[:4], directive=story.directive)
        turn = Turn.objects.create(story=story, scene=scene, index=index, kind=Turn.Kind.SCENE,
                                   content=plan.scene.description)
        Memory.objects.bulk_create(memory.memories_for_turn(turn, present))
        decided.turns = [turn]

    first = obvious_speaker(Scene(), sorted(present, key=lambda c: c.pk), [])  # who opens the scene
    decided = _plan(index, write, {"beat_index": beat_index, "directive": "",
                                   "next_speaker_id": first.pk if first else None})
    return decided


def intervene(story: Story, scene: Scene, index: int, suggestion: Suggestion | None = None):
    """A dramatic event: the Observer's call, or an audience suggestion the owner accepted."""
    present = list(scene.present.filter(active=True))
    recent = list(story.turns.select_related("character", "scene").order_by("-index")[:8])[::-1]
    cast = list(story.characters.filter(active=True).values_list("name", flat=True))
    if suggestion is not None:
        reason = "The audience suggested a twist and the showrunner accepted it."
    else:
        reason = story.pending_intervention or "The story needs a turn."
    ctx = {
        "genre": story.genre, "scene": transcript.scene_dict(scene), "present": [c.name for c in present],
        "cast": cast, "reason": reason, "beat": transcript.current_beat(story),
        "suggestion": suggestion.text if suggestion else "",
    }
    out = ask(story, "director_intervention", Intervention, turn_index=index, context=ctx, prompt={
        **ctx, "story": transcript.story_bible(story), "scene": scene, "recent": transcript.recent_lines(recent),
    })

    def write(index: int) -> None:
        witnesses = list(present)
        if out.kind == "add_character" and out.new_character is not None:
            sheet = _unique_sheets([out.new_character])[0]
            if sheet.name not in cast:
                newcomer = create_characters(story, [sheet])[sheet.name]
                scene.present.add(newcomer)
                witnesses.append(newcomer)
                plan.panels.add("cast")  # the room meets the newcomer now, not at the next scene
        if out.kind == "scene_transition":
            Scene.objects.filter(pk=scene.pk).update(complete=True)
        turn = Turn.objects.create(story=story, scene=scene, index=index, kind=Turn.Kind.INTERVENTION,
                                   content=out.event, suggestion=suggestion)
        Memory.objects.bulk_create(memory.memories_for_turn(turn, witnesses))
        if suggestion is not None:
            Suggestion.objects.filter(pk=suggestion.pk).update(status=Suggestion.Status.USED)
        plan.turns = [turn]

    changes = {"tension": max(story.tension, out.tension_target)}
    if out.kind != "add_character":  # a newcomer would change who is present
        event = Turn(story=story, scene=scene, index=index, kind=Turn.Kind.INTERVENTION, content=out.event)
        changes["next_speaker_id"] = next_cue(scene, present, [t for t in recent if t.scene_id == scene.pk], event,
                                              complete=out.kind == "scene_transition")
    if suggestion is None:
        changes["pending_intervention"] = ""
    after = (lambda: broadcast.suggestions_changed(story.pk)) if suggestion else None
    plan = _plan(index, write, changes, after=after)
    return plan


def finish(story: Story, index: int, previous_summary: str = "", previous: Scene | None = None):
    # The Director's token budget is shared out over the scenes: each gets its summary and as
    # many of its closing lines as fit, so a 300-turn story compiles from a bounded prompt.
    all_scenes = list(story.scenes.order_by("index"))
    per_scene = settings.MOVIESIM_PROMPT_BUDGET_DIRECTOR * 4 // max(len(all_scenes), 1)
    scenes = []
    for scene in all_scenes:
        turns = list(scene.turns.select_related("character", "scene").order_by("-index")[:24])
        room = per_scene - len(scene.summary)
        kept = []
        for line in transcript.recent_lines(turns):
            room -= len(line["line"])
            if room < 0 and kept:
                break
            kept.append(line)
        scenes.append({"heading": scene.heading, "summary": scene.summary, "turns": kept[::-1]})
    ctx = {"title": story.title, "logline": story.logline, "genre": story.genre, "scenes": scenes}
    out = ask(story, "narrative", Narrative, turn_index=index, context=ctx,
              prompt={"story": transcript.story_bible(story), "scenes": scenes})
    last_scene = previous or story.scenes.order_by("-index").first()

    def write(index: int) -> None:
        if previous is not None and previous_summary and not previous.summary:
            Scene.objects.filter(pk=previous.pk).update(summary=previous_summary)
        Turn.objects.create(story=story, scene=last_scene, index=index, kind=Turn.Kind.ENDING, content="FADE OUT.")

    return _plan(index, write, {"narrative": out.prose}, finished=True)
