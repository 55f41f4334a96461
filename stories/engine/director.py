"""The Director: casting from the seed, the next scene, interventions, and the ending."""

from django.conf import settings
from django.db import IntegrityError
from django.db.models import Prefetch

from characters.models import Character, Memory, Relationship
from moviesim.llm.schemas import CharacterSheet, Intervention, Narrative, NextScene, SceneSpec, SceneSummary, StorySetup
from stories.engine import memory, transcript
from stories.engine.calls import ask
from stories.engine.plan import Plan
from stories.engine.stage import Stage
from stories.models import Scene, Story, Suggestion, Turn

# --- Casting ------------------------------------------------------------------------------------

class Casting(Plan):
    def __init__(self, story: Story, setup: StorySetup):
        super().__init__(0, {
            "title": setup.title[:200], "logline": setup.logline, "genre": setup.genre[:80],
            "setting": setup.setting, "themes": setup.themes, "tone": setup.tone[:200],
            "beats": [b.model_dump() for b in setup.beats], "beat_index": 0,
            "status": Story.Status.RUNNING, "status_message": "",
        })
        self.story = story
        self.sheets = unique_sheets(setup.characters)
        names = [s.name for s in self.sheets]
        self.opening = setup.opening_scene
        self.present = [n for n in self.opening.present if n in names] or names

    def write(self, index: int) -> list[Turn]:
        if self.story.characters.exists():  # a duplicated setup step: someone already cast this story
            raise IntegrityError("story already cast")
        characters = create_characters(self.story, self.sheets)
        scene = create_scene(self.story, 0, self.opening, [characters[n] for n in self.present], first_turn=index)
        return [scene_turn(scene, index)]


def cast(story: Story) -> Casting:
    setup = ask(story, "director_setup", StorySetup, prompt={"seed": story.seed},
                context={"seed_text": story.seed}, turn_index=0)
    return Casting(story, setup)


def unique_sheets(sheets: list[CharacterSheet]) -> list[CharacterSheet]:
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
    """The cast's new members and their relationships; returns everyone in the story by name."""
    everyone = {c.name: c for c in story.characters.all()}
    created = {}
    for sheet in sheets:
        if sheet.name in everyone:
            continue
        created[sheet.name] = everyone[sheet.name] = Character.objects.create(
            story=story, name=sheet.name, role=sheet.role[:120], background=sheet.background,
            personality_traits=sheet.personality_traits, secrets=sheet.secrets,
            primary_motivation=sheet.primary_motivation, secondary_goals=sheet.secondary_goals,
            fears=sheet.fears, speaking_style=sheet.speaking_style, talkativeness=sheet.talkativeness,
        )
    Relationship.objects.bulk_create([
        Relationship(character=created[sheet.name], other=everyone[rel.other], kind=rel.kind[:80],
                     description=rel.description, opinion=rel.opinion)
        for sheet in sheets if sheet.name in created
        for rel in sheet.relationships if rel.other in everyone and rel.other != sheet.name
    ], ignore_conflicts=True)
    return everyone


def create_scene(story: Story, index: int, spec: SceneSpec, present: list[Character], first_turn: int,
                 plot_options: list[str] | None = None, directive: str = "") -> Scene:
    scene = Scene.objects.create(
        story=story, index=index, location=spec.location[:200], time_of_day=spec.time_of_day[:80],
        mood=spec.mood[:200], description=spec.description, objectives=spec.objectives,
        plot_options=plot_options or [], directive=directive, first_turn=first_turn,
    )
    scene.present.set(present)
    return scene


def scene_turn(scene: Scene, index: int) -> Turn:
    """A scene's heading and its scene-setting in the transcript, remembered by everyone present."""
    turn = Turn.objects.create(story=scene.story, scene=scene, index=index, kind=Turn.Kind.SCENE,
                               content=scene.description)
    Memory.objects.bulk_create(memory.memories_for_turn(turn, list(scene.present.all())))
    return turn


# --- The next scene -----------------------------------------------------------------------------

class NewScene(Plan):
    def __init__(self, stage: Stage, spec: SceneSpec, present: list[Character], summary: str,
                 plot_options: list[str], beat_index: int):
        super().__init__(stage.next_index, {"beat_index": beat_index, "directive": ""})
        self.story, self.previous = stage.story, stage.scene
        self.spec, self.present, self.summary, self.plot_options = spec, present, summary, plot_options

    def write(self, index: int) -> list[Turn]:
        save_summary(self.previous, self.summary)
        scene = create_scene(self.story, self.previous.index + 1, self.spec, self.present, first_turn=index,
                             plot_options=self.plot_options, directive=self.story.directive)
        return [scene_turn(scene, index)]


def save_summary(scene: Scene, summary: str) -> None:
    if summary and not scene.summary:
        Scene.objects.filter(pk=scene.pk).update(summary=summary)


def summarise(story: Story, scene: Scene, index: int) -> str:
    """The scene's summary for later prompts (everyone may read it: whispers stay whispers)."""
    if scene.summary:
        return scene.summary
    turns = scene.turns.for_display().recent(12)
    if not turns:
        return ""
    lines = transcript.recent_lines(turns, viewer=transcript.PUBLIC)
    return ask(story, "scene_summary", SceneSummary, turn_index=index,
               prompt={"scene": transcript.scene_dict(scene), "turns": lines},
               context={"name": "", "scene": transcript.scene_dict(scene), "turns": lines}).summary


