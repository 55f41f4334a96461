"""The story room in a real browser: live turns, shared rooms, reconnect and catch-up, escaping.

Real Daphne (and a Celery worker with REDIS_URL) serve the pages; Chromium runs the
page's own htmx + WebSocket code. No ORM here (see conftest): the database is checked
through `/stories/<id>/export.json`.
"""

from __future__ import annotations

import re
import socket
import struct
import threading
import time

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import create_story, sign_up, turn_ids, turns_with_text, wait_finished
from tests.servers import wait_until

# transaction=True: the server processes must see committed rows, and the flush after each
# test leaves the database empty for the next one.
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

RECONNECTING = "reconnecting…"


def export_ids(live, story_id: int) -> list[str]:
    return [f"turn-{t['index']}" for t in live.export(story_id)["turns"]]


def assert_contiguous(ids: list[str]) -> None:
    assert ids, "no turns at all"
    assert ids == [f"turn-{i}" for i in range(len(ids))], f"turns not contiguous from 0 / duplicated: {ids}"


def test_turns_arrive_live_and_every_viewer_sees_the_same_story(live, new_context):
    owner = new_context().new_page()
    navigations: list[str] = []
    owner.on("framenavigated", lambda frame: navigations.append(frame.url) if frame == owner.main_frame else None)

    sign_up(owner, live.url, "owner")
    story_id = create_story(owner, live.url, "A heist at a lighthouse museum during a storm", turns=12, pacing=0.5)
    room_url = f"{live.url}/stories/{story_id}/"
    assert owner.url == room_url

    expect(owner.locator("#connection")).to_have_attribute("data-state", "live")
    owner.evaluate("window.__marker = 1")
    navigations_before = len(navigations)
    on_load = len(turn_ids(owner))
    target = max(3, on_load + 2)
    assert target < 12, f"the story was nearly over before the page loaded ({on_load} turns)"

    # The offline writer is always labelled, and only the owner gets the controls.
    expect(owner.locator(".badge--offline")).to_be_visible()
    expect(owner.locator(".badge--offline")).to_have_text(re.compile("offline writer", re.I))
    expect(owner.locator("#owner-controls")).to_be_visible()

    # A second, anonymous viewer in the same (public) room.
    viewer = new_context().new_page()
    viewer.goto(room_url)
    expect(viewer.locator("#connection")).to_have_attribute("data-state", "live")
    viewer.evaluate("window.__marker = 1")
    expect(viewer.locator(".badge--offline")).to_be_visible()
    expect(viewer.locator("#owner-controls")).to_have_count(0)

    # Turns appear without any reload.
    owner.wait_for_selector(f"#turn-{target}", state="attached", timeout=30_000)
    assert len(turn_ids(owner)) > on_load
    assert owner.evaluate("window.__marker") == 1, "the room page was reloaded"
    assert len(navigations) == navigations_before, f"the room navigated: {navigations[navigations_before:]}"

    wait_finished(owner)
    wait_finished(viewer)
    expected = export_ids(live, story_id)
    assert_contiguous(expected)
    for page in (owner, viewer):
        expect(page.locator("#transcript > article.turn")).to_have_count(len(expected))
        assert turn_ids(page) == expected
        assert page.evaluate("window.__marker") == 1, "a viewer's page was reloaded"
    assert turns_with_text(owner) == turns_with_text(viewer)
    assert all(text for _, text in turns_with_text(viewer)), "a turn rendered empty"
    assert len(navigations) == navigations_before


