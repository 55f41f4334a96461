"""The scenario gallery on the new-story page."""

import re
from html import unescape

from django.contrib.staticfiles import finders

from moviesim.llm.offline_writer.genres import detect_genre
from stories.forms import SEED_MAX, StoryForm
from stories.models import Story
from stories.scenarios import SCENARIOS

REQUIRED = ("Murder mystery", "Romantic comedy", "Heist", "Noir", "Sci-fi survival", "Fantasy quest")


def test_the_new_story_page_shows_a_gallery_of_at_least_six_scenarios(alice_client):
    html = unescape(alice_client.get("/stories/new/").content.decode())
    cards = re.findall(r'<li class="scenario" id="scenario-([a-z0-9-]+)"', html)
    assert len(cards) >= 6 and len(cards) == len(SCENARIOS)
    for genre in REQUIRED:
        assert f'<p class="scenario-genre">{genre}</p>' in html
    for s in SCENARIOS:
        assert s.title in html and s.pitch in html
        assert f'<p class="scenario-seed" id="scenario-seed-{s.slug}">{s.seed}</p>' in html
        assert f'data-seed-from="scenario-seed-{s.slug}"' in html
    assert 'id="id_seed"' in html  # what scenarios.js fills
    assert re.search(r'<script src="/static/js/scenarios\.js" defer></script>', html)


def test_the_gallery_needs_no_inline_script_or_style(alice_client):
    html = alice_client.get("/stories/new/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    assert " style=" not in html and "hx-on" not in html and " onclick=" not in html
    assert finders.find("js/scenarios.js") and finders.find("css/exports.css")


def test_every_scenario_seed_is_a_valid_seed_that_reads_as_its_genre():
    assert len({s.slug for s in SCENARIOS}) == len(SCENARIOS)
    for s in SCENARIOS:
        assert 200 <= len(s.seed) <= SEED_MAX
        assert len(s.pitch) <= 120
        form = StoryForm({"seed": s.seed, "visibility": "public", "max_turns": 10, "pacing_seconds": 1,
                          "vote_seconds": 0})
        assert form.is_valid(), form.errors
        assert detect_genre(s.seed) == s.offline_genre, s.slug


def test_a_scenario_seed_casts_a_story(alice_client):
    heist = next(s for s in SCENARIOS if s.slug == "heist")
    response = alice_client.post("/stories/new/", {"seed": heist.seed, "visibility": "public", "max_turns": 10,
                                                   "pacing_seconds": 1, "vote_seconds": 0})
    assert response.status_code == 302
    assert Story.objects.get().seed == heist.seed
