"""Faults the system must survive (issue 5), against real PostgreSQL, Redis and Celery workers.

Every scenario drives whole stories through the real `openai` provider and SDK against
the loopback model server (`model_server.py`), which answers every engine role and
injects faults on request. Numbers are kept small so a fault resolves in seconds
(conftest.py): a 5 s lease (MOVIESIM_LEASE_SECONDS), the sweeper every 1 s, a 1 s model
timeout (4 s where the test holds a request on purpose), 3 attempts per model call,
backoff capped at 0.2 s, pacing 0. Each scenario appends its figures to
`var/reliability.json` (`report.py`), from which `docs/reliability.md` is rendered.

The documented recovery bound after a worker dies mid-step: the story's lease expires
(MOVIESIM_LEASE_SECONDS after the step claimed it), then the sweeper's next pass
(MOVIESIM_SWEEP_SECONDS) enqueues it again: takeover < lease + a few sweeps. Redis's
visibility timeout (one hour) plays no part: the killed task's message stays unacked.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import threading
import time
import urllib.request
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.utils import timezone

from characters.models import Character
from stories import actions
from stories.models import LLMCall, Poll, Story, Turn
from stories.tasks import advance_story_task
from tests.conftest import make_story
from tests.fake_openai import CutJSON, Drop, Hang, InvalidJSON, Pass, Refusal, Status, Truncated
from tests.reliability import report
from tests.reliability.conftest import CAP, LEASE, SWEEP, check_story, fault_env, wait_status, wait_turn
from tests.reliability.model_server import NAMES, SCHEMAS, UNKNOWN_SPEAKER, canned, unknown_speaker
from tests.servers import free_port, pid_of_client, start_daphne, wait_until

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.redis, pytest.mark.slow]

# A worker's death is noticed by the lease running out, then the sweeper's next pass:
# the story goes on within LEASE + a few sweeps (plus the step itself), never Redis's
# one-hour visibility timeout.
TAKEOVER_BOUND = LEASE + 3 * SWEEP
HELD = {"MOVIESIM_LLM_TIMEOUT": "4"}  # a held request must not time out while the test acts on it


def _test_id(request) -> str:
    return request.node.nodeid


def _story(story_id: int) -> Story:
    return Story.objects.get(pk=story_id)


def _turns(story_id: int) -> int:
    return Turn.objects.filter(story_id=story_id).count()


# --- the model server itself -----------------------------------------------------------------


def test_canned_replies_fill_every_schema():
    """No services needed: each canned reply validates against its engine schema."""
    from moviesim.llm import schemas

    for name in SCHEMAS:
        if name != "CharacterSheet":  # asked for without the name (the engine has it): below
            getattr(schemas, name).model_validate(canned(name, 1))
    premise = schemas.StoryPremise.model_validate(canned("StoryPremise", 1))
    assert [c.name for c in premise.cast] == list(NAMES) == canned("NextScene", 1)["scene"]["present"]
    schemas.character_sheet_for(list(NAMES[1:])).model_validate(canned("CharacterSheet", 1))
    assert schemas.NextSpeaker.model_validate(unknown_speaker().content).next_speaker not in NAMES
    line = canned("CharacterTurn", 5)["dialogue"]
    assert not any(n.split()[0].lower() in line.lower() for n in NAMES), "lines must not name anyone"


# --- a. SIGKILL while the model call is in flight ---------------------------------------------


def _kill_in_flight(story_id: int, model, fleet, hold, kill, env) -> dict:
    """Wait for `hold` to catch a request, prove the step is in flight, kill its process with
    `kill(worker_process, pid)`, start a replacement, and time the takeover."""
    schema = hold.only
    assert hold.arrived.wait(60), f"no {schema} request arrived\n{fleet.logs()}"
    pid = pid_of_client(hold.client_port)
    worker = fleet.owner_of(pid) if pid else None
    assert worker is not None, f"the held request comes from pid {pid}, not one of our workers"
    story = _story(story_id)
    index = _turns(story_id)
    # In flight: the step holds the lease and its turn is not written.
    assert story.lease_token and story.lease_until > timezone.now()
    assert not Turn.objects.filter(story_id=story_id, index=index).exists()
    requests_before = len(model.requests)
    kill(worker, pid)
    killed_at = time.monotonic()
    hold.release()  # the server thread answers a dead socket
    calls_then = LLMCall.objects.filter(story_id=story_id).count()
    assert not Turn.objects.filter(story_id=story_id, index=index).exists()
    assert _story(story_id).lease_token == story.lease_token, "the dead worker's lease is still there"
    replacement = fleet.start(env, name="relief", wait=False)
    # The takeover: the step's first model request from another process (one story runs here).
    retry = wait_until(lambda: model.requests[requests_before:], timeout=TAKEOVER_BOUND + 10, interval=0.02,
                       message=f"the takeover\n{fleet.logs()}")[0]
    taker = pid_of_client(retry.client_port)
    turn_at = wait_turn(story_id, index, timeout=TAKEOVER_BOUND + 15, fleet=fleet)
    takeover = retry.at - killed_at
    recovery = turn_at - killed_at
    assert takeover < TAKEOVER_BOUND, f"took {takeover:.1f}s to take over (bound {TAKEOVER_BOUND}s)"
    assert recovery < TAKEOVER_BOUND + 3
    fleet.ready(replacement)
    return {"index": index, "schema": schema, "killed_pid": pid, "taker_pid": taker, "calls_then": calls_then,
            "takeover_seconds": round(takeover, 2), "recovery_seconds": round(recovery, 2)}


def _default_bound() -> float:
    """The same bound with this deployment's settings (lease = attempts × (timeout + backoff) + 30)."""
    from django.conf import settings

    return settings.MOVIESIM_LEASE_SECONDS + settings.MOVIESIM_SWEEP_SECONDS


