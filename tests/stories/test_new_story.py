"""/stories/new/: the form that turns a seed into a story."""

import pytest

from stories.models import Story

GOOD = {"seed": "A murder mystery at a tech startup during a product launch", "visibility": "public",
        "max_turns": "12", "pacing_seconds": "2", "start_now": "on"}


def test_it_asks_anonymous_visitors_to_log_in(client, db):
    response = client.get("/stories/new/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_it_creates_a_story_and_opens_its_room(alice_client, alice):
    response = alice_client.post("/stories/new/", GOOD)
    story = Story.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/stories/{story.pk}/"
    assert story.owner == alice
    assert story.status == Story.Status.CASTING
    assert story.max_turns == 12 and story.pacing_seconds == 2
    assert story.next_step_at is not None


def test_a_story_can_wait_as_a_draft(alice_client):
    alice_client.post("/stories/new/", {**GOOD, "start_now": ""})
    assert Story.objects.get().status == Story.Status.DRAFT


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"seed": ""}, "seed", "Give the Director a seed"),
        ({"seed": "    \n\t  "}, "seed", "Give the Director a seed"),
        ({"seed": "x" * 2001}, "seed", "under 2,000 characters"),
        ({"seed": "bad\x00seed"}, "seed", "Null characters are not allowed"),
        ({"max_turns": "-3"}, "max_turns", "at least 3"),
        ({"max_turns": "100000"}, "max_turns", "At most"),
        ({"max_turns": "many"}, "max_turns", "whole number"),
        ({"pacing_seconds": "-1"}, "pacing_seconds", "can&#x27;t be negative"),
        ({"visibility": "secret"}, "visibility", "Select a valid choice"),
    ],
)
def test_bad_input_gets_a_clear_message_next_to_the_field_and_stores_nothing(alice_client, change, field, message):
    response = alice_client.post("/stories/new/", {**GOOD, **change})
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'id="id_{field}-error"' in html
    assert Story.objects.count() == 0


def test_a_seed_of_exactly_2000_characters_is_accepted(alice_client):
    alice_client.post("/stories/new/", {**GOOD, "seed": "y" * 2000})
    assert Story.objects.count() == 1


def test_html_and_emoji_in_a_seed_are_kept_as_text(alice_client):
    seed = "<script>alert(1)</script> 🎬 مرحبا a heist"
    alice_client.post("/stories/new/", {**GOOD, "seed": seed})
    story = Story.objects.get()
    assert story.seed == seed
    html = alice_client.get(f"/stories/{story.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_one_account_cannot_run_unbounded_stories(alice_client, settings):
    settings.MOVIESIM_MAX_LIVE_STORIES = 2
    for _ in range(2):
        assert alice_client.post("/stories/new/", GOOD).status_code == 302
    response = alice_client.post("/stories/new/", GOOD)
    assert response.status_code == 429
    assert "You already have 2 stories running" in response.content.decode()
    assert Story.objects.count() == 2
    Story.objects.update(status=Story.Status.PAUSED)
    assert alice_client.post("/stories/new/", GOOD).status_code == 302


def test_one_account_cannot_start_stories_without_end(alice_client, settings):
    settings.MOVIESIM_STORIES_PER_HOUR = 3
    for _ in range(3):
        alice_client.post("/stories/new/", {**GOOD, "start_now": ""})
    response = alice_client.post("/stories/new/", {**GOOD, "start_now": ""})
    assert response.status_code == 429 and "in the last hour" in response.content.decode()
    assert Story.objects.count() == 3
