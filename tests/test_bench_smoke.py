"""Each benchmark under bench/ runs end to end at tiny sizes and ends with its JSON line.

The figures of a smoke run mean nothing (bench/README.md holds the real ones); this only
keeps the scripts working as the code they measure changes.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from tests.services import need_postgres, need_redis

ROOT = Path(__file__).resolve().parent.parent
KEYS = {
    "turn_overhead": {"overhead_share_of_1s_model", "median_ms_early", "median_ms_late", "p95_ms_late",
                      "queries_early", "queries_late", "baseline_ms"},
    "fanout": {"clients", "p50_ms", "p99_ms", "raw_p99_ms", "ratio_p99_vs_raw", "lost", "burst_lost", "server_cpu_s"},
    "prompt_growth": {"growth_300_vs_20", "tokens_30_turn_story", "prefix_share"},
    "concurrency": {"stories", "concurrency", "calls_per_s", "ideal_calls_per_s", "efficiency", "db_connections_peak"},
    "streaming": {"p95_first_words_ms", "raw_p95_ms", "ratio_vs_raw"},
    "story_quality": {"within", "across", "gestures", "interventions_per_scene_max", "seed_words", "ended_on_climax",
                      "reveals_answered", "continuity_errors"},
    "real_model": {"finished", "turns", "calls", "failed_attempts", "max_tokens_out", "seconds_per_turn",
                   "prompt_tokens_per_turn"},
}


@pytest.mark.slow
@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.parametrize("name", list(KEYS))
def test_the_benchmark_runs_and_ends_with_its_figures(name):
    need_postgres()
    need_redis()
    db = settings.DATABASES["default"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "MOVIESIM_", "DJANGO_"))}
    env.pop("DATABASE_URL", None)
    host = f"{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}"
    env["BENCH_ADMIN_DATABASE_URL"] = f"postgres://{db['USER']}@{host}/postgres"
    env["BENCH_REDIS_URL"] = settings.REDIS_URL
    run = subprocess.run([sys.executable, str(ROOT / "bench" / f"{name}.py"), "--smoke"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"{name} --smoke failed:\n{run.stdout[-3000:]}\n{run.stderr[-3000:]}"
    last = json.loads(run.stdout.strip().splitlines()[-1])
    assert KEYS[name] <= set(last), f"{name} is missing {KEYS[name] - set(last)}"
