"""Plumbing shared by the benchmarks: services on loopback, a database of their own, the figures.

Every benchmark calls `setup(name)` before importing anything from Django: it checks that
PostgreSQL and Redis answer on loopback, creates a fresh database `moviesim_bench_<name>`,
points the settings at it (distributed mode: Redis layer, cache and broker, with Redis names
and a Celery queue of this run's own), migrates, and removes its Redis keys at exit.

`finish(...)` prints the table and, as the very last line, one JSON object; with `--record`
it also writes both into bench/README.md between the benchmark's markers, with the commit
and the machine they were measured on.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "bench" / "README.md"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ADMIN_DATABASE_URL = os.environ.get("BENCH_ADMIN_DATABASE_URL", "postgres://root@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--record", action="store_true", help="write the figures into bench/README.md")
    p.add_argument("--smoke", action="store_true", help="tiny sizes: checks the script works, measures nothing")
    return p


def _die(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr)
    raise SystemExit(2)


def _check_services() -> None:
    import psycopg
    import redis

    for host, port in (("127.0.0.1", 5432), ("127.0.0.1", 6379)):
        if not _loopback(host):
            _die(f"{host}:{port} is not a loopback address")
    try:
        psycopg.connect(ADMIN_DATABASE_URL, connect_timeout=3).close()
    except psycopg.Error as exc:
        _die(f"PostgreSQL is not reachable at {ADMIN_DATABASE_URL} ({exc}). Start it with\n"
             "  pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start")
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=3).ping()
    except redis.RedisError as exc:
        _die(f"Redis is not reachable at {REDIS_URL} ({exc}). Start it with\n"
             "  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no")


def _loopback(host: str) -> bool:
    return host in ("127.0.0.1", "localhost", "::1")


def database_url(name: str) -> str:
    base = ADMIN_DATABASE_URL.rsplit("/", 1)[0]
    return f"{base}/moviesim_bench_{name}"


_lock = None  # the admin connection holding this run's advisory lock, for the life of the process


def setup(name: str, **extra_env: str) -> dict[str, str]:
    """Fresh database and Redis names for this benchmark; Django set up on them. Returns the env."""
    import psycopg

    _check_services()
    smoke = "--smoke" in sys.argv
    if smoke:  # a throwaway database of this process's own, gone at exit
        name = f"{name}_smoke_{os.getpid()}"
    db = f"moviesim_bench_{name}"
    # One run per benchmark at a time: a second would drop the first one's database under it.
    global _lock
    _lock = psycopg.connect(ADMIN_DATABASE_URL, autocommit=True)
    if not _lock.execute("SELECT pg_try_advisory_lock(hashtext(%s))", [db]).fetchone()[0]:
        _die(f"another run of this benchmark is using {db}; wait for it to finish")
    with psycopg.connect(ADMIN_DATABASE_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{db}"')
    if smoke:
        atexit.register(_drop_database, db)
    run = f"bench-{name}-{os.getpid()}"
    env = {
        "DATABASE_URL": database_url(name),
        "REDIS_URL": REDIS_URL,
        "MOVIESIM_SECRET_KEY": f"bench-{os.getpid()}-{time.time()}",
        "MOVIESIM_REDIS_PREFIX": run,
        "MOVIESIM_CELERY_QUEUE": run,
        "MOVIESIM_PROVIDER": "offline",
        "MOVIESIM_OFFLINE_STREAM_DELAY": "0",
        "DJANGO_SETTINGS_MODULE": "moviesim.settings",
        "PYTHONUNBUFFERED": "1",
        **extra_env,
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    atexit.register(_forget_redis_names, run)
    return {**os.environ}


def _drop_database(db: str) -> None:
    import psycopg
    from django.db import connections

    connections.close_all()
    with psycopg.connect(ADMIN_DATABASE_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{db}" WITH (FORCE)')


def _forget_redis_names(run: str) -> None:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    for pattern in (f"{run}*", f"*{run}*"):
        keys = list(client.scan_iter(match=pattern, count=1000))
        if keys:
            client.delete(*keys)


def make_owner(username: str = "bench"):
    from django.contrib.auth import get_user_model

    user, _ = get_user_model().objects.get_or_create(username=username)
    return user


def make_story(owner, *, turns: int, seed: str = "A murder mystery at a tech startup during a product launch",
               random_seed: int = 7, start: bool = True, provider: str = "offline"):
    from stories import actions
    from stories.models import Story

    return actions.create_story(owner, seed=seed, visibility=Story.Visibility.PUBLIC, max_turns=turns,
                                pacing_seconds=0, start_now=start, provider=provider, random_seed=random_seed,
                                vote_seconds=0, enforce_limits=False)


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(p / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) if cells else len(h) for i, h in enumerate(headers)]
    line = "| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |"
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    body = ["| " + " | ".join(c.rjust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    return "\n".join([line, rule, *body])


def _cell(value) -> str:
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.node()}: {os.cpu_count()} cores{', ' + cpu if cpu else ''}, Python {platform.python_version()}"


def commit() -> str:
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    sha = git("rev-parse", "--short", "HEAD") or "unknown"
    return sha + (" (with uncommitted changes)" if git("status", "--porcelain", "--untracked-files=no") else "")


def finish(name: str, title: str, text: str, result: dict, *, record: bool, targets: dict[str, bool]) -> None:
    """Print the table and the targets; the very last line printed is the JSON result."""
    verdicts = "\n".join(f"- {what}: {'met' if ok else 'NOT MET'}" for what, ok in targets.items())
    print(text)
    print()
    print("Targets:")
    print(verdicts)
    if record:
        _record(name, title, text, verdicts, result)
    print(json.dumps(result, sort_keys=False))


def _record(name: str, title: str, text: str, verdicts: str, result: dict) -> None:
    start, end = f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    block = "\n".join([
        start,
        f"#### {title}: latest figures",
        "",
        f"Measured {stamp} on commit {commit()}; machine {machine()}.",
        "",
        text,
        "",
        verdicts,
        "",
        "```json",
        json.dumps(result),
        "```",
        end,
    ])
    readme = README.read_text() if README.exists() else "# Benchmarks\n"
    if start in readme and end in readme:
        before, rest = readme.split(start, 1)
        after = rest.split(end, 1)[1]
        readme = before + block + after
    else:
        readme = readme.rstrip("\n") + "\n\n" + block + "\n"
    README.write_text(readme)
    print(f"(recorded in {README.relative_to(ROOT)})", file=sys.stderr)
