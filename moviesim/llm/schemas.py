"""The structured outputs of every engine role: the contract between the story engine and
the providers. Both sides import it; the providers import nothing of the story app.

Each is a pydantic model that any provider must fill. They are kept strict-mode
compatible: every field is required (no defaults), maps are lists of objects, and
optional values are explicit nulls or empty strings.

Every free-text field and every list is bounded (`maxLength`, `maxItems`), and every score
has its range (`minimum`, `maximum`): a server that enforces JSON Schema keeps a small model
from rambling, and the bounds add up so that no reply needs more than its role's output cap.
A reply that breaks a bound anyway is mended locally where the break is cosmetic
(`moviesim.llm.repair`).

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


# Scores carry their range for the server to enforce; what still comes out of range is clamped.
Score = Annotated[float, AfterValidator(_clamp_unit), Field(json_schema_extra={"minimum": 0, "maximum": 1})]
Signed = Annotated[float, AfterValidator(_clamp_signed), Field(json_schema_extra={"minimum": -1, "maximum": 1})]
Name = Annotated[str, Field(min_length=1, max_length=80)]
EVERYONE = "everyone"
NARRATOR = "NARRATOR"


def Str(max_length: int):  # noqa: N802 (it reads as a type: `background: Str(360)`)
    """Free text of at most `max_length` characters."""
    return Annotated[str, Field(max_length=max_length)]


class Schema(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- The Director: premise and cast, outline, scenes --------------------------------------------
# Casting is several calls, none needing more than about 1,200 tokens of output: the premise
# with the cast list, then each character's sheet, then the outline (in parts when it is long).

class CastMember(Schema):
    name: Name = Field(description="Full name, unique in the cast")
    role: Str(100) = Field(description="Their job or place in the story world, e.g. 'lighthouse keeper'")
    want: Str(200) = Field(description="What they want in this story, which someone else here stands in the way of")


class StoryPremise(Schema):
    """Director: the premise and who is in it, from the seed."""

    title: Str(100)
    logline: Str(300)
    genre: Str(60)
    setting: Str(400)
    themes: list[Str(60)] = Field(min_length=1, max_length=5)
    tone: Str(120)
    cast: list[CastMember] = Field(min_length=3, max_length=6)


class RelationshipSpec(Schema):
    other: Name = Field(description="Name of the other character, exactly as cast")
    kind: Str(60) = Field(description="e.g. rival, old friend, ex-partner, boss")
    description: Str(160) = Field(description="One sentence on how this character sees the other")
    opinion: Signed = Field(description="-1 hostile … 0 neutral … 1 devoted")


class CharacterSheet(Schema):
    name: Name
    role: Str(100) = Field(description="Their job or place in the story world, e.g. 'lighthouse keeper'")
    background: Str(360)
    personality_traits: list[Str(40)] = Field(min_length=1, max_length=6)
    secrets: list[Str(200)] = Field(description="Things the others must not know yet", min_length=1, max_length=3)
    primary_motivation: Str(200)
    secondary_goals: list[Str(120)] = Field(max_length=3)
    fears: list[Str(100)] = Field(max_length=3)
    speaking_style: Str(160)
    talkativeness: Score = Field(description="0 taciturn … 1 never stops talking")
    relationships: list[RelationshipSpec] = Field(max_length=5)


class OutlineScene(Schema):
    beat: Str(120) = Field(description="The scene's beat in a few words, e.g. 'The keeper lies about the logbook'")
    place: Str(100) = Field(description="Where it happens")
    time_of_day: Str(30) = Field(description="e.g. NIGHT, DAWN, LATER")
    present: list[Name] = Field(min_length=1, max_length=6, description="Who is in the scene")
    must_change: Str(200) = Field(description="What is different by the scene's end: a fact out, a decision, a loss")
    secret_holder: Str(80) = Field(description="Whose secret surfaces in this scene (a cast name), or empty")
    secret_index: int = Field(ge=0, le=3, description="Which of that character's secrets, by its number on their"
                                                      " sheet; 0: none")


class StoryOutline(Schema):
    """Director: the story planned to its ending, before the first line is played."""

    question: Str(200) = Field(description="The central dramatic question the audience waits to see answered")
    truth: Str(500) = Field(description="The answer, which the climax reveals: who did it and why, and which"
                                        " secrets form the trail to it")
    scenes: list[OutlineScene] = Field(min_length=1, description="In order; the last is the climax, which"
                                                                  " answers the question")


class OutlinePart(Schema):
    """Director: the outline's next scenes, when the story is too long to plan in one reply."""

    scenes: list[OutlineScene] = Field(min_length=1, description="In order, continuing the outline")


