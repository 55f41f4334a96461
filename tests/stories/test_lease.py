"""One step, one writer: the lease a step claims, renews while it thinks and gives back."""

import threading
from datetime import timedelta

import pytest
from django.db import connections
from django.db.models import F
from django.utils import timezone

from stories.engine import lease
from stories.models import Story
from tests.conftest import advance, make_story
from tests.stories.test_steps import _cast, _in_thread


@pytest.mark.django_db
def test_claim_returns_the_story_as_claimed(alice):
    story = make_story(alice)
    token = lease.new_token()
    claimed = lease.claim(story.pk, token)
    assert isinstance(claimed, Story) and claimed.pk == story.pk and claimed.lease_token == token
    fresh = Story.objects.get(pk=story.pk)
    assert fresh.lease_token == token and fresh.lease_until > timezone.now()
    for field in Story._meta.concrete_fields:
        assert getattr(claimed, field.attname) == getattr(fresh, field.attname), field.name


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


@pytest.mark.django_db
def test_release_writes_its_changes_only_for_the_holder(alice):
    story = make_story(alice)
    token = lease.new_token()
    lease.claim(story.pk, token)
    when = timezone.now() + timedelta(seconds=7)
    assert lease.release(story.pk, "someone else", tension=0.9) == 0
    assert Story.objects.get(pk=story.pk).lease_token == token, "a stranger's release changes nothing"
    assert lease.release(story.pk, token, tension=0.75, next_step_at=when, writer_state={"used": {"lines": [3]}},
                         status=Story.Status.RUNNING, directive="") == 1
    fresh = Story.objects.get(pk=story.pk)
    assert (fresh.lease_token, fresh.lease_until, fresh.tension, fresh.next_step_at, fresh.writer_state,
            fresh.status) == ("", None, 0.75, when, {"used": {"lines": [3]}}, Story.Status.RUNNING)
    assert lease.claim(story.pk, token, require_due=False) is not None
    assert lease.release(story.pk, token, failures=F("failures") + 1) == 1
    assert Story.objects.get(pk=story.pk).failures == fresh.failures + 1


def test_lease_tokens_are_never_issued_twice():
    tokens = {lease.new_token() for _ in range(2000)}
    assert len(tokens) == 2000 and all(len(t) == 32 for t in tokens)


@pytest.mark.django_db(transaction=True)
def test_a_working_step_keeps_its_lease_past_the_lease_period(alice, gated, settings):
    settings.MOVIESIM_LEASE_SECONDS = 3  # renewed every second
    story = make_story(alice, turns=20)
    _cast(story)
    gated.arm()
    results: list[str] = []
    worker = _in_thread(story.pk, results)
    try:
        assert gated.inside.wait(10)
        first = Story.objects.get(pk=story.pk).lease_until
        for _ in range(4):  # four renewals: longer than one lease period, the story still held
            lease.renewer.renewed.clear()
            assert lease.renewer.renewed.wait(10), "the renewer never renewed the lease"
            assert advance(story.pk, force=True) == "busy", "a live step's story was taken over"
        assert Story.objects.get(pk=story.pk).lease_until > first + timedelta(seconds=2)
    finally:
        gated.release.set()
        worker.join(10)
    assert results == ["turn"]
    assert list(story.turns.values_list("index", flat=True)) == [0, 1]


@pytest.mark.django_db(transaction=True)
def test_a_renewal_stops_once_someone_else_holds_the_lease(alice, settings):
    settings.MOVIESIM_LEASE_SECONDS = 3
    story = make_story(alice, turns=20)
    token = lease.new_token()
    lease.claim(story.pk, token)
    done = threading.Event()

    def hold():
        with lease.Keeper(story.pk, token):
            done.wait(10)
        connections.close_all()

    holder = threading.Thread(target=hold)
    holder.start()
    try:
        Story.objects.filter(pk=story.pk).update(lease_token="taken over")
        lease.renewer.renewed.clear()
        assert lease.renewer.renewed.wait(10)
        assert (story.pk, token) not in lease.renewer.held, "a lease taken over is no longer renewed"
        assert Story.objects.get(pk=story.pk).lease_token == "taken over"
    finally:
        done.set()
        holder.join(10)
