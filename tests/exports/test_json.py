"""The JSON export holds everything that is data: polls, revisions, observer reports, LLM call summaries."""

import json
from datetime import timedelta

from django.test import Client
from django.utils import timezone

from characters import actions as cast_actions
from stories import actions, suggestions
from stories.models import LLMCall, Poll, Turn, Vote
from tests.conftest import make_user


def test_json_export_holds_polls_revisions_reports_suggestions_and_call_summaries(finished, alice, bob):
    carol = make_user("carol")
    scene = finished.scenes.order_by("index").first()
    poll = Poll.objects.create(story=finished, scene=scene, options=["Cut the power", "Call the police", "Run"],
                               closes_at=timezone.now() + timedelta(seconds=30))
    Vote.objects.create(poll=poll, user=alice, option=1)
    Vote.objects.create(poll=poll, user=bob, option=1)
    Vote.objects.create(poll=poll, user=carol, option=2)
    Poll.objects.filter(pk=poll.pk).update(status=Poll.Status.CLOSED, winner_index=1, outcome="Most votes.",
                                           closed_at=timezone.now())
    turn = finished.turns.exclude(character=None).exclude(content="").order_by("index").first()
    original = turn.content
    actions.edit_turn(turn, alice, "A better line.", turn.action)
    character = finished.characters.order_by("id").first()
    sheet = character.sheet()
    sheet["speaking_style"] = "Whispers everything."
    cast_actions.edit_character(character, alice, sheet, {}, character.version)
    idea = suggestions.suggest(finished, bob, "What if the CFO had a twin?")
    suggestions.upvote(idea, alice)
    LLMCall.objects.create(story=finished, role="character", provider="openai", model="gpt-test",
                           messages=[{"role": "system", "content": "SYSTEM PROMPT TEXT"}], response="RAW RESPONSE",
                           tokens_in=120, tokens_out=30, tokens_cached=64, latency_ms=850, attempt=2,
                           error="rate limited")

    data = json.loads(Client().get(f"/stories/{finished.pk}/export.json").content)
    assert data["title"] == finished.title and data["status"] == "finished" and data["logline"] == finished.logline

    [exported_poll] = data["polls"]
    assert exported_poll["options"] == ["Cut the power", "Call the police", "Run"]
    assert exported_poll["tally"] == [0, 2, 1]
    assert exported_poll["winner"] == "Call the police" and exported_poll["outcome"] == "Most votes."
    assert exported_poll["scene"] == scene.index

    edited = next(t for t in data["turns"] if t["index"] == turn.index)
    assert edited["content"] == "A better line." and edited["edited"] is True
    assert edited["revisions"] == [edited["revisions"][0]] and edited["revisions"][0]["content"] == original
    assert edited["revisions"][0]["editor"] == "alice" and edited["revisions"][0]["kind"] == "edit"
    assert len(data["turns"]) == finished.turns.count()
    assert {t["kind"] for t in data["turns"]} >= {Turn.Kind.SCENE, Turn.Kind.DIALOGUE, Turn.Kind.ENDING}

    member = next(m for m in data["characters"] if m["name"] == character.name)
    assert member["speaking_style"] == "Whispers everything."
    assert any(r["kind"] == "edit" and r["changes"]["speaking_style"][1] == "Whispers everything."
               for r in member["revisions"])
    assert member["relationships"] and {"other", "kind", "opinion"} <= set(member["relationships"][0])

    assert len(data["observer_reports"]) == finished.observer_reports.count() >= 1
    assert {"tension", "consistency", "progression", "engagement", "problems"} <= set(data["observer_reports"][0])

    [exported_idea] = data["suggestions"]
    assert exported_idea["text"] == "What if the CFO had a twin?" and exported_idea["upvotes"] == 1
    assert exported_idea["author"] == "bob"

    calls = data["llm_calls"]["calls"]
    assert len(calls) == finished.llm_calls.count()
    assert {c["role"] for c in calls} >= {"character", "observer"}
    last = next(c for c in calls if c["model"] == "gpt-test")
    assert (last["tokens_in"], last["tokens_out"], last["tokens_cached"], last["latency_ms"], last["attempt"],
            last["error"]) == (120, 30, 64, 850, 2, "rate limited")
    assert set(last) == {"role", "provider", "model", "tokens_in", "tokens_out", "tokens_cached", "latency_ms",
                         "attempt", "error", "turn_index", "created_at"}
    assert data["llm_calls"]["totals"]["calls"] == len(calls)
    assert data["llm_calls"]["totals"]["tokens_in"] == sum(c["tokens_in"] for c in calls)
    raw = Client().get(f"/stories/{finished.pk}/export.json").content.decode()
    assert "SYSTEM PROMPT TEXT" not in raw and "RAW RESPONSE" not in raw


def test_markdown_export_reads_as_a_script_with_cast_and_votes(finished):
    text = Client().get(f"/stories/{finished.pk}/export.md").content.decode()
    assert text.startswith(f"# {finished.title}")
    assert "## Cast" in text and "## Screenplay" in text
    for scene in finished.scenes.all():
        assert f"### {scene.heading}" in text
    for c in finished.characters.all():
        assert f"### {c.name}" in text
    assert "**THE END**" in text