class Objective(Schema):
    character: Name
    toward: Name = Field(description="Someone else present, whom they work on in this scene")
    wants: Str(200) = Field(description="What they want from that person in this scene, concretely")
    tactic: Str(80) = Field(description="How they go about it first, e.g. flatter, threaten, bargain, confess")


class SceneSpec(Schema):
    location: Str(100) = Field(description="A place, e.g. 'The lamp room'")
    time_of_day: Str(30) = Field(description="e.g. NIGHT, DAY, DAWN, CONTINUOUS")
    mood: Str(60)
    description: Str(500) = Field(description="Two or three sentences of scene-setting narration, present tense")
    present: list[Name] = Field(min_length=1, max_length=6, description="Who is in the scene")
    objectives: list[Objective] = Field(max_length=6, description="One for each character present")


class NextScene(Schema):
    """Director: the outline's next scene, staged."""

    scene: SceneSpec


class PlotOptions(Schema):
    """Director: 2–4 options for the audience to vote on."""

    options: list[Str(160)] = Field(min_length=2, max_length=4,
                                    description="Short, concrete, each a different direction")


class Intervention(Schema):
    """Director: an event that changes the scene."""

    kind: Literal["dramatic_event", "add_character", "scene_transition"]
    event: Str(400) = Field(description="What happens, as screenplay action, present tense")
    new_character: CharacterSheet | None = Field(description="Only for add_character, else null")
    leaves: list[str] = Field(max_length=6, description="Who present leaves the scene or can no longer speak in"
                                                        " it (collapses, storms out); usually empty")
    tension_target: Score


class Resolution(Schema):
    """Director: the climax's answer, played out when the scene has run out of room for it."""

    event: Str(600) = Field(description="What happens, as screenplay action, present tense: the question answered")


class Narrative(Schema):
    """Narrative compiler: the finished story as prose."""

    title: Str(100)
    prose: Str(4000)


class SceneSummary(Schema):
    summary: Str(600)


# --- In a scene ---------------------------------------------------------------------------------

class NextSpeaker(Schema):
    """Scene manager: who acts next."""

    next_speaker: Str(80) = Field(description="A present character's exact name, or NARRATOR")
    reason: Str(160)
    scene_complete: bool


class RelationshipChange(Schema):
    other: Name
    delta: Signed = Field(description="How much their opinion of the other moves, -1 … 1")
    reason: Str(100)


class CharacterTurn(Schema):
    """One character's turn, in character."""

    dialogue: Str(400) = Field(description="What they say aloud; empty if they only act")
    action: Str(200) = Field(description="What they physically do, present tense, third person; may be empty")
    emotion: Str(30) = Field(description="One word, e.g. wary, furious, amused")
    emotion_intensity: Score
    private_thought: Str(200) = Field(description="What they think but do not say; may be empty")
    to: Str(80) = Field(description="Whom they speak to: a name present, or 'everyone'")
    reveal: int = Field(description="The number of one of their own secrets they reveal now (their own words"
                                    " are enough); 0: none")
    reveal_to: list[Str(80)] = Field(max_length=6, description="Who hears the secret: names present, or"
                                                               " ['everyone']")
    change: Str(160) = Field(description="What this turn changes: a fact, a decision, a concession or a move")
    relationship_changes: list[RelationshipChange] = Field(max_length=3)


class Narration(Schema):
    """Narrator: a beat of action or atmosphere, no dialogue."""

    text: Str(400)