def _unrecorded(story_id: int, model) -> int:
    """Model requests with no LLMCall row: attempts that died with their process."""
    return len(model.chat) - LLMCall.objects.filter(story_id=story_id).exclude(role="embedding").count()


def _kill_group(worker, pid):
    worker.proc.send_signal(0)  # still alive
    os.killpg(worker.proc.pid, signal.SIGKILL)
    worker.proc.wait(timeout=10)


def _kill_process(worker, pid):
    os.kill(pid, signal.SIGKILL)
    wait_until(lambda: worker.proc.poll() is not None, timeout=10, message="the killed process to exit")


def test_sigkill_of_the_whole_worker_mid_model_call_repeatedly(request, alice, model, fleet):
    """The whole worker (its process group: the worker and its embedded beat) is SIGKILLed
    twice while a step's model call is held by the model server; another worker takes
    over once the lease expires and the sweeper re-enqueues the story."""
    env = fault_env(model, **HELD)
    first, second = fleet.start(env, "kill-a", wait=False), fleet.start(env, "kill-b", wait=False)
    fleet.ready(first, second)
    # Both holds wait in the plan: the casting request, then the first character's line.
    holds = [model.hold(only="StoryPremise"), model.hold(only="CharacterTurn")]
    story = make_story(alice, turns=10, provider="openai")
    kills = [_kill_in_flight(story.pk, model, fleet, hold, _kill_group, env) for hold in holds]
    assert wait_status(story.pk, ("finished", "failed", "paused"), 60, fleet) == "finished", \
        _story(story.pk).status_message
    figures = check_story(story.pk)
    assert figures["turns_checked"] == 10
    # Exactly the killed attempts are missing from the record: they died in flight.
    assert _unrecorded(story.pk, model) == len(kills)
    for kill in kills:
        assert kill["killed_pid"] != kill["taker_pid"]
        # The killed step's index holds exactly one turn, written by the worker that took over.
        assert Turn.objects.filter(story_id=story.pk, index=kill["index"]).count() == 1
    report.record("worker killed mid-step", "SIGKILL of the whole Celery worker (process group) while the "
                  "model server holds the step's request, twice in one story",
                  "another worker took the step over after the lease expired (sweeper), the story finished; "
                  "no turn lost, doubled or half-written; indexes contiguous", _test_id(request),
                  {"faults_injected": len(kills), "kills": len(kills), **figures,
                   "attempts_lost_in_flight": len(kills),
                   "lease_seconds": LEASE, "sweep_seconds": SWEEP, "default_bound_seconds": _default_bound(),
                   "takeover_bound_seconds": TAKEOVER_BOUND,
                   "takeover_seconds": [k["takeover_seconds"] for k in kills],
                   "recovery_seconds": [k["recovery_seconds"] for k in kills],
                   "killed_during": [k["schema"] for k in kills]})


