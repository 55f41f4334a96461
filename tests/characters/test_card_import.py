"""An imported card joins the cast through `add_character`, which keeps names unique in a story."""

import json

import pytest

from characters import actions
from characters.cards import read_card, sheet_from_card
from characters.models import Character, CharacterRevision
from stories.engine import advance_story
from stories.models import Turn
from tests.conftest import make_story


def card_sheet(name: str) -> dict:
    card = {"spec": "chara_card_v2", "spec_version": "2.0",
            "data": {"name": name, "description": "A stranger with a past.", "personality": "wry, patient"}}
    return sheet_from_card(read_card(json.dumps(card).encode()))


def counts(story) -> tuple[int, int, int]:
    return (Character.objects.filter(story=story).count(),
            CharacterRevision.objects.filter(character__story=story).count(), Turn.objects.filter(story=story).count())


@pytest.fixture
def cast_story(alice):
    story = make_story(alice, turns=12)
    advance_story(story.pk, force=True)  # the Director casts it
    assert story.characters.exists()
    return story


def test_an_imported_card_joins_the_cast_in_the_current_scene(cast_story, alice):
    before = counts(cast_story)
    character = actions.add_character(cast_story, alice, card_sheet("Wren Halloway"), relationships={})
    assert character.name == "Wren Halloway"
    assert counts(cast_story) == (before[0] + 1, before[1] + 1, before[2] + 1)  # the character, its revision, a marker
    assert cast_story.scenes.order_by("-index").first().present.filter(pk=character.pk).exists()


@pytest.mark.parametrize("spelling", [str, str.upper, str.lower])
def test_an_imported_card_whose_name_is_taken_is_refused_and_nothing_is_stored(cast_story, alice, spelling):
    taken = cast_story.characters.order_by("id").first().name
    before = counts(cast_story)
    with pytest.raises(actions.NameTaken) as refused:
        actions.add_character(cast_story, alice, card_sheet(spelling(taken)), relationships={})
    assert str(refused.value) == f"There is already a character called {spelling(taken)} in this story."
    assert counts(cast_story) == before
    assert Character.objects.filter(story=cast_story, name__iexact=taken).count() == 1


def test_a_name_taken_in_another_story_is_free_in_this_one(cast_story, alice):
    taken = cast_story.characters.order_by("id").first().name
    other = make_story(alice, seed="A heist at a casino vault in Monaco", start=False)
    assert actions.add_character(other, alice, card_sheet(taken), relationships={}).story == other
