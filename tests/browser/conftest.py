"""Browser tests: real server processes on the test database, driven by Chromium.

`live_server_proc` starts Daphne (and, when REDIS_URL is set, a Celery worker with the
sweeper beat) on the database pytest-django created for this session (the tests are
marked django_db(transaction=True), which is what makes pytest-django create it). The
tests talk to the servers only over HTTP and the WebSocket, so whatever they create is
committed by the servers themselves; pytest-django flushes it after each test, and the
fixture once more after stopping the servers.

ORM and Playwright: the sync Playwright API keeps an asyncio loop running in the test
thread, so Django's async-safety check refuses ORM calls made while a browser is open.
The tests check the database only through the app's own pages and exports
(`/stories/<id>/export.json`). The one ORM job left in that thread is pytest-django's
flush after each `transactional_db` test, which is why `allow_orm_beside_playwright`
sets DJANGO_ALLOW_ASYNC_UNSAFE for this directory only.
"""

from __future__ import annotations

import json
import os
import re
import urllib.request
import uuid
from dataclasses import dataclass, field

import pytest
from django.conf import settings

from tests.servers import Process, server_env, start_daphne, start_worker, wait_until
from tests.services import CHROMIUM, has_redis, need_chromium, need_redis

CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
]
PACING = "0.5"


@dataclass
class LiveServer:
    port: int
    daphne: Process
    worker: Process | None = None
    processes: list[Process] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def export(self, story_id: int) -> dict:
        """The story as the app exports it, fetched from the real port (public stories)."""
        with urllib.request.urlopen(f"{self.url}/stories/{story_id}/export.json", timeout=10) as response:
            return json.load(response)

    def alive(self) -> None:
        for proc in self.processes:
            if proc.proc.poll() is not None:
                raise AssertionError(f"{proc.args[0]} exited with {proc.proc.returncode}:\n{proc.log()}")

    def logs(self) -> list[tuple[str, str]]:
        return [(f"{proc.log_path.name} (last 4000 chars)", proc.log()) for proc in self.processes]


@pytest.fixture(scope="module", autouse=True)
def allow_orm_beside_playwright():
    """Playwright's sync API runs an event loop in this thread; the ORM calls made here are
    pytest-django's own (the flush after each transactional test, and the final one below),
    never concurrent with the loop's work, so Django's async-safety check is a false alarm.
    Scoped to the browser tests and restored afterwards."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        yield


@pytest.fixture(scope="module")
def live_server_proc(django_db_setup, django_db_blocker):
    need_chromium()  # before starting anything: no browser, no point in servers
    if settings.REDIS_URL:
        need_redis()  # distributed mode without a reachable Redis would never advance a story
    _check_test_database()
    env = server_env(MOVIESIM_DEFAULT_PACING=PACING, MOVIESIM_SWEEP_SECONDS="1", MOVIESIM_DEFAULT_VOTE_SECONDS="0")
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # the servers keep Django's safety check
    processes: list[Process] = []
    worker = None
    try:
        daphne, port = start_daphne(env)
        processes.append(daphne)
        if has_redis():
            worker = start_worker(env, name="browser-worker")
            processes.append(worker)
            wait_until(lambda: " ready." in worker.full_log() or worker.proc.poll() is not None, timeout=120,
                       message="the Celery worker to be ready")
            if worker.proc.poll() is not None:
                raise RuntimeError(f"Celery worker exited early:\n{worker.log()}")
        server = LiveServer(port=port, daphne=daphne, worker=worker, processes=processes)
        yield server
    finally:
        for proc in reversed(processes):
            proc.stop()
        # Everything the servers wrote was committed; leave the test database empty for the
        # tests that follow. Playwright has stopped by now (its fixtures depend on this one).
        from django.core.management import call_command

        with django_db_blocker.unblock():
            call_command("flush", verbosity=0, interactive=False, allow_cascade=True)


def _check_test_database() -> None:
    """The servers must run on the database pytest-django created, never the developer's.
    (pytest-django sets one up only when some collected test is marked django_db.)"""
    from django.db import connection

    name = str(connection.settings_dict["NAME"])
    if not os.path.basename(name).startswith("test"):
        raise RuntimeError(f"browser tests must run on the test database, but the connection points at {name}: "
                           "mark them @pytest.mark.django_db(transaction=True) so pytest-django creates it")


@pytest.fixture(scope="module")
def playwright_instance(live_server_proc):
    need_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=15_000)  # expect()'s 5 s default is tight on a loaded CI machine
    try:
        with sync_playwright() as p:
            yield p
    finally:
        expect.set_options(timeout=5_000)


@pytest.fixture(scope="module")
def browser(playwright_instance):
    browser = playwright_instance.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    yield browser
    browser.close()


@pytest.fixture
def new_context(browser):
    """Factory for isolated browser contexts (separate cookies), closed after the test."""
    contexts = []

    def make(**kwargs):
        context = browser.new_context(**kwargs)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def stories_at_rest_before_the_flush(transactional_db):
    """Stop the stories a test left running, and let steps in flight finish, before pytest-django
    flushes the database: a TRUNCATE beside a worker's step can deadlock (set up after the
    database fixture, so torn down before it)."""
    yield
    from django.utils import timezone

    from stories.models import Story

    Story.objects.filter(status__in=Story.ACTIVE_STATUSES).update(status=Story.Status.PAUSED, next_step_at=None)
    wait_until(lambda: not Story.objects.exclude(lease_token="").filter(lease_until__gt=timezone.now()).exists(),
               timeout=20, message="the steps in flight to finish before the flush")


@pytest.fixture
def live(live_server_proc):
    live_server_proc.alive()
    yield live_server_proc


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.failed and "live_server_proc" in getattr(item, "fixturenames", ()):
        server = item.funcargs.get("live_server_proc") or item.funcargs.get("live")
        if server is not None:
            for title, text in server.logs():
                report.sections.append((title, text))
    return report


# --- Page helpers ------------------------------------------------------------------------

def sign_up(page, base_url: str, prefix: str = "viewer") -> str:
    username = f"{prefix}-{uuid.uuid4().hex[:10]}"
    page.goto(f"{base_url}/accounts/signup/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password1]", "plot-twist-4-ever!")
    page.fill("input[name=password2]", "plot-twist-4-ever!")
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url(re.compile(r"/stories/new/$"))
    return username


def create_story(page, base_url: str, seed: str, *, turns: int = 12, pacing: float = 0.5,
                 start_now: bool = True, visibility: str = "public") -> int:
    if not page.url.endswith("/stories/new/"):
        page.goto(f"{base_url}/stories/new/")
    page.fill("textarea[name=seed]", seed)
    page.select_option("select[name=visibility]", visibility)
    page.fill("input[name=max_turns]", str(turns))
    page.fill("input[name=pacing_seconds]", str(pacing))
    page.set_checked("input[name=start_now]", start_now)
    page.get_by_role("button", name="Cast it").click()
    page.wait_for_url(re.compile(r"/stories/\d+/$"))
    return int(re.search(r"/stories/(\d+)/$", page.url).group(1))


def turn_ids(page) -> list[str]:
    return page.eval_on_selector_all("#transcript > article.turn", "els => els.map(e => e.id)")


def turns_with_text(page) -> list[tuple[str, str]]:
    return [tuple(t) for t in page.eval_on_selector_all(
        "#transcript > article.turn",
        "els => els.map(e => [e.id, (e.querySelector('.turn-body') || e).innerText.trim()])")]


def wait_finished(page, timeout: float = 60_000) -> None:
    page.wait_for_selector("#story-status[data-status=finished]", state="attached", timeout=timeout)