def test_sigkill_of_the_process_running_the_step(request, alice, model, fleet):
    """SIGKILL of the process that runs the step, and only that process.

    The recommended pool is `--pool threads`: the pool *is* the worker process (steps run
    on its threads), so "the pool process running the step" and "the worker" are the same
    process, found here from the socket that holds the model request. Unlike the group
    kill above, its embedded beat (a child process) is left behind as an orphan, which is
    what a crashed worker on a real host looks like. A second worker takes the step over.
    """
    env = fault_env(model, **HELD)
    first, second = fleet.start(env, "kill-c", wait=False), fleet.start(env, "kill-d", wait=False)
    fleet.ready(first, second)
    hold = model.hold(only="CharacterTurn")
    story = make_story(alice, turns=8, provider="openai")
    kill = _kill_in_flight(story.pk, model, fleet, hold, _kill_process, env)
    victim = next(w for w in fleet.workers if w.proc.pid == kill["killed_pid"])
    assert victim.proc.returncode == -signal.SIGKILL, "the threads pool runs steps in the worker process itself"
    assert wait_status(story.pk, ("finished", "failed", "paused"), 60, fleet) == "finished", \
        _story(story.pk).status_message
    figures = check_story(story.pk)
    assert figures["turns_checked"] == 8
    assert _unrecorded(story.pk, model) == 1
    report.record("worker killed mid-step", "SIGKILL of the process running the step (with --pool threads: "
                  "the worker process itself) while its model request is held",
                  "a second worker took the step over after the lease expired; the story finished whole",
                  _test_id(request), {"faults_injected": 1, "kills": 1, **figures, "attempts_lost_in_flight": 1,
                                      "lease_seconds": LEASE,
                                      "takeover_bound_seconds": TAKEOVER_BOUND,
                                      "takeover_seconds": kill["takeover_seconds"],
                                      "recovery_seconds": kill["recovery_seconds"]})


# --- b. the same task delivered twice ---------------------------------------------------------


def _results(fleet, task_id: str) -> list[str]:
    """What each delivery of `task_id` returned, from the workers' logs."""
    pattern = re.compile(rf"advance_story_task\[{task_id}\] succeeded in [0-9.]+s: '(\w+)'")
    return pattern.findall(fleet.log_text())


