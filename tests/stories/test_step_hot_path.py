"""The step's hot path: model calls held until the commit, the memory stream read once, the
one-statement opinion move and lease claim, and broadcasts sent through one background loop."""

import asyncio
import atexit
import threading
import time
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from characters.models import Character, Memory, Relationship
from moviesim.llm import ProviderError, registry
from moviesim.llm.base import Attempt
from moviesim.llm.offline import OfflineProvider
from stories import actions, broadcast
from stories.engine import lease, memory, sql
from stories.engine.scene_play import move_opinion_statement
from stories.engine.step import advance_story
from stories.models import LLMCall, Poll, Scene, Story, Suggestion, Turn
from tests.conftest import make_story
from tests.stories import test_steps
from tests.stories.test_steps import FailingWriter, _cast, _in_thread, _use

gated = test_steps.gated  # the writer held at the door of its first call (a fixture)


class RecordingWriter(OfflineProvider):
    """The offline writer, noting each call's role; `before` runs first (to disturb the step)."""

    name = "offline"

    def __init__(self, before=None):
        super().__init__()
        self.roles: list[str] = []
        self.before = before

    def generate(self, request):
        self.roles.append(request.role)
        if self.before is not None:
            self.before(request)
        return super().generate(request)


@pytest.fixture
def install(monkeypatch):
    """Put a writer in place of the offline provider for this test only."""
    def use(writer):
        _use(monkeypatch, writer)
        return writer

    yield use
    registry.get_provider.cache_clear()


@pytest.fixture
def quiet_room(monkeypatch):
    """No fragments leave the process (the steps here are watched through the database)."""
    monkeypatch.setattr(broadcast, "send", lambda story_id, event, html: None)


def _ids() -> set[int]:
    return set(LLMCall.objects.values_list("pk", flat=True))


# --- Model calls: held, then written in the commit ----------------------------------------------

@pytest.mark.django_db(transaction=True)
def test_a_steps_model_calls_are_written_in_its_commit_under_its_turn(alice, install, quiet_room):
    story = make_story(alice, turns=20)
    _cast(story)
    writer = install(RecordingWriter())
    before = _ids()
    statements = []  # (sql, in a transaction, the outermost atomic block)

    def watch(execute, sql, params, many, context):
        outer = connection.atomic_blocks[0] if connection.atomic_blocks else None
        statements.append((sql.lstrip().upper(), connection.in_atomic_block, outer))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        assert advance_story(story.pk, force=True) == "turn"

    assert writer.roles, "the step made no model call: the test would prove nothing"
    new = list(LLMCall.objects.filter(pk__in=_ids() - before))
    assert len(new) == len(writer.roles), "every call the step made is recorded, once"
    assert sorted(c.role for c in new) == sorted(writer.roles)
    last = story.turns.aggregate(m=Max("index"))["m"]
    assert last == 1
    assert {c.turn_index for c in new} == {last}, "the calls carry the turn they produced"

    inserts = [(in_atomic, outer) for sql, in_atomic, outer in statements
               if sql.startswith("INSERT") and '"STORIES_LLMCALL"' in sql]
    turn_inserts = [outer for sql, _, outer in statements if sql.startswith("INSERT") and '"STORIES_TURN"' in sql]
    assert len(inserts) == 1, "the step's calls go in one insert"
    assert inserts[0][0], "the calls were written outside the commit's transaction"
    assert len(turn_inserts) == 1 and turn_inserts[0] is not None
    assert inserts[0][1] is turn_inserts[0], "the calls and the turn are written in the same transaction"


@pytest.mark.django_db(transaction=True)
def test_calls_follow_their_turn_when_a_marker_takes_its_index_meanwhile(alice, gated, quiet_room):
    story = make_story(alice, turns=20)
    _cast(story)
    before = _ids()
    gated.arm()
    results: list[str] = []
    worker = _in_thread(story.pk, results)
    try:
        assert gated.inside.wait(10)
        with transaction.atomic():  # an editor's marker lands while the model is thinking
            actions.add_marker(story, "Mara was rewritten by alice")
    finally:
        gated.release.set()
        worker.join(10)
    assert results == ["turn"]
    kinds = list(story.turns.order_by("index").values_list("index", "kind"))
    assert [index for index, _ in kinds] == [0, 1, 2] and kinds[1][1] == Turn.Kind.MARKER
    assert kinds[2][1] not in (Turn.Kind.MARKER, Turn.Kind.SCENE), "the step's own turn came after the marker"
    new = LLMCall.objects.filter(pk__in=_ids() - before)
    assert new.exists()
    assert set(new.values_list("turn_index", flat=True)) == {2}, "filed under the turn they produced"
    line = story.turns.get(index=2)
    memories = Memory.objects.filter(character__story=story, turn_index__gte=1)
    assert memories.exists() and {(m.turn_id, m.turn_index) for m in memories} == {(line.pk, 2)}, \
        "the line's memories follow it to its index"


