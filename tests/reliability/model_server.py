"""The model of the fault suite and the benchmarks: the fake OpenAI server (`tests/fake_openai.py`)
playing a whole story by itself, every engine role answered with a canned, schema-valid object
(plain, or as SSE chunks when the request says `"stream": true`). Every reply carries a serial
number, so two turns with the same text would be the same model reply written twice.

    server = ModelServer().start()               # OPENAI_BASE_URL = server.base_url
    slow = ModelServer(latency=1.0).start()      # every chat reply takes 1 s, like a real model
    server.inject(Status(429, {"retry-after": "0.1"}), Status(500), Hang(3))
    server.inject(unknown_speaker())             # schema-valid nonsense for the scene manager

Faults, holds and what was recorded: see tests/fake_openai.py.
"""

from __future__ import annotations

from typing import Any

from tests.fake_openai import FakeOpenAI, Nonsense

NAMES = ("Mara Quill", "Dex Okafor", "Ivo Brandt")
ROLES = ("Head keeper", "Engineer", "Radio operator")
UNKNOWN_SPEAKER = "Zebulon Nobody"
SCHEMAS = ("StoryPremise", "CharacterSheet", "StoryOutline", "NextSpeaker", "CharacterTurn", "Narration",
           "ObserverReport", "Intervention", "Resolution", "NextScene", "PlotOptions", "SceneSummary", "Narrative",
           "Reflection", "ConsistencyCheck")


def _sheet(name: str, role: str, others: list[str], talk: float) -> dict[str, Any]:
    return {
        "name": name, "role": role,
        "background": f"{role} at the lighthouse station for eleven years.",
        "personality_traits": ["stubborn", "observant"],
        "secrets": [f"{name.split()[0]} once sold the station's logbooks."],
        "primary_motivation": "Keep the light burning through the storm.",
        "secondary_goals": ["Find the missing radio part"],
        "fears": ["The dark water"],
        "speaking_style": "Short sentences, dry humour.",
        "talkativeness": talk,
        "relationships": [{"other": o, "kind": "colleague", "description": "Trusted, barely.", "opinion": 0.2}
                          for o in others],
    }


def _scene(location: str) -> dict[str, Any]:
    return {"location": location, "time_of_day": "NIGHT", "mood": "taut",
            "description": "Wind rattles the glass. The lamp turns above them, steady as a pulse.",
            "present": list(NAMES),
            "objectives": [{"character": n, "toward": NAMES[(i + 1) % len(NAMES)],
                            "wants": "get them to go down to the generator", "tactic": "press"}
                           for i, n in enumerate(NAMES)]}


def canned(schema: str, serial: int) -> dict[str, Any] | None:
    """A valid object for `schema`. Lines never name a character, so the engine's scene
    manager (who speaks next) has to ask the model once everyone has spoken."""
    if schema == "StoryPremise":
        return {
            "title": "The Last Light", "logline": "Three keepers, one storm, one lie.", "genre": "thriller",
            "setting": "A lighthouse on a rock in the North Sea", "themes": ["trust", "duty"], "tone": "tense",
            "cast": [{"name": n, "role": r, "want": "Keep the light burning through the storm."}
                     for n, r in zip(NAMES, ROLES, strict=True)],
        }
    if schema == "CharacterSheet":  # one cast member's sheet: the engine names who it is for
        sheet = _sheet(NAMES[0], ROLES[0], list(NAMES[1:]), 0.7)
        del sheet["name"]
        return sheet
    if schema == "StoryOutline":
        return {"question": "Who sold the logbooks?", "truth": f"{NAMES[1]} sold them to pay a debt.",
                "scenes": [{"beat": "The storm comes in", "place": "Lamp room", "time_of_day": "NIGHT",
                            "present": list(NAMES), "must_change": "Someone has to go down.",
                            "secret_holder": "", "secret_index": 0},
                           {"beat": "The truth about the logbooks", "place": "Generator room", "time_of_day": "DAWN",
                            "present": list(NAMES), "must_change": "The logbooks are accounted for.",
                            "secret_holder": NAMES[1], "secret_index": 1}]}
    if schema == "Resolution":
        return {"event": f"The last logbook turns up in the engineer's bunk (answer {serial})."}
    if schema == "NextSpeaker":
        return {"next_speaker": NAMES[serial % len(NAMES)], "reason": "They have something to say.",
                "scene_complete": False}
    if schema == "CharacterTurn":
        return {"dialogue": f"The storm is not the worst of it, not tonight (line {serial}).",
                "action": "Checks the barometer again.", "emotion": "wary", "emotion_intensity": 0.6,
                "private_thought": "Nobody here can know about the logbooks.", "to": "everyone", "reveal": 0,
                "reveal_to": [], "change": "The argument moves on.", "relationship_changes": []}
    if schema == "Narration":
        return {"text": f"Spray hammers the gallery rail (beat {serial})."}
    if schema == "ObserverReport":
        return {"changes": ["The keepers argue about the generator."], "repeated": [], "objective_met": False,
                "stalling": False, "tension": 0.6, "character_consistency": 0.8, "plot_progression": 0.6,
                "engagement": 0.7, "problems": [], "recommendations": ["Keep the pressure on."]}
    if schema == "Intervention":
        return {"kind": "dramatic_event", "event": f"The lamp gutters and dies (event {serial}).",
                "new_character": None, "leaves": [], "tension_target": 0.8}
    if schema == "NextScene":
        return {"scene": _scene(f"Generator room {serial}")}
    if schema == "PlotOptions":
        return {"options": ["Go down together", "Send the engineer alone", "Wait for dawn"]}
    if schema == "SceneSummary":
        return {"summary": f"The keepers argued about the generator (summary {serial})."}
    if schema == "Narrative":
        return {"title": "The Last Light", "prose": "They kept the light burning, and the lie with it."}
    if schema == "Reflection":
        return {"insights": ["I trust the others less than I did this morning."]}
    if schema == "ConsistencyCheck":
        return {"consistent": True, "feedback": ""}
    return None


def unknown_speaker() -> Nonsense:
    """Schema-valid nonsense: the scene manager names someone who is not in the cast."""
    return Nonsense({"next_speaker": UNKNOWN_SPEAKER, "reason": "A stranger knocks.", "scene_complete": False},
                    only="NextSpeaker")


class ModelServer(FakeOpenAI):
    """The fake server answering every role of the story above, in 16-character chunks when streaming."""

    def __init__(self, latency: float = 0.0, stream_interval: float = 0.0) -> None:
        super().__init__(canned, latency=latency, stream_interval=stream_interval, chunk_size=16)