class ObserverReport(Schema):
    """The Observer: evidence first, then scores."""

    changes: list[Str(160)] = Field(max_length=4, description="What changed in the last turns: facts out,"
                                                              " decisions, concessions, moves; empty if nothing did")
    repeated: list[Str(120)] = Field(max_length=3, description="Lines, questions or gestures said again; empty if"
                                                               " none")
    objective_met: bool = Field(description="Whether what the scene must change has changed")
    stalling: bool = Field(description="True when the scene goes round in circles: nothing changes, things repeat")
    tension: Score
    character_consistency: Score
    plot_progression: Score
    engagement: Score
    problems: list[Str(160)] = Field(max_length=3)
    recommendations: list[Str(160)] = Field(max_length=3)


class Reflection(Schema):
    """A character steps back: higher-level insights from what it has lived through."""

    insights: list[Str(200)] = Field(min_length=1, max_length=3, description="First person, one sentence each")


class ConsistencyCheck(Schema):
    """The script editor: does this turn sound like this character?"""

    consistent: bool
    feedback: Str(300) = Field(description="If not consistent: what to change, in one or two sentences; else empty")


# --- Schemas narrowed to the room: the names present, the secrets a character may reveal -----------

def _choice(values) -> object:
    return Literal[tuple(dict.fromkeys(values))]


def _as(schema: type[BaseModel], field: str, annotation, **bounds) -> tuple:
    """`field` of `schema` with a narrower type: its description and its list bounds are kept."""
    info = schema.model_fields[field]
    for meta in info.metadata:
        for bound in ("min_length", "max_length"):
            if getattr(meta, bound, None) is not None:
                bounds.setdefault(bound, getattr(meta, bound))
    return annotation, Field(description=info.description, **bounds)


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
        to=_as(CharacterTurn, "to", _choice([EVERYONE, *others])),
        reveal=_as(CharacterTurn, "reveal", reveal),
        reveal_to=_as(CharacterTurn, "reveal_to", list[_choice([EVERYONE, *others])]),
        relationship_changes=_as(CharacterTurn, "relationship_changes", list[change]),
    )


def next_speaker_for(candidates: list[str]) -> type[NextSpeaker]:
    return create_model("NextSpeaker", __base__=NextSpeaker,
                        next_speaker=_as(NextSpeaker, "next_speaker", _choice([*candidates, NARRATOR])))


def intervention_for(present: list[str]) -> type[Intervention]:
    return create_model("Intervention", __base__=Intervention,
                        leaves=_as(Intervention, "leaves", list[_choice(present)]))


def character_sheet_for(others: list[str]) -> type[BaseModel]:
    """One cast member's sheet (the name is the engine's: it asked for this person), whose
    relationships name the others in the cast."""
    link = create_model("RelationshipSpec", __base__=RelationshipSpec, other=(_choice(others), ...))
    fields = {name: (info.annotation, info) for name, info in CharacterSheet.model_fields.items() if name != "name"}
    fields["relationships"] = _as(CharacterSheet, "relationships", list[link], max_length=len(others))
    return create_model("CharacterSheet", __base__=Schema, **fields)


def outline_for(cast: list[str], scenes: int, *, part: bool = False) -> type[StoryOutline | OutlinePart]:
    """An outline of at most `scenes` scenes of this cast (fewer just make longer scenes), or
    with `part` the outline's next `scenes` scenes, exactly as many."""
    scene = create_model("OutlineScene", __base__=OutlineScene,
                         present=_as(OutlineScene, "present", list[_choice(cast)]),
                         secret_holder=_as(OutlineScene, "secret_holder", _choice([*cast, ""])))
    base = OutlinePart if part else StoryOutline
    return create_model(base.__name__, __base__=base,
                        scenes=_as(base, "scenes", list[scene], min_length=scenes if part else 1,
                                   max_length=scenes))


def scene_for(cast: list[str]) -> type[NextScene]:
    objective = create_model("Objective", __base__=Objective, character=_as(Objective, "character", _choice(cast)),
                             toward=_as(Objective, "toward", _choice(cast)))
    spec = create_model("SceneSpec", __base__=SceneSpec, present=_as(SceneSpec, "present", list[_choice(cast)]),
                        objectives=_as(SceneSpec, "objectives", list[objective]))
    return create_model("NextScene", __base__=NextScene, scene=(spec, ...))
