"""Distributed mode: a real Celery worker advances a story against Redis and PostgreSQL."""

import pytest

from stories.models import Story
from tests.conftest import make_story
from tests.servers import server_env, start_worker, wait_until
from tests.services import need_postgres, need_redis


@pytest.mark.django_db(transaction=True)
def test_a_real_worker_advances_a_story_to_the_end(alice, client):
    need_redis()
    need_postgres()
    worker = start_worker(server_env(), name="engine-worker", concurrency=4)
    try:
        story = make_story(alice, turns=10)  # enqueues the first step on commit

        def finished():
            story.refresh_from_db()
            return story.status in (Story.Status.FINISHED, Story.Status.FAILED)

        wait_until(finished, timeout=90, message=f"the worker to finish the story\n{worker.log()}")
        assert story.status == Story.Status.FINISHED, story.status_message
        assert list(story.turns.values_list("index", flat=True)) == list(range(10))
        assert "advance_story_task" in worker.log()
        health = client.get("/healthz")
        assert health.status_code == 200, health.json()
        assert health.json()["workers"]["workers"] >= 1
    finally:
        worker.stop()