def next_scene(stage: Stage) -> Plan:
    story, previous, index = stage.story, stage.scene, stage.next_index
    cast = [c for c in stage.cast if c.active]
    names = [c.name for c in cast]
    summary = summarise(story, previous, index)
    # Beats are spread over the whole length the owner asked for: a 300-turn story plays
    # each beat longer rather than running out of story at turn 60.
    paced = int(len(story.beats) * index / max(story.max_turns, 1))
    beat_index = min(max(story.beat_index, paced), max(len(story.beats) - 1, 0))
    next_beat = story.beats[beat_index] if story.beats else None
    near_end = stage.turns_left <= max(10, story.max_turns // 10)
    ctx = {
        "genre": story.genre, "setting": story.setting, "cast": names, "beats": story.beats,
        "next_beat_index": beat_index, "previous_scene": transcript.scene_dict(previous),
        "scene_index": previous.index + 1, "directive": story.directive, "turns_left": stage.turns_left,
    }
    out = ask(story, "director_next_scene", NextScene, turn_index=index, context=ctx, prompt={
        "story": transcript.story_bible(story), "cast": names, "previous_scene": transcript.scene_dict(previous),
        "previous_summary": summary, "next_beat": next_beat, "turns_left": stage.turns_left,
        "directive": story.directive,
    })
    if out.story_complete and near_end:
        return finish(stage, summary=summary)
    by_name = {c.name: c for c in cast}
    present = [by_name[n] for n in out.scene.present if n in by_name] or cast[:3]
    return NewScene(stage, out.scene, present, summary, out.plot_options[:4], beat_index)


# --- Interventions ------------------------------------------------------------------------------

class Event(Plan):
    """A Director intervention: a dramatic event, a newcomer, or the scene cut short."""

    def __init__(self, stage: Stage, out: Intervention, suggestion: Suggestion | None, changes: dict):
        super().__init__(stage.next_index, changes, panels={"suggestions"} if suggestion else ())
        self.story, self.scene, self.present = stage.story, stage.scene, stage.present
        self.out, self.suggestion = out, suggestion
        self.cast = {c.name for c in stage.cast}

    def write(self, index: int) -> list[Turn]:
        out, witnesses = self.out, list(self.present)
        if out.kind == "add_character" and out.new_character is not None:
            sheet = unique_sheets([out.new_character])[0]
            if sheet.name not in self.cast:
                newcomer = create_characters(self.story, [sheet])[sheet.name]
                self.scene.present.add(newcomer)
                witnesses.append(newcomer)
                self.panels.add("cast")  # the room meets the newcomer now, not at the next scene
        if out.kind == "scene_transition":
            Scene.objects.filter(pk=self.scene.pk).update(complete=True)
        turn = Turn.objects.create(story=self.story, scene=self.scene, index=index, kind=Turn.Kind.INTERVENTION,
                                   content=out.event, suggestion=self.suggestion)
        Memory.objects.bulk_create(memory.memories_for_turn(turn, witnesses))
        if self.suggestion is not None:
            Suggestion.objects.filter(pk=self.suggestion.pk).update(status=Suggestion.Status.USED)
        return [turn]


def intervene(stage: Stage) -> Event:
    """A dramatic event: an audience suggestion the owner accepted, or the Observer's call."""
    story, scene, suggestion = stage.story, stage.scene, stage.accepted
    recent = story.turns.for_display().recent(8)
    if suggestion is not None:
        reason = "The audience suggested a twist and the showrunner accepted it."
    else:
        reason = story.pending_intervention or "The story needs a turn."
    ctx = {
        "genre": story.genre, "scene": transcript.scene_dict(scene), "present": [c.name for c in stage.present],
        "cast": [c.name for c in stage.cast if c.active], "reason": reason, "beat": transcript.current_beat(story),
        "suggestion": suggestion.text if suggestion else "",
    }
    out = ask(story, "director_intervention", Intervention, turn_index=stage.next_index, context=ctx, prompt={
        **ctx, "story": transcript.story_bible(story), "scene": scene, "recent": transcript.recent_lines(recent),
    })
    changes = {"tension": max(story.tension, out.tension_target)}
    if suggestion is None:
        changes["pending_intervention"] = ""
    return Event(stage, out, suggestion, changes)


# --- The ending ---------------------------------------------------------------------------------

class Ending(Plan):
    def __init__(self, stage: Stage, prose: str, summary: str = ""):
        super().__init__(stage.next_index, {"narrative": prose}, finished=True)
        self.story, self.scene, self.summary = stage.story, stage.scene, summary

    def write(self, index: int) -> list[Turn]:
        if self.scene is not None:
            save_summary(self.scene, self.summary)
        return [Turn.objects.create(story=self.story, scene=self.scene, index=index, kind=Turn.Kind.ENDING,
                                    content="FADE OUT.")]


def finish(stage: Stage, summary: str = "") -> Ending:
    """The story compiled into prose. The Director's token budget is shared out over the scenes:
    each gets its summary and as many of its closing lines as fit, so a 300-turn story compiles
    from a bounded prompt."""
    story = stage.story
    closing = Prefetch("turns", Turn.objects.for_display().order_by("-index")[:24], to_attr="closing")
    all_scenes = list(story.scenes.order_by("index").prefetch_related(closing))
    per_scene = settings.MOVIESIM_PROMPT_BUDGET_DIRECTOR * 4 // max(len(all_scenes), 1)
    scenes = []
    for scene in all_scenes:
        room, kept = per_scene - len(scene.summary), []
        for line in transcript.recent_lines(scene.closing):
            room -= len(line["line"])
            if room < 0 and kept:
                break
            kept.append(line)
        scenes.append({"heading": scene.heading, "summary": scene.summary, "turns": kept[::-1]})
    ctx = {"title": story.title, "logline": story.logline, "genre": story.genre, "scenes": scenes}
    out = ask(story, "narrative", Narrative, turn_index=stage.next_index, context=ctx,
              prompt={"story": transcript.story_bible(story), "scenes": scenes})
    return Ending(stage, out.prose, summary)
