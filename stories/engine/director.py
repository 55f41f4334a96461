"""The Director: casting and the outline, each scene as it comes, interventions, the ending.

After casting, the Director plans the story to its ending (the outline: the question, the
truth behind it, a scene for every six to eight turns, the last one the climax). Each next
scene is the outline's next unplayed one, staged with what the audience chose; an
intervention never comes twice in a scene and never repeats an event the story has used.
"""

from django.conf import settings
from django.db import IntegrityError
from django.db.models import Prefetch

from characters.models import Character, Memory, Relationship
from moviesim.llm.repair import match_name
from moviesim.llm.schemas import (
    CharacterSheet,
    Narrative,
    OutlineScene,
    Resolution,
    SceneSpec,
    SceneSummary,
    StoryOutline,
    StoryPremise,
    character_sheet_for,
    intervention_for,
    outline_for,
    scene_for,
)
from stories.engine import decide, memory, transcript
from stories.engine.calls import ask
from stories.engine.plan import Plan
from stories.engine.stage import Reveal, Stage
from stories.models import PlannedScene, Scene, Story, Suggestion, Turn

# --- Casting and the outline --------------------------------------------------------------------


OUTLINE_PART = 5  # scenes planned per call: a longer outline comes in parts, each a reply a small model can write


class Casting(Plan):
    """The cast, the outline, and the opening scene (the outline's first), written together."""

    def __init__(self, story: Story, premise: StoryPremise, sheets: list[CharacterSheet], outline: StoryOutline,
                 opening: SceneSpec, budget: int):
        super().__init__(0, {
            "title": premise.title[:200], "logline": premise.logline, "genre": premise.genre[:80],
            "setting": premise.setting, "themes": premise.themes, "tone": premise.tone[:200],
            "question": outline.question, "truth": outline.truth,
            "status": Story.Status.RUNNING, "status_message": "",
        })
        self.story, self.sheets, self.outline, self.opening, self.budget = story, sheets, outline, opening, budget

    def write(self, index: int) -> list[Turn]:
        if self.story.characters.exists():  # a duplicated setup step: someone already cast this story
            raise IntegrityError("story already cast")
        characters = create_characters(self.story, self.sheets, joined_at=index)
        planned = write_outline(self.story, self.outline.scenes, characters)
        scene = create_scene(self.story, 0, self.opening, characters, first_turn=index, budget=self.budget,
                             plan=planned[0])
        return [scene_turn(scene, index)]


def cast(story: Story) -> Casting:
    """Casting, in calls a small model can answer: the premise and who is in it, each person's
    sheet, the outline (in parts when it is long), then the opening scene."""
    premise = ask(story, "director_setup", StoryPremise, prompt={"seed": story.seed},
                  context={"seed_text": story.seed}, turn_index=0)
    members = unique_sheets(premise.cast)
    names = [m.name for m in members]
    bible = {"title": premise.title, "logline": premise.logline, "genre": premise.genre, "setting": premise.setting,
             "tone": premise.tone, "seed": story.seed}
    people = [m.model_dump() for m in members]
    sheets = []
    for member in members:
        others = [n for n in names if n != member.name]
        ctx = {"seed_text": story.seed, "story": bible, "cast": people, "name": member.name, "role": member.role,
               "want": member.want}
        details = ask(story, "director_character", character_sheet_for(others), turn_index=0, context=ctx,
                      prompt=ctx)
        sheets.append(CharacterSheet(name=member.name, **details.model_dump()))
    size = decide.outline_size(story.max_turns)
    cast_sheets = [s.model_dump(exclude={"relationships"}) for s in sheets]
    outline = plan_outline(story, bible, cast_sheets, names, size)
    first = outline.scenes[0]
    budget = decide.scene_budget(len(outline.scenes), story.max_turns, bool(story.vote_seconds))
    opening = stage_scene(story, first, names, turn_index=0, bible=bible, cast_sheets=cast_sheets,
                          previous=None, directive="", scene_index=0, budget=budget,
                          climax=len(outline.scenes) == 1)
    return Casting(story, premise, sheets, outline, opening, budget)


def plan_outline(story: Story, bible: dict, cast_sheets: list[dict], names: list[str], size: int) -> StoryOutline:
    """The outline of `size` scenes: the question, the truth and the first scenes in one reply,
    the rest `OUTLINE_PART` scenes a reply, each part seeing the scenes planned before it."""
    ctx = {"seed_text": story.seed, "story": bible, "cast": cast_sheets, "scenes": size,
           "max_turns": story.max_turns, "first": 1, "count": min(size, OUTLINE_PART), "planned": []}
    outline = ask(story, "director_outline", outline_for(names, ctx["count"]), turn_index=0, context=ctx, prompt=ctx)
    scenes = list(outline.scenes)
    while len(scenes) < size and len(scenes) == ctx["first"] - 1 + ctx["count"]:
        ctx = {**ctx, "question": outline.question, "truth": outline.truth, "first": len(scenes) + 1,
               "count": min(size - len(scenes), OUTLINE_PART), "planned": [s.model_dump() for s in scenes]}
        part = ask(story, "director_outline", outline_for(names, ctx["count"], part=True), turn_index=0,
                   context=ctx, prompt=ctx, variant=f"part-{ctx['first']}")
        scenes += part.scenes
    return outline.model_copy(update={"scenes": scenes})


