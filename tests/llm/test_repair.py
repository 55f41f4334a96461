"""Cosmetic breaks of a schema are mended locally, the way a person reading the reply would
(moviesim/llm/repair.py), and only those: what is really wrong stays an error."""

import pytest
from pydantic import ValidationError

from moviesim.llm import schemas
from moviesim.llm.openai_provider import close_cut_json, json_mode_note
from moviesim.llm.repair import match_name, repair

CAST = ["Mara Quinn", "Dex Okafor", "Ivo Brandt"]


@pytest.mark.parametrize(("said", "meant"), [
    ("Mara Quinn", "Mara Quinn"), ("  mara   QUINN ", "Mara Quinn"), ("Mara", "Mara Quinn"), ("Quinn", "Mara Quinn"),
    ("Dr. Quinn", "Mara Quinn"), ("Detective Quinn", "Mara Quinn"), ("dex", "Dex Okafor"),
    ("Ivo (the engineer)", "Ivo Brandt"), ("Zebulon", None), ("", None),
])
def test_names_resolve_as_a_person_would_read_them(said, meant):
    assert match_name(said, CAST) == meant


def test_a_shared_first_name_is_not_guessed():
    assert match_name("Ada", ["Ada Byron", "Ada Quill"]) is None
    assert match_name("Ada Quill", ["Ada Byron", "Ada Quill"]) == "Ada Quill"


def test_a_character_turn_with_paraphrased_names_and_overflows_is_mended():
    schema = schemas.character_turn_for("Mara Quinn", CAST, [1])
    reply = {"dialogue": "word " * 120, "action": "", "emotion": "wary", "emotion_intensity": 1.7,
             "private_thought": None, "to": "Dr. Okafor", "reveal": 1, "reveal_to": ["ivo", "the butler"],
             "change": "", "relationship_changes": [
                 {"other": "Dex", "delta": -3, "reason": "lied"}, {"other": "Zebulon", "delta": 0.1, "reason": "?"},
                 {"other": "Ivo", "delta": 0.2, "reason": "a"}, {"other": "Ivo", "delta": 0.2, "reason": "b"},
                 {"other": "Dex", "delta": 0.2, "reason": "c"}],
             "mood": "an extra field the schema lacks"}
    with pytest.raises(ValidationError):
        schema.model_validate(reply)
    turn = schema.model_validate(repair(schema, reply))
    assert len(turn.dialogue) <= 400 and turn.dialogue.endswith("word") and "  " not in turn.dialogue
    assert turn.to == "Dex Okafor" and turn.reveal_to == ["Ivo Brandt"]
    assert turn.emotion_intensity == 1.0 and turn.private_thought == ""
    # The relationship to a stranger is dropped; the list is cut to its maximum of three.
    assert [(c.other, c.delta) for c in turn.relationship_changes] == [("Dex Okafor", -1.0), ("Ivo Brandt", 0.2),
                                                                       ("Ivo Brandt", 0.2)]


def test_a_sheet_with_missing_optional_fields_is_filled_but_a_short_cast_is_an_error():
    sheet = schemas.character_sheet_for(CAST[1:])
    reply = {"role": "keeper", "background": "Kept the light.", "personality_traits": ["dry"],
             "secrets": ["Sold the logbooks."], "primary_motivation": "Stay.", "talkativeness": 0.5,
             "relationships": [{"other": "Detective Okafor", "kind": "rival", "description": "x", "opinion": 0.4}]}
    mended = sheet.model_validate(repair(sheet, reply))
    assert mended.fears == [] and mended.secondary_goals == [] and mended.speaking_style == ""
    assert mended.relationships[0].other == "Dex Okafor"
    premise = {"title": "T", "logline": "L", "genre": "g", "setting": "s", "themes": ["t"], "tone": "t",
               "cast": [{"name": "A", "role": "r", "want": "w"}, {"name": "B", "role": "r", "want": "w"}]}
    with pytest.raises(ValidationError, match="at least 3"):
        schemas.StoryPremise.model_validate(repair(schemas.StoryPremise, premise))


def test_a_reply_of_the_wrong_shape_is_not_filled_in():
    assert repair(schemas.NextSpeaker, {"next_speaker": "Mara"}) == {"next_speaker": "Mara"}


def test_a_reply_cut_off_mid_string_is_closed_at_its_last_whole_word():
    closed = close_cut_json('{"dialogue": "I know what you did, Dex. I know ab')
    assert closed == '{"dialogue": "I know what you did, Dex. I know"}'
    assert close_cut_json('{"a": [1, {"b": "c"}, ') == '{"a": [1, {"b": "c"}]}'
    assert close_cut_json('{"a": 1, "b":') == '{"a": 1}'


def test_json_mode_shows_the_shape_as_an_example():
    note = json_mode_note(schemas.next_speaker_for(CAST))
    assert '"next_speaker": "<one of: Mara Quinn | Dex Okafor | Ivo Brandt | NARRATOR>"' in note
    assert '"scene_complete": false' in note and "at most 160 characters" in note
