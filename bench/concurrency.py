"""Worker concurrency: 50 stories at once on one worker, against a model that takes 1 s per call.

A user waits for the model; a worker must keep every story's model call in flight, so one
worker serves many rooms without adding its own waiting. The worker: one Celery process,
`--pool threads --concurrency 50`, with beat (`-B`, the sweeper), on PostgreSQL and Redis, with
the project's settings untouched (prefetch 1, acks_late, CONN_MAX_AGE=60, and CELERY_DB_REUSE_MAX from
moviesim/celery.py). The stories use the real `openai` provider and SDK against the loopback model
server (tests/reliability/model_server.py), which answers every chat request after `latency`
seconds (embeddings at once); pacing 0, no votes.

Definitions. A story's step asks the model one call at a time (scene manager, then the
character; the Observer, a reflection or the Director in the same step come before or after,
never alongside), so a story never has two calls in flight. With pacing 0 nothing in the design
waits between calls either: the gaps are MovieSim's own work (prompt building, database writes,
the broadcast) and, between steps, the Celery round trip. So with N stories on a worker of at
least N threads the ideal is N calls in flight at every moment:

    ideal_calls_per_s = min(N, concurrency) / latency
    calls_per_s       = chat calls the model server finished inside the window / window
    efficiency        = calls_per_s / ideal_calls_per_s

The window starts after a warm-up (casting and the first turns of all stories). The table also
gives the mean number of calls in flight (sampled every 0.5 s); MovieSim's own time per step
(from a story's LLMCall rows: from one step's commit to the next, less the later step's model
calls: the step's work, the broadcast, the Celery round trip and any wait for the worker's
GIL); the worker process's CPU (cores, and milliseconds per step: one process runs its Python
on one core at a time); the peak number of PostgreSQL connections to the bench database
(pg_stat_activity, sampled every 0.5 s from the admin database; the bench's own connection is
closed meanwhile, so they are the worker's); and how many sessions were opened per second
(pg_stat_database.sessions): persistent connections open none in steady state, while a worker
that reconnects for every task (Celery's Django fixup does, unless CELERY_DB_REUSE_MAX is set)
opens one per step. `--stories` and `--concurrency` try other sizes (the targets are for 50).

Targets: stories >= 50 and efficiency >= 0.9, with the worker's database connections at peak
bounded by its concurrency (at most one per worker thread: db_connections_peak <= concurrency).
"""

import os
import signal
import statistics
import threading
import time
from pathlib import Path

import common

CONCURRENCY = 50  # `celery -A moviesim worker --pool threads --concurrency 50`
STORIES = 50


def main() -> None:
    p = common.parser(__doc__.splitlines()[0])
    p.add_argument("--stories", type=int, default=STORIES, help=f"stories in flight (default {STORIES})")
    p.add_argument("--concurrency", type=int, default=CONCURRENCY,
                   help=f"the worker's threads (default {CONCURRENCY})")
    args = p.parse_args()
    concurrency = args.concurrency
    if args.smoke:
        stories, latency, warmup, window = 3, 0.2, 3.0, 5.0
    else:
        stories, latency, warmup, window = args.stories, 1.0, 15.0, 45.0
    env = common.setup("concurrency")
    signal.signal(signal.SIGTERM, _interrupt)  # a kill runs the finally blocks too

    from tests.reliability.model_server import ModelServer
    from tests.servers import start_worker

    model = ModelServer(latency=latency).start()
    worker = None
    try:
        env.update(MOVIESIM_PROVIDER="openai", OPENAI_API_KEY="bench", OPENAI_BASE_URL=model.base_url,
                   MOVIESIM_DEFAULT_VOTE_SECONDS="0")
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        worker = start_worker(env, name="bench-concurrency", concurrency=concurrency, beat=True)
        _wait_ready(worker)
        run(model, worker, stories, concurrency, latency, warmup, window, args.record, args.smoke)
    finally:
        _pause_all()
        if worker is not None:
            worker.stop()
            schedule = Path(worker.args[worker.args.index("--schedule") + 1])
            for leftover in schedule.parent.glob(schedule.name + "*"):  # beat's schedule file(s)
                leftover.unlink(missing_ok=True)
        model.stop()


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _wait_ready(worker, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while " ready." not in worker.full_log():
        if worker.proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"the worker did not start:\n{worker.log()}")
        time.sleep(0.1)