def unique_sheets(sheets: list) -> list:
    """The sheets (or cast members) with unique names: a repeated name gets a "II"."""
    seen: set[str] = set()
    out = []
    for sheet in sheets:
        name = sheet.name.strip()[:80]
        while name.lower() in seen:
            name = f"{name} II"[:80]
        seen.add(name.lower())
        out.append(sheet.model_copy(update={"name": name}))
    return out


def create_characters(story: Story, sheets: list[CharacterSheet], joined_at: int) -> dict[str, Character]:
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
            joined_at=joined_at,
        )
    names = list(everyone)
    links = []
    for sheet in sheets:
        if sheet.name not in created:
            continue
        for rel in sheet.relationships:  # "Dr. Quinn" or "quinn" is Mara Quinn; a stranger's name is dropped
            other = rel.other if rel.other in everyone else match_name(rel.other, names)
            if other is not None and other != sheet.name:
                links.append(Relationship(character=created[sheet.name], other=everyone[other], kind=rel.kind[:80],
                                          description=rel.description, opinion=rel.opinion))
    Relationship.objects.bulk_create(links, ignore_conflicts=True)
    return everyone


def write_outline(story: Story, scenes: list[OutlineScene], characters: dict[str, Character]) -> list[PlannedScene]:
    planned = []
    for i, spec in enumerate(scenes):
        holder = characters.get(spec.secret_holder)
        secret_index = spec.secret_index if holder and 0 < spec.secret_index <= len(holder.secrets) else 0
        plan = PlannedScene.objects.create(
            story=story, index=i, beat=spec.beat[:200], place=spec.place[:200], time_of_day=spec.time_of_day[:80],
            must_change=spec.must_change, secret_holder=holder if secret_index else None, secret_index=secret_index,
            climax=i == len(scenes) - 1)
        present = [characters[n] for n in spec.present if n in characters]
        if plan.secret_holder and plan.secret_holder not in present:
            present.append(plan.secret_holder)  # whose secret surfaces is there when it does
        plan.present.set(present or list(characters.values()))
        planned.append(plan)
    return planned


def create_scene(story: Story, index: int, spec: SceneSpec, cast: dict[str, Character], first_turn: int,
                 budget: int, plan: PlannedScene, directive: str = "") -> Scene:
    present = [cast[n] for n in spec.present if n in cast] or list(plan.present.all())
    scene = Scene.objects.create(
        story=story, index=index, location=spec.location[:200], time_of_day=spec.time_of_day[:80],
        mood=spec.mood[:200], description=spec.description, directive=directive, first_turn=first_turn,
        budget=budget, objectives=[o.model_dump() for o in spec.objectives if o.character in cast],
    )
    if plan.secret_holder_id and all(c.pk != plan.secret_holder_id for c in present):
        present.append(plan.secret_holder)
    scene.present.set(present)
    plan.scene = scene
    plan.save(update_fields=["scene"])
    return scene


def scene_turn(scene: Scene, index: int) -> Turn:
    """A scene's heading and its scene-setting in the transcript, remembered by everyone present."""
    turn = Turn.objects.create(story=scene.story, scene=scene, index=index, kind=Turn.Kind.SCENE,
                               content=scene.description)
    Memory.objects.bulk_create(memory.memories_for_turn(turn, list(scene.present.all())))
    return turn


def who_knows(reveals: list[Reveal]) -> list[str]:
    """The secrets ledger as the Director and the Observer read it."""
    return [f"{r.holder}'s secret #{r.index} ({r.secret}): told {'everyone' if r.public else ', '.join(r.to)}"
            f" at turn {r.turn}" for r in reveals]


