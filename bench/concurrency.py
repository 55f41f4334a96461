"""Worker concurrency: 20 stories at once on one worker, against a model that takes 1 s per call.

The worker runs the configuration the README recommends: one Celery process, `--pool threads
--concurrency 20`, with beat (`-B`, the sweeper), on PostgreSQL and Redis, with the project's
settings untouched (prefetch 1, acks_late, CONN_MAX_AGE=60, and CELERY_DB_REUSE_MAX from
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
gives the mean number of calls in flight (sampled every 0.5 s), the median gap between a story's
consecutive calls (from its LLMCall rows: within one step, and from one step to the next), and
the peak number of PostgreSQL connections to the bench database (pg_stat_activity, sampled every
0.5 s from the admin database; the bench's own connection is closed meanwhile, so they are the
worker's), and how many sessions were opened per second (pg_stat_database.sessions): persistent
connections open none in steady state, while a worker that reconnects for every task (Celery's
Django fixup does, unless CELERY_DB_REUSE_MAX is set) opens one per step.

Targets: efficiency >= 0.9, with database connections bounded: at most one per worker thread.
"""

import signal
import statistics
import threading
import time
from pathlib import Path

import common

CONCURRENCY = 20  # README: `celery -A moviesim worker --pool threads --concurrency 20`


def main() -> None:
    args = common.parser(__doc__.splitlines()[0]).parse_args()
    if args.smoke:
        stories, latency, warmup, window = 3, 0.2, 3.0, 5.0
    else:
        stories, latency, warmup, window = 20, 1.0, 15.0, 45.0
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
        worker = start_worker(env, name="bench-concurrency", concurrency=CONCURRENCY, beat=True)
        _wait_ready(worker)
        run(model, worker, stories, latency, warmup, window, args.record)
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
    far), and model calls in flight."""

    def __init__(self, model):
        super().__init__(daemon=True)
        self.model = model
        self.samples: list[tuple[float, int, int, int]] = []  # (time, connections, sessions, calls in flight)
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
                self.samples.append((time.monotonic(), count, sessions, in_flight))
                self._halt.wait(0.5)

    def stop(self) -> None:
        self._halt.set()
        self.join(5)


def run(model, worker, n: int, latency: float, warmup: float, window: float, record: bool) -> None:
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
    sampler = Sampler(model)
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
    ideal = min(n, CONCURRENCY) / latency
    efficiency = calls_per_s / ideal
    in_window = [s for s in sampler.samples if t0 <= s[0] < t1]
    peak_db = max(s[1] for s in sampler.samples)
    mean_in_flight = statistics.mean(s[3] for s in in_window) if in_window else 0.0
    sessions_per_s = (in_window[-1][2] - in_window[0][2]) / (in_window[-1][0] - in_window[0][0]) if in_window else 0.0
    faults = sum(1 for r in model.chat if r.fault or r.repair)

    # Gaps between a story's consecutive calls, from its LLMCall rows (start = written - latency).
    epoch = time.time() - time.monotonic()  # monotonic -> wall clock, for created_at
    within, between = [], []
    calls = (LLMCall.objects.exclude(role="embedding").filter(created_at__isnull=False)
             .order_by("story_id", "created_at").values_list("story_id", "turn_index", "created_at", "latency_ms"))
    previous = None
    for story_id, index, created, latency_ms in calls:
        end = created.timestamp()
        begin = end - latency_ms / 1000
        if previous and previous[0] == story_id and t0 + epoch <= begin < t1 + epoch:
            (within if previous[1] == index else between).append((begin - previous[2]) * 1000)
        previous = (story_id, index, end)
    statuses = dict(Story.objects.order_by().values_list("status").annotate(n=Count("id")))
    if statuses != {Story.Status.RUNNING: n} or sessions_per_s < 0:
        # A story paused (the model failed) or the database was recreated under us (another run of
        # this benchmark: full runs share the database name): the figures would mean nothing.
        raise SystemExit(f"the measurement is void: stories at the end {statuses}, PostgreSQL sessions/s "
                         f"{sessions_per_s:.2f}; was another bench/concurrency.py running?\n{worker.log()}")
    turns_written = Turn.objects.count()
    conn_max_age = settings.DATABASES["default"].get("CONN_MAX_AGE")
    from moviesim.celery import app

    config = (f"1 process, --pool threads --concurrency {CONCURRENCY}, -B; prefetch x"
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
        ["mean calls in flight (of ideal)", f"{mean_in_flight:.1f} ({min(n, CONCURRENCY)})"],
        ["median gap within a step (ms)", _median(within)],
        ["median gap between steps (ms)", _median(between)],
        ["p95 gap between steps (ms)", common.percentile(between, 95) if between else "-"],
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
        "peak_db_connections": peak_db,
        "db_sessions_opened_per_s": round(sessions_per_s, 2),
        "mean_in_flight": round(mean_in_flight, 2),
        "median_gap_within_step_ms": round(_median(within), 1) if within else None,
        "median_gap_between_steps_ms": round(_median(between), 1) if between else None,
        "stories": n,
        "latency_s": latency,
        "window_s": window,
        "concurrency": CONCURRENCY,
        "conn_max_age": conn_max_age,
        "elapsed_s": round(time.monotonic() - started, 1),
    }
    common.finish("concurrency", "Worker concurrency", text, result, record=record, targets={
        "efficiency >= 0.9": efficiency >= 0.9,
        f"peak PostgreSQL connections <= {CONCURRENCY} (one per worker thread)": peak_db <= CONCURRENCY,
    })


def _median(values: list[float]) -> float:
    return common.median(values) if values else 0.0


if __name__ == "__main__":
    main()
