"""The audience in a real browser: two signed-in users and an anonymous viewer in one room.

The owner (A) runs a public story with a voting window; a second account (B) votes,
changes the vote and suggests a twist; an anonymous viewer (C) watches. Every page sees
every change live over the WebSocket (no reload: `window.__marker` survives). No ORM
here (see conftest): the database is checked through the pages and the JSON export.
"""

from __future__ import annotations

import re
import uuid

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import create_story, sign_up, turn_ids

# transaction=True: the server processes must see committed rows, and the flush after each
# test leaves the database empty for the next one.
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

VOTE_SECONDS = 60  # long enough that the poll stays open while the test votes; the owner closes it
TURNS = 30


def enter_room(page, url: str) -> None:
    page.goto(url)
    expect(page.locator("#connection")).to_have_attribute("data-state", "live")
    page.evaluate("window.__marker = 1")


def option_votes(page, index: int):
    return page.locator("#poll .poll-option").nth(index).locator(".poll-votes")


def test_two_accounts_and_a_guest_vote_suggest_and_see_edits_live(live, new_context):
    # B signs up first, so the room has its audience soon after the story starts.
    b = new_context().new_page()
    b_name = sign_up(b, live.url, "voter")
    c = new_context().new_page()  # anonymous
    a = new_context().new_page()
    a_name = sign_up(a, live.url, "owner")

    a.fill("input[name=vote_seconds]", str(VOTE_SECONDS))  # create_story fills the rest of this form
    story_id = create_story(a, live.url, "A murder mystery at a tech startup during a product launch",
                            turns=TURNS, pacing=0.5)
    room_url = f"{live.url}/stories/{story_id}/"
    expect(a.locator("#connection")).to_have_attribute("data-state", "live")
    a.evaluate("window.__marker = 1")
    enter_room(b, room_url)
    enter_room(c, room_url)
    pages = {"owner": a, "voter": b, "guest": c}

    # Presence: the owner sees all three of us, with B by name (C counts as a guest).
    expect(a.locator("#presence .presence-count")).to_have_text(re.compile(r"^([3-9]|\d{2,}) watching$"))
    expect(a.locator("#presence")).to_contain_text(b_name)

    # Who may do what: only signed-in viewers get the suggestion box; the guest is told to log in.
    expect(b.locator("#suggest-form")).to_be_visible()
    expect(c.locator("#suggest-form")).to_have_count(0)
    login_hint = c.locator(".suggestions .hint")
    expect(login_hint).to_have_text("Log in to vote and suggest twists.")
    expect(login_hint.get_by_role("link", name="Log in")).to_have_attribute(
        "href", f"/accounts/login/?next=/stories/{story_id}/")
    expect(a.locator("#owner-controls")).to_be_visible()
    for page in (b, c):
        expect(page.locator("#owner-controls")).to_have_count(0)

    # --- The poll opens at the first scene end (at most 8 turns in), for everyone. ----------
    for page in pages.values():
        expect(page.locator("#poll")).to_have_attribute("data-status", "open", timeout=45_000)
    expect(b.locator("#poll .poll-option").first).to_be_visible()
    options = [t.strip() for t in b.locator("#poll .poll-option .poll-text").all_inner_texts()]
    assert 2 <= len(options) <= 4, f"the Director should offer 2-4 options: {options}"
    expect(b.locator("#poll .countdown")).to_have_text(re.compile(r"^\d+s left$"))
    expect(a.get_by_role("button", name="Close now")).to_be_visible()
    for page in (b, c):
        expect(page.get_by_role("button", name="Close now")).to_be_hidden()
        expect(page.get_by_role("button", name="Skip the vote")).to_be_hidden()

    # B votes for the first option: everyone's tally moves to 1, live.
    b.locator("#poll .poll-option").nth(0).click()
    expect(b.locator("#my-vote")).to_have_text(f"Your vote: {options[0]}")
    for page in pages.values():
        expect(option_votes(page, 0)).to_have_attribute("data-votes", "1")
        expect(option_votes(page, 0)).to_have_text("1 vote")
        expect(option_votes(page, 1)).to_have_attribute("data-votes", "0")
    expect(a.locator("#my-vote")).to_have_text("")
    expect(c.locator("#my-vote")).to_have_text("")

    # B changes the vote: the tally moves, it does not double count.
    b.locator("#poll .poll-option").nth(1).click()
    expect(b.locator("#my-vote")).to_have_text(f"Your vote: {options[1]}")
    for page in pages.values():
        expect(option_votes(page, 1)).to_have_attribute("data-votes", "1")
        expect(option_votes(page, 0)).to_have_attribute("data-votes", "0")
        expect(page.locator("#poll .hint").first).to_contain_text("1 vote so far")

    # --- While the vote is open, B suggests a twist; the owner upvotes and accepts it. ------
    twist = f"What if the CFO had a twin called {uuid.uuid4().hex[:8]}?"
    b.fill("#suggest-text", twist)
    b.locator("#suggest-form").get_by_role("button", name="Suggest").click()
    expect(b.locator("#suggest-message")).to_contain_text("Thanks!")
    expect(b.locator("#suggest-text")).to_have_value("")
    for page in pages.values():
        expect(page.locator("#suggestion-list .suggestion-text").filter(has_text=twist)).to_have_count(1)
    expect(c.locator("#suggestion-list").get_by_role("button", name="▲ Upvote")).to_be_hidden()
    for page in (b, c):
        expect(page.locator("#suggestion-list").get_by_role("button", name="Accept")).to_be_hidden()

    a_item = a.locator("#suggestion-list .suggestion").filter(has_text=twist)
    a_item.get_by_role("button", name="▲ Upvote").click()
    for page in pages.values():
        expect(page.locator("#suggestion-list .suggestion").filter(has_text=twist)).to_contain_text("1 upvote")
    a_item = a.locator("#suggestion-list .suggestion").filter(has_text=twist)  # re-rendered by the upvote
    a_item.get_by_role("button", name="Accept").click()
    expect(a.locator("#audience-message")).to_contain_text("Accepted")
    for page in pages.values():
        expect(page.locator("#suggestion-list .suggestion").filter(has_text=twist)).to_contain_text(
            "Accepted: coming up")

    # --- The owner closes the vote early: B's final choice wins, in everyone's transcript. --
    a.locator("#poll").get_by_role("button", name="Close now").click()
    chose = f"The audience chose: {options[1]}"
    for page in pages.values():
        expect(page.locator("#transcript > article.turn--choice").filter(has_text=chose)).to_have_count(
            1, timeout=20_000)
        expect(page.locator("#poll")).to_have_attribute("data-status", "closed")
        expect(page.locator("#poll .result")).to_have_text(chose)
        expect(page.locator("#my-vote")).to_have_text("")

    # The accepted twist is woven in within a few turns and credited to B, for everyone.
    credit = f"A twist suggested by {b_name}: “{twist}”"
    for page in pages.values():
        woven = page.locator("#transcript > article.turn--intervention .credit")
        expect(woven.filter(has_text=credit)).to_have_count(1, timeout=20_000)
        expect(page.locator("#suggestion-list .suggestion--used").filter(has_text=twist)).to_contain_text(
            f"suggested by {b_name}")

    # --- The owner rewrites a character from the room; everyone sees the marker and cast. ---
    character = a.locator("#cast .character").first
    character_id = character.get_attribute("id")
    character.locator(".character-tools").get_by_role("button", name="Edit").click()
    drawer = a.locator("#editor-drawer")
    expect(drawer.locator("#id_role")).to_be_visible()
    name = drawer.locator("#id_name").input_value()
    role = f"Understudy {uuid.uuid4().hex[:8]}"
    drawer.locator("#id_role").fill(role)
    drawer.locator("button[type=submit]", has_text="Save").click()
    expect(a.locator("#editor-drawer")).to_contain_text("Saved.")
    for page in (b, c):
        expect(page.locator("#editor-drawer")).to_have_count(0)
        expect(page.locator(f"#{character_id} .character-tools")).to_be_hidden()
    marker = f"{name} was rewritten by {a_name}."
    for page in pages.values():
        expect(page.locator("#transcript > article.turn--marker .marker").filter(has_text=marker)).to_have_count(1)
        expect(page.locator(f"#cast #{character_id} .character-role")).to_have_text(role)
        expect(page.locator(f"#cast #{character_id} .character-name")).to_contain_text(name)

    # Nobody reloaded, and every page holds the story so far: from turn 0, no gap, no repeat,
    # nothing the server did not write (the export is read last: the story may be moving on).
    shown = {}
    for who, page in pages.items():
        assert page.evaluate("window.__marker") == 1, f"the {who}'s room page was reloaded"
        shown[who] = turn_ids(page)
    exported = [f"turn-{t['index']}" for t in live.export(story_id)["turns"]]
    for who, ids in shown.items():
        assert ids == exported[:len(ids)], f"the {who}'s transcript differs from the server's: {ids} vs {exported}"
