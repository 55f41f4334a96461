"""Shared personas, factories and fixtures.

Alice owns stories, Bob is another signed-in user (a viewer, or an outsider on a private room),
Edna is the editor Alice invites, Carol one more viewer, Charlie has no account.
"""

import os
import threading
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from moviesim.llm import registry
from moviesim.llm.offline import OfflineProvider
from stories import actions, broadcast, steps
from stories.models import Story

PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _offline_writer_types_instantly(settings):
    """In-process tests don't wait for the offline writer's typing effect (servers keep it)."""
    settings.MOVIESIM_OFFLINE_STREAM_DELAY = 0


@pytest.fixture(autouse=True)
def _presence_is_announced_quickly(settings):
    """Presence announcements are coalesced over a short window here, and start from a clean slate."""
    from django.core.cache import cache

    from stories import presence

    settings.MOVIESIM_PRESENCE_COALESCE = 0.05
    if not settings.REDIS_URL:
        cache.clear()
        presence._local.clear()


# --- Personas ---------------------------------------------------------------------------------

def make_user(username: str):
    """The account `username` with the personas' password (the one already there, if any)."""
    users = get_user_model().objects
    return users.filter(username=username).first() or users.create_user(username, password=PASSWORD)


@pytest.fixture
def alice(db):
    return make_user("alice")


@pytest.fixture
def bob(db):
    return make_user("bob")


@pytest.fixture
def edna(db):
    return make_user("edna")


@pytest.fixture
def carol(db):
    return make_user("carol")


@pytest.fixture
def alice_client(client, alice):
    client.force_login(alice)
    return client


def signed_in(user=None) -> Client:
    """A browser of its own, signed in as `user` (anonymous when None)."""
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def make_story(owner, seed="A murder mystery at a tech startup during a product launch", *, turns=20,
               random_seed=7, visibility=Story.Visibility.PUBLIC, start=True, provider="offline",
               vote_seconds=0) -> Story:
    return actions.create_story(owner, seed=seed, visibility=visibility, max_turns=turns, pacing_seconds=0,
                                start_now=start, provider=provider, random_seed=random_seed,
                                vote_seconds=vote_seconds, enforce_limits=False)


@pytest.fixture
def story(alice):
    return make_story(alice)


def advance(story_id: int, *, force: bool = False) -> str:
    """One step as a worker runs it (the room is told, the next step scheduled; with `force`,
    even before it is due): its outcome."""
    return steps.run(story_id, force=force).outcome


# --- Settings of a test's own -------------------------------------------------------------------

@pytest.fixture
def own_cache(settings):
    """A cache key prefix of this test's own: rate-limit counters and presence never leak between
    tests or test sessions. And a fast password hasher: the personas' passwords are never what is
    under test."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.CACHES = {"default": {**settings.CACHES["default"],
                                   "KEY_PREFIX": f"test-{os.getpid()}-{uuid.uuid4().hex}"}}


@pytest.fixture
def memory_layer(settings, own_cache):
    """The in-memory channel layer (one event loop per test: Redis fan-out is covered by the
    browser and reliability suites), with `own_cache`."""
    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}


@pytest.fixture
def silent_room(monkeypatch):
    """No fragments leave the process: `broadcast.send` drops them, for steps watched through the
    database rather than through the room."""
    monkeypatch.setattr(broadcast, "send", lambda story_id, event, html: None)


# --- Writers in place of the offline provider ---------------------------------------------------

def use_writer(monkeypatch, writer: OfflineProvider) -> OfflineProvider:
    """Serve `writer` as the offline provider until monkeypatch undoes it. `get_provider` caches
    providers: its cache is cleared here, and must be again when the test ends (`install_writer`)."""
    registry.get_provider.cache_clear()
    monkeypatch.setitem(registry.PROVIDERS, "offline", lambda: writer)
    return writer


@pytest.fixture
def install_writer(monkeypatch):
    """`install_writer(writer)` serves `writer` as the offline provider, for this test only."""
    yield lambda writer: use_writer(monkeypatch, writer)
    registry.get_provider.cache_clear()


class GatedWriter(OfflineProvider):
    """The offline writer, held at the door of one call so a test can race a step: `arm()` (or
    `arm("character")` for the next call of that role), wait for `inside`, act, `release.set()`.
    `held` is the request it held (its prompt is built)."""

    name = "offline"

    def __init__(self) -> None:
        super().__init__()
        self.inside = threading.Event()
        self.release = threading.Event()
        self.armed = False
        self.role: str | None = None
        self.held = None
        self._lock = threading.Lock()

    def arm(self, role: str | None = None) -> None:
        with self._lock:
            self.armed, self.role = True, role

    def generate(self, request):
        with self._lock:
            hold = self.armed and self.role in (None, request.role)
            if hold:
                self.armed, self.held = False, request
        if hold:
            self.inside.set()
            assert self.release.wait(30), "the test never released the gated writer"
        return super().generate(request)


@pytest.fixture
def gated(install_writer):
    """A GatedWriter serving as the offline provider; released at the end, whatever happened."""
    writer = install_writer(GatedWriter())
    yield writer
    writer.release.set()


@pytest.fixture(scope="session", autouse=True)
def _own_queue_and_redis_names():
    """Tasks, channel groups and cache keys of this run are its own (see tests/servers.py)."""
    import os

    from django.conf import settings

    from moviesim.celery import app

    run = f"test-{os.getpid()}"
    settings.CELERY_TASK_DEFAULT_QUEUE = run
    app.conf.task_default_queue = run
    settings.MOVIESIM_REDIS_PREFIX = run
    if "KEY_PREFIX" in settings.CACHES["default"]:
        settings.CACHES["default"]["KEY_PREFIX"] = run
    layer = settings.CHANNEL_LAYERS["default"]
    if "prefix" in layer.get("CONFIG", {}):  # the Redis layer (stories.layers.RoomChannelLayer)
        layer["CONFIG"]["prefix"] = f"{run}:asgi"


@pytest.fixture(scope="session")
def django_db_modify_db_settings():
    """One test database per pytest process, so two sessions on one machine never collide."""
    import os

    from django.conf import settings

    for db in settings.DATABASES.values():
        # Threads in tests (sync_to_async, racing steps) must not keep connections open
        # past their work, or PostgreSQL refuses to drop the test database at the end.
        db["CONN_MAX_AGE"] = 0
        test = db.setdefault("TEST", {})
        base = test.get("NAME") or f"test_{db['NAME']}"
        test["NAME"] = f"{base}_{os.getpid()}"