def test_the_same_task_delivered_twice_makes_one_turn(request, alice, model, fleet):
    """One task id delivered twice to two workers (as a redelivery or a manual retry would),
    first while the step is in flight, then again after it committed: one turn results."""
    env = fault_env(model, **HELD)
    # One thread each and no sweeper: the second delivery must land on the other worker,
    # and only the deliveries sent here run the step.
    first = fleet.start(env, "twice-a", concurrency=1, beat=False, wait=False)
    second = fleet.start(env, "twice-b", concurrency=1, beat=False, wait=False)
    fleet.ready(first, second)
    story = make_story(alice, turns=10, provider="openai", start=False)
    Story.objects.filter(pk=story.pk).update(pacing_seconds=600)  # a committed step is not due again soon
    actions.start_story(_story(story.pk))
    wait_turn(story.pk, 0, timeout=30, fleet=fleet)
    wait_until(lambda: not _story(story.pk).lease_token, timeout=10, message="the casting step to let go")
    Story.objects.filter(pk=story.pk).update(next_step_at=timezone.now())  # the pacing timer fires

    hold = model.hold()
    task_id = str(uuid.uuid4())
    advance_story_task.apply_async((story.pk,), task_id=task_id)
    advance_story_task.apply_async((story.pk,), task_id=task_id)
    assert hold.arrived.wait(30), fleet.logs()
    wait_until(lambda: _results(fleet, task_id) == ["busy"], timeout=20,
               message=f"the second delivery to find the story busy\n{fleet.logs()}")
    hold.release()
    wait_until(lambda: sorted(_results(fleet, task_id)) == ["busy", "turn"], timeout=20, message=fleet.logs())
    ran_on = [w for w in (first, second) if f"{task_id}] succeeded" in w.full_log()]
    assert len(ran_on) == 2, "the two deliveries ran on two different workers"

    # Redelivered again after the commit (a worker lost between commit and ack): nothing to do.
    advance_story_task.apply_async((story.pk,), task_id=task_id)
    advance_story_task.apply_async((story.pk,), task_id=task_id)
    wait_until(lambda: len(_results(fleet, task_id)) == 4, timeout=20, message=fleet.logs())
    results = _results(fleet, task_id)
    assert Counter(results) == {"turn": 1, "busy": 3}, results
    assert _turns(story.pk) == 2
    assert Turn.objects.filter(story_id=story.pk, index=1).count() == 1
    figures = check_story(story.pk)
    # Only one execution of the step reached the model: every request is on record.
    assert _unrecorded(story.pk, model) == 0
    casting = LLMCall.objects.filter(story_id=story.pk, turn_index=0).exclude(role="embedding").count()
    assert casting == 3 + len(NAMES)  # the premise, a sheet per character, the outline, the opening scene
    step_requests = len(model.chat) - casting
    assert step_requests == LLMCall.objects.filter(story_id=story.pk, turn_index=1).exclude(role="embedding").count()
    report.record("duplicate delivery", "the same advance_story_task (one task id) delivered four times to two "
                  "workers: twice while the step was in flight, twice after it committed",
                  "exactly one turn for the step; the other deliveries returned 'busy' (lease held, or not due)",
                  _test_id(request), {"faults_injected": len(results) - 1, "deliveries": len(results),
                                      "turns_written": results.count("turn"),
                                      "busy": results.count("busy"), "model_requests_for_the_step": step_requests,
                                      **figures})


# --- c. model faults --------------------------------------------------------------------------

# How each injected fault reads on its LLMCall.
ERRORS = {"http 429": "rate limited (HTTP 429)", "http 500": "server error (HTTP 500)", "hang": "timed out",
          "truncated": "output truncated", "cutjson": "invalid output", "invalidjson": "invalid output",
          "drop": "connection error", "refusal": "model refused"}


def _model_calls(story_id: int) -> list[list[LLMCall]]:
    """The story's model calls, each the list of its attempts (attempt numbers restart at 1)."""
    calls: list[list[LLMCall]] = []
    for row in LLMCall.objects.filter(story_id=story_id).exclude(role="embedding").order_by("id"):
        if row.attempt == 1 or not calls:
            calls.append([])
        calls[-1].append(row)
    return calls


def _room(client, story_id: int) -> str:
    response = client.get(f"/stories/{story_id}/")
    assert response.status_code == 200
    return response.content.decode()


