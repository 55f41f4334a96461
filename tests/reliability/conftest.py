"""Fixtures for the fault tests: the loopback model server, fleets of real Celery workers
pointed at it, and the checks that a story came through whole."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from django.db.models import Count, F

from tests.reliability.model_server import ModelServer
from tests.servers import Process, server_env, start_worker, wait_until

# Small numbers so faults resolve in seconds (documented in each test's record):
# a step's lease expires LEASE seconds after its claim; the sweeper runs every SWEEP.
LEASE = 5.0
SWEEP = 1.0
CAP = 3  # MOVIESIM_LLM_MAX_ATTEMPTS: requests per model call, repair included


def fault_env(model: ModelServer, **extra: str) -> dict[str, str]:
    env = {
        "MOVIESIM_PROVIDER": "openai", "OPENAI_API_KEY": "test", "OPENAI_BASE_URL": model.base_url,
        "MOVIESIM_LLM_TIMEOUT": "1", "MOVIESIM_LLM_MAX_ATTEMPTS": str(CAP), "MOVIESIM_LLM_MAX_BACKOFF": "0.2",
        "MOVIESIM_LEASE_SECONDS": str(LEASE), "MOVIESIM_SWEEP_SECONDS": str(SWEEP),
        "MOVIESIM_DEFAULT_VOTE_SECONDS": "0", "MOVIESIM_STREAM_INTERVAL": "0.05",
    }
    env.update(extra)
    env = server_env(**env)
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


@pytest.fixture(scope="module")
def model_server():
    server = ModelServer().start()
    yield server
    server.stop()


@pytest.fixture
def model(model_server):
    model_server.reset()
    yield model_server
    model_server.release_all()  # nothing may stay blocked while the workers stop


class Fleet:
    """Celery workers started by one test; every one is gone (process group and all) at the end."""

    def __init__(self) -> None:
        self.workers: list[Process] = []

    def start(self, env: dict[str, str], name: str, concurrency: int = 2, beat: bool = True,
              wait: bool = True) -> Process:
        proc = start_worker(env, name=name, concurrency=concurrency, beat=beat)
        self.workers.append(proc)
        if wait:
            self.ready(proc)
        return proc

    def ready(self, *procs: Process, timeout: float = 60) -> None:
        for proc in procs:
            wait_until(lambda p=proc: " ready." in p.full_log() or p.proc.poll() is not None, timeout=timeout,
                       interval=0.05, message=f"worker {proc.log_path.name} to be ready")
            if proc.proc.poll() is not None:
                raise RuntimeError(f"worker exited early:\n{proc.log()}")

    def owner_of(self, pid: int) -> Process | None:
        """The worker whose process group holds `pid`."""
        try:
            group = os.getpgid(pid)
        except ProcessLookupError:
            return None
        return next((w for w in self.workers if w.proc.pid == group), None)

    def alive(self) -> list[Process]:
        return [w for w in self.workers if w.proc.poll() is None]

    def logs(self) -> str:
        return "\n".join(f"--- {w.log_path.name}\n{w.log()}" for w in self.workers)

    def log_text(self) -> str:
        return "\n".join(w.full_log() for w in self.workers)

    def stop_all(self) -> None:
        for proc in self.workers:
            if proc.proc.poll() is None:
                try:
                    os.killpg(proc.proc.pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for proc in self.workers:
            try:
                proc.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
            # The group may outlive its leader (a worker killed alone leaves its beat child).
            try:
                os.killpg(proc.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            if proc.proc.poll() is None:
                proc.proc.wait(timeout=10)
            proc.stop()  # closes the log
            _remove_schedule(proc)


def _remove_schedule(proc: Process) -> None:
    if "--schedule" in proc.args:
        base = Path(proc.args[proc.args.index("--schedule") + 1])
        for suffix in ("", ".bak", ".dat", ".dir", ".db"):
            Path(str(base) + suffix).unlink(missing_ok=True)


@pytest.fixture
def fleet(transactional_db):
    from tests.services import need_postgres, need_redis

    need_postgres()
    need_redis()
    fleet = Fleet()
    try:
        yield fleet
    finally:
        fleet.stop_all()


# --- checks ---------------------------------------------------------------------------------

WITNESSED = ("scene", "narration", "dialogue", "action", "intervention", "event")


def check_story(story_id: int) -> dict[str, int]:
    """Every turn whole, none lost or doubled. Returns the figures for the report."""
    from characters.models import Memory
    from stories.models import Turn

    turns = list(Turn.objects.filter(story_id=story_id).order_by("index")
                 .values("id", "index", "kind", "content", "character_id"))
    indexes = [t["index"] for t in turns]
    doubled = sum(n - 1 for n in Counter(indexes).values() if n > 1)
    assert doubled == 0, f"two turns share an index: {indexes}"
    assert indexes == list(range(len(turns))), f"turn indexes are not contiguous: {indexes}"
    memories = dict(Memory.objects.filter(turn__story_id=story_id).order_by().values_list("turn_id")
                    .annotate(n=Count("id")))
    own = set(Memory.objects.filter(turn__story_id=story_id, kind=Memory.Kind.OWN).values_list("turn_id", flat=True))
    half = [t["index"] for t in turns if t["kind"] in WITNESSED and not memories.get(t["id"])]
    half += [t["index"] for t in turns if t["character_id"] and t["id"] not in own]
    assert not half, f"turns without their memories (half-written): {half}"
    misfiled = Memory.objects.filter(turn__story_id=story_id).exclude(turn_index=F("turn__index")).count()
    assert misfiled == 0, "memories filed under the wrong turn index"
    # Every model reply carries a serial: the same reply written twice would repeat its text.
    texts = [t["content"] for t in turns if t["kind"] in ("dialogue", "narration", "intervention") and t["content"]]
    repeated = len(texts) - len(set(texts))
    assert repeated == 0, f"{repeated} turn text(s) written twice"
    return {"turns_checked": len(turns), "duplicates_found": doubled + repeated, "half_written": 0,
            "memories_checked": sum(memories.values())}


def wait_status(story_id: int, statuses: tuple[str, ...], timeout: float, fleet: Fleet | None = None) -> str:
    from stories.models import Story

    def reached():
        status = Story.objects.filter(pk=story_id).values_list("status", flat=True).first()
        return status if status in statuses else None

    return wait_until(reached, timeout=timeout, interval=0.05,
                      message=f"story {story_id} to reach {statuses}\n{fleet.logs() if fleet else ''}")


def wait_turn(story_id: int, index: int, timeout: float, fleet: Fleet | None = None) -> float:
    """Wait until the turn `index` exists; returns time.monotonic() when it was seen."""
    from stories.models import Turn

    wait_until(lambda: Turn.objects.filter(story_id=story_id, index=index).exists(), timeout=timeout,
               interval=0.05, message=f"turn {index} of story {story_id}\n{fleet.logs() if fleet else ''}")
    return time.monotonic()
