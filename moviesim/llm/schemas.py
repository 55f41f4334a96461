"""The structured outputs of every engine role: the contract between the story engine and
the providers. Both sides import it; the providers import nothing of the story app.

Each is a pydantic model that any provider must fill. They are kept strict-mode
compatible: every field is required (no defaults), maps are lists of objects, and
optional values are explicit nulls or empty strings.
"""

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field


def _clamp_unit(value: float) -> float:
    return max(0.0, min(1.0, float(value)))


def _clamp_signed(value: float) -> float:
    return max(-1.0, min(1.0, float(value)))


Score = Annotated[float, AfterValidator(_clamp_unit)]
Signed = Annotated[float, AfterValidator(_clamp_signed)]
Name = Annotated[str, Field(min_length=1, max_length=80)]


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RelationshipSpec(Schema):
    other: Name = Field(description="Name of the other character, exactly as cast")
    kind: str = Field(description="e.g. rival, old friend, ex-partner, boss")
    description: str = Field(description="One sentence on how this character sees the other")
    opinion: Signed = Field(description="-1 hostile … 0 neutral … 1 devoted")


class CharacterSheet(Schema):
    name: Name
    role: str = Field(description="Their job in the story world, e.g. 'CTO', 'night nurse'")
    background: str
    personality_traits: list[str] = Field(min_length=1, max_length=6)
    secrets: list[str] = Field(description="Things the others must not know yet", max_length=3)
    primary_motivation: str
    secondary_goals: list[str] = Field(max_length=4)
    fears: list[str] = Field(max_length=4)
    speaking_style: str
    talkativeness: Score = Field(description="0 taciturn … 1 never stops talking")
    relationships: list[RelationshipSpec]


class Beat(Schema):
    act: int = Field(ge=1, le=3)
    title: str
    description: str


class SceneSpec(Schema):
    location: str = Field(description="A place, e.g. 'Launch war room'")
    time_of_day: str = Field(description="e.g. NIGHT, DAY, DAWN, CONTINUOUS")
    mood: str
    description: str = Field(description="Two or three sentences of scene-setting narration, present tense")
    present: list[Name] = Field(min_length=1, description="Names of the characters in the scene")
    objectives: list[str] = Field(description="What must happen dramatically in this scene")


class StorySetup(Schema):
    """Director: setup — from the seed to a cast, beats and an opening scene."""

    title: str
    logline: str
    genre: str
    setting: str
    themes: list[str] = Field(min_length=1, max_length=5)
    tone: str
    characters: list[CharacterSheet] = Field(min_length=3, max_length=6)
    beats: list[Beat] = Field(min_length=5, max_length=8)
    opening_scene: SceneSpec


class NextSpeaker(Schema):
    """Scene manager: who acts next."""

    next_speaker: str = Field(description="A present character's exact name, or NARRATOR")
    reason: str
    scene_complete: bool


class CharacterTurn(Schema):
    """One character's turn, in character."""

    dialogue: str = Field(description="What they say aloud; empty if they only act")
    action: str = Field(description="What they physically do, present tense, third person; may be empty")
    emotion: str = Field(description="One word, e.g. wary, furious, amused")
    emotion_intensity: Score
    private_thought: str = Field(description="What they think but do not say; may be empty")
    secret_revealed: str = Field(description="One of their own secrets they reveal now, or empty")
    reveal_to: list[str] = Field(description="Names told the secret, or ['everyone'] if said to the room")
    relationship_changes: list["RelationshipChange"]


class RelationshipChange(Schema):
    other: Name
    delta: Signed = Field(description="How much their opinion of the other moves, -1 … 1")
    reason: str


CharacterTurn.model_rebuild()


class Narration(Schema):
    """Narrator: a beat of action or atmosphere, no dialogue."""

    text: str


class ObserverReport(Schema):
    tension: Score
    character_consistency: Score
    plot_progression: Score
    engagement: Score
    problems: list[str]
    recommendations: list[str]
    intervention_needed: bool


class Intervention(Schema):
    """Director: a dramatic event that changes the scene."""

    kind: Literal["dramatic_event", "add_character", "scene_transition", "adjust_tension"]
    event: str = Field(description="What happens, as screenplay action, present tense")
    new_character: CharacterSheet | None = Field(description="Only for add_character, else null")
    tension_target: Score


class NextScene(Schema):
    """Director: the next scene, following the beats."""

    story_complete: bool = Field(description="True only if the final beat has been resolved")
    scene: SceneSpec
    plot_options: list[str] = Field(description="2–4 short options for what could happen next", max_length=4)


class PlotOptions(Schema):
    """Director: 2–4 options for the audience to vote on."""

    options: list[str] = Field(min_length=2, max_length=4, description="Short, concrete, each a different direction")


class Reflection(Schema):
    """A character steps back: higher-level insights from what it has lived through."""

    insights: list[str] = Field(min_length=1, max_length=3, description="First person, one sentence each")


class ConsistencyCheck(Schema):
    """The script editor: does this turn sound like this character?"""

    consistent: bool
    feedback: str = Field(description="If not consistent: what to change, in one or two sentences; else empty")


class SceneSummary(Schema):
    summary: str


class Narrative(Schema):
    """Narrative compiler: the finished story as prose."""

    title: str
    prose: str