class CuttableProxy:
    """A TCP proxy on 127.0.0.1 that can drop every connection at once and refuse new ones."""

    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.refusing = False
        self.refused = 0
        self.closed = False
        self.lock = threading.Lock()
        self.open: set[socket.socket] = set()
        threading.Thread(target=self._accept_loop, name="proxy-accept", daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @staticmethod
    def _reset(sock: socket.socket) -> None:
        """Close abruptly (RST), like a dropped network path, not a polite FIN."""
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        sock.close()

    def _accept_loop(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                if self.refusing:
                    self.refused += 1
                    self._reset(client)
                    continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
                upstream.settimeout(None)
            except OSError:
                self._reset(client)
                continue
            with self.lock:
                self.open.update((client, upstream))
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            with self.lock:
                pair = [s for s in (src, dst) if s in self.open]
                self.open.difference_update(pair)
            for s in pair:
                self._reset(s)

    def cut(self) -> int:
        """Drop every open connection and refuse new ones until restore(). Returns how many dropped."""
        with self.lock:
            self.refusing = True
            victims = list(self.open)
            self.open.clear()
        for s in victims:
            self._reset(s)
        return len(victims)

    def restore(self) -> None:
        with self.lock:
            self.refusing = False

    def close(self) -> None:
        self.closed = True
        self.cut()
        self.listener.close()


@pytest.fixture
def proxy(live):
    p = CuttableProxy(live.port)
    yield p
    p.close()


def test_socket_cut_and_restored_catches_up_without_gaps(live, new_context, proxy):
    page = new_context().new_page()
    sign_up(page, live.url, "cutter")
    story_id = create_story(page, live.url, "A murder mystery aboard a night train during a blizzard", turns=20,
                            pacing=0.5)

    # Watch through the proxy (same host, so the session cookie goes along).
    page.goto(f"{proxy.url}/stories/{story_id}/")
    connection = page.locator("#connection")
    expect(connection).to_have_attribute("data-state", "live")
    page.evaluate("window.__marker = 1")
    page.wait_for_selector("#turn-2", state="attached", timeout=30_000)

    assert proxy.cut() >= 1, "the page had no open connection through the proxy"
    cut_at = time.monotonic()
    expect(connection).to_have_attribute("data-state", "reconnecting", timeout=10_000)
    expect(connection).to_have_text(RECONNECTING)
    shown_when_cut = len(turn_ids(page))

    # The story goes on without the page; the page tries to come back and is refused.
    wait_until(lambda: len(export_ids(live, story_id)) >= shown_when_cut + 3, timeout=30,
               message="the story to advance on the server while the page is cut off")
    wait_until(lambda: proxy.refused >= 1 and time.monotonic() - cut_at >= 3, timeout=30,
               message="the page to attempt a reconnect while the proxy refuses")
    expect(connection).to_have_attribute("data-state", "reconnecting")
    assert len(turn_ids(page)) == shown_when_cut, "turns reached the page while it was cut off"
    missed = len(export_ids(live, story_id)) - shown_when_cut
    assert missed >= 3

    proxy.restore()
    expect(connection).to_have_attribute("data-state", "live", timeout=30_000)
    expect(connection).to_have_text("live")

    wait_finished(page)
    expected = export_ids(live, story_id)
    assert_contiguous(expected)
    expect(page.locator("#transcript > article.turn")).to_have_count(len(expected))
    ids = turn_ids(page)
    assert len(ids) == len(set(ids)), f"duplicate turns on the page: {ids}"
    assert ids == expected
    assert page.evaluate("window.__marker") == 1, "the page reloaded instead of catching up"


SCRIPT = "<script>window.__pwned=1</script>"
BOLD = "<b>bold</b>"


def test_seed_and_llm_text_are_shown_literally(live, new_context):
    # bypass_csp: the CSP would stop an injected inline script on its own; switching it off
    # here makes this test fail if the markup ever reaches the DOM unescaped.
    page = new_context(bypass_csp=True).new_page()
    sign_up(page, live.url, "marked")
    seed = f"A heist at the {BOLD} lighthouse during a storm {SCRIPT}{BOLD}"
    story_id = create_story(page, live.url, seed, turns=6, pacing=0.3, start_now=False)

    # A draft shows the seed itself.
    expect(page.locator("#story-status")).to_have_attribute("data-status", "draft")
    expect(page.locator(".room-title .logline")).to_contain_text(f"{SCRIPT}{BOLD}")
    assert_nothing_injected(page)

    # Let the (offline) writer turn the seed into a story, pushed live over the socket.
    expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    page.locator("#owner-controls").get_by_role("button", name="Start").click()
    wait_finished(page)
    exported = live.export(story_id)
    expect(page.locator("#transcript > article.turn")).to_have_count(len(exported["turns"]))
    assert_nothing_injected(page)

    # The writer's own text carries the seed's markup (the logline quotes the setting):
    # after a reload it is in the header, as text.
    logline = exported["logline"]
    assert "<b>bold</b>" in logline, f"precondition: model text should quote the seed's markup: {logline!r}"
    page.reload()
    expect(page.locator(".room-title .logline")).to_have_text(logline)
    assert_nothing_injected(page)
    for turn in exported["turns"]:
        if "<" in (turn["content"] or ""):
            expect(page.locator(f"#turn-{turn['index']}")).to_contain_text(turn["content"])


def assert_nothing_injected(page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined", "a script from the seed ran"
    assert page.locator("#room b", has_text="bold").count() == 0, "seed markup became a <b> element"
    assert page.locator("script", has_text="__pwned").count() == 0, "seed markup became a <script> element"
