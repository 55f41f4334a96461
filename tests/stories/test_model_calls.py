"""Every model call a step makes is on record: written with its turn, under the turn it
produced, and still written when the step fails, loses its lease or has nothing to commit."""

from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.db.models import Max
from django.utils import timezone

from characters.models import Memory
from moviesim.llm import ProviderError
from moviesim.llm.base import Attempt
from moviesim.llm.offline import OfflineProvider
from stories import actions
from stories.models import LLMCall, Story, Turn
from tests.conftest import advance, make_story
from tests.stories.test_steps import FailingWriter, _cast, _in_thread


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


def _ids() -> set[int]:
    return set(LLMCall.objects.values_list("pk", flat=True))


@pytest.mark.django_db(transaction=True)
def test_a_steps_model_calls_are_written_with_its_turn_in_one_transaction(alice, install_writer, silent_room):
    story = make_story(alice, turns=20)
    _cast(story)
    writer = install_writer(RecordingWriter())
    before = _ids()
    written = []  # (table, the outermost atomic block) of every row the step inserts

    def watch(execute, sql, params, many, context):
        if sql.lstrip().upper().startswith("INSERT"):
            table = "llmcall" if "llmcall" in sql.lower() else "turn" if '"stories_turn"' in sql.lower() else ""
            written.append((table, connection.atomic_blocks[0] if connection.atomic_blocks else None))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(watch):
        assert advance(story.pk, force=True) == "turn"

    assert writer.roles, "the step made no model call: the test would prove nothing"
    new = list(LLMCall.objects.filter(pk__in=_ids() - before))
    assert len(new) == len(writer.roles), "every call the step made is recorded, once"
    assert sorted(c.role for c in new) == sorted(writer.roles)
    last = story.turns.aggregate(m=Max("index"))["m"]
    assert last == 1
    assert {c.turn_index for c in new} == {last}, "the calls carry the turn they produced"
    blocks = {table: block for table, block in written if table}
    assert set(blocks) == {"llmcall", "turn"} and blocks["turn"] is not None
    assert blocks["llmcall"] is blocks["turn"], "the calls and the turn are written in the same transaction"


@pytest.mark.django_db(transaction=True)
def test_calls_follow_their_turn_when_a_marker_takes_its_index_meanwhile(alice, gated, silent_room):
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
def test_a_model_that_fails_for_good_still_leaves_its_attempts_on_record(alice, install_writer):
    story = make_story(alice, turns=20)
    _cast(story)
    attempts = [Attempt(number=1, model="m-1", error="timed out after 60s"),
                Attempt(number=2, model="m-1", error="refused: I can't write that")]
    install_writer(FailingWriter(ProviderError("refused: I can't write that", attempts=attempts)))
    assert advance(story.pk, force=True) == "paused"
    story.refresh_from_db()
    assert story.status == Story.Status.PAUSED and story.turns.count() == 1
    failed = list(LLMCall.objects.filter(story=story).exclude(error="").order_by("attempt"))
    assert [(c.role, c.attempt, c.error, c.turn_index) for c in failed] == [
        ("character", 1, "timed out after 60s", 1), ("character", 2, "refused: I can't write that", 1)]


@pytest.mark.django_db
def test_a_step_that_loses_its_lease_after_asking_the_model_still_records_the_calls(alice, install_writer, silent_room):
    story = make_story(alice, turns=20)
    _cast(story)

    def steal(request):  # another worker takes the story while the model thinks
        if len(writer.roles) == 1:
            Story.objects.filter(pk=story.pk).update(lease_token="another-worker",
                                                     lease_until=timezone.now() + timedelta(seconds=60))

    writer = install_writer(RecordingWriter(before=steal))
    before = _ids()
    assert advance(story.pk, force=True) == "lost"
    assert writer.roles
    assert story.turns.count() == 1, "a lost step's result is dropped"
    assert Story.objects.get(pk=story.pk).lease_token == "another-worker", "the new holder keeps its lease"
    new = list(LLMCall.objects.filter(pk__in=_ids() - before))
    assert sorted(c.role for c in new) == sorted(writer.roles), "every call made is recorded"
    assert {c.turn_index for c in new} == {1} and all(c.error == "" for c in new)


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
