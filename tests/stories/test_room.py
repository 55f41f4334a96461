"""The room page, its catch-up endpoint, owner controls and "My stories"."""

import json
import re

import pytest
from django.conf import settings
from django.test import Client
from django.utils.html import escape

from stories.models import Story
from tests.conftest import advance, make_story


def _advance(story, n):
    for _ in range(n):
        advance(story.pk, force=True)


def test_the_room_reads_like_a_screenplay(client, story):
    _advance(story, 6)
    html = client.get(f"/stories/{story.pk}/").content.decode()
    story.refresh_from_db()
    assert story.title in html
    assert 'class="slugline"' in html and 'class="cue"' in html and 'class="dialogue"' in html
    for i in range(6):
        assert f'id="turn-{i}"' in html
    assert "Offline writer" in html
    assert 'ws-connect="/ws/stories/' in html


def test_llm_output_is_escaped(client, story):
    _advance(story, 2)
    turn = story.turns.last()
    turn.content = '<img src=x onerror="window.pwned=1"> a line'
    turn.save()
    html = client.get(f"/stories/{story.pk}/").content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x" in html


def test_catch_up_returns_only_the_missed_turns_as_out_of_band_swaps(client, story):
    _advance(story, 5)
    html = client.get(f"/stories/{story.pk}/turns/?after=2").content.decode()
    assert 'hx-swap-oob="beforeend:#transcript"' in html
    assert 'id="turn-3"' in html and 'id="turn-4"' in html
    assert 'id="turn-2"' not in html
    assert client.get(f"/stories/{story.pk}/turns/?after=nope").status_code == 400


def test_a_private_room_is_hidden_from_others(client, bob, alice):
    story = make_story(alice, visibility=Story.Visibility.PRIVATE, start=False)
    assert client.get(f"/stories/{story.pk}/").status_code == 404
    client.force_login(bob)
    assert client.get(f"/stories/{story.pk}/").status_code == 404
    assert client.get(f"/stories/{story.pk}/turns/?after=-1").status_code == 404
    client.force_login(alice)
    assert client.get(f"/stories/{story.pk}/").status_code == 200