@pytest.mark.django_db
def test_a_model_that_fails_for_good_still_leaves_its_attempts_on_record(alice, install):
    story = make_story(alice, turns=20)
    _cast(story)
    attempts = [Attempt(number=1, model="m-1", error="timed out after 60s"),
                Attempt(number=2, model="m-1", error="refused: I can't write that")]
    install(FailingWriter(ProviderError("refused: I can't write that", attempts=attempts)))
    assert advance_story(story.pk, force=True) == "paused"
    story.refresh_from_db()
    assert story.status == Story.Status.PAUSED and story.turns.count() == 1
    failed = list(LLMCall.objects.filter(story=story).exclude(error="").order_by("attempt"))
    assert [(c.role, c.attempt, c.error, c.turn_index) for c in failed] == [
        ("character", 1, "timed out after 60s", 1), ("character", 2, "refused: I can't write that", 1)]


@pytest.mark.django_db
def test_a_step_that_loses_its_lease_after_asking_the_model_still_records_the_calls(alice, install, quiet_room):
    story = make_story(alice, turns=20)
    _cast(story)

    def steal(request):  # another worker takes the story while the model thinks
        if len(writer.roles) == 1:
            Story.objects.filter(pk=story.pk).update(lease_token="another-worker",
                                                     lease_until=timezone.now() + timedelta(seconds=60))

    writer = install(RecordingWriter(before=steal))
    before = _ids()
    assert advance_story(story.pk, force=True) == "lost"
    assert writer.roles
    assert story.turns.count() == 1, "a lost step's result is dropped"
    assert Story.objects.get(pk=story.pk).lease_token == "another-worker", "the new holder keeps its lease"
    new = list(LLMCall.objects.filter(pk__in=_ids() - before))
    assert sorted(c.role for c in new) == sorted(writer.roles), "every call made is recorded"
    assert {c.turn_index for c in new} == {1} and all(c.error == "" for c in new)


# --- The memory stream -------------------------------------------------------------------------

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


# --- Opinions ----------------------------------------------------------------------------------

def move_opinion(character_id: int, other_id: int, delta: float) -> float | None:
    moved = sql.run(*move_opinion_statement(character_id, other_id, delta)).rows
    return moved[0][0] if moved else None


@pytest.mark.django_db
def test_move_opinion_moves_clamps_and_returns_the_new_value(cast):
    _, (mara, theo, ines) = cast
    mara_theo = Relationship.objects.create(character=mara, other=theo, opinion=0.5)
    theo_mara = Relationship.objects.create(character=theo, other=mara, opinion=0.1)
    mara_ines = Relationship.objects.create(character=mara, other=ines, opinion=-0.2)

    def opinion(rel):
        rel.refresh_from_db()
        return rel.opinion

    assert move_opinion(mara.pk, theo.pk, 0.25) == pytest.approx(0.75)
    assert opinion(mara_theo) == pytest.approx(0.75)
    assert move_opinion(mara.pk, theo.pk, 0.5) == pytest.approx(1.0)
    assert opinion(mara_theo) == pytest.approx(1.0)
    assert move_opinion(mara.pk, theo.pk, 0.1) == pytest.approx(1.0), "held at 1"
    assert move_opinion(mara.pk, theo.pk, -0.4) == pytest.approx(0.6)
    assert move_opinion(mara.pk, theo.pk, -3.0) == pytest.approx(-1.0)
    assert opinion(mara_theo) == pytest.approx(-1.0)
    assert move_opinion(mara.pk, theo.pk, -0.5) == pytest.approx(-1.0), "held at -1"
    assert move_opinion(mara.pk, ines.pk, 0.7) == pytest.approx(0.5)
    assert opinion(theo_mara) == pytest.approx(0.1), "only the one direction moves"
    assert opinion(mara_ines) == pytest.approx(0.5)

    before = sorted(Relationship.objects.values_list("character", "other", "opinion"))
    assert move_opinion(ines.pk, mara.pk, 0.3) is None, "no relationship yet"
    assert move_opinion(theo.pk, ines.pk, -0.3) is None
    assert sorted(Relationship.objects.values_list("character", "other", "opinion")) == before


