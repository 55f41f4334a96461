"""The embedded runner: story steps in a thread pool, timed from the server's own
event loop. Used when REDIS_URL is unset (one process, no Celery).

Daphne has no lifespan hook, so the ASGI app starts it on first use (never from
AppConfig.ready(), which also runs for migrate and tests), and hands it the jobs it runs:
a step, an owner's step, and the sweeper's query (`Jobs`). The runner itself knows nothing
of stories beyond their ids.
"""

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import close_old_connections
from django.utils import timezone

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Jobs:
    step: Callable[[int], object]  # a story's next step, when it is due
    owner_step: Callable[[int, str], object]  # the owner's "step" or "regenerate", now
    due: Callable[[], list[int]]  # the stories whose step is due and nobody is working on


class EmbeddedRunner:
    def __init__(self) -> None:
        self.jobs: Jobs | None = None
        self.loop: asyncio.AbstractEventLoop | None = None
        self.loop_thread: int | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._timers: dict[int, asyncio.TimerHandle] = {}
        self._running: set[int] = set()
        self._lock = threading.Lock()

    @property
    def started(self) -> bool:
        return self.loop is not None

    def ensure_started(self, jobs: Jobs) -> None:
        """Call from a coroutine on the server loop."""
        if self.loop is not None:
            return
        with self._lock:
            if self.loop is not None:
                return
            self.jobs = jobs
            self.loop = asyncio.get_running_loop()
            self.loop_thread = threading.get_ident()
            self._executor = ThreadPoolExecutor(settings.MOVIESIM_RUNNER_THREADS, thread_name_prefix="story")
            self.loop.create_task(self._sweep_forever())
            log.info("embedded runner started (%s threads)", settings.MOVIESIM_RUNNER_THREADS)

    def on_loop_thread(self) -> bool:
        return self.loop_thread == threading.get_ident()

    def schedule(self, story_id: int, at: datetime | None) -> None:
        if self.loop is None:
            return  # not serving (tests, management commands): next_step_at stays the truth
        self.loop.call_soon_threadsafe(self._schedule_on_loop, story_id, at)

    def run_now(self, story_id: int, what: str) -> None:
        if self.loop is None:
            return
        self.loop.call_soon_threadsafe(
            lambda: self.loop.run_in_executor(self._executor, _run, self.jobs.owner_step, story_id, what))

    def _schedule_on_loop(self, story_id: int, at: datetime | None) -> None:
        delay = max(0.0, (at - timezone.now()).total_seconds()) if at else 0.0
        old = self._timers.pop(story_id, None)
        if old is not None:
            old.cancel()
        self._timers[story_id] = self.loop.call_later(delay, self._launch, story_id)

    def _launch(self, story_id: int) -> None:
        self._timers.pop(story_id, None)
        if story_id in self._running:
            return
        self._running.add(story_id)
        future = self.loop.run_in_executor(self._executor, _run, self.jobs.step, story_id)
        future.add_done_callback(lambda _f: self._running.discard(story_id))

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(settings.MOVIESIM_SWEEP_SECONDS)
            try:
                for story_id in await sync_to_async(_due, thread_sensitive=False)(self.jobs.due):
                    if story_id not in self._timers:
                        self._launch(story_id)
            except Exception:  # the sweeper must outlive any one bad query
                log.exception("sweeper failed")


def _due(due_story_ids) -> list[int]:
    close_old_connections()
    try:
        return due_story_ids()
    finally:
        close_old_connections()


def _run(job, *args) -> None:
    close_old_connections()
    try:
        job(*args)
    except Exception:
        log.exception("%s%s crashed; the sweeper will try again when it is due", job.__name__, args)
    finally:
        close_old_connections()


runner = EmbeddedRunner()