def stage_scene(story: Story, planned: OutlineScene | PlannedScene, cast: list[str], *, turn_index: int, bible: dict,
                cast_sheets: list[dict], previous: dict | None, directive: str, scene_index: int, budget: int,
                climax: bool, earlier: list[str] = (), known: list[str] = ()) -> SceneSpec:
    """The Director stages a planned scene: the place made concrete, who is there, and what each
    of them wants from someone present."""
    if isinstance(planned, PlannedScene):
        plan = {"beat": planned.beat, "place": planned.place, "time_of_day": planned.time_of_day,
                "present": [c.name for c in planned.present.all()], "must_change": planned.must_change,
                "secret_holder": planned.secret_holder.name if planned.secret_holder_id else "",
                "secret": planned.secret}
    else:
        plan = {**planned.model_dump(), "secret": ""}
    ctx = {"seed_text": story.seed, "story": bible, "cast": cast_sheets, "plan": plan, "previous": previous,
           "directive": directive, "scene_index": scene_index, "budget": budget, "climax": climax,
           "question": story.question, "earlier_scenes": list(earlier), "who_knows": list(known)}
    return ask(story, "director_next_scene", scene_for(cast), turn_index=turn_index, context=ctx, prompt=ctx).scene


# --- The next scene -----------------------------------------------------------------------------


class NewScene(Plan):
    def __init__(self, stage: Stage, planned: PlannedScene, spec: SceneSpec, summary: str, budget: int,
                 skipped: list[PlannedScene]):
        super().__init__(stage.next_index, {"directive": "", "pending_intervention": ""})
        self.story, self.previous, self.cast = stage.story, stage.scene, {c.name: c for c in stage.cast if c.active}
        self.planned, self.spec, self.summary, self.budget, self.skipped = planned, spec, summary, budget, skipped

    def write(self, index: int) -> list[Turn]:
        save_summary(self.previous, self.summary, complete=True)
        PlannedScene.objects.filter(pk__in=[p.pk for p in self.skipped]).update(skipped=True)
        scene = create_scene(self.story, self.previous.index + 1, self.spec, self.cast, first_turn=index,
                             budget=self.budget, plan=self.planned, directive=self.story.directive)
        return [scene_turn(scene, index)]


def save_summary(scene: Scene, summary: str, complete: bool = False) -> None:
    changes = {"summary": summary} if summary and not scene.summary else {}
    if complete and not scene.complete:
        changes["complete"] = True
    if changes:
        Scene.objects.filter(pk=scene.pk).update(**changes)


def summarise(story: Story, scene: Scene, index: int) -> str:
    """The scene's summary for later prompts (everyone may read it: whispers stay whispers)."""
    if scene.summary:
        return scene.summary
    turns = scene.turns.for_display().recent(12)
    if not turns:
        return ""
    lines = transcript.recent_lines(turns, viewer=transcript.PUBLIC)
    ctx = {"name": "", "scene": transcript.scene_dict(scene), "turns": lines}
    return ask(story, "scene_summary", SceneSummary, turn_index=index, prompt=ctx, context=ctx).summary


def next_scene(stage: Stage) -> Plan:
    story, previous, index = stage.story, stage.scene, stage.next_index
    chosen = decide.next_planned(stage.to_come, stage.turns_left, bool(story.vote_seconds))
    if chosen is None:
        return finish(stage)
    summary = summarise(story, previous, index)
    cast = [c for c in stage.cast if c.active]
    earlier = [f"{s.heading}: {s.description}" for s in story.scenes.order_by("-index")[:6]][::-1]
    spec = stage_scene(story, chosen.scene, [c.name for c in cast], turn_index=index,
                       bible=transcript.story_bible(story), cast_sheets=[_sheet(c) for c in cast],
                       previous={**transcript.scene_dict(previous), "summary": summary},
                       directive=story.directive, scene_index=previous.index + 1, budget=chosen.budget,
                       climax=chosen.scene.climax, earlier=earlier, known=who_knows(stage.reveals))
    return NewScene(stage, chosen.scene, spec, summary, chosen.budget, chosen.skipped)


def _sheet(character: Character) -> dict:
    return {**character.sheet(), "revealed_secrets": character.revealed_secrets}


# --- Interventions ------------------------------------------------------------------------------