# --- The lease ---------------------------------------------------------------------------------

def _facts(claimed: Story) -> tuple:
    return claimed.last_index, bool(claimed.has_open_poll), bool(claimed.has_accepted_suggestion)


@pytest.mark.django_db
def test_claim_returns_the_story_with_what_the_step_decides_on(alice, bob):
    story = make_story(alice)
    other = make_story(alice, seed="A heist at a casino")
    token = lease.new_token()
    claimed = lease.claim(story.pk, token)
    assert isinstance(claimed, Story) and claimed.pk == story.pk and claimed.lease_token == token
    assert claimed.status == Story.Status.CASTING and claimed.seed == story.seed
    assert _facts(claimed) == (None, False, False)
    fresh = Story.objects.get(pk=story.pk)
    assert fresh.lease_token == token and fresh.lease_until > timezone.now()
    for field in Story._meta.concrete_fields:  # the row as claimed, every field as the ORM reads it
        assert getattr(claimed, field.attname) == getattr(fresh, field.attname), field.name
    assert lease.release(story.pk, token) == 1

    scene = Scene.objects.create(story=story, index=0, location="Casino floor")
    for i in (0, 1, 4):
        Turn.objects.create(story=story, scene=scene, index=i, kind=Turn.Kind.NARRATION)
    Turn.objects.create(story=other, index=9, kind=Turn.Kind.NARRATION)
    closes = timezone.now() + timedelta(minutes=5)
    Poll.objects.create(story=story, options=["a", "b"], status=Poll.Status.CLOSED, closes_at=closes)
    Poll.objects.create(story=other, options=["a", "b"], status=Poll.Status.OPEN, closes_at=closes)
    for status in (Suggestion.Status.OPEN, Suggestion.Status.USED, Suggestion.Status.DISMISSED):
        Suggestion.objects.create(story=story, author=bob, text=f"{status} idea", status=status)
    Suggestion.objects.create(story=other, author=bob, text="elsewhere", status=Suggestion.Status.ACCEPTED)
    claimed = lease.claim(story.pk, token)
    assert _facts(claimed) == (4, False, False), "only this story's open polls and accepted suggestions count"
    lease.release(story.pk, token)

    Poll.objects.create(story=story, options=["a", "b"], status=Poll.Status.OPEN, closes_at=closes)
    claimed = lease.claim(story.pk, token)
    assert _facts(claimed) == (4, True, False)
    lease.release(story.pk, token)
    Suggestion.objects.create(story=story, author=bob, text="a storm", status=Suggestion.Status.ACCEPTED)
    Turn.objects.create(story=story, scene=scene, index=5, kind=Turn.Kind.MARKER)
    claimed = lease.claim(story.pk, token)
    assert _facts(claimed) == (5, True, True)
    assert _facts(claimed) == (
        story.turns.aggregate(m=Max("index"))["m"],
        story.polls.filter(status=Poll.Status.OPEN).exists(),
        story.suggestions.filter(status=Suggestion.Status.ACCEPTED).exists(),
    )


@pytest.mark.django_db
def test_claim_refuses_a_story_someone_else_holds_until_their_lease_expires(alice):
    story = make_story(alice)
    mine, theirs = lease.new_token(), lease.new_token()
    assert lease.claim(story.pk, theirs) is not None
    assert lease.claim(story.pk, mine) is None
    assert lease.claim(story.pk, mine, require_due=False) is None
    assert Story.objects.get(pk=story.pk).lease_token == theirs, "a refused claim changes nothing"
    assert lease.claim(story.pk, theirs) is not None, "the holder may claim again"
    Story.objects.filter(pk=story.pk).update(lease_until=timezone.now() - timedelta(seconds=1))
    claimed = lease.claim(story.pk, mine)
    assert claimed is not None and claimed.lease_token == mine
    assert Story.objects.get(pk=story.pk).lease_token == mine


