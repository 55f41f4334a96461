"""The offline writer: a real, deterministic provider that reads request.context.

No database: these tests call the provider directly, with contexts shaped as the engine
builds them (the whole-story behaviour is in tests/stories/test_story_shape.py).
"""

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from moviesim.llm import schemas as s
from moviesim.llm.base import GenerationRequest, ProviderError
from moviesim.llm.offline import OfflineProvider, stream_prefixes
from moviesim.llm.offline_writer import pools
from moviesim.llm.offline_writer.genres import detect_genre
from moviesim.llm.offline_writer.text import gist, second_person

MYSTERY_SEED = "A murder mystery at a tech startup during a product launch"
MESSAGES = [{"role": "system", "content": "You are the director."}, {"role": "user", "content": "Begin."}]

provider = OfflineProvider()


def generate(role, schema, context, seed="7", key="7", state=None, **kwargs):
    return provider.generate(GenerationRequest(role=role, messages=MESSAGES, schema=schema, seed=f"{seed}:{role}",
                                               story_key=key, state=state, context=context, **kwargs))


def cast_for(seed_text=MYSTERY_SEED, key="7") -> SimpleNamespace:
    """The premise and every cast member's sheet, asked for as the Director's casting asks."""
    premise = generate("director_setup", s.StoryPremise, {"seed_text": seed_text}, key=key).output
    names = [m.name for m in premise.cast]
    sheets = []
    for member in premise.cast:
        schema = s.character_sheet_for([n for n in names if n != member.name])
        ctx = {"seed_text": seed_text, "name": member.name, "role": member.role, "want": member.want,
               "cast": [m.model_dump() for m in premise.cast]}
        details = generate("director_character", schema, ctx, key=key).output
        sheets.append(s.CharacterSheet(name=member.name, **details.model_dump()))
    return SimpleNamespace(**premise.model_dump(exclude={"cast"}), premise=premise, characters=sheets)


def roles_of(seed_text: str, key: str = "7") -> list[str]:
    return [c.role for c in cast_for(seed_text, key).characters]


def line(setup: SimpleNamespace, speaker: int = 0, *, recent=(), state=None, key="7", turn=3, **extra):
    sheet = setup.characters[speaker]
    others = [c.name for c in setup.characters if c.name != sheet.name]
    ctx = {"seed_text": MYSTERY_SEED, "name": sheet.name, "sheet": sheet.model_dump(), "present": others,
           "recent": list(recent), "memories": [], "own_lines": [], "turn_index": turn, "lines_spoken": turn // 2,
           "secrets": [{"number": i + 1, "text": t, "revealed": False} for i, t in enumerate(sheet.secrets)],
           "objective": {"toward": others[0], "wants": "learn the truth", "tactic": "press"},
           "scene": {"heading": "INT. SERVER ROOM - NIGHT", "location": "Server room"}, "lines_left": 5,
           "budget": 8, "tactics_tried": 0, "last_speaker": recent[-1]["speaker"] if recent else "",
           "last_line": recent[-1]["text"] if recent else "", **extra}
    schema = s.character_turn_for(sheet.name, [c.name for c in setup.characters],
                                  [extra["secret_due"]] if extra.get("secret_due") else [],
                                  required=bool(extra.get("must_reveal")))
    return generate("character", schema, ctx, key=key, state=state, seed=f"{key}:{turn}:{sheet.name}").output


def test_every_pool_passes_its_checks():
    assert pools.check_all() == []


def test_casting_gives_three_to_five_people_with_their_own_secrets_and_motives():
    setup = cast_for()
    assert 3 <= len(setup.characters) <= 5
    secrets = [x for c in setup.characters for x in c.secrets]
    motives = [c.primary_motivation for c in setup.characters]
    assert secrets and len(secrets) == len(set(secrets)), "no two secrets alike"
    assert len(motives) == len(set(motives)), "no two motivations alike"
    assert len({c.name.split()[0] for c in setup.characters}) == len(setup.characters)
    assert setup.title.lower() not in MYSTERY_SEED.lower() and setup.genre == "Mystery"