class Event(Plan):
    """A Director intervention: a dramatic event, a newcomer, someone leaving, or the scene cut short."""

    def __init__(self, stage: Stage, out, suggestion: Suggestion | None, changes: dict):
        super().__init__(stage.next_index, changes, panels={"suggestions"} if suggestion else ())
        self.story, self.scene, self.present = stage.story, stage.scene, stage.present
        self.out, self.suggestion = out, suggestion
        self.cast = {c.name for c in stage.cast}

    def write(self, index: int) -> list[Turn]:
        out, witnesses = self.out, list(self.present)
        if out.kind == "add_character" and out.new_character is not None:
            sheet = unique_sheets([out.new_character])[0]
            if sheet.name not in self.cast:
                newcomer = create_characters(self.story, [sheet], joined_at=index)[sheet.name]
                self.scene.present.add(newcomer)
                witnesses.append(newcomer)
                self.panels.add("cast")  # the room meets the newcomer now, not at the next scene
        leaving = [c for c in self.present if c.name in out.leaves]
        if leaving:
            self.scene.present.remove(*leaving)
            self.panels.add("cast")
        if out.kind == "scene_transition":
            Scene.objects.filter(pk=self.scene.pk).update(complete=True)
        turn = Turn.objects.create(story=self.story, scene=self.scene, index=index, kind=Turn.Kind.INTERVENTION,
                                   content=out.event, suggestion=self.suggestion, leaves=[c.name for c in leaving])
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
        reason = story.pending_intervention or "The scene needs a turn."
    plan = stage.plan
    present = [c.name for c in stage.present]
    ctx = {
        "seed_text": story.seed, "genre": story.genre, "scene": transcript.scene_dict(scene), "present": present,
        "cast": [c.name for c in stage.cast if c.active], "reason": reason,
        "suggestion": suggestion.text if suggestion else "", "used_events": stage.used_events,
        "must_change": plan.must_change if plan else "", "who_knows": who_knows(stage.reveals),
        "recent": transcript.recent_lines(recent), "turn_index": stage.next_index,
        "lines_left": decide.lines_left(stage),
    }
    out = ask(story, "director_intervention", intervention_for(present), turn_index=stage.next_index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story)})
    changes = {"tension": max(story.tension, out.tension_target)}
    if suggestion is None:
        changes["pending_intervention"] = ""
    return Event(stage, out, suggestion, changes)


# --- The climax's answer, when the scene has no room left for it ----------------------------------

class Answer(Plan):
    def __init__(self, stage: Stage, text: str):
        super().__init__(stage.next_index, {"tension": max(stage.story.tension, 0.8)})
        self.story, self.scene, self.present, self.text = stage.story, stage.scene, stage.present, text

    def write(self, index: int) -> list[Turn]:
        turn = Turn.objects.create(story=self.story, scene=self.scene, index=index, kind=Turn.Kind.EVENT,
                                   content=self.text)
        Memory.objects.bulk_create(memory.memories_for_turn(turn, self.present))
        return [turn]


def resolve(stage: Stage) -> Answer:
    story = stage.story
    ctx = {"seed_text": story.seed, "genre": story.genre, "question": story.question, "truth": story.truth,
           "scene": transcript.scene_dict(stage.scene), "present": [c.name for c in stage.present],
           "who_knows": who_knows(stage.reveals), "recent": transcript.recent_lines(stage.recent),
           "turn_index": stage.next_index}
    out = ask(story, "director_resolution", Resolution, turn_index=stage.next_index, context=ctx,
              prompt={**ctx, "story": transcript.story_bible(story)})
    return Answer(stage, out.event.strip())


# --- The ending ---------------------------------------------------------------------------------

class Ending(Plan):
    def __init__(self, stage: Stage, prose: str, summary: str = ""):
        super().__init__(stage.next_index, {"narrative": prose}, finished=True)
        self.story, self.scene, self.summary = stage.story, stage.scene, summary

    def write(self, index: int) -> list[Turn]:
        if self.scene is not None:
            save_summary(self.scene, self.summary, complete=True)
        return [Turn.objects.create(story=self.story, scene=self.scene, index=index, kind=Turn.Kind.ENDING,
                                    content="FADE OUT.")]


def finish(stage: Stage) -> Ending:
    """The story compiled into prose: what actually happened, and only that. The Director's token
    budget is shared out over the scenes: each gets its summary and as many of its closing lines
    as fit, so a 300-turn story compiles from a bounded prompt."""
    story = stage.story
    summary = summarise(story, stage.scene, stage.next_index) if stage.scene else ""
    closing = Prefetch("turns", Turn.objects.for_display().order_by("-index")[:24], to_attr="closing")
    all_scenes = list(story.scenes.order_by("index").prefetch_related(closing))
    per_scene = settings.MOVIESIM_PROMPT_BUDGET_DIRECTOR * 4 // max(len(all_scenes), 1)
    scenes = []
    for scene in all_scenes:
        text = summary if scene.pk == getattr(stage.scene, "pk", None) and summary else scene.summary
        room, kept = per_scene - len(text), []
        for line in transcript.recent_lines(scene.closing, viewer=transcript.PUBLIC):
            room -= len(line["line"])
            if room < 0 and kept:
                break
            kept.append(line)
        scenes.append({"heading": scene.heading, "summary": text, "turns": kept[::-1]})
    revealed = [{"holder": r.holder, "secret": r.secret, "public": r.public} for r in stage.reveals]
    ctx = {"title": story.title, "logline": story.logline, "genre": story.genre, "question": story.question,
           "answered": stage.climax, "revealed": revealed, "scenes": scenes, "events": list(stage.used_events)}
    out = ask(story, "narrative", Narrative, turn_index=stage.next_index, context=ctx,
              prompt={"story": transcript.story_bible(story), **ctx})
    return Ending(stage, out.prose, summary)
