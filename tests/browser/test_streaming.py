"""The spoken line types into the room as it forms, then the final turn replaces the bubble."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import create_story, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_the_typing_bubble_fills_in_and_is_replaced_by_the_turn(live, new_context):
    page = new_context().new_page()
    sign_up(page, live.url, "streamer")
    create_story(page, live.url, "A romance on a night ferry between two islands", turns=12, pacing=1.0)
    expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    page.evaluate("window.__marker = 1")
    # Record every text the bubble shows, straight from the DOM as it changes.
    page.evaluate("""() => {
        window.__typed = [];
        // The bubble is swapped out of band (replaced), so watch its parent.
        const stage = document.getElementById('typing').parentElement;
        new MutationObserver(() => {
            const line = document.querySelector('#typing .dialogue');
            if (line) window.__typed.push(line.textContent.replace('\\u258d', '').trim());
        }).observe(stage, {childList: true, subtree: true, characterData: true});
    }""")
    # The bubble grows word by word (a later frame extends an earlier one): a short line may come
    # in one frame, so wait for a line long enough to show it growing.
    page.wait_for_function("""() => window.__typed.some(
        (b, i) => i > 0 && b.length > window.__typed[i - 1].length && b.startsWith(window.__typed[i - 1]))""",
                           timeout=60_000)
    typed = page.evaluate("window.__typed")
    assert any(b.startswith(a) and len(b) > len(a) for a, b in zip(typed, typed[1:], strict=False)), typed
    # ... every text it showed is the start of a line that then landed as a turn ...
    expect(page.locator("#turn-6")).to_be_visible(timeout=30_000)
    lines = page.eval_on_selector_all("#transcript .dialogue", "els => els.map(e => e.textContent.trim())")
    typed = page.evaluate("window.__typed")
    strays = [t for t in typed if not any(line.startswith(t) for line in lines)]
    assert not strays or strays == typed[-len(strays):], f"streamed text that never landed: {strays[:3]}"
    # ... and once a turn lands, the bubble empties.
    page.wait_for_function("() => !document.querySelector('#typing .dialogue')", timeout=10_000)
    assert page.evaluate("window.__marker") == 1
