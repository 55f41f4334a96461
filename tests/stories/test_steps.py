"""One step, one writer: duplicated or stale steps never duplicate a turn."""

import re
import threading
from datetime import timedelta

import pytest
from django.db import connections
from django.utils import timezone

from moviesim.llm import registry
from moviesim.llm.offline import OfflineProvider
from stories.models import Story
from tests.conftest import advance, make_story


def _cast(story: Story) -> None:
    assert advance(story.pk, force=True) == "turn"
    Story.objects.filter(pk=story.pk).update(next_step_at=timezone.now(), pacing_seconds=60)


def _in_thread(story_id: int, results: list) -> threading.Thread:
    def run():
        try:
            results.append(advance(story_id))
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


@pytest.mark.django_db(transaction=True)
def test_two_workers_running_the_same_step_write_one_turn(alice, gated):
    story = make_story(alice, turns=20)
    _cast(story)
    gated.arm()
    results: list[str] = []
    first = _in_thread(story.pk, results)
    assert gated.inside.wait(10)
    # The second delivery of the same task arrives while the first is mid-call.
    assert advance(story.pk) == "busy"
    gated.release.set()
    first.join(10)
    assert results == ["turn"]
    assert list(story.turns.values_list("index", flat=True)) == [0, 1]
    # A late redelivery of the same task finds the next step not yet due.
    assert advance(story.pk) == "busy"
    assert story.turns.count() == 2


@pytest.mark.django_db(transaction=True)
def test_a_stale_writer_whose_lease_expired_does_not_duplicate_the_turn(alice, gated):
    story = make_story(alice, turns=20)
    _cast(story)
    gated.arm()
    results: list[str] = []
    stale = _in_thread(story.pk, results)
    assert gated.inside.wait(10)
    # The stale worker's lease runs out; another worker takes over and writes turn 1.
    Story.objects.filter(pk=story.pk).update(lease_until=timezone.now() - timedelta(seconds=1))
    assert advance(story.pk, force=True) == "turn"
    gated.release.set()
    stale.join(10)
    assert results and results[0] in ("duplicate", "lost")
    assert list(story.turns.values_list("index", flat=True)) == [0, 1]


@pytest.mark.django_db(transaction=True)
def test_a_paused_story_is_not_advanced(alice):
    story = make_story(alice, turns=20)
    _cast(story)
    Story.objects.filter(pk=story.pk).update(status=Story.Status.PAUSED)
    assert advance(story.pk, force=True) == "busy"
    assert story.turns.count() == 1


class FailingWriter(OfflineProvider):
    """The offline writer, except that character turns fail the way a broken model does."""

    def __init__(self, exc: Exception):
        super().__init__()
        self.exc = exc

    def generate(self, request):
        if request.role == "character":
            raise self.exc
        return super().generate(request)


@pytest.mark.django_db
def test_a_model_that_fails_for_good_pauses_the_story_with_the_reason(alice, install_writer, monkeypatch, client):
    from moviesim.llm import ProviderError

    story = make_story(alice, turns=20)
    _cast(story)
    install_writer(FailingWriter(ProviderError("model refused: I can't write that scene")))
    assert advance(story.pk, force=True) == "paused"
    story.refresh_from_db()
    assert story.status == Story.Status.PAUSED
    assert "model refused" in story.status_message and "Resume" in story.status_message
    assert story.lease_token == "" and story.turns.count() == 1
    assert advance(story.pk, force=True) == "busy", "a paused story waits for its owner"
    html = client.get(f"/stories/{story.pk}/").content.decode()
    # It says which role failed ("on a character's line", "on the Scene Manager's choice of speaker") and why.
    assert re.search(r"The model failed on (a character&#x27;s line|the Scene Manager&#x27;s choice of speaker|"
                     r"the narrator&#x27;s line): model refused", html), html[:3000]
    registry.get_provider.cache_clear()
    monkeypatch.undo()
    client.force_login(alice)
    client.post(f"/stories/{story.pk}/resume/")
    assert advance(story.pk, force=True) == "turn"
    story.refresh_from_db()
    assert story.status == Story.Status.RUNNING and story.status_message == ""


@pytest.mark.django_db
def test_a_step_that_keeps_crashing_stops_the_story_instead_of_looping(alice, install_writer):
    story = make_story(alice, turns=20)
    _cast(story)
    install_writer(FailingWriter(RuntimeError("bug in a template")))
    for attempt in range(5):
        with pytest.raises(RuntimeError):
            advance(story.pk, force=True)
        story.refresh_from_db()
        assert story.lease_token == "", "a crashed step must give its lease back"
        assert story.status == (Story.Status.FAILED if attempt == 4 else Story.Status.RUNNING)
    assert "failed 5 times" in story.status_message
    assert story.turns.count() == 1


@pytest.mark.django_db
def test_a_story_that_reaches_its_token_budget_pauses_with_a_message(alice, client):
    story = make_story(alice, turns=40)
    for _ in range(3):
        advance(story.pk, force=True)
    from stories.costs import tokens_used

    used = tokens_used(story)
    assert used > 0
    Story.objects.filter(pk=story.pk).update(token_budget=used)
    turns_before = story.turns.count()
    assert advance(story.pk, force=True) == "budget"
    story.refresh_from_db()
    assert story.status == Story.Status.PAUSED and "token budget" in story.status_message
    assert story.turns.count() == turns_before
    assert "token budget" in client.get(f"/stories/{story.pk}/").content.decode()
