"""The offline writer: a real, deterministic provider that reads request.context.

No database: these tests call the provider directly, the way the engine does.
"""

import collections
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from moviesim.llm import schemas as s
from moviesim.llm.base import GenerationRequest, ProviderError, estimate_tokens, messages_tokens
from moviesim.llm.offline import OfflineProvider, stream_prefixes

MYSTERY_SEED = "A murder mystery in a small tech company during a product launch"
SPACE_SEED = "A cargo ship drifting between planets, its AI waking up"
MESSAGES = [{"role": "system", "content": "You are the director."}, {"role": "user", "content": "Begin."}]

provider = OfflineProvider()


def generate(role, schema, context, seed="story-1", **kwargs):
    return provider.generate(
        GenerationRequest(role=role, messages=MESSAGES, schema=schema, seed=seed, context=context, **kwargs)
    )


def setup_for(seed_text=MYSTERY_SEED, seed="story-1") -> s.StorySetup:
    return generate("director_setup", s.StorySetup, {"seed_text": seed_text}, seed=f"{seed}:setup").output


def character_context(setup: s.StorySetup, index: int = 0, *, recent=(), tension=0.5, unrevealed=None,
                      directive="") -> dict:
    sheet = setup.characters[index % len(setup.characters)]
    scene = setup.opening_scene
    return {
        "name": sheet.name, "sheet": sheet.model_dump(), "genre": setup.genre, "tone": setup.tone,
        "setting": setup.setting, "scene": scene.model_dump(exclude={"present"}),
        "present": [c.name for c in setup.characters if c.name != sheet.name], "recent": list(recent),
        "memories": [], "turn_index": index, "tension": tension, "beat": setup.beats[0].model_dump(),
        "unrevealed_secrets": sheet.secrets if unrevealed is None else unrevealed,
        "relationships": [r.model_dump(exclude={"description"}) for r in sheet.relationships],
        "directive": directive,
    }


def role_contexts(setup: s.StorySetup) -> dict[str, tuple[type, dict]]:
    cast = [c.name for c in setup.characters]
    scene = setup.opening_scene.model_dump(exclude={"present"})
    recent = [{"speaker": cast[0], "kind": "dialogue", "text": f"Where were you at midnight, {cast[1]}?"},
              {"speaker": cast[1], "kind": "dialogue", "text": "Nowhere near the server logs!"}]
    beats = [b.model_dump() for b in setup.beats]
    talk = {c.name: c.talkativeness for c in setup.characters}
    return {
        "director_setup": (s.StorySetup, {"seed_text": MYSTERY_SEED}),
        "scene_manager": (s.NextSpeaker, {"present": cast, "last_speaker": cast[1], "turns_in_scene": 2,
                                          "scene_max_turns": 12, "recent": recent,
                                          "talkativeness": talk}),
        "character": (s.CharacterTurn, character_context(setup, recent=recent)),
        "narrator": (s.Narration, {"genre": setup.genre, "scene": scene, "present": cast, "recent": recent,
                                   "beat": beats[0], "turn_index": 3, "tension": 0.6}),
        "observer": (s.ObserverReport, {"recent": recent, "turn_index": 5, "tension_history": [0.4],
                                        "speaker_counts": [{"name": cast[0], "count": 1}],
                                        "turns_since_event": 3}),
        "director_intervention": (s.Intervention, {"genre": setup.genre, "scene": scene, "present": cast,
                                                   "cast": cast, "reason": "Tension is low.",
                                                   "beat": beats[1], "suggestion": ""}),
        "director_next_scene": (s.NextScene, {"genre": setup.genre, "setting": setup.setting, "cast": cast,
                                              "beats": beats, "next_beat_index": 1, "previous_scene": scene,
                                              "scene_index": 1, "directive": "", "turns_left": 40}),
        "scene_summary": (s.SceneSummary, {"name": cast[0], "scene": scene, "turns": recent}),
        "narrative": (s.Narrative, {"title": setup.title, "logline": setup.logline, "genre": setup.genre,
                                    "scenes": [{"heading": "INT. SERVER ROOM - NIGHT", "turns": recent}]}),
    }


