"""A character's memory stream as a step reads it, and how their opinions move."""

import pytest
from django.db.models import Max

from characters.models import Character, Memory, Relationship
from stories.engine import memory
from stories.engine.lines import move_opinion
from stories.models import Scene, Turn
from tests.conftest import make_story


@pytest.fixture
def cast(alice):
    story = make_story(alice, start=False)
    return story, [Character.objects.create(story=story, name=name) for name in ("Mara Quinn", "Theo Park", "Ines")]


def _memory(character, turn_index, kind=Memory.Kind.WITNESSED, importance=0.5, content=None, turn=None):
    return Memory.objects.create(character=character, turn_index=turn_index, kind=kind, importance=importance,
                                 content=content or f"{character.name} {kind} at turn {turn_index}", turn=turn)


@pytest.mark.django_db
def test_confided_is_the_latest_secrets_told_oldest_first_and_nothing_else(cast):
    _, (mara, theo, ines) = cast
    for i in (1, 3, 5, 7, 9, 11):
        _memory(mara, i, Memory.Kind.TOLD, 0.95, f"Theo revealed: secret {i}")
    # Newer and as vivid, but not told: never a confidence.
    _memory(mara, 12, Memory.Kind.EVENT, 0.95)
    _memory(mara, 13, Memory.Kind.OWN, 0.95)
    _memory(mara, 14, Memory.Kind.REFLECTION, 0.85)
    _memory(mara, 15, Memory.Kind.WITNESSED, 0.9)
    _memory(theo, 16, Memory.Kind.TOLD, 0.95, "Mara revealed: not for Mara's ears")
    stream = memory.Stream(mara)
    assert stream.confided(4) == [f"Theo revealed: secret {i}" for i in (5, 7, 9, 11)]
    assert stream.confided(2) == ["Theo revealed: secret 9", "Theo revealed: secret 11"]
    assert stream.confided(10) == [f"Theo revealed: secret {i}" for i in (1, 3, 5, 7, 9, 11)]
    assert memory.Stream(ines).confided() == []


def _exact_since_reflection(character) -> list[int]:
    last = Memory.objects.filter(character=character, kind=Memory.Kind.REFLECTION).aggregate(
        m=Max("turn_index"))["m"]
    rows = Memory.objects.filter(character=character).exclude(kind=Memory.Kind.REFLECTION)
    if last is not None:
        rows = rows.filter(turn_index__gt=last)
    return sorted(rows.values_list("pk", flat=True))


@pytest.mark.django_db
def test_since_reflection_is_what_came_after_the_last_reflection_whatever_the_window(cast, monkeypatch):
    _, (mara, theo, ines) = cast
    for i in range(12):
        _memory(mara, i)
        if i in (2, 5):
            _memory(mara, i, Memory.Kind.REFLECTION, 0.85)
            _memory(mara, i, Memory.Kind.OWN, 0.9)  # the same turn as the reflection: not after it
    _memory(theo, 10, Memory.Kind.REFLECTION, 0.85)  # another character's reflections don't count
    for i in range(8):
        _memory(ines, i, importance=0.4 + i / 20)  # never reflected

    expected = {c.pk: _exact_since_reflection(c) for c in (mara, ines)}
    assert [Memory.objects.get(pk=pk).turn_index for pk in expected[mara.pk]] == list(range(6, 12))
    assert len(expected[ines.pk]) == 8
    default = memory.Stream.LATEST
    for window in (default, 3, 4, 5, 8, 16):
        monkeypatch.setattr(memory.Stream, "LATEST", window)
        for character in (mara, ines):
            stream = memory.Stream(character)
            assert len(stream.latest) == min(window, character.memories.count())
            since = stream.since_reflection()
            assert sorted(row.id for row in since) == expected[character.pk], (character.name, window)
            assert all(row.kind != Memory.Kind.REFLECTION for row in since)
    # With a window of 3 the reflections (turns 2 and 5) lie outside it: the answer came from the database.
    monkeypatch.setattr(memory.Stream, "LATEST", 3)
    stream = memory.Stream(mara)
    assert not any(row.kind == Memory.Kind.REFLECTION for row in stream.latest)
    assert {row.turn_index for row in stream.since_reflection()} == set(range(6, 12))