@pytest.mark.parametrize("seed_text, words", [
    ("a lighthouse keeper hears knocking from inside the lamp room", {"keeper"}),
    ("a family gathers for a funeral and the will reading turns ugly", {"heir", "executor", "solicitor", "widow"}),
    ("a mutiny brews aboard a sailing ship in a storm", {"captain", "mate", "bosun", "crew", "cook"}),
])
def test_the_cast_comes_from_the_seeds_world(seed_text, words):
    roles = " ".join(roles_of(seed_text)).lower()
    assert any(w in roles for w in words), roles


def test_the_same_seed_repeats_and_another_changes_the_story():
    assert cast_for(key="7") == cast_for(key="7")
    assert cast_for(key="7").characters[0].name != cast_for(key="8").characters[0].name


def test_output_does_not_depend_on_pythonhashseed():
    code = ("import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'moviesim.settings'); django.setup();"
            "from moviesim.llm.offline import OfflineProvider; from moviesim.llm.base import GenerationRequest;"
            "from moviesim.llm.schemas import StoryPremise;"
            "r = GenerationRequest(role='director_setup', messages=[], schema=StoryPremise, seed='9', story_key='9',"
            f" context={{'seed_text': {MYSTERY_SEED!r}}});"
            "print(OfflineProvider().generate(r).output.model_dump_json())")
    root = Path(__file__).resolve().parents[2]
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True,
                           env={**os.environ, "PYTHONHASHSEED": hs}).stdout for hs in ("1", "2")}
    assert len(outs) == 1 and json.loads(outs.pop())["cast"]


def test_an_unknown_role_is_a_provider_error_with_its_attempt():
    with pytest.raises(ProviderError) as raised:
        generate("dramaturg", s.Narration, {})
    assert raised.value.attempts and "dramaturg" in raised.value.attempts[0].error


def test_genres_are_read_from_the_seed():
    assert detect_genre(MYSTERY_SEED) == "mystery"
    assert detect_genre("a heist on a luxury space station") == "heist"
    assert detect_genre("a wedding where the best man is in love with the bride") == "romance"


def test_user_markup_in_the_seed_passes_through_as_plain_text():
    setup = cast_for("<script>alert(1)</script> a murder at a lighthouse")
    assert setup.characters and all("<" not in c.name for c in setup.characters)


def test_a_secret_comes_out_only_when_the_scene_says_so_and_then_by_its_number():
    setup = cast_for()
    holder = next(i for i, c in enumerate(setup.characters) if c.secrets)
    quiet = [line(setup, holder, turn=t) for t in range(6)]
    assert all(t.reveal == 0 for t in quiet), "no secret is due: none comes out"
    forced = line(setup, holder, secret_due=1, must_reveal=True)
    assert forced.reveal == 1 and forced.reveal_to
    said = gist(setup.characters[holder].secrets[0]).lower().split()
    assert all(word in forced.dialogue.lower() for word in said[1:]), "the confession says what it reveals"


def test_whoever_hears_a_reveal_answers_the_revealer_about_it_first():
    setup = cast_for()
    revealer, listener = setup.characters[0], setup.characters[1]
    secret = "Moved the server logs at midnight and told no one"
    recent = [{"speaker": revealer.name, "kind": "dialogue", "text": "Fine. I moved the server logs at midnight.",
               "own": False, "intensity": 0.9, "revealed": secret}]
    reply = line(setup, 1, recent=recent, just_revealed=[{"by": revealer.name, "secret": secret, "to": ["everyone"],
                                                          "turns_ago": 1}])
    assert reply.to == revealer.name
    assert second_person(gist(secret)).lower() in reply.dialogue.lower()
    assert listener.name != reply.to


def test_a_story_never_uses_the_same_template_twice_while_its_pool_lasts():
    setup = cast_for()
    state: dict = {}
    lines = []
    recent: list[dict] = []
    for turn in range(10):  # one tactic all along (press): its pool holds ten
        speaker = turn % len(setup.characters)
        out = line(setup, speaker, recent=recent[-8:], state=state, turn=turn)
        recent.append({"speaker": setup.characters[speaker].name, "kind": "dialogue", "text": out.dialogue,
                       "own": False, "intensity": out.emotion_intensity})
        lines.append(out.dialogue)
    halves = [part for text in lines for part in text.split(". ") if len(part.split()) > 4]
    assert len(halves) == len(set(halves)), "no sentence twice in a story"
    assert state["used"], "the ledger is kept in the story's provider state"


