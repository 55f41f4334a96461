"""The next step is published after the commit: a request leaves it to a publishing thread,
a step publishes its successor itself; a publish that fails is left to the sweeper."""

import atexit
import threading
from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.utils import timezone

from stories import scheduling
from stories.models import Story, Turn
from tests.conftest import advance, make_story


@pytest.fixture
def publisher(monkeypatch):
    fresh = scheduling._Publisher()
    monkeypatch.setattr(scheduling, "_publisher", fresh)
    yield fresh
    atexit.unregister(fresh.drain)


class Broker:
    """Stands in for Celery's publishing: notes each task sent (`before` runs first: a slow broker)."""

    def __init__(self):
        self.sent: list = []
        self.before = None

    def note(self, name, args, eta):
        return name, args, eta, threading.current_thread().name

    def send_task(self, name, args, eta=None):
        if self.before is not None:
            self.before()
        self.sent.append(self.note(name, args, eta))


@pytest.fixture
def broker(monkeypatch, settings):
    """Distributed mode, with the tasks sent to a `Broker` instead of Redis."""
    settings.REDIS_URL = "redis://127.0.0.1:6379/0"
    fake = Broker()
    monkeypatch.setattr(scheduling.app, "send_task", fake.send_task)
    return fake


@pytest.mark.django_db(transaction=True)
def test_the_next_step_is_published_after_the_commit_off_the_step_and_in_order(publisher, broker):
    gate = threading.Event()
    broker.before = lambda: gate.wait(5)  # a slow broker: the caller has long gone on
    later = timezone.now() + timedelta(minutes=5)
    with transaction.atomic():
        scheduling.schedule_advance(1, later)
        scheduling.schedule_advance(2)
        assert publisher._queue.qsize() == 0, "nothing is sent before the commit"
    assert broker.sent == [], "the commit does not wait for the broker"
    gate.set()
    publisher.drain()
    task = scheduling.ADVANCE_TASK
    assert broker.sent == [(task, (1,), later, "step-publisher"), (task, (2,), None, "step-publisher")]

    with transaction.atomic():
        scheduling.schedule_advance(3)
        transaction.set_rollback(True)
    publisher.drain()
    assert len(broker.sent) == 2, "a rolled-back step schedules nothing"


@pytest.mark.django_db(transaction=True)
def test_a_step_publishes_the_step_after_it_from_its_own_thread_once_its_turn_is_committed(
        alice, publisher, broker, silent_room):
    def note(name, args, eta):
        here = threading.current_thread() is threading.main_thread()  # (no connection left open elsewhere)
        return (threading.current_thread().name, connection.in_atomic_block if here else False,
                Turn.objects.count() if here else 0)

    broker.note = note
    story = make_story(alice, turns=20)
    publisher.drain()
    assert broker.sent == [("step-publisher", False, 0)], "a request (the new story) leaves it to the publishing thread"
    assert advance(story.pk, force=True) == "turn"  # casting
    assert advance(story.pk, force=True) == "turn"
    me = threading.current_thread().name
    assert broker.sent[1:] == [(me, False, 1), (me, False, 2)], "a step publishes the next one itself, after its commit"


@pytest.mark.django_db(transaction=True)
def test_a_paused_story_stepped_by_its_owner_schedules_nothing_more(alice, publisher, broker, silent_room):
    from stories import steps

    story = make_story(alice, turns=20)
    advance(story.pk, force=True)
    Story.objects.filter(pk=story.pk).update(status=Story.Status.PAUSED)
    publisher.drain()
    before = len(broker.sent)
    assert steps.run_owner_step(story.pk, "step").outcome == "turn"
    assert len(broker.sent) == before, "one turn, and the story stays paused"
    assert Story.objects.get(pk=story.pk).status == Story.Status.PAUSED


@pytest.mark.django_db(transaction=True)
def test_a_publish_that_fails_is_logged_and_the_sweeper_still_finds_the_story(alice, publisher, broker, caplog):
    story = make_story(alice)
    Story.objects.filter(pk=story.pk).update(status=Story.Status.RUNNING, next_step_at=timezone.now())

    def broker_down():
        raise ConnectionError("broker down")

    broker.before = broker_down
    with transaction.atomic():
        scheduling.schedule_advance(story.pk)
    publisher.drain()
    assert "could not publish a story step" in caplog.text
    assert story.pk in scheduling.due_story_ids(), "next_step_at stands: the sweeper runs the step"