@pytest.mark.django_db
def test_claim_of_a_story_not_yet_due_needs_require_due_false(alice):
    story = make_story(alice)
    Story.objects.filter(pk=story.pk).update(next_step_at=timezone.now() + timedelta(hours=1))
    token = lease.new_token()
    assert lease.claim(story.pk, token) is None
    assert Story.objects.get(pk=story.pk).lease_token == ""
    claimed = lease.claim(story.pk, token, require_due=False)
    assert claimed is not None and claimed.pk == story.pk and claimed.lease_token == token
    lease.release(story.pk, token)
    Story.objects.filter(pk=story.pk).update(next_step_at=None)
    assert lease.claim(story.pk, token) is not None, "a story with no time set is due"
    lease.release(story.pk, token)
    Story.objects.filter(pk=story.pk).update(status=Story.Status.PAUSED)
    assert lease.claim(story.pk, token, require_due=False) is None, "only live stories by default"
    assert lease.claim(story.pk, token, statuses=(Story.Status.PAUSED,)) is not None


# --- Broadcasts --------------------------------------------------------------------------------

needs_redis = pytest.mark.skipif("not __import__('django.conf').conf.settings.REDIS_URL",
                                 reason="the Redis layer (distributed mode)")


@needs_redis
def test_a_fragment_sent_from_a_plain_thread_reaches_the_group_through_redis_without_a_loop():
    from channels.layers import get_channel_layer

    layer = get_channel_layer()
    received = []

    async def listen():
        channel = await layer.new_channel()
        await layer.group_add("story-4242", channel)
        await asyncio.sleep(0.1)  # subscribed
        for i in range(3):  # from a plain thread, in order
            await asyncio.to_thread(broadcast.send, 4242, "story.turn_added", f"<p>{i}</p>")
        for _ in range(3):
            received.append(await asyncio.wait_for(layer.receive(channel), 5))
        await layer.group_discard("story-4242", channel)

    asyncio.run(listen())
    assert [m["html"] for m in received] == ["<p>0</p>", "<p>1</p>", "<p>2</p>"]
    assert threading.active_count() < 50 and not [t for t in threading.enumerate() if t.name == "broadcast"], \
        "no event loop thread of its own"


def test_a_redis_that_is_gone_holds_a_send_only_a_moment_and_the_send_is_dropped(caplog, monkeypatch):
    import redis

    from stories.layers import PUBLISH_TIMEOUT, RoomChannelLayer

    gone = RoomChannelLayer(hosts=["redis://127.0.0.1:1/0"], prefix="t")
    started = time.monotonic()
    with pytest.raises(redis.exceptions.ConnectionError):
        gone.group_send_now("story-1", {"type": "story.turn_added", "html": "<p>x</p>"})
    assert time.monotonic() - started < 4 * PUBLISH_TIMEOUT + 1
    monkeypatch.setattr(broadcast, "get_channel_layer", lambda: gone)
    broadcast.send(1, "story.turn_added", "<p>x</p>")  # logged, not raised: the page catches up
    assert "broadcast to story 1 failed" in caplog.text
    sentinel = RoomChannelLayer(hosts=[{"master_name": "m", "sentinels": [("127.0.0.1", 1)]}])
    assert sentinel.group_send_now("story-1", {"type": "x"}) is False, "left to group_send"


@pytest.mark.django_db
def test_embedding_calls_are_held_with_the_steps_other_calls(alice, monkeypatch):
    from stories.engine import calls

    story = make_story(alice, start=False)

    class Embeds:
        name = "embeds"
        embedding_model = "tiny-embed"

        def embed(self, texts):
            return [[1.0, 0.0] for _ in texts]

    monkeypatch.setattr(calls, "get_provider", lambda name: Embeds())
    embedded = LLMCall.objects.filter(story=story, role="embedding")
    with calls.held() as made:
        assert calls.embedder(story)(["a beacon", "the keeper"]) == [[1.0, 0.0], [1.0, 0.0]]
        assert not embedded.exists(), "inside a step the call waits for the step's commit"
        assert [c.role for c in made] == ["embedding"]
    assert embedded.count() == 1, "a step that ends without committing still writes what it held"
    calls.embedder(story)(["outside any step"])
    assert embedded.count() == 2, "outside a step the call is written at once"


# --- The next step's publish and the lease release ------------------------------------------

@pytest.fixture
def publisher(monkeypatch):
    from stories import scheduling

    fresh = scheduling._Publisher()
    monkeypatch.setattr(scheduling, "_publisher", fresh)
    yield fresh
    atexit.unregister(fresh.drain)


