"""Rewriting the plot in a real browser: the owner opens a scene to come from the plan in the room,
changes it and sees it saved; a viewer in another browser sees that the plot changed, never how,
until the Director stages the scene.

No ORM here (see conftest): the servers write, the pages are read.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import create_story, sign_up

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]

NEW_BEAT = "The keeper burns the forged ledger before anyone can read it"
NEW_PLACE = "the flooded lamp room"


def test_the_owner_rewrites_a_scene_to_come_and_a_viewer_sees_only_that_it_changed(live, new_context):
    owner = new_context().new_page()
    username = sign_up(owner, live.url, "plotter")
    story_id = create_story(owner, live.url, "A heist at a lighthouse museum during a storm", turns=40, pacing=1.5)
    room_url = f"{live.url}/stories/{story_id}/"
    expect(owner.locator("#connection")).to_have_attribute("data-state", "live")

    # The plan is the owner's alone; it fills in once the Director has planned the story.
    expect(owner.locator("#outline-plan .outline-scene--to-come").first).to_be_visible(timeout=30_000)
    owner.locator("#owner-controls").get_by_role("button", name="Pause").click()
    expect(owner.locator("#story-status")).to_have_attribute("data-status", "paused")
    owner.reload()  # the plan as it is now that nothing moves
    expect(owner.locator("#connection")).to_have_attribute("data-state", "live")
    scene = owner.locator("#outline-plan .outline-scene--to-come").filter(
        has_not=owner.locator(".badge--climax")).first
    expect(scene).to_be_visible()
    scene_id = scene.get_attribute("id")
    old_beat = scene.locator(".outline-beat").inner_text()
    assert old_beat and old_beat != NEW_BEAT

    viewer = new_context().new_page()  # anonymous, in another browser
    viewer.goto(room_url)
    expect(viewer.locator("#connection")).to_have_attribute("data-state", "live")
    expect(viewer.locator("#outline")).to_be_visible()
    expect(viewer.locator("#outline-plan")).to_have_count(0)
    assert old_beat not in viewer.content(), "a viewer sees a scene to come"

    # The owner opens the editor from the plan, rewrites the scene and saves.
    scene.get_by_role("button", name="Edit scene").click()
    form = owner.locator("#editor-drawer form.outline-form")
    expect(form).to_be_visible()
    expect(form.locator("input[name=beat]")).to_have_value(old_beat)
    form.locator("input[name=beat]").fill(NEW_BEAT)
    form.locator("input[name=place]").fill(NEW_PLACE)
    form.get_by_role("button", name="Save").click()
    expect(owner.locator("#editor-drawer .flash")).to_contain_text("Saved")
    expect(owner.locator(f"#{scene_id} .outline-beat")).to_have_text(NEW_BEAT)
    expect(owner.locator(f"#{scene_id} .outline-place")).to_contain_text(NEW_PLACE)

    # Both see the line in the transcript; the viewer sees nothing of the scene itself.
    line = f"{username} rewrote a scene to come."
    expect(owner.locator("#transcript .turn--marker").last).to_contain_text(line)
    expect(viewer.locator("#transcript .turn--marker").last).to_contain_text(line)
    html = viewer.content()
    assert NEW_BEAT not in html and NEW_PLACE not in html and old_beat not in html
    expect(viewer.locator("#outline-plan")).to_have_count(0)

    # Played on, the scene is staged from the edit: then everyone sees it in the plot, live.
    owner.locator("#owner-controls").get_by_role("button", name="Resume").click()
    expect(viewer.locator("#outline .outline-scene--now")).to_contain_text(NEW_BEAT, timeout=90_000)
    expect(viewer.locator("#outline .outline-scene--now")).to_contain_text("flooded lamp room")
    expect(viewer.locator("#outline-plan")).to_have_count(0)
    expect(owner.locator(f"#{scene_id}")).to_have_class("outline-scene outline-scene--now", timeout=15_000)
    owner.locator("#owner-controls").get_by_role("button", name="Pause").click()