ROLES = list(role_contexts(setup_for()))


@pytest.mark.parametrize("role", ROLES)
def test_every_role_returns_its_schema_and_one_recorded_attempt(role):
    schema, context = role_contexts(setup_for())[role]
    generation = generate(role, schema, context)
    assert isinstance(generation.output, schema)
    [attempt] = generation.attempts
    assert attempt.model == "offline-writer-1" and attempt.number == 1 and not attempt.error
    assert attempt.response == generation.output.model_dump_json()
    assert attempt.tokens_in == messages_tokens(MESSAGES)
    assert attempt.tokens_out == estimate_tokens(attempt.response)


@pytest.mark.parametrize("role", ROLES)
def test_the_same_seed_repeats_and_another_seed_changes_the_text(role):
    schema, context = role_contexts(setup_for())[role]
    first = generate(role, schema, context, seed="alpha").output.model_dump_json()
    assert generate(role, schema, context, seed="alpha").output.model_dump_json() == first
    others = {generate(role, schema, context, seed=f"beta-{i}").output.model_dump_json() for i in range(4)}
    assert others - {first}, f"{role}: four other seeds all wrote the same output"


def test_output_does_not_depend_on_pythonhashseed():
    code = (
        "from moviesim.llm.base import GenerationRequest; from moviesim.llm.offline import OfflineProvider;"
        "from moviesim.llm.schemas import StorySetup;"
        f"r = GenerationRequest(role='director_setup', messages=[], schema=StorySetup, seed='s', "
        f"context={{'seed_text': {MYSTERY_SEED!r}}});"
        "print(OfflineProvider().generate(r).output.model_dump_json())"
    )
    root = Path(__file__).resolve().parents[2]
    outputs = {
        subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": str(hash_seed), "PYTHONPATH": str(root)}).stdout
        for hash_seed in (1, 2, 3)
    }
    assert len(outputs) == 1 and next(iter(outputs)).startswith("{")


def test_an_unknown_role_is_a_provider_error_with_its_attempt():
    with pytest.raises(ProviderError) as caught:
        generate("screenwriter", s.Narration, {})
    assert "offline writer has no role 'screenwriter'" in str(caught.value)
    assert caught.value.attempts and caught.value.attempts[0].error


def test_a_murder_seed_is_a_mystery_and_a_space_seed_is_science_fiction():
    mystery, space = setup_for(MYSTERY_SEED), setup_for(SPACE_SEED)
    assert mystery.genre == "Mystery" and space.genre == "Science fiction"
    mystery_text = " ".join([mystery.logline, *(b.description for b in mystery.beats)]).lower()
    assert any(word in mystery_text for word in ("dead", "killer", "murder", "death", "alibi"))
    space_text = " ".join([space.logline, *(b.description for b in space.beats)]).lower()
    assert any(word in space_text for word in ("ship", "oxygen", "airlock", "signal", " ai "))
    assert "product launch" in f"{mystery.title} {mystery.logline}".lower()
    assert "cargo ship" in f"{space.title} {space.logline}".lower()


SEEDS = [MYSTERY_SEED, SPACE_SEED, "Dragons and a stolen crown",
         "Two rival chefs fall in love during a cooking competition", "🐉🔥", ""]


@pytest.mark.parametrize("seed_text", SEEDS)
def test_setup_casts_three_to_six_with_beats_relationships_and_an_opening_scene(seed_text):
    counts = set()
    for seed in range(12):
        setup = setup_for(seed_text, seed=f"cast-{seed}")
        names = [c.name for c in setup.characters]
        counts.add(len(names))
        assert 3 <= len(names) <= 6 and len(set(names)) == len(names)
        assert len({n.split()[0] for n in names}) == len(names), "first names must tell the cast apart"
        assert 5 <= len(setup.beats) <= 8
        assert [b.act for b in setup.beats] == sorted(b.act for b in setup.beats)
        assert {b.act for b in setup.beats} == {1, 2, 3}
        for sheet in setup.characters:
            others = {r.other for r in sheet.relationships}
            assert others == set(names) - {sheet.name}
            assert 2 <= len(sheet.personality_traits) <= 4 and 1 <= len(sheet.secrets) <= 2
        assert set(setup.opening_scene.present) <= set(names)
        assert len(setup.opening_scene.present) >= len(names) - 1
    assert len(counts) > 1, "the cast size should vary with the seed"