def test_model_faults_are_retried_bounded_recorded_and_pause_after_the_cap(request, alice, bob, client, model,
                                                                         fleet):
    env = fault_env(model)
    fleet.start(env, "model-faults")
    client.force_login(alice)
    from django.test import Client

    outsider = Client()
    outsider.force_login(bob)
    # Each transient fault hits one model call and its retry succeeds (Pass); the casting call
    # gets two faults and succeeds on its last allowed attempt.
    model.inject(
        unknown_speaker(),  # schema-valid nonsense, whenever the scene manager is asked
        Status(429, {"retry-after": "0.1"}, only="StoryPremise"), Status(500, only="StoryPremise"),
        Pass(only="StoryPremise"),
        Hang(3.0), Pass(), Truncated(), Pass(), CutJSON(), Pass(), InvalidJSON(), Pass(), Drop(), Pass(),
        Refusal(),  # not retryable: the story pauses at once
    )
    story = make_story(alice, turns=12, provider="openai")
    assert wait_status(story.pk, ("paused", "finished", "failed"), 60, fleet) == "paused"
    refused = _story(story.pk)
    assert refused.status_message.startswith("The model failed") and "refused" in refused.status_message
    assert "The model failed" in _room(client, story.pk)
    assert all(fault.only == "NextSpeaker" for fault in model.plan), model.plan

    # A run of failures longer than the cap: the call stops at CAP attempts and the story pauses.
    run_start = len(model.chat)
    model.inject(*[Status(500) for _ in range(CAP + 2)])
    assert outsider.post(f"/stories/{story.pk}/resume/").status_code in (403, 404)
    assert client.post(f"/stories/{story.pk}/resume/").status_code == 302
    assert wait_status(story.pk, ("paused", "finished", "failed"), 60, fleet) == "paused"
    run = [r.fault for r in model.chat[run_start:] if r.fault]
    assert run == ["http 500"] * CAP, "one call made exactly CAP requests, then gave up"
    last_call = _model_calls(story.pk)[-1]
    assert [c.attempt for c in last_call] == list(range(1, CAP + 1))
    assert all("server error (HTTP 500)" in c.error for c in last_call)
    capped = _story(story.pk)
    assert f"after {CAP} attempt(s) (max {CAP})" in capped.status_message
    page = _room(client, story.pk)
    assert "The model failed" in page and "press Resume" in page
    paused_turns = _turns(story.pk)

    # The owner presses Resume: the outage's last two failures, then the story completes.
    assert client.post(f"/stories/{story.pk}/resume/").status_code == 302
    assert wait_status(story.pk, ("finished", "failed"), 60, fleet) == "finished", _story(story.pk).status_message
    figures = check_story(story.pk)
    assert figures["turns_checked"] == 12 and paused_turns < 12

    # Every request is on record, every failure with its error, no call over the cap.
    applied = Counter(r.fault for r in model.applied())
    assert model.pending() == 0, model.plan
    assert _unrecorded(story.pk, model) == 0
    errors = list(LLMCall.objects.filter(story_id=story.pk).exclude(error="").values_list("error", flat=True))
    for label, text in ERRORS.items():
        labels = [k for k, v in ERRORS.items() if v == text]
        expected = sum(applied[k] for k in labels)
        assert sum(text in e for e in errors) == expected, (label, expected, errors)
    assert applied["http 500"] == 1 + CAP + 2 and applied["nonsense"] == 1
    assert len(errors) == sum(n for k, n in applied.items() if k != "nonsense")
    calls = _model_calls(story.pk)
    attempts = [len(c) for c in calls]
    assert max(attempts) <= CAP and all([a.attempt for a in c] == list(range(1, len(c) + 1)) for c in calls)
    assert attempts[0] == CAP  # the casting call: 429, 500, then the answer
    chat = model.chat
    assert chat[1].at - chat[0].at >= 0.1, "retry-after was honoured"
    repairs = [chat[i + 1].repair for i, r in enumerate(chat) if r.fault in ("cutjson", "invalidjson")]
    assert repairs == [True, True], "invalid JSON gets one repair request"
    # The unknown speaker was ignored: the turn went to a real member of the cast.
    nonsense = LLMCall.objects.get(story_id=story.pk, role="scene_manager", response__contains=UNKNOWN_SPEAKER)
    turn = Turn.objects.get(story_id=story.pk, index=nonsense.turn_index)
    assert turn.character.name in NAMES
    assert not Character.objects.filter(story_id=story.pk, name=UNKNOWN_SPEAKER).exists()
    per_step = Counter(r.turn_index for r in LLMCall.objects.filter(story_id=story.pk).exclude(role="embedding"))
    report.record("model faults", "from the loopback model server: 429 with retry-after, 500s, a hang past the "
                  "timeout, truncated (finish_reason=length), cut and invalid JSON, a dropped connection, a "
                  "refusal, an unknown next speaker, then a run of 500s longer than the cap",
                  f"each failure recorded on its LLMCall; at most {CAP} requests per model call (repair included); "
                  "a refusal and the run past the cap paused the story with \u201cThe model failed\u201d in the room; "
                  "Resume by the owner (not another user) finished it", _test_id(request),
                  {"faults_injected": sum(applied.values()), "by_fault": dict(applied),
                   "llm_calls_with_error": len(errors), "model_requests": len(chat),
                   "requests_unrecorded": 0, "attempt_cap": CAP, "max_attempts_per_call": max(attempts),
                   "max_requests_per_step": max(per_step.values()), "pauses": 2, "resumes": 2, **figures})


# --- d. Redis restarted while viewers watch ---------------------------------------------------

TURN_ELEMENT = re.compile(r'<article id="turn-(\d+)"')