@pytest.mark.django_db
def test_recall_never_returns_what_the_prompt_already_shows(cast):
    _, (mara, *_others) = cast
    for i in range(20):
        vivid = i % 3 == 0
        _memory(mara, i, Memory.Kind.EVENT if vivid else Memory.Kind.WITNESSED, 0.95 if vivid else 0.3,
                f"lighthouse beacon memory {i}")
    _memory(mara, 17, Memory.Kind.TOLD, 0.95, "lighthouse secret told at 17")
    query = "the lighthouse beacon"
    everything = memory.Stream(mara).recall(query, now_index=20, k=100)
    turn_of = {m.content: m.turn_index for m in mara.memories.all()}
    assert sorted(everything) == sorted(turn_of), "with room for all, all are recalled"
    for exclude_from in (0, 1, 10, 15, 18, 21):
        recalled = memory.Stream(mara).recall(query, now_index=20, k=100, exclude_from=exclude_from)
        assert all(turn_of[text] < exclude_from for text in recalled), exclude_from
        assert sorted(recalled) == sorted(c for c, t in turn_of.items() if t < exclude_from), exclude_from
    top = memory.Stream(mara).recall(query, now_index=20, k=3, exclude_from=15)
    assert len(top) == 3 and all(turn_of[text] < 15 for text in top)


@pytest.mark.django_db
def test_witnessed_is_the_turns_the_character_remembers(cast):
    story, (mara, theo, _ines) = cast
    scene = Scene.objects.create(story=story, index=0, location="Lighthouse")
    turns = [Turn.objects.create(story=story, scene=scene, index=i, kind=Turn.Kind.NARRATION, content=f"t{i}")
             for i in range(6)]
    for i in (1, 3, 4):
        _memory(mara, i, turn=turns[i])
    _memory(mara, 4, Memory.Kind.TOLD, 0.95, turn=turns[4])
    _memory(mara, 5, Memory.Kind.REFLECTION, 0.85)  # no turn
    _memory(theo, 2, turn=turns[2])
    _memory(theo, 5, turn=turns[5])
    ids = {t.pk for t in turns}
    assert memory.Stream(mara).witnessed(ids) == {turns[i].pk for i in (1, 3, 4)}
    assert memory.Stream(mara).witnessed({turns[1].pk, turns[2].pk}) == {turns[1].pk}
    assert memory.Stream(theo).witnessed(ids) == {turns[2].pk, turns[5].pk}
    assert memory.Stream(mara).witnessed(set()) == set()


@pytest.mark.django_db
def test_an_opinion_moves_within_its_bounds_one_way_and_a_first_opinion_starts_a_relationship(cast):
    _, (mara, theo, ines) = cast
    mara_theo = Relationship.objects.create(character=mara, other=theo, opinion=0.5)
    theo_mara = Relationship.objects.create(character=theo, other=mara, opinion=0.1)

    def opinion(rel):
        rel.refresh_from_db()
        return rel.opinion

    assert move_opinion(mara, theo, 0.25) == pytest.approx(0.75)
    assert opinion(mara_theo) == pytest.approx(0.75)
    assert move_opinion(mara, theo, 0.5) == pytest.approx(1.0)
    assert move_opinion(mara, theo, 0.1) == pytest.approx(1.0), "held at 1"
    assert move_opinion(mara, theo, -0.4) == pytest.approx(0.6)
    assert move_opinion(mara, theo, -3.0) == pytest.approx(-1.0), "held at -1"
    assert opinion(mara_theo) == pytest.approx(-1.0)
    assert opinion(theo_mara) == pytest.approx(0.1), "only the one direction moves"

    assert move_opinion(ines, mara, 1.7) is None, "no relationship yet: it starts one"
    started = Relationship.objects.get(character=ines, other=mara)
    assert started.opinion == pytest.approx(1.0), "within its bounds from the start"
    assert move_opinion(ines, mara, -0.5) == pytest.approx(0.5), "and moves from then on"
    assert not Relationship.objects.filter(character=mara, other=ines).exists()
