"""The live turn fragment carries the turn and only the panels it changed; its cost stays flat.

(The catch-up after a reconnect carries every panel: tests/stories/test_room.py.)
"""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from stories import broadcast
from stories.models import Story, Turn
from tests.conftest import advance, make_story

PANELS = {"scene": 'id="current-scene"', "cast": 'id="cast"', "dashboard": 'id="dashboard"',
          "header": 'id="story-header"', "narrative": 'id="narrative"'}


@pytest.fixture
def commits(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


def _step(story: Story, capture) -> str:
    with capture(execute=True):  # the broadcast runs once the step's transaction commits
        return advance(story.pk, force=True)


def _sent(monkeypatch) -> list[str]:
    sent = []
    monkeypatch.setattr(broadcast, "send", lambda story_id, event, html: sent.append(html)
                        if event == "story.turn_added" else None)
    return sent


def _panels(html: str) -> set[str]:
    return {name for name, marker in PANELS.items() if marker in html}


def _cards(html: str) -> set[int]:
    """Characters whose card the fragment swaps on its own (not inside a whole cast panel)."""
    return {int(pk) for pk in re.findall(r'id="character-(\d+)" hx-swap-oob="true"', html)}


@pytest.mark.django_db
def test_each_live_fragment_carries_its_turn_the_status_and_only_what_changed(alice, monkeypatch, commits):
    sent = _sent(monkeypatch)
    story = make_story(alice, turns=60, random_seed=4)
    seen = {}
    while story.status != Story.Status.FINISHED:
        _step(story, commits)
        story.refresh_from_db()
    assert sent, "every turn is broadcast"
    for html in sent:
        index = int(re.search(r'id="turn-(\d+)"', html).group(1))
        turn = story.turns.get(index=index)
        assert 'hx-swap-oob="beforeend:#transcript"' in html
        assert f"Turn {index + 1} of 60" in html, "the status line counts the new turn"
        seen[turn.kind] = seen.get(turn.kind, set()) | {frozenset(_panels(html))}
        if turn.kind == Turn.Kind.SCENE:
            assert {"scene", "cast", "header"} <= _panels(html)
        if turn.kind == Turn.Kind.ENDING:
            assert _panels(html) == set(PANELS), "the ending refreshes the whole room"
        if turn.kind in (Turn.Kind.INTERVENTION, Turn.Kind.CHOICE, Turn.Kind.MARKER):
            assert "dashboard" in _panels(html), "a marker on the tension chart"
        if turn.revealed_secret:
            assert turn.character_id in _cards(html), "the revealer's card shows the secret"
            assert turn.revealed_secret in turn.character.revealed_secrets, "the secret is out, for good"
            assert "Revealed:" in html
            assert "cast" not in _panels(html) or turn.kind == Turn.Kind.SCENE
    assert story.turns.exclude(revealed_secret="").exists(), "the story had a secret revealed: the checks above ran"
    dialogue = seen[Turn.Kind.DIALOGUE]
    assert frozenset() in dialogue, "most lines change nothing but the transcript and the status"
    assert any("dashboard" in p for p in dialogue), "an Observer reading refreshes the dashboard"
    assert not any({"scene", "cast", "header", "narrative"} & p for p in dialogue), "a line never re-sends the cast"
    assert any(_cards(html) for html in sent), "a new relationship or a revealed secret re-sends one card"


@pytest.mark.django_db
def test_an_observer_reading_reaches_the_dashboard_with_its_turn(alice, monkeypatch, commits):
    sent = _sent(monkeypatch)
    story = make_story(alice, turns=40, random_seed=4)
    for _ in range(25):
        _step(story, commits)
    report = story.observer_reports.order_by("after_turn").first()
    assert report is not None
    with_report = next(h for h in sent if f'id="turn-{report.after_turn}"' in h)
    assert "dashboard" in _panels(with_report)
    assert f"{report.tension:.2f}" in with_report


@pytest.mark.django_db
def test_the_live_fragment_costs_the_same_late_in_a_story_as_early(alice, monkeypatch, commits):
    _sent(monkeypatch)
    story = make_story(alice, turns=140, random_seed=6)
    for _ in range(8):
        _step(story, commits)
    while not _plain(story.turns.order_by("-index").first()):
        _step(story, commits)
    early = _queries_for_plain_line(story)
    for _ in range(110):
        _step(story, commits)
    while not _plain(story.turns.order_by("-index").first()):  # a heading or a reveal brings panels
        _step(story, commits)
    late = _queries_for_plain_line(story)
    assert early == late, "a plain line's fragment reads as much at turn 120 as at turn 10"


def _plain(turn: Turn) -> bool:
    return turn.kind == Turn.Kind.DIALOGUE and not turn.revealed_secret


def _queries_for_plain_line(story: Story) -> int:
    story.refresh_from_db()
    last = story.turns.for_display().order_by("-index").first()  # as the step hands it over
    with CaptureQueriesContext(connection) as queries:
        html = broadcast.render_new_turns(story, [last])
    assert f'id="turn-{last.index}"' in html and not _panels(html)
    return len(queries)


@pytest.mark.django_db
def test_a_changed_relationship_moves_its_meter_in_the_room(alice, monkeypatch, commits):
    from characters.models import Relationship

    sent = _sent(monkeypatch)
    story = make_story(alice, turns=60, random_seed=4)
    moved = 0
    for _ in range(40):
        before = len(sent)
        _step(story, commits)
        if len(sent) == before:
            continue
        for character, other, value in re.findall(r'<meter id="opinion-(\d+)-(\d+)" hx-swap-oob="true"[^>]*'
                                                  r'value="([-\d.]+)"', sent[-1]):
            opinion = Relationship.objects.get(character_id=character, other_id=other).opinion
            assert float(value) == pytest.approx(opinion, abs=0.006)
            moved += 1
    assert moved >= 3, "characters' opinions of each other move as they talk, and the room sees it"


@pytest.mark.django_db
def test_a_character_the_director_brings_in_joins_the_cast_panel_at_once(alice, monkeypatch, commits):
    from moviesim.llm import offline
    from moviesim.llm.offline_writer import staging
    from moviesim.llm.schemas import Intervention

    def newcomer(rng, ctx):  # the offline Director's own add_character answer, whatever its dice say
        sheet = staging._newcomer(staging._world(ctx), list(ctx.get("cast") or []), int(ctx.get("turn_index") or 0))
        return Intervention(kind="add_character", event=f"{sheet.name} walks in.", new_character=sheet, leaves=[],
                            tension_target=0.7)

    monkeypatch.setitem(offline.WRITERS, "director_intervention", newcomer)
    sent = _sent(monkeypatch)
    story = make_story(alice, turns=40, random_seed=4)
    while story.turns.count() < 3:  # never in a scene's first two turns
        _step(story, commits)
    Story.objects.filter(pk=story.pk).update(pending_intervention="The story sags.")
    before = set(story.characters.values_list("name", flat=True))
    assert _step(story, commits) == "turn"
    intervention = story.turns.order_by("-index").first()
    assert intervention.kind == Turn.Kind.INTERVENTION
    (name,) = set(story.characters.values_list("name", flat=True)) - before
    html = sent[-1]
    assert f'id="turn-{intervention.index}"' in html and "cast" in _panels(html)
    cast = html[html.index('id="cast"'):]
    assert name.replace("'", "&#x27;") in cast, "the newcomer is in the cast panel the room sees"


@pytest.mark.django_db
def test_a_new_relationship_or_a_revealed_secret_re_sends_that_characters_card_alone(alice, monkeypatch, commits):
    from characters.models import Relationship

    _sent(monkeypatch)
    story = make_story(alice, turns=30, random_seed=4)
    while not story.turns.filter(kind=Turn.Kind.DIALOGUE).exists():
        _step(story, commits)
    line = story.turns.filter(kind=Turn.Kind.DIALOGUE).select_related("character").first()
    speaker = line.character
    others = list(story.characters.exclude(pk=speaker.pk))
    Relationship.objects.filter(character=speaker).delete()  # the next opinion they voice is a new relationship
    html = broadcast.render_new_turns(story, [line], cards={speaker.pk})
    assert _cards(html) == {speaker.pk} and "cast" not in _panels(html)
    assert 'class="relationships-list"' not in html
    Relationship.objects.create(character=speaker, other=others[0], kind="rival", opinion=-0.4)
    html = broadcast.render_new_turns(story, [line], cards={speaker.pk})
    card = html[html.index(f'id="character-{speaker.pk}"'):]
    assert 'class="relationships-list"' in card and f'id="opinion-{speaker.pk}-{others[0].pk}"' in card
    assert 'id="character-' not in card[len(f'id="character-{speaker.pk}"'):], "one card, not the cast"

    secret = "She moved the launch date to hide the breach"
    speaker.revealed_secrets = [secret]
    speaker.save(update_fields=["revealed_secrets"])
    Turn.objects.filter(pk=line.pk).update(revealed_secret=secret, revealed_to=["everyone"])
    line.refresh_from_db()
    html = broadcast.render_new_turns(story, [line])
    assert _cards(html) == {speaker.pk}
    assert f"Revealed: {secret}" in html


@pytest.mark.django_db
def test_an_opinion_voiced_without_a_relationship_starts_one_and_the_room_sees_the_card(alice, monkeypatch, commits):
    from characters.models import Relationship

    sent = _sent(monkeypatch)
    story = make_story(alice, turns=60, random_seed=4)
    while not story.turns.exists():
        _step(story, commits)
    Relationship.objects.filter(character__story=story).delete()
    for _ in range(40):
        _step(story, commits)
        made = list(Relationship.objects.filter(character__story=story))
        if made:
            break
    assert made, "a line voiced an opinion of someone present"
    assert {r.character_id for r in made} <= _cards(sent[-1]), "the speaker's card, with its new row"
    for r in made:
        assert f'id="opinion-{r.character_id}-{r.other_id}"' in sent[-1]
        assert -1.0 <= r.opinion <= 1.0