def test_the_owner_can_pause_and_resume(alice_client, story):
    response = alice_client.post(f"/stories/{story.pk}/pause/", HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Resume" in response.content.decode()
    story.refresh_from_db()
    assert story.status == Story.Status.PAUSED
    assert advance(story.pk, force=True) == "busy"
    alice_client.post(f"/stories/{story.pk}/resume/")
    story.refresh_from_db()
    assert story.status == Story.Status.CASTING
    assert alice_client.post(f"/stories/{story.pk}/resume/").status_code == 409


def test_only_the_owner_controls_the_story(client, bob, story):
    assert client.post(f"/stories/{story.pk}/pause/").status_code == 403
    client.force_login(bob)
    assert client.post(f"/stories/{story.pk}/pause/").status_code == 403
    assert "Owner controls" not in client.get(f"/stories/{story.pk}/").content.decode()
    story.refresh_from_db()
    assert story.status == Story.Status.CASTING


def test_a_failed_story_shows_why_and_the_owner_can_retry(alice_client, story):
    Story.objects.filter(pk=story.pk).update(status=Story.Status.FAILED, status_message="the model refused")
    html = alice_client.get(f"/stories/{story.pk}/").content.decode()
    assert "The story stopped: the model refused" in html and "Retry" in html
    alice_client.post(f"/stories/{story.pk}/retry/")
    story.refresh_from_db()
    assert story.status == Story.Status.CASTING and story.status_message == ""


def test_my_stories_lists_renames_changes_visibility_and_deletes(alice_client, alice, bob):
    story = make_story(alice, start=False)
    other = make_story(bob, seed="Bob's own story", start=False)
    page = alice_client.get("/stories/mine/").content.decode()
    assert story.seed[:30] in page and "Bob&#x27;s own story" not in page
    alice_client.post(f"/stories/{story.pk}/rename/", {"title": "Launch Night"})
    alice_client.post(f"/stories/{story.pk}/visibility/", {"visibility": "unlisted"})
    story.refresh_from_db()
    assert (story.title, story.visibility) == ("Launch Night", "unlisted")
    assert alice_client.post(f"/stories/{story.pk}/visibility/", {"visibility": "nope"}).status_code == 400
    assert alice_client.post(f"/stories/{other.pk}/rename/", {"title": "Mine now"}).status_code == 403
    assert "Delete for good" in alice_client.get(f"/stories/{story.pk}/delete/").content.decode()
    alice_client.post(f"/stories/{story.pk}/delete/")
    assert not Story.objects.filter(pk=story.pk).exists()
    assert alice_client.post(f"/stories/{other.pk}/delete/").status_code == 403


def test_the_home_page_lists_public_rooms_live_first(client, alice):
    finished = make_story(alice, seed="An old finished tale", start=True)
    Story.objects.filter(pk=finished.pk).update(status=Story.Status.FINISHED, title="Finished Tale")
    make_story(alice, seed="A live one", start=True)
    hidden = make_story(alice, seed="A private one", visibility=Story.Visibility.PRIVATE)
    html = client.get("/").content.decode()
    assert html.index("A live one") < html.index("Finished Tale")
    assert hidden.seed not in html
    assert "Start a new story" in html


def test_exports_hide_unrevealed_secrets_from_the_public(alice_client, story):
    client = Client()
    _advance(story, 3)
    secret = story.characters.first().secrets[0]
    public = json.loads(client.get(f"/stories/{story.pk}/export.json").content)
    private = json.loads(alice_client.get(f"/stories/{story.pk}/export.json").content)
    assert secret not in json.dumps(public)
    assert secret in json.dumps(private)
    assert [t["index"] for t in public["turns"]] == [0, 1, 2]
    fountain = client.get(f"/stories/{story.pk}/export.fountain").content.decode()
    assert fountain.startswith("Title:")
    assert client.get(f"/stories/{story.pk}/export.exe").status_code == 404


@pytest.mark.django_db
def test_healthz_reports_database_and_channel_layer(client):
    response = client.get("/healthz")
    data = response.json()
    assert data["database"]["ok"] and data["channel_layer"]["ok"], data
    if settings.REDIS_URL:
        # Distributed mode also needs a live Celery worker (tested with one in test_celery_worker).
        assert "workers" in data
        assert response.status_code == (200 if data["workers"]["ok"] else 503)
    else:
        assert "workers" not in data
        assert response.status_code == 200, data


def test_healthz_says_503_when_the_database_is_down(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def broken(*args, **kwargs):
        raise RuntimeError("database is down")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    database = response.json()["database"]
    assert (database["ok"], database["error"]) == (False, "database is down")


def test_the_owner_sees_every_secret_and_others_do_not(alice_client, story):
    _advance(story, 1)
    secret = escape(story.characters.first().secrets[0])
    assert secret in alice_client.get(f"/stories/{story.pk}/").content.decode()
    assert secret in alice_client.get(f"/stories/{story.pk}/secrets/").content.decode()
    visitor = Client()
    assert secret not in visitor.get(f"/stories/{story.pk}/").content.decode()
    assert visitor.get(f"/stories/{story.pk}/secrets/").status_code == 403


def test_a_finished_story_shows_its_prose(client, alice):
    story = make_story(alice, turns=6)
    _advance(story, 10)
    story.refresh_from_db()
    assert story.status == Story.Status.FINISHED
    html = client.get(f"/stories/{story.pk}/").content.decode()
    assert "The story, as prose" in html and "THE END" in html


def test_catch_up_also_brings_turns_edited_while_away(alice_client, story):
    from django.utils import timezone

    from stories import actions

    _advance(story, 4)
    away_since = int(timezone.now().timestamp() * 1000)
    turn = story.turns.get(index=2)
    actions.edit_turn(turn, story.owner, "A line rewritten while you were away.", "")
    html = alice_client.get(f"/stories/{story.pk}/turns/?after=3&since={away_since}").content.decode()
    assert 'id="turn-2" class="turn' in html and 'hx-swap-oob="true"' in html
    assert "A line rewritten while you were away." in html
    assert 'id="turn-1"' not in html  # unchanged turns are not sent again
    assert 'id="poll"' in html and 'id="suggestion-list"' in html


def test_the_cast_panel_shows_relationships_that_move_with_the_story(client, story):
    _advance(story, 12)
    html = client.get(f"/stories/{story.pk}/").content.decode()
    assert 'class="relationships-list"' in html
    assert re.search(r'<meter id="opinion-\d+-\d+" min="-1" max="1"', html)
    from characters.models import Relationship

    initial = {r.pk: r.opinion for r in Relationship.objects.filter(character__story=story)}
    _advance(story, 25)
    moved = [r for r in Relationship.objects.filter(character__story=story) if r.pk in initial
             and abs(r.opinion - initial[r.pk]) > 1e-6]
    assert moved, "opinions should move as characters talk"


def test_a_refusal_says_why(alice, bob, story):
    from stories import actions

    actions.mute(story, bob, alice)
    as_bob = Client()
    as_bob.force_login(bob)
    response = as_bob.post(f"/stories/{story.pk}/suggestions/", {"text": "What if?"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 403
    assert "The owner has muted you in this room." in response.content.decode()
    page = as_bob.post(f"/stories/{story.pk}/pause/")
    assert page.status_code == 403 and "Only the story&#x27;s owner can do that." in page.content.decode()


def test_the_secrets_panel_says_who_knows_which_secret_since_when(alice_client, story):
    _advance(story, 2)
    teller = story.characters.first()
    secret = teller.secrets[0]
    from stories.models import Turn

    Turn.objects.create(story=story, scene=story.scenes.first(), index=story.turns.count(), character=teller,
                        kind="dialogue", content="Fine.", revealed_secret=secret, revealed_to=["Someone Else"])
    html = alice_client.get(f"/stories/{story.pk}/secrets/").content.decode()
    assert escape(secret) in html and "Someone Else since turn 2" in html
    assert "nobody else knows" in html