def test_user_markup_in_the_seed_passes_through_as_plain_text():
    seed_text = "<script>alert('boo')</script> murder at the <b>Grand</b> hotel & spa"
    setup = setup_for(seed_text)
    dump = setup.model_dump_json()
    assert setup.genre == "Mystery"
    assert "<b>Grand</b>" in setup.setting
    assert "&lt;" not in dump and "&amp;" not in dump
    recent = [{"speaker": setup.characters[1].name, "kind": "dialogue", "text": "<script>alert(1)</script>?"}]
    turn = generate("character", s.CharacterTurn, character_context(setup, recent=recent)).output
    assert turn.dialogue or turn.action


def test_a_character_without_unrevealed_secrets_never_reveals_one():
    setup = setup_for()
    for i in range(150):
        ctx = character_context(setup, i, tension=0.95, unrevealed=[], directive="Confess the secret now.")
        turn = generate("character", s.CharacterTurn, ctx, seed=f"quiet-{i}").output
        assert turn.secret_revealed == "" and turn.reveal_to == []


def test_a_reveal_is_one_of_the_given_secrets_verbatim_and_is_voiced():
    setup = setup_for()
    reveals = 0
    for i in range(200):
        ctx = character_context(setup, i, tension=0.9)
        turn = generate("character", s.CharacterTurn, ctx, seed=f"loud-{i}").output
        if not turn.secret_revealed:
            continue
        reveals += 1
        assert turn.secret_revealed in ctx["unrevealed_secrets"]
        told = turn.reveal_to
        assert told == ["everyone"] or (len(told) == 1 and told[0] in ctx["present"])
        # the confession is spoken: all but the secret's first word appears in the line
        tail = turn.secret_revealed.rstrip(".").split(" ", 1)[1].lower()
        assert tail in turn.dialogue.lower()
    assert 10 <= reveals <= 90, f"{reveals} reveals in 200 tense turns"


def test_streaming_sends_growing_prefixes_of_the_dialogue_only():
    setup = setup_for()
    for i in range(20):
        seen: list[str] = []
        ctx = character_context(setup, i)
        turn = generate("character", s.CharacterTurn, ctx, seed=f"stream-{i}", on_text=seen.append,
                        stream_field="dialogue").output
        if len(turn.dialogue.split()) >= 8:
            assert 4 <= len(seen) <= 8
        assert seen == sorted(seen, key=len) and (not seen or seen[-1] == turn.dialogue)
        assert all(turn.dialogue.startswith(part) for part in seen)
        if turn.private_thought and turn.private_thought not in turn.dialogue:
            assert not any(turn.private_thought in part for part in seen)
    private: list[str] = []
    generate("character", s.CharacterTurn, character_context(setup), on_text=private.append,
             stream_field="private_thought")
    generate("character", s.CharacterTurn, character_context(setup), on_text=private.append)
    assert private == []


def test_stream_prefixes_cut_at_words():
    assert stream_prefixes("") == []
    parts = stream_prefixes("one two three four five six seven eight nine ten eleven twelve")
    assert 4 <= len(parts) <= 8 and parts[-1].endswith("twelve") and all(" " not in p[-1:] for p in parts)


