"""The structured outputs of every engine role: the contract between the story engine and
the providers. Both sides import it; the providers import nothing of the story app.

Each is a pydantic model that any provider must fill. They are kept strict-mode
compatible: every field is required (no defaults), maps are lists of objects, and
optional values are explicit nulls or empty strings.

Where an answer must be one of the names in the room or one of a character's secrets, the
engine narrows the schema for that call (`character_turn_for`, `next_speaker_for`, ...):
the choices become an enum a server can enforce, and a small model cannot misspell a name.
"""

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, create_model


def _clamp_unit(value: float) -> float:
    return max(0.0, min(1.0, float(value)))


def _clamp_signed(value: float) -> float:
    return max(-1.0, min(1.0, float(value)))


Score = Annotated[float, AfterValidator(_clamp_unit)]
Signed = Annotated[float, AfterValidator(_clamp_signed)]
Name = Annotated[str, Field(min_length=1, max_length=80)]
EVERYONE = "everyone"
NARRATOR = "NARRATOR"


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- The Director: premise and cast, outline, scenes --------------------------------------------

class RelationshipSpec(Schema):
    other: Name = Field(description="Name of the other character, exactly as cast")
    kind: str = Field(description="e.g. rival, old friend, ex-partner, boss")
    description: str = Field(description="One sentence on how this character sees the other")
    opinion: Signed = Field(description="-1 hostile … 0 neutral … 1 devoted")


class CharacterSheet(Schema):
    name: Name
    role: str = Field(description="Their job or place in the story world, e.g. 'lighthouse keeper'")
    background: str
    personality_traits: list[str] = Field(min_length=1, max_length=6)
    secrets: list[str] = Field(description="Things the others must not know yet", max_length=3)
    primary_motivation: str
    secondary_goals: list[str] = Field(max_length=4)
    fears: list[str] = Field(max_length=4)
    speaking_style: str
    talkativeness: Score = Field(description="0 taciturn … 1 never stops talking")
    relationships: list[RelationshipSpec]


class StorySetup(Schema):
    """Director: the premise and the cast, from the seed."""

    title: str
    logline: str
    genre: str
    setting: str
    themes: list[str] = Field(min_length=1, max_length=5)
    tone: str
    characters: list[CharacterSheet] = Field(min_length=3, max_length=6)


class OutlineScene(Schema):
    beat: str = Field(description="The scene's beat in a few words, e.g. 'The keeper lies about the logbook'")
    place: str = Field(description="Where it happens")
    time_of_day: str = Field(description="e.g. NIGHT, DAWN, LATER")
    present: list[Name] = Field(min_length=1, description="Who is in the scene")
    must_change: str = Field(description="What is different by the scene's end: a fact out, a decision, a loss")
    secret_holder: str = Field(description="Whose secret surfaces in this scene (a cast name), or empty")
    secret_index: int = Field(description="Which of that character's secrets, by its number on their sheet; 0: none")


class StoryOutline(Schema):
    """Director: the story planned to its ending, before the first line is played."""

    question: str = Field(description="The central dramatic question the audience waits to see answered")
    truth: str = Field(description="The answer, which the climax reveals: who did it and why, and which secrets"
                                   " form the trail to it")
    scenes: list[OutlineScene] = Field(min_length=1, description="In order; the last is the climax, which"
                                                                  " answers the question")


class Objective(Schema):
    character: Name
    toward: Name = Field(description="Someone else present, whom they work on in this scene")
    wants: str = Field(description="What they want from that person in this scene, concretely")
    tactic: str = Field(description="How they go about it first, e.g. flatter, threaten, bargain, confess")


class SceneSpec(Schema):
    location: str = Field(description="A place, e.g. 'The lamp room'")
    time_of_day: str = Field(description="e.g. NIGHT, DAY, DAWN, CONTINUOUS")
    mood: str
    description: str = Field(description="Two or three sentences of scene-setting narration, present tense")
    present: list[Name] = Field(min_length=1, description="Who is in the scene")
    objectives: list[Objective] = Field(description="One for each character present")


class NextScene(Schema):
    """Director: the outline's next scene, staged."""

    scene: SceneSpec


class PlotOptions(Schema):
    """Director: 2–4 options for the audience to vote on."""

    options: list[str] = Field(min_length=2, max_length=4, description="Short, concrete, each a different direction")


class Intervention(Schema):
    """Director: an event that changes the scene."""

    kind: Literal["dramatic_event", "add_character", "scene_transition"]
    event: str = Field(description="What happens, as screenplay action, present tense")
    new_character: CharacterSheet | None = Field(description="Only for add_character, else null")
    leaves: list[str] = Field(description="Who present leaves the scene or can no longer speak in it (collapses,"
                                          " storms out); usually empty")
    tension_target: Score


class Resolution(Schema):
    """Director: the climax's answer, played out when the scene has run out of room for it."""

    event: str = Field(description="What happens, as screenplay action, present tense: the question answered")


class Narrative(Schema):
    """Narrative compiler: the finished story as prose."""

    title: str
    prose: str