def _pause_all() -> None:
    """Stop every story's chain of steps, so the worker shuts down at once."""
    try:
        from django.db import connection

        from stories.models import Story

        Story.objects.filter(status__in=Story.ACTIVE_STATUSES).update(status=Story.Status.PAUSED)
        connection.close()
    except Exception:  # the database may be what broke; stopping the worker is what matters
        pass


class Sampler(threading.Thread):
    """Every 0.5 s: PostgreSQL connections to the bench database (open now, and sessions opened so
    far), model calls in flight, and the CPU seconds the worker process has used so far."""

    def __init__(self, model, worker_pid: int):
        super().__init__(daemon=True)
        self.model = model
        self.worker_pid = worker_pid
        # (time, connections, sessions, calls in flight, worker CPU s)
        self.samples: list[tuple[float, int, int, int, float]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        import psycopg
        from django.conf import settings

        db = settings.DATABASES["default"]["NAME"]
        with psycopg.connect(common.ADMIN_DATABASE_URL, autocommit=True) as conn:
            while not self._halt.is_set():
                count = conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s", [db]).fetchone()[0]
                sessions = conn.execute("SELECT sessions FROM pg_stat_database WHERE datname = %s", [db]).fetchone()[0]
                in_flight = sum(1 for r in self.model.chat if r.done is None)
                self.samples.append((time.monotonic(), count, sessions, in_flight, _cpu_seconds(self.worker_pid)))
                self._halt.wait(0.5)

    def stop(self) -> None:
        self._halt.set()
        self.join(5)


def run(model, worker, n: int, concurrency: int, latency: float, warmup: float, window: float, record: bool,
        smoke: bool) -> None:
    from django.conf import settings
    from django.db import connection
    from django.db.models import Count

    from stories import actions
    from stories.models import LLMCall, Story, Turn

    owner = common.make_owner()
    turns = min(settings.MOVIESIM_MAX_TURNS, int(warmup + window) + 60)  # never finishes inside the window
    for i in range(n):
        actions.create_story(owner, seed=f"A storm cuts off a lighthouse crew (story {i + 1})",
                             visibility=Story.Visibility.PUBLIC, max_turns=turns, pacing_seconds=0,
                             start_now=True, provider="openai", random_seed=100 + i, vote_seconds=0,
                             enforce_limits=False)
    connection.close()  # from here on, every connection to the bench database is the worker's
    started = time.monotonic()
    sampler = Sampler(model, worker.proc.pid)
    sampler.start()
    try:
        time.sleep(warmup)
        t0 = time.monotonic()
        time.sleep(window)
        t1 = time.monotonic()
    finally:
        sampler.stop()

    if worker.proc.poll() is not None:
        raise SystemExit(f"the worker died during the run:\n{worker.log()}")
    done = [r for r in model.chat if r.done is not None and t0 <= r.done < t1]
    calls_per_s = len(done) / window
    ideal = min(n, concurrency) / latency
    efficiency = calls_per_s / ideal
    in_window = [s for s in sampler.samples if t0 <= s[0] < t1]
    peak_db = max(s[1] for s in sampler.samples)
    mean_in_flight = statistics.mean(s[3] for s in in_window) if in_window else 0.0
    span = in_window[-1][0] - in_window[0][0] if len(in_window) > 1 else 0.0
    sessions_per_s = (in_window[-1][2] - in_window[0][2]) / span if span else 0.0
    worker_cores = (in_window[-1][4] - in_window[0][4]) / span if span else 0.0
    faults = sum(1 for r in model.chat if r.fault or r.repair)

    # MovieSim's own time per step, per story, from its LLMCall rows: a step's calls are written
    # together in its commit (one insert, microseconds apart; steps are a model call apart), so
    # each cluster of rows is one step and its latest created_at the step's commit. From one
    # commit to the next, less the model calls of the later step (their latency as the provider
    # timed it), is what the story spent not waiting for the model: the step's own work, the
    # broadcast, publishing and delivering the next task, and any wait for a worker thread.
    epoch = time.time() - time.monotonic()  # monotonic -> wall clock, for created_at
    calls = (LLMCall.objects.exclude(role="embedding").filter(created_at__isnull=False)
             .order_by("story_id", "created_at").values_list("story_id", "created_at", "latency_ms"))
    steps_of: dict[int, list[list[float]]] = {}  # story -> [[commit time, model seconds], ...]
    for story_id, created, latency_ms in calls:
        steps = steps_of.setdefault(story_id, [])
        at = created.timestamp()
        if steps and at - steps[-1][0] < 0.1:
            steps[-1][0] = at
            steps[-1][1] += latency_ms / 1000
        else:
            steps.append([at, latency_ms / 1000])
    own, spans = [], []
    steps_in_window = sum(1 for steps in steps_of.values() for at, _ in steps if t0 + epoch <= at < t1 + epoch)
    for steps in steps_of.values():
        for (before, _), (after, model_s) in zip(steps, steps[1:], strict=False):
            if t0 + epoch <= before and after < t1 + epoch:
                own.append((after - before - model_s) * 1000)
                spans.append((after - before) * 1000)
    own_share = sum(own) / sum(spans) if spans else 0.0
    cpu_ms_per_step = worker_cores * window * 1000 / steps_in_window if steps_in_window else 0.0
    statuses = dict(Story.objects.order_by().values_list("status").annotate(n=Count("id")))
    if statuses != {Story.Status.RUNNING: n} or sessions_per_s < 0:
        # A story paused (the model failed) or the database was recreated under us (another run of
        # this benchmark: full runs share the database name): the figures would mean nothing.
        raise SystemExit(f"the measurement is void: stories at the end {statuses}, PostgreSQL sessions/s "
                         f"{sessions_per_s:.2f}; was another bench/concurrency.py running?\n{worker.log()}")
    turns_written = Turn.objects.count()
    conn_max_age = settings.DATABASES["default"].get("CONN_MAX_AGE")
    from moviesim.celery import app

    config = (f"1 process, --pool threads --concurrency {concurrency}, -B; prefetch x"
              f"{settings.CELERY_WORKER_PREFETCH_MULTIPLIER}, acks_late={settings.CELERY_TASK_ACKS_LATE}, "
              f"CONN_MAX_AGE={conn_max_age}, DB_REUSE_MAX={app.conf.get('CELERY_DB_REUSE_MAX')}")

    rows = [
        ["stories", n],
        ["model latency per chat call (s)", latency],
        ["warm-up / window (s)", f"{warmup:g} / {window:g}"],
        ["chat calls finished in the window", len(done)],
        ["calls_per_s", calls_per_s],
        ["ideal_calls_per_s", ideal],
        ["efficiency", efficiency],
        ["mean calls in flight (of ideal)", f"{mean_in_flight:.1f} ({min(n, concurrency)})"],
        ["steps committed in the window (from LLMCall rows)", steps_in_window],
        ["median MovieSim time per step, model calls excluded (ms)", _median(own)],
        ["p95 MovieSim time per step, model calls excluded (ms)", common.percentile(own, 95) if own else "-"],
        ["share of a story's time not spent in a model call", own_share],
        ["worker CPU in the window (cores; one process holds one GIL)", worker_cores],
        ["worker CPU per step (ms)", cpu_ms_per_step],
        ["peak PostgreSQL connections (worker)", peak_db],
        ["PostgreSQL sessions opened per second", sessions_per_s],
        ["faults or repairs seen by the model", faults],
        ["turns written", turns_written],
        ["story statuses at the end", ", ".join(f"{k} {v}" for k, v in sorted(statuses.items()))],
        ["worker", config],
    ]
    text = common.table(["", "value"], rows)
    result = {
        "calls_per_s": round(calls_per_s, 2),
        "ideal_calls_per_s": round(ideal, 2),
        "efficiency": round(efficiency, 3),
        "db_connections_peak": peak_db,
        "db_sessions_opened_per_s": round(sessions_per_s, 2),
        "mean_in_flight": round(mean_in_flight, 2),
        "median_step_own_ms": round(_median(own), 1) if own else None,
        "p95_step_own_ms": round(common.percentile(own, 95), 1) if own else None,
        "own_share": round(own_share, 3),
        "worker_cpu_cores": round(worker_cores, 2),
        "worker_cpu_ms_per_step": round(cpu_ms_per_step, 1),
        "steps_in_window": steps_in_window,
        "stories": n,
        "latency_s": latency,
        "window_s": window,
        "concurrency": concurrency,
        "conn_max_age": conn_max_age,
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    targets = {
        f"efficiency >= 0.9 (got {efficiency:.3f})": efficiency >= 0.9,
        f"db_connections_peak <= concurrency (got {peak_db} for {concurrency} threads)": peak_db <= concurrency,
    }
    if not smoke:  # a smoke run plays a few stories only
        targets[f"stories >= {STORIES} (got {n})"] = n >= STORIES
    common.finish("concurrency", "Worker concurrency", text, result, record=record, targets=targets)


def _cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _median(values: list[float]) -> float:
    return common.median(values) if values else 0.0


if __name__ == "__main__":
    main()
