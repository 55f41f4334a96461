"""The Observer dashboard in a real browser: the tension chart fills in live, without a reload.

Real Daphne (and a Celery worker with REDIS_URL) serve the pages; Chromium runs the page's own
htmx + WebSocket code, which swaps the re-rendered #dashboard in out of band with each turn.
No ORM here (see conftest): the final chart is compared with the room as the server renders it.
"""

from __future__ import annotations

import re
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import create_story, sign_up, wait_finished

# transaction=True: the server processes must see committed rows, and the flush after each
# test leaves the database empty for the next one.
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

POINTS = "#dashboard svg.tension-chart circle.tension-point"


def point_turns(page) -> list[str]:
    return page.eval_on_selector_all(POINTS, "els => els.map(e => e.getAttribute('data-turn'))")


def test_the_tension_chart_updates_live(live, new_context):
    page = new_context().new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    sign_up(page, live.url, "watcher")
    story_id = create_story(page, live.url, "A heist at a lighthouse museum during a storm", turns=24, pacing=0.3)
    room_url = f"{live.url}/stories/{story_id}/"

    expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    page.evaluate("window.__marker = 1")
    chart = page.locator("#dashboard svg.tension-chart")
    expect(chart).to_have_attribute("role", "img")

    # The first Observer reading appears on the chart, pushed over the socket.
    page.wait_for_selector(POINTS, state="attached", timeout=30_000)
    first = point_turns(page)
    assert first, "no point on the chart"
    expect(chart).to_have_attribute("aria-label", re.compile(r"latest reading is \d\.\d\d after turn \d+"))

    # More readings follow, still without any reload.
    page.wait_for_selector(f"{POINTS} >> nth={len(first)}", state="attached", timeout=30_000)
    later = point_turns(page)
    assert len(later) > len(first)
    assert later[: len(first)] == first, "earlier points moved or vanished"
    assert page.evaluate("window.__marker") == 1, "the room page was reloaded"
    expect(page.locator("#dashboard .line-share").first).to_be_attached()

    # At the end, the live chart is the chart the server renders for a fresh visitor.
    wait_finished(page)
    with urllib.request.urlopen(room_url, timeout=10) as response:
        fresh = response.read().decode()
    fresh_turns = re.findall(r'<circle class="tension-point"[^>]*data-turn="(\d+)"', fresh)
    expect(page.locator(POINTS)).to_have_count(len(fresh_turns))
    assert point_turns(page) == fresh_turns
    assert page.locator("#dashboard").count() == 1
    assert page.evaluate("window.__marker") == 1, "the room page was reloaded"
    assert not [e for e in errors if "Content Security Policy" in e], f"CSP violations: {errors}"