@pytest.mark.django_db(transaction=True)
def test_the_next_step_is_published_after_the_commit_off_the_step_and_in_order(alice, publisher, settings,
                                                                             monkeypatch):
    from stories import scheduling
    from stories.tasks import advance_story_task

    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    gate, sent = threading.Event(), []

    def apply_async(args, eta=None):
        gate.wait(5)  # a slow broker: the caller has long gone on
        sent.append((args, eta, threading.current_thread().name))

    monkeypatch.setattr(advance_story_task, "apply_async", apply_async)
    later = timezone.now() + timedelta(minutes=5)
    with transaction.atomic():
        scheduling.schedule_advance(1, later)
        scheduling.schedule_advance(2)
        assert publisher._queue.qsize() == 0, "nothing is sent before the commit"
    assert sent == [], "the commit does not wait for the broker"
    gate.set()
    publisher.drain()
    assert sent == [((1,), later, "step-publisher"), ((2,), None, "step-publisher")]

    with transaction.atomic():
        scheduling.schedule_advance(3)
        transaction.set_rollback(True)
    publisher.drain()
    assert len(sent) == 2, "a rolled-back step schedules nothing"


@pytest.mark.django_db(transaction=True)
def test_a_step_publishes_the_step_after_it_from_its_own_thread_once_its_turn_is_committed(
        alice, publisher, settings, monkeypatch, quiet_room):
    from stories.tasks import advance_story_task

    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    sent = []

    def apply_async(args, eta=None):
        here = threading.current_thread() is threading.main_thread()  # (no connection left open elsewhere)
        sent.append((threading.current_thread().name, connection.in_atomic_block if here else False,
                     Turn.objects.count() if here else 0))

    monkeypatch.setattr(advance_story_task, "apply_async", apply_async)
    story = make_story(alice, turns=20)
    publisher.drain()
    assert sent == [("step-publisher", False, 0)], "a request (the new story) leaves it to the publishing thread"
    assert advance_story(story.pk, force=True) == "turn"  # casting
    assert advance_story(story.pk, force=True) == "turn"
    me = threading.current_thread().name
    assert sent[1:] == [(me, False, 1), (me, False, 2)], "a step publishes the next one itself, after its commit"


@pytest.mark.django_db(transaction=True)
def test_a_publish_that_fails_is_logged_and_the_sweeper_still_finds_the_story(alice, publisher, settings,
                                                                            monkeypatch, caplog):
    from stories import scheduling
    from stories.tasks import advance_story_task

    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    story = make_story(alice)
    Story.objects.filter(pk=story.pk).update(status=Story.Status.RUNNING, next_step_at=timezone.now())

    def broker_down(args, eta=None):
        raise ConnectionError("broker down")

    monkeypatch.setattr(advance_story_task, "apply_async", broker_down)
    with transaction.atomic():
        scheduling.schedule_advance(story.pk)
    publisher.drain()
    assert "could not publish a story step" in caplog.text
    assert story.pk in scheduling.due_story_ids(), "next_step_at stands: the sweeper runs the step"


@pytest.mark.django_db
def test_release_writes_plain_changes_in_one_statement_and_only_for_the_holder(alice):
    from django.db.models import F

    story = make_story(alice)
    token = lease.new_token()
    lease.claim(story.pk, token)
    when = timezone.now() + timedelta(seconds=7)
    assert lease.release(story.pk, "someone else", tension=0.9) == 0
    assert Story.objects.get(pk=story.pk).lease_token == token, "a stranger's release changes nothing"
    assert lease.release(story.pk, token, tension=0.75, next_step_at=when, beat_index=2,
                         status=Story.Status.RUNNING, directive="") == 1
    fresh = Story.objects.get(pk=story.pk)
    assert (fresh.lease_token, fresh.lease_until, fresh.tension, fresh.next_step_at, fresh.beat_index,
            fresh.status) == ("", None, 0.75, when, 2, Story.Status.RUNNING)
    assert lease.claim(story.pk, token, require_due=False) is not None
    assert lease.release(story.pk, token, failures=F("failures") + 1) == 1, "an expression goes through the ORM"
    assert Story.objects.get(pk=story.pk).failures == fresh.failures + 1


def test_lease_tokens_are_never_issued_twice_even_after_a_fork(monkeypatch):
    tokens = {lease.new_token() for _ in range(2000)}
    assert len(tokens) == 2000 and all(len(t) == 32 for t in tokens)
    monkeypatch.setattr(lease._tokens, "pid", -1)  # as a forked child finds it: a new prefix, not the parent's
    child = {lease.new_token() for _ in range(100)}
    assert not child & tokens
    assert len({t[:16] for t in child}) == 1 and not {t[:16] for t in child} & {t[:16] for t in tokens}