def play(seed_text: str, turns: int, story: str = "long") -> list[s.CharacterTurn]:
    """A story run the way the engine feeds it: each line comes back as `recent`."""
    setup = setup_for(seed_text, seed=story)
    recent: list[dict] = []
    out = []
    for i in range(turns):
        sheet = setup.characters[(i * 7 + i // 3) % len(setup.characters)]
        index = setup.characters.index(sheet)
        ctx = character_context(setup, index, recent=recent[-8:], tension=0.3 + (i % 30) / 50)
        ctx["turn_index"] = i
        turn = generate("character", s.CharacterTurn, ctx, seed=f"{story}:character:{i}").output
        recent.append({"speaker": sheet.name, "kind": "dialogue",
                       "text": " ".join(x for x in (turn.dialogue, turn.action) if x)})
        out.append(turn)
    return out


@pytest.mark.parametrize("seed_text", [MYSTERY_SEED, SPACE_SEED, "A haunted lighthouse on a remote island"])
def test_three_hundred_turns_rarely_repeat_a_line(seed_text):
    lines = [t.dialogue for t in play(seed_text, 300) if t.dialogue]
    assert len(lines) >= 270
    repeats = sum(n - 1 for n in collections.Counter(lines).values())
    assert repeats <= len(lines) * 0.10, f"{repeats} repeated lines out of {len(lines)}"


def test_a_line_reacts_to_the_last_speaker():
    setup = setup_for()
    last = setup.characters[1]
    named = 0
    for i in range(40):
        recent = [{"speaker": last.name, "kind": "dialogue", "text": "Who moved the keycard?"}]
        turn = generate("character", s.CharacterTurn, character_context(setup, 0, recent=recent),
                        seed=f"react-{i}").output
        named += last.name.split()[0] in turn.dialogue or "keycard" in turn.dialogue
    assert named >= 15, "most replies should name the speaker or pick up the keycard"


def test_the_scene_manager_moves_the_floor_and_ends_long_scenes():
    cast = [c.name for c in setup_for().characters]
    picks = collections.Counter()
    for i in range(60):
        line = {"speaker": cast[0], "kind": "dialogue", "text": f"{cast[2].split()[0]}, answer me."}
        ctx = {"present": cast, "last_speaker": cast[0], "turns_in_scene": 2, "scene_max_turns": 12,
               "recent": [line], "talkativeness": {}}
        choice = generate("scene_manager", s.NextSpeaker, ctx, seed=f"sm-{i}").output
        assert choice.next_speaker != cast[0] and not choice.scene_complete
        picks[choice.next_speaker] += 1
    assert picks[cast[2]] > 30, "the character just named should usually answer"
    ctx = {"present": cast, "last_speaker": cast[0], "turns_in_scene": 11, "scene_max_turns": 12,
           "recent": []}
    assert generate("scene_manager", s.NextSpeaker, ctx).output.scene_complete


def test_an_audience_suggestion_is_woven_into_the_intervention():
    setup = setup_for()
    cast = [c.name for c in setup.characters]
    ctx = {"genre": setup.genre, "scene": setup.opening_scene.model_dump(), "present": cast, "cast": cast,
           "reason": "A viewer suggestion was accepted.", "beat": setup.beats[0].model_dump(),
           "suggestion": "The CEO's twin sister walks in holding the missing badge!"}
    out = generate("director_intervention", s.Intervention, ctx).output
    assert "CEO's twin sister walks in holding the missing badge" in out.event
    assert 0.6 <= out.tension_target <= 0.9 and out.new_character is None


def test_interventions_are_events_and_newcomers_know_the_cast():
    setup = setup_for()
    cast = [c.name for c in setup.characters]
    kinds = collections.Counter()
    for i in range(60):
        ctx = {"genre": setup.genre, "scene": setup.opening_scene.model_dump(), "present": cast, "cast": cast,
               "reason": "Tension is low.", "beat": setup.beats[1].model_dump(), "suggestion": ""}
        out = generate("director_intervention", s.Intervention, ctx, seed=f"iv-{i}").output
        kinds[out.kind] += 1
        assert out.event and 0.6 <= out.tension_target <= 0.9
        if out.kind == "add_character":
            assert out.new_character is not None and out.new_character.name not in cast
            assert {r.other for r in out.new_character.relationships} <= set(cast)
            assert out.new_character.name.split()[0] in out.event
        else:
            assert out.new_character is None
    assert kinds["dramatic_event"] > 30 and kinds["add_character"] >= 1


def test_the_next_scene_moves_on_follows_the_directive_and_ends_with_the_beats():
    setup = setup_for()
    cast = [c.name for c in setup.characters]
    beats = [b.model_dump() for b in setup.beats]
    base = {"genre": setup.genre, "setting": setup.setting, "cast": cast, "beats": beats,
            "previous_scene": setup.opening_scene.model_dump(), "scene_index": 1, "turns_left": 40}
    for i in range(20):
        out = generate("director_next_scene", s.NextScene, {**base, "next_beat_index": 1, "directive": ""},
                       seed=f"ns-{i}").output
        assert out.scene.location != setup.opening_scene.location
        assert set(out.scene.present) <= set(cast) and 2 <= len(out.scene.present) <= 4
        assert 2 <= len(out.plot_options) <= 4 and not out.story_complete
    directed = generate("director_next_scene", s.NextScene,
                        {**base, "next_beat_index": 2, "directive": "Someone burns the launch deck"}).output
    assert "Someone burns the launch deck" in directed.scene.description
    assert generate("director_next_scene", s.NextScene,
                    {**base, "next_beat_index": len(beats), "directive": ""}).output.story_complete
    assert generate("director_next_scene", s.NextScene,
                    {**base, "next_beat_index": 1, "directive": "", "turns_left": 1}).output.story_complete


def test_the_observer_flags_slack_tension_and_a_dominant_speaker():
    calm = [{"speaker": "Mara Quist", "kind": "dialogue", "text": "More tea?"}] * 2
    def observe(recent, history, counts):
        ctx = {"recent": recent, "turn_index": 10, "tension_history": history, "speaker_counts": counts,
               "turns_since_event": 2}
        return generate("observer", s.ObserverReport, ctx).output

    slack = observe(calm, [0.2], [])
    assert slack.tension < 0.3 and slack.intervention_needed and slack.problems
    hot = [{"speaker": "Mara Quist", "kind": "dialogue", "text": "You lied! Where is the gun? Talk!"},
           {"speaker": "Leo Varga", "kind": "dialogue", "text": "I didn't kill anyone!"}]
    busy = observe(hot, [0.6], [{"name": "Mara Quist", "count": 8}, {"name": "Leo Varga", "count": 2}])
    assert busy.intervention_needed and any("Mara" in p for p in busy.problems)
    assert any("Leo" in r for r in busy.recommendations)
    fine = observe(hot, [0.6], [{"name": "Mara Quist", "count": 8}, {"name": "Leo Varga", "count": 7}])
    assert not fine.intervention_needed and fine.tension >= 0.3


def test_summaries_and_the_narrative_retell_what_was_said():
    turns = [{"speaker": "Mara Quist", "kind": "dialogue", "text": "Nobody leaves until I see the keycard."},
             {"speaker": "NARRATOR", "kind": "narration", "text": "The lights flicker."},
             {"speaker": "Leo Varga", "kind": "dialogue", "text": "Then you'll be here all night, Mara."}]
    scene = {"location": "Server room", "time_of_day": "NIGHT", "mood": "tense", "description": "",
             "objectives": []}
    context = {"name": "", "scene": scene, "turns": turns}
    summary = generate("scene_summary", s.SceneSummary, context).output.summary
    assert "server room" in summary and ("Mara" in summary or "Leo" in summary)
    assert 1 <= summary.count(".") + summary.count("”") <= 6
    ctx = {"title": "Death at the Product Launch", "logline": "A launch, a body.", "genre": "Mystery",
           "scenes": [{"heading": "INT. SERVER ROOM - NIGHT", "turns": turns},
                      {"heading": "EXT. ROOFTOP TERRACE - DAWN", "turns": list(reversed(turns))}]}
    story = generate("narrative", s.Narrative, ctx).output
    assert story.title == "Death at the Product Launch"
    paragraphs = story.prose.split("\n\n")
    assert len(paragraphs) == 4  # logline, two scenes, ending
    assert "Nobody leaves until I see the keycard" in story.prose
    assert "rooftop terrace" in paragraphs[2]


def test_missing_context_keys_fall_back_instead_of_crashing():
    for role, (schema, _) in role_contexts(setup_for()).items():
        assert isinstance(generate(role, schema, {}).output, schema), role


def test_the_response_is_the_json_of_the_output():
    generation = generate("director_setup", s.StorySetup, {"seed_text": MYSTERY_SEED})
    assert json.loads(generation.final.response)["title"] == generation.output.title