class RedisServer:
    """A Redis of the test's own on a loopback port, with nothing persisted: a restart loses everything."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc: subprocess.Popen | None = None
        self.log = Path(__file__).resolve().parents[2] / "var" / "test-logs" / f"redis-{self.port}.log"

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.log.parent.mkdir(parents=True, exist_ok=True)
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [shutil.which("redis-server") or "redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                 "--save", "", "--appendonly", "no"], stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        import socket

        def listening() -> bool:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return True
            except OSError:
                return False

        wait_until(listening, timeout=10, interval=0.02, message=f"redis-server on {self.port}")

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


class Viewer:
    """A room socket read on a thread: which turn elements arrived."""

    def __init__(self, port: int, story_id: int):
        from websockets.sync.client import connect

        self.ws = connect(f"ws://127.0.0.1:{port}/ws/stories/{story_id}/", origin="http://127.0.0.1",
                          open_timeout=10, close_timeout=2)
        self.ws.__enter__()  # as `with connect(...)` would; closed by close()
        self.indexes: list[int] = []
        self.frames = 0
        self.closed = threading.Event()
        self.close_code: int | None = None
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        from websockets.exceptions import ConnectionClosed

        try:
            for message in self.ws:
                self.frames += 1
                self.indexes += [int(i) for i in TURN_ELEMENT.findall(str(message))]
        except ConnectionClosed as closed:
            self.close_code = closed.rcvd.code if closed.rcvd else None
        finally:
            self.closed.set()

    def close(self) -> None:
        self.ws.close()
        self.closed.wait(5)


def _reconnect(port: int, story_id: int, timeout: float = 15) -> tuple[Viewer, int]:
    from websockets.exceptions import InvalidHandshake

    # Like the page: any failed handshake (a 500, or a reply that is not HTTP at all while the
    # server's pooled Redis connections recover) is retried with backoff until the deadline.
    refused, deadline, pause = 0, time.monotonic() + timeout, 0.2
    while True:
        try:
            return Viewer(port, story_id), refused
        except (InvalidHandshake, OSError):
            refused += 1
            if time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 2)


def _supervise(story_id: int, fleet, env, name: str, timeout: float) -> int:
    """Wait for the story to end, restarting a worker that exits, as systemd (Restart=always),
    Docker (restart: unless-stopped) or a PaaS would. Returns how many restarts it took."""
    restarts, deadline = 0, time.monotonic() + timeout
    while _story(story_id).status not in (Story.Status.FINISHED, Story.Status.FAILED, Story.Status.PAUSED):
        if not fleet.alive():
            fleet.start(env, name)
            restarts += 1
        if time.monotonic() > deadline:
            raise AssertionError(f"story {story_id} did not finish\n{fleet.logs()}")
        time.sleep(0.05)
    return restarts


def test_redis_restarted_while_viewers_watch(request, alice, model, fleet):
    redis = RedisServer()
    redis.start()
    daphne = None
    try:
        env = fault_env(model, REDIS_URL=redis.url, **HELD)
        worker = fleet.start(env, "redis-restart", wait=False)
        daphne, port = start_daphne(env, name="redis-restart")
        fleet.ready(worker)
        story = make_story(alice, turns=12, provider="openai", start=False)
        before = Viewer(port, story.pk)
        hold = model.hold(only="ObserverReport")  # mid-story: the Observer's first look, after turn 4
        # Started through the story's row alone: the sweeper of the worker on this Redis picks it up.
        Story.objects.filter(pk=story.pk).update(status=Story.Status.CASTING, next_step_at=timezone.now())
        assert hold.arrived.wait(30), fleet.logs()
        wait_until(lambda: len(set(before.indexes)) >= _turns(story.pk), timeout=10,
                   message="the viewer to have seen every turn so far")
        seen_before = sorted(set(before.indexes))
        last_seen = max(seen_before)
        restarted_at = time.monotonic()
        redis.kill()
        redis.start()  # same port, empty: groups, presence, queued tasks and the beat's sends are gone
        restart_seconds = time.monotonic() - restarted_at
        hold.release()
        # The socket must not stay open but deaf (its group membership died with Redis): the
        # server closes it, so the page knows to reconnect.
        server_closed = before.closed.wait(5)
        # The page reconnects (htmx's ws extension retries with backoff), then fetches what it
        # missed (room.js: htmx:wsOpen → turns/?after=<last index>).
        after, refused = _reconnect(port, story.pk)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/stories/{story.pk}/turns/?after={last_seen}",
                                    timeout=10) as response:
            caught_up = [int(i) for i in TURN_ELEMENT.findall(response.read().decode())]
        restarts = _supervise(story.pk, fleet, env, "redis-restart-again", timeout=60)
        assert _story(story.pk).status == Story.Status.FINISHED, _story(story.pk).status_message
        n = _turns(story.pk)
        wait_until(lambda: n - 1 in set(caught_up) | set(after.indexes), timeout=10,
                   message=f"the last turn on the new socket\n{daphne.log()}")
        resumed = time.monotonic() - restarted_at
        after.close()
        if not server_closed:  # then it must have kept hearing the room
            assert set(range(last_seen + 1, n)) <= set(before.indexes), "an open socket went deaf"
        before.close()
        seen = set(seen_before) | set(caught_up) | set(after.indexes)
        assert sorted(seen) == list(range(n)), (seen_before, caught_up, after.indexes)
        deliveries = Counter(before.indexes + caught_up + after.indexes)
        figures = check_story(story.pk)
        crash = next((line.split("CRITICAL/MainProcess] ", 1)[1] for line in fleet.log_text().splitlines()
                      if "Unrecoverable error" in line), "")
    finally:
        if daphne is not None:
            daphne.stop()
        fleet.stop_all()
        redis.kill()
        redis.log.unlink(missing_ok=True)
    outcome = ("the server closed the old socket; the viewer reconnected and caught up with turns/?after=<last "
               "seen>: every turn 0..n-1 seen, none missing or doubled; the story resumed and finished")
    if refused:
        outcome += (f"; the first {refused} reconnect(s) got HTTP 500 (channels_redis reused a pooled connection "
                    "to the old Redis, no retry)")
    if restarts:
        outcome += ("; the worker, which had a task in flight, exited on the broker connection loss (celery/kombu "
                    f"\u201c{crash}\u201d) and the story went on once it was restarted, as a process supervisor does")
    report.record("Redis restarted", "the Redis of the broker, channel layer and cache killed and started empty "
                  "on the same port mid-story (a step in flight), while a viewer watches the room socket",
                  outcome, _test_id(request),
                  {"faults_injected": 1, "restart_seconds": restart_seconds, "restart_to_last_turn_seconds": resumed,
                   "turns_seen_before": len(seen_before), "turns_caught_up": len(caught_up),
                   "turns_seen_after": len(set(after.indexes)), "missing": 0,
                   "redundant_deliveries": sum(v - 1 for v in deliveries.values()),
                   "old_socket_closed_by_server": server_closed, "reconnects_refused": refused,
                   "worker_restarts": restarts, "worker_crash": crash, **figures})


# --- e. PostgreSQL connection dropped mid-step ------------------------------------------------


def test_postgres_connections_dropped_mid_step(request, alice, model, fleet):
    env = fault_env(model, **HELD)
    worker = fleet.start(env, "pg-drop")
    hold = model.hold(only="CharacterTurn")
    story = make_story(alice, turns=8, provider="openai")
    assert hold.arrived.wait(30), fleet.logs()
    index = _turns(story.pk)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                       "WHERE datname = %s AND pid <> pg_backend_pid()", [connection.settings_dict["NAME"]])
        terminated = sum(1 for (done,) in cursor.fetchall() if done)
    assert terminated >= 1
    released = time.monotonic()
    hold.release()
    turn_at = wait_turn(story.pk, index, timeout=TAKEOVER_BOUND + 15, fleet=fleet)
    assert wait_status(story.pk, ("finished", "failed", "paused"), 60, fleet) == "finished", \
        _story(story.pk).status_message
    figures = check_story(story.pk)
    assert figures["turns_checked"] == 8
    log = worker.full_log()
    # The commit meets the cut connection: PostgreSQL's own words when a statement is sent on its
    # own, psycopg's when the commit's statements go together (pipeline mode).
    assert re.search(r"database error, retrying: (terminating connection due to administrator command"
                     r"|consuming input failed: server closed the connection unexpectedly)", log), \
        "the step's own connection was the one cut, and the task layer retried the step"
    retried = re.search(r"advance_story_task\[([0-9a-f-]+)\] retry: Retry in", log).group(1)
    retry_result = _results(fleet, retried)
    # The step's write rolled back, but the model call it made is still on record: the calls a
    # step holds for its commit are written when it ends without one (on a fresh connection).
    assert _unrecorded(story.pk, model) == 0
    recovery = turn_at - released
    assert recovery < TAKEOVER_BOUND + 3
    report.record("PostgreSQL connection dropped", "pg_terminate_backend on every connection of the app's "
                  "database while a step's model call is held, then the answer released",
                  "the step failed on its next write and its turn rolled back (the model call it made was "
                  "still recorded, on a fresh connection), "
                  + ("gave its lease back on a fresh connection" if recovery < LEASE else "its lease ran out")
                  + ", and the step ran again "
                  + ("on the task's own retry (1 s later)" if "turn" in retry_result else
                     "at once, re-enqueued by the sweeper (the task's own retry a second later found it "
                     f"{'/'.join(retry_result) or 'pending'})") + "; the story finished, no half-written turn",
                  _test_id(request),
                  {"faults_injected": 1, "backends_terminated": terminated, "recovery_seconds": recovery,
                   "lease_seconds": LEASE, "task_retry_result": retry_result, **figures})


# --- f. lost timers ---------------------------------------------------------------------------


def test_lost_pacing_and_voting_timers_are_swept(request, alice, model, fleet):
    env = fault_env(model)
    fleet.start(env, "sweeper")
    bound = 3 * SWEEP + 3  # a few sweeps, plus the step itself
    story = make_story(alice, turns=10, provider="openai", start=False)
    # Due, with no task anywhere: as if the task that should start it was lost.
    lost_at = time.monotonic()
    Story.objects.filter(pk=story.pk).update(status=Story.Status.CASTING, pacing_seconds=3600,
                                             next_step_at=timezone.now() - timedelta(seconds=10))
    cast = wait_turn(story.pk, 0, timeout=bound + 10, fleet=fleet) - lost_at
    assert cast < bound
    # The pacing timer: the next step is an hour away; then its time comes and its task is lost.
    wait_until(lambda: _story(story.pk).next_step_at > timezone.now() + timedelta(minutes=30), timeout=10,
               message="the long pacing")
    lost_at = time.monotonic()
    Story.objects.filter(pk=story.pk).update(next_step_at=timezone.now() - timedelta(seconds=1))
    paced = wait_turn(story.pk, 1, timeout=bound + 10, fleet=fleet) - lost_at
    assert paced < bound
    # The voting timer: an open poll whose close time has passed, and no task to close it.
    wait_until(lambda: not _story(story.pk).lease_token, timeout=10, message="the step to let go")
    with transaction.atomic():
        scene = _story(story.pk).scenes.order_by("-index").first()
        closes = timezone.now() - timedelta(seconds=2)
        poll = Poll.objects.create(story_id=story.pk, scene=scene, options=["Go down", "Wait"], closes_at=closes)
        Story.objects.filter(pk=story.pk).update(vote_seconds=5, pacing_seconds=0, next_step_at=closes)
    lost_at = time.monotonic()
    voted = wait_turn(story.pk, 2, timeout=bound + 10, fleet=fleet) - lost_at
    assert voted < bound
    poll.refresh_from_db()
    assert poll.status == Poll.Status.CLOSED
    assert Turn.objects.get(story_id=story.pk, index=2).kind == Turn.Kind.CHOICE
    assert wait_status(story.pk, ("finished", "failed", "paused"), 60, fleet) == "finished"
    figures = check_story(story.pk)
    report.record("lost timers", "a due story with no task (never enqueued), a pacing timer whose task is lost, "
                  "and an open poll past its close time whose close task is lost",
                  "the periodic sweeper started, advanced and closed them within a few sweeps; the story finished",
                  _test_id(request), {"faults_injected": 3, "sweep_seconds": SWEEP, "bound_seconds": bound,
                                      "start_seconds": cast, "pacing_seconds": paced, "poll_close_seconds": voted,
                                      **figures})