class SceneSummary(Schema):
    summary: str


# --- In a scene ---------------------------------------------------------------------------------

class NextSpeaker(Schema):
    """Scene manager: who acts next."""

    next_speaker: str = Field(description="A present character's exact name, or NARRATOR")
    reason: str
    scene_complete: bool


class RelationshipChange(Schema):
    other: Name
    delta: Signed = Field(description="How much their opinion of the other moves, -1 … 1")
    reason: str


class CharacterTurn(Schema):
    """One character's turn, in character."""

    dialogue: str = Field(description="What they say aloud; empty if they only act")
    action: str = Field(description="What they physically do, present tense, third person; may be empty")
    emotion: str = Field(description="One word, e.g. wary, furious, amused")
    emotion_intensity: Score
    private_thought: str = Field(description="What they think but do not say; may be empty")
    to: str = Field(description="Whom they speak to: a name present, or 'everyone'")
    reveal: int = Field(description="The number of one of their own secrets they reveal now (their own words"
                                    " are enough); 0: none")
    reveal_to: list[str] = Field(description="Who hears the secret: names present, or ['everyone']")
    change: str = Field(description="What this turn changes: a fact, a decision, a concession or a move")
    relationship_changes: list[RelationshipChange]


class Narration(Schema):
    """Narrator: a beat of action or atmosphere, no dialogue."""

    text: str


class ObserverReport(Schema):
    """The Observer: evidence first, then scores."""

    changes: list[str] = Field(description="What changed in the last turns: facts out, decisions, concessions,"
                                           " moves; empty if nothing did")
    repeated: list[str] = Field(description="Lines, questions or gestures said again; empty if none")
    objective_met: bool = Field(description="Whether what the scene must change has changed")
    stalling: bool = Field(description="True when the scene goes round in circles: nothing changes, things repeat")
    tension: Score
    character_consistency: Score
    plot_progression: Score
    engagement: Score
    problems: list[str]
    recommendations: list[str]


class Reflection(Schema):
    """A character steps back: higher-level insights from what it has lived through."""

    insights: list[str] = Field(min_length=1, max_length=3, description="First person, one sentence each")


class ConsistencyCheck(Schema):
    """The script editor: does this turn sound like this character?"""

    consistent: bool
    feedback: str = Field(description="If not consistent: what to change, in one or two sentences; else empty")


# --- Schemas narrowed to the room: the names present, the secrets a character may reveal -----------

def _choice(values) -> object:
    return Literal[tuple(dict.fromkeys(values))]


def _described(schema: type[BaseModel], field: str, annotation) -> tuple:
    return annotation, Field(description=schema.model_fields[field].description)


def character_turn_for(speaker: str, present: list[str], reveals: list[int],
                       required: bool = False) -> type[CharacterTurn]:
    """A character's turn whose addressee, hearers and relationships name someone else present,
    and whose reveal is 0 or one of the secret numbers the character may reveal now (one of
    them, when the reveal is `required`). The first choice of each is the safe default a local
    repair falls back to (`moviesim.llm.repair`)."""
    others = [n for n in present if n != speaker] or [EVERYONE]
    change = create_model("RelationshipChange", __base__=RelationshipChange, other=(_choice(others), ...))
    reveal = _choice(reveals if required and reveals else [0, *reveals])
    return create_model(
        "CharacterTurn", __base__=CharacterTurn,
        to=_described(CharacterTurn, "to", _choice([EVERYONE, *others])),
        reveal=_described(CharacterTurn, "reveal", reveal),
        reveal_to=_described(CharacterTurn, "reveal_to", list[_choice([EVERYONE, *others])]),
        relationship_changes=(list[change], Field(max_length=3)),
    )


def next_speaker_for(candidates: list[str]) -> type[NextSpeaker]:
    return create_model("NextSpeaker", __base__=NextSpeaker,
                        next_speaker=(_choice([*candidates, NARRATOR]), ...))


def intervention_for(present: list[str]) -> type[Intervention]:
    return create_model("Intervention", __base__=Intervention, leaves=(list[_choice(present)], Field(
        description=Intervention.model_fields["leaves"].description)))


def outline_for(cast: list[str], scenes: int) -> type[StoryOutline]:
    """An outline of at most `scenes` scenes of this cast (fewer just make longer scenes)."""
    scene = create_model("OutlineScene", __base__=OutlineScene,
                         present=(list[_choice(cast)], Field(min_length=1)),
                         secret_holder=(_choice([*cast, ""]), ...))
    return create_model("StoryOutline", __base__=StoryOutline,
                        scenes=(list[scene], Field(min_length=1, max_length=scenes)))


def scene_for(cast: list[str]) -> type[NextScene]:
    objective = create_model("Objective", __base__=Objective, character=(_choice(cast), ...),
                             toward=(_choice(cast), ...))
    spec = create_model("SceneSpec", __base__=SceneSpec, present=(list[_choice(cast)], Field(min_length=1)),
                        objectives=(list[objective], ...))
    return create_model("NextScene", __base__=NextScene, scene=(spec, ...))
