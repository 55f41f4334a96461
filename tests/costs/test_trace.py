"""The owner's trace of LLM calls: the list, the prompt behind a turn, one call in full."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.html import escape

from stories.models import LLMCall, Story, Turn
from tests.conftest import advance, make_story


def trace_url(story, suffix=""):
    return f"/stories/{story.pk}/trace/{suffix}"


@pytest.fixture
def played(alice):
    story = make_story(alice, turns=30)
    for _ in range(8):
        advance(story.pk, force=True)
    assert story.turns.filter(kind=Turn.Kind.DIALOGUE).exists()
    return story


@pytest.mark.django_db
def test_the_trace_lists_every_call_to_the_owner(client, alice, played):
    client.force_login(alice)
    response = client.get(trace_url(played))
    assert response.status_code == 200
    html = response.content.decode()
    calls = list(LLMCall.objects.filter(story=played).order_by("-created_at", "-pk"))
    assert len(calls) >= 8
    assert html.count('<tr id="call-') == len(calls)
    # Newest first.
    assert html.index(f'id="call-{calls[0].pk}"') < html.index(f'id="call-{calls[-1].pk}"')
    for role in {c.role for c in calls}:
        assert f"<td>{role}</td>" in html
    assert "offline-writer-1" in html
    assert f'href="/stories/{played.pk}/#turn-{calls[0].turn_index}"' in html
    assert f'href="{trace_url(played, f"{calls[0].pk}/")}"' in html
    assert f"{calls[0].latency_ms} ms" in html
    assert "style=" not in html


@pytest.mark.django_db
def test_the_trace_is_for_the_owner_only(client, alice, bob, played):
    client.force_login(bob)
    assert client.get(trace_url(played)).status_code == 403
    call = LLMCall.objects.filter(story=played).first()
    assert client.get(trace_url(played, f"{call.pk}/")).status_code == 403
    assert client.get(trace_url(played, "?turn=1")).status_code == 403
    client.logout()
    assert client.get(trace_url(played)).status_code in (302, 403)
    assert client.get(trace_url(played, f"{call.pk}/")).status_code in (302, 403)


@pytest.mark.django_db
def test_a_private_story_trace_does_not_exist_for_outsiders(client, alice, bob):
    story = make_story(alice, visibility=Story.Visibility.PRIVATE, start=False)
    call = LLMCall.objects.create(story=story, role="character", provider="offline", messages=[])
    client.force_login(bob)
    assert client.get(trace_url(story)).status_code == 404
    assert client.get(trace_url(story, f"{call.pk}/")).status_code == 404
    client.force_login(alice)
    assert client.get(trace_url(story)).status_code == 200


@pytest.mark.django_db
def test_the_prompt_behind_a_turn_is_the_characters_prompt(client, alice, played):
    turn = played.turns.filter(kind=Turn.Kind.DIALOGUE).select_related("character").order_by("-index").first()
    name = turn.character.name
    character_call = LLMCall.objects.get(story=played, role="character", turn_index=turn.index)
    assert name in character_call.messages[0]["content"] + character_call.messages[1]["content"]
    other_turn_call = LLMCall.objects.filter(story=played).exclude(turn_index=turn.index).first()

    client.force_login(alice)
    response = client.get(trace_url(played, f"?turn={turn.index}"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"The prompt behind turn {turn.index}" in html
    assert escape(character_call.messages[-1]["content"]) in html  # the whole user message, verbatim
    assert escape(character_call.messages[0]["content"]) in html
    assert escape(name) in html
    assert f'id="call-{character_call.pk}"' in html
    assert f'id="call-{other_turn_call.pk}"' not in html


@pytest.mark.django_db
def test_a_turn_without_calls_says_so_and_a_bad_turn_is_refused(client, alice, played):
    client.force_login(alice)
    html = client.get(trace_url(played, "?turn=999")).content.decode()
    assert "No model call is recorded for turn 999" in html
    assert client.get(trace_url(played, "?turn=abc")).status_code == 400
    assert client.get(trace_url(played, "?turn=-2")).status_code == 400


@pytest.mark.django_db
def test_one_call_in_full_escapes_what_it_shows(client, alice):
    story = make_story(alice, start=False)
    call = LLMCall.objects.create(
        story=story, role="character", provider="openai", model="gpt-4o-mini", turn_index=4,
        messages=[{"role": "system", "content": "You are <b>Ada</b>."},
                  {"role": "user", "content": "<script>alert('prompt')</script>"}],
        response='{"dialogue": "<script>alert(1)</script>"}', tokens_in=1200, tokens_out=80, tokens_cached=1024,
        latency_ms=950, error="")
    client.force_login(alice)
    response = client.get(trace_url(story, f"{call.pk}/"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;prompt&#x27;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "You are &lt;b&gt;Ada&lt;/b&gt;." in html
    assert '<p class="trace-message-role">system</p>' in html
    assert '<p class="trace-message-role">user</p>' in html
    assert "1,024 cached" in html and "950 ms" in html
    assert f'href="/stories/{story.pk}/#turn-4"' in html


@pytest.mark.django_db
def test_a_call_of_another_story_is_not_found_here(client, alice):
    mine = make_story(alice, start=False)
    other = make_story(alice, start=False)
    call = LLMCall.objects.create(story=other, role="character", provider="offline", messages=[])
    client.force_login(alice)
    assert client.get(trace_url(mine, f"{call.pk}/")).status_code == 404
    assert client.get(trace_url(other, f"{call.pk}/")).status_code == 200


@pytest.mark.django_db
def test_pruned_prompts_say_so(client, alice, settings):
    settings.MOVIESIM_PROMPT_RETENTION_DAYS = 14
    story = make_story(alice, start=False)
    pruned = LLMCall.objects.create(story=story, role="observer", provider="offline", messages=[], response="",
                                    tokens_in=500, turn_index=2)
    kept = LLMCall.objects.create(story=story, role="character", provider="offline", turn_index=3,
                                  messages=[{"role": "user", "content": "still here"}], response="{}")
    LLMCall.objects.filter(pk=pruned.pk).update(created_at=timezone.now() - timedelta(days=20))
    client.force_login(alice)
    listing = client.get(trace_url(story)).content.decode()
    row = listing[listing.index(f'id="call-{pruned.pk}"'):]
    row = row[:row.index("</tr>")]
    assert "prompt pruned after 14 days" in row
    kept_row = listing[listing.index(f'id="call-{kept.pk}"'):]
    assert "pruned" not in kept_row[:kept_row.index("</tr>")]
    detail = client.get(trace_url(story, f"{pruned.pk}/")).content.decode()
    assert "pruned after 14 days" in detail and "500 in" in detail
    assert "still here" in client.get(trace_url(story, f"{kept.pk}/")).content.decode()


@pytest.mark.django_db
def test_the_trace_is_paginated_fifty_per_page(client, alice):
    story = make_story(alice, start=False)
    LLMCall.objects.bulk_create(
        [LLMCall(story=story, role="character", provider="offline", turn_index=i, messages=[]) for i in range(120)])
    newest = LLMCall.objects.filter(story=story).order_by("-created_at", "-pk").first()
    client.force_login(alice)
    first = client.get(trace_url(story)).content.decode()
    assert first.count('<tr id="call-') == 50
    assert f'id="call-{newest.pk}"' in first
    assert "Page 1 of 3" in first and 'href="?page=2"' in first
    last = client.get(trace_url(story, "?page=3")).content.decode()
    assert last.count('<tr id="call-') == 20
    assert f'id="call-{newest.pk}"' not in last


@pytest.mark.django_db
def test_a_recent_call_without_a_prompt_is_not_called_pruned(client, alice, settings):
    settings.MOVIESIM_PROMPT_RETENTION_DAYS = 14
    story = make_story(alice, start=False)
    call = LLMCall.objects.create(story=story, role="observer", provider="offline", messages=[], response="",
                                  error="timeout")
    client.force_login(alice)
    assert "pruned" not in client.get(trace_url(story)).content.decode()
    detail = client.get(trace_url(story, f"{call.pk}/")).content.decode()
    assert "pruned" not in detail and "No messages were recorded" in detail
