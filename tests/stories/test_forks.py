"""Forking a story at a turn, reading it, and paging long transcripts."""

import pytest
from django.test import Client

from characters import actions as cast_actions
from characters.models import Memory
from stories.models import Story
from tests.conftest import advance, make_story


def _advance(story, n):
    for _ in range(n):
        advance(story.pk, force=True)


def test_a_fork_keeps_turns_cast_and_memories_up_to_the_fork_point_only(alice_client, alice, bob):
    story = make_story(alice, turns=40, random_seed=8)
    _advance(story, 12)
    character = story.characters.first()
    role_then = character.role
    _advance(story, 4)
    cast_actions.edit_character(character, alice, {"role": "A later rewrite"}, {}, character.version)
    _advance(story, 4)
    response = alice_client.post(f"/stories/{story.pk}/fork/12/")
    fork = Story.objects.exclude(pk=story.pk).get()
    assert response.status_code == 302 and response["Location"] == f"/stories/{fork.pk}/"
    assert fork.owner == alice and fork.parent == story and fork.forked_at_turn == 12
    assert fork.status == Story.Status.PAUSED
    assert list(fork.turns.values_list("index", flat=True)) == list(range(13))
    assert list(fork.turns.values_list("content", flat=True)) == list(
        story.turns.filter(index__lte=12).values_list("content", flat=True))
    assert fork.characters.get(name=character.name).role == role_then, "the sheet as it was at the fork point"
    assert not Memory.objects.filter(character__story=fork, turn_index__gt=12).exists()
    assert Memory.objects.filter(character__story=fork).count() == Memory.objects.filter(
        character__story=story, turn_index__lte=12).count()
    room = alice_client.get(f"/stories/{fork.pk}/").content.decode()
    assert "Forked from" in room or "fork at turn 12" in room
    # It can go on from there on its own.
    alice_client.post(f"/stories/{fork.pk}/resume/")
    _advance(fork, 3)
    assert fork.turns.count() > 13
    assert story.turns.count() == 21, "the original is untouched"
    as_bob = Client()
    as_bob.force_login(bob)
    assert as_bob.post(f"/stories/{story.pk}/fork/5/").status_code == 403
    assert alice_client.post(f"/stories/{story.pk}/fork/999/").status_code == 400


def test_the_reading_view_shows_the_prose_and_the_screenplay(client, alice):
    story = make_story(alice, turns=8)
    _advance(story, 12)
    story.refresh_from_db()
    assert story.status == Story.Status.FINISHED
    html = client.get(f"/stories/{story.pk}/read/").content.decode()
    assert "The story" in html and story.narrative.split("\n")[0][:40].replace("'", "&#x27;") in html
    assert all(f'id="turn-{i}"' in html for i in range(8))


@pytest.mark.django_db
def test_a_long_transcript_opens_on_its_latest_page_and_loads_older_turns_on_demand(client, alice):
    story = make_story(alice, turns=120, random_seed=2)
    _advance(story, 100)
    html = client.get(f"/stories/{story.pk}/").content.decode()
    assert 'id="turn-99"' in html and 'id="turn-20"' in html and 'id="turn-19"' not in html
    assert "?before=20" in html
    earlier = client.get(f"/stories/{story.pk}/turns/?before=20").content.decode()
    assert 'hx-swap-oob="afterbegin:#transcript"' in earlier
    assert 'id="turn-0"' in earlier and 'id="turn-19"' in earlier and 'id="turn-20"' not in earlier
    assert "Show earlier turns" not in earlier  # nothing before turn 0
