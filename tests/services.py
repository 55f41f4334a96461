"""Which real services this run has, and what to do when a test needs a missing one.

`make test` runs everywhere: a test that needs PostgreSQL, Redis or Chromium skips
with a printed reason where they are missing. Under MOVIESIM_REQUIRE_SERVICES=1
(set by .ci/run) such a skip fails the run instead.
"""

import os
import shutil
import socket
from urllib.parse import urlparse

import pytest
from django.conf import settings

REQUIRE = os.environ.get("MOVIESIM_REQUIRE_SERVICES", "").strip() in {"1", "true", "yes"}
CHROMIUM = os.environ.get("MOVIESIM_CHROMIUM", "/usr/bin/chromium")


def _reachable(url: str, default_port: int) -> bool:
    parsed = urlparse(url)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", parsed.port or default_port), timeout=1):
            return True
    except OSError:
        return False


def has_postgres() -> bool:
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def has_redis() -> bool:
    return bool(settings.REDIS_URL) and _reachable(settings.REDIS_URL, 6379)


def has_chromium() -> bool:
    return os.path.exists(CHROMIUM) and shutil.which("chromium") is not None or os.path.exists(CHROMIUM)


def need(available: bool, reason: str) -> None:
    """Skip (or, under MOVIESIM_REQUIRE_SERVICES=1, fail) when a service is missing."""
    if available:
        return
    if REQUIRE:
        pytest.fail(f"MOVIESIM_REQUIRE_SERVICES=1 but {reason}", pytrace=False)
    pytest.skip(reason)


def need_postgres() -> None:
    need(has_postgres(), "needs PostgreSQL: set DATABASE_URL=postgres://…")


def need_redis() -> None:
    need(has_redis(), "needs Redis: set REDIS_URL=redis://127.0.0.1:6379/0 with a server running")


def need_chromium() -> None:
    need(os.path.exists(CHROMIUM), f"needs Chromium at {CHROMIUM} (apt-get install chromium)")