def test_the_observer_reads_a_shouting_match_as_tense_and_going_round_as_stalling():
    shouting = [{"speaker": f"P{i % 2}", "kind": "dialogue", "text": f"You lied about the key, {i}!",
                 "intensity": 0.9, "revealed": "", "leaves": []} for i in range(6)]
    report = generate("observer", s.ObserverReport, {"recent": shouting, "turns_since_event": 2}).output
    assert report.tension >= 0.7
    circling = [{"speaker": f"P{i % 2}", "kind": "dialogue", "text": "Tell me where you were that night.",
                 "intensity": 0.4, "revealed": "", "leaves": []} for i in range(6)]
    report = generate("observer", s.ObserverReport, {"recent": circling, "turns_since_event": 9}).output
    assert report.stalling and report.repeated and not report.changes
    revealing = circling[:3] + [{"speaker": "P1", "kind": "dialogue", "text": "I took it.", "intensity": 0.9,
                                 "revealed": "Took the key", "leaves": []}]
    report = generate("observer", s.ObserverReport, {"recent": revealing, "turns_since_event": 2}).output
    assert report.changes and not report.stalling and report.objective_met


def test_the_prose_tells_what_came_out_and_leaves_an_open_question_open():
    scenes = [{"heading": "INT. SERVER ROOM - NIGHT", "summary": "Ada pressed Ben.", "turns": []}]
    told = generate("narrative", s.Narrative, {"title": "T", "question": "Who took the key?", "answered": True,
                                               "revealed": [{"holder": "Ben Ross", "secret": "Took the key"}],
                                               "scenes": scenes}).output
    assert "Ben took the key" in told.prose
    open_ = generate("narrative", s.Narrative, {"title": "T", "question": "Who took the key?", "answered": False,
                                                "revealed": [], "scenes": scenes}).output
    assert "Who took the key?" in open_.prose and "took the key:" not in open_.prose.lower()


def test_an_audience_suggestion_is_woven_into_the_intervention():
    ctx = {"seed_text": MYSTERY_SEED, "present": ["A", "B"], "cast": ["A", "B"],
           "suggestion": "What if the power fails?", "used_events": []}
    out = generate("director_intervention", s.Intervention, ctx).output
    assert "power fails" in out.event.lower() and out.kind == "dramatic_event"


def test_an_event_the_story_used_is_never_used_again():
    state: dict = {}
    ctx = {"seed_text": MYSTERY_SEED, "present": ["Ada Hollis", "Ben Ross"], "cast": ["Ada Hollis", "Ben Ross"],
           "suggestion": "", "used_events": []}
    events = []
    for turn in range(12):
        out = generate("director_intervention", s.intervention_for(ctx["present"]),
                       {**ctx, "turn_index": turn, "used_events": events}, state=state, seed=str(turn)).output
        events.append(out.event)
    assert len(set(events)) == len(events)


def test_streaming_sends_growing_prefixes_of_the_dialogue_only():
    setup = cast_for()
    seen: list[str] = []
    sheet = setup.characters[0]
    ctx = {"seed_text": MYSTERY_SEED, "name": sheet.name, "present": [c.name for c in setup.characters[1:]],
           "recent": [], "turn_index": 4}
    turn = generate("character", s.CharacterTurn, ctx, on_text=seen.append, stream_field="dialogue").output
    assert seen and seen[-1] == turn.dialogue and all(turn.dialogue.startswith(p) for p in seen)
    private: list[str] = []
    generate("character", s.CharacterTurn, ctx, on_text=private.append, stream_field="private_thought")
    assert private == []


def test_stream_prefixes_cut_at_words():
    assert stream_prefixes("") == []
    parts = stream_prefixes("one two three four five six seven eight nine ten eleven twelve")
    assert 4 <= len(parts) <= 8 and parts[-1].endswith("twelve")


def test_missing_context_keys_fall_back_instead_of_crashing():
    for role, schema in (("character", s.CharacterTurn), ("narrator", s.Narration), ("observer", s.ObserverReport),
                         ("scene_manager", s.NextSpeaker), ("narrative", s.Narrative),
                         ("scene_summary", s.SceneSummary), ("director_options", s.PlotOptions)):
        assert isinstance(generate(role, schema, {"seed_text": MYSTERY_SEED}).output, schema)
