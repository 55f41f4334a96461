"""The Observer dashboard: tension curve (server-rendered SVG), latest scores, share of lines.

Offline stories are played to the end with `advance`; the room page and the broadcast
fragment are parsed (the chart with xml.etree) and checked against the database.
"""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection, transaction
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from stories import actions, broadcast, dashboard
from stories.dashboard import dashboard_panel
from stories.models import Story, Suggestion, Turn
from tests.conftest import advance, make_story

MARKED = (Turn.Kind.INTERVENTION, Turn.Kind.CHOICE, Turn.Kind.MARKER)
CHOICE_TEXT = "The audience chose: <b>the CFO</b> confesses"
MARKER_TEXT = "Ilse's line was rewritten by alice"


def play(story: Story, *, until: int | None = None) -> Story:
    """Advance until the story has `until` turns (or to the end)."""
    for _ in range(400):
        story.refresh_from_db()
        if story.status == Story.Status.FINISHED:
            break
        if until is not None and story.turns.count() >= until:
            break
        advance(story.pk, force=True)
    story.refresh_from_db()
    return story


def add_people_turns(story: Story) -> None:
    """An audience choice, an edit marker, and a twist accepted for the Director to weave in (its
    intervention comes a few turns later, whatever the Observer makes of the story)."""
    Suggestion.objects.create(story=story, author=story.owner, text="What if the fire alarm goes off?",
                              status=Suggestion.Status.ACCEPTED, decided_by=story.owner)
    with transaction.atomic():
        actions.add_marker(story, CHOICE_TEXT, kind=Turn.Kind.CHOICE)
    with transaction.atomic():
        actions.add_marker(story, MARKER_TEXT)


@pytest.fixture
def played(alice):
    """A finished ~30-turn offline story with an audience choice and an edit marker mid-way."""
    story = make_story(alice, turns=30)
    play(story, until=13)
    add_people_turns(story)
    story = play(story)
    assert story.status == Story.Status.FINISHED
    return story


def section(html: str, element_id: str = "dashboard") -> str:
    match = re.search(rf'<section id="{element_id}".*?</section>', html, re.S)
    assert match, f"no #{element_id} section"
    return match.group(0)


def chart(html: str) -> ET.Element:
    match = re.search(r'<svg class="tension-chart".*?</svg>', html, re.S)
    assert match, "no tension chart"
    return ET.fromstring(match.group(0))


def y_scale(svg: ET.Element):
    """Tension → y, read from the chart's own grid lines (labelled 1 and 0), not from the code."""
    ticks = {t.text: float(t.get("y")) for t in svg.iter("text") if t.get("class") == "chart-tick" and t.text}
    y1, y0 = ticks["1"], ticks["0"]
    assert y0 > y1, "higher tension must be drawn higher up"
    return lambda tension: y0 + (y1 - y0) * tension


def by_class(svg: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    return [e for e in svg.iter(tag) if cls in (e.get("class") or "").split()]


def room(client, story) -> str:
    response = client.get(f"/stories/{story.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def test_the_curve_has_one_point_per_observer_report_at_its_coordinates(client, played):
    reports = list(played.observer_reports.order_by("after_turn"))
    assert len(reports) >= 3, "precondition: a 30-turn story gets several Observer reports"
    svg = chart(room(client, played))
    assert svg.get("role") == "img"
    assert re.fullmatch(r"0 0 \d+ \d+", svg.get("viewBox"))
    points = by_class(svg, "circle", "tension-point")
    assert len(points) == len(reports)

    to_y = y_scale(svg)
    x_max = int(svg.get("data-x-max"))
    assert x_max >= played.max_turns
    left, right = dashboard.LEFT, dashboard.WIDTH - dashboard.RIGHT
    for point, report in zip(points, reports, strict=True):
        assert int(point.get("data-turn")) == report.after_turn
        assert float(point.get("cy")) == pytest.approx(to_y(report.tension), abs=0.11)
        assert float(point.get("cx")) == pytest.approx(left + (right - left) * report.after_turn / x_max, abs=0.11)
        assert point.find("title").text == f"After turn {report.after_turn}: the Observer reads tension " \
                                           f"{report.tension:.2f}"
    first, last = points[0], points[-1]
    assert float(first.get("cy")) == pytest.approx(to_y(reports[0].tension), abs=0.11)
    assert float(last.get("cy")) == pytest.approx(to_y(reports[-1].tension), abs=0.11)
    assert [float(p.get("cx")) for p in points] == sorted(float(p.get("cx")) for p in points)

    # The readings are joined by a line through exactly those points.
    line = by_class(svg, "polyline", "tension-line")[0].get("points").split()
    assert line == [f"{p.get('cx')},{p.get('cy')}" for p in points]

    # The dashed "sagging" threshold at 0.3.
    threshold = by_class(svg, "line", "chart-threshold")[0]
    assert float(threshold.get("y1")) == float(threshold.get("y2")) == pytest.approx(to_y(0.3), abs=0.11)
    assert threshold.get("stroke-dasharray")

    # The summary names the latest reading.
    label = svg.get("aria-label")
    assert f"latest reading is {reports[-1].tension:.2f} after turn {reports[-1].after_turn}" in label
    assert f"Tension now about {played.tension:.2f}" in label


def test_the_running_estimate_replays_the_engines_tension(client, played):
    svg = chart(room(client, played))
    estimate = by_class(svg, "polyline", "tension-estimate")[0].get("points").split()
    assert len(estimate) == played.turns.count(), "one estimate point per turn"
    to_y = y_scale(svg)
    # Replayed from the turns, the reports and the Director's targets, it ends on the engine's own value
    # (the people's turns come after the last character turn, and leave it unchanged).
    last_y = float(estimate[-1].split(",")[1])
    assert last_y == pytest.approx(to_y(played.tension), abs=0.11)
    # Where a report was written, the estimate starts again from the report's reading.
    report = played.observer_reports.order_by("after_turn").first()
    turn = played.turns.get(index=report.after_turn)
    at_report = float(estimate[report.after_turn].split(",")[1])
    if turn.kind == Turn.Kind.INTERVENTION:
        assert at_report <= to_y(report.tension) + 0.11  # lifted (or kept) by the Director
    elif turn.character_id:
        assert at_report == pytest.approx(to_y(0.8 * report.tension + 0.2 * turn.emotion_intensity), abs=0.11)


def test_markers_for_interventions_choices_and_edits(client, played):
    marked = list(played.turns.filter(kind__in=MARKED).order_by("index").values_list("index", "kind"))
    kinds = {kind for _, kind in marked}
    assert kinds == set(MARKED), f"precondition: the story has every kind of marked turn ({kinds})"
    html = room(client, played)
    svg = chart(html)
    groups = by_class(svg, "g", "chart-marker")
    assert [(int(g.get("data-turn")), g.get("data-kind")) for g in groups] == marked
    titles = {int(g.get("data-turn")): g.find("title").text for g in groups}
    for index, kind in marked:
        assert titles[index].startswith(f"Turn {index}: ")
        if kind == Turn.Kind.INTERVENTION:
            assert titles[index].startswith(f"Turn {index}: the Director intervenes")
        assert g_has_shape(svg, index)
    choice = next(i for i, k in marked if k == Turn.Kind.CHOICE)
    edit = next(i for i, k in marked if k == Turn.Kind.MARKER)
    assert titles[choice] == f"Turn {choice}: the audience chose — {CHOICE_TEXT}"
    assert titles[edit] == f"Turn {edit}: an edit — {MARKER_TEXT}"
    # The audience's text is escaped inside the SVG title too.
    assert "<b>the CFO</b>" not in section(html)
    # Markers sit at their turn's x, like the points.
    x_max = int(svg.get("data-x-max"))
    left, right = dashboard.LEFT, dashboard.WIDTH - dashboard.RIGHT
    for g in groups:
        line = g.find("line")
        assert float(line.get("x1")) == pytest.approx(left + (right - left) * int(g.get("data-turn")) / x_max,
                                                      abs=0.11)


def g_has_shape(svg, index) -> bool:
    group = next(g for g in by_class(svg, "g", "chart-marker") if g.get("data-turn") == str(index))
    return group.find("path") is not None and bool(group.find("path").get("d"))


def test_latest_scores_problems_and_recommendations_are_shown_escaped(client, played):
    latest = played.observer_reports.order_by("-after_turn").first()
    older = played.observer_reports.order_by("after_turn").first()
    assert latest.pk != older.pk
    latest.problems = ["<script>window.pwned=1</script> nobody is at risk", "Scene 2 drags"]
    latest.recommendations = ["Bring in <img src=x onerror=alert(1)> a stranger"]
    latest.consistency, latest.engagement = 0.81, 0.27
    latest.save()
    older.problems = ["an older problem nobody should see"]
    older.save()

    html = section(room(client, played))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt; nobody is at risk" in html
    assert "Bring in &lt;img src=x onerror=alert(1)&gt; a stranger" in html
    assert "Scene 2 drags" in html
    assert "an older problem" not in html
    assert f"after turn {latest.after_turn}" in html
    meters = dict(re.findall(r'<meter id="dashboard-score-(\w+)"[^>]*value="([\d.]+)"', html))
    assert meters == {"tension": str(round(latest.tension, 2)), "consistency": "0.81",
                      "progression": str(round(latest.progression, 2)), "engagement": "0.27"}
    for key, label in (("tension", "Tension"), ("consistency", "Consistency"),
                       ("progression", "Plot progression"), ("engagement", "Engagement")):
        assert f'<label for="dashboard-score-{key}">{label}</label>' in html
    assert 'style="' not in html, "inline styles are blocked by the CSP"
    assert "<script" not in html


def test_share_of_lines_per_character(client, played):
    html = section(room(client, played))
    rows = re.findall(r'<span class="share-name">(.*?)</span>\s*<span class="share-percent" data-percent="(\d+)">'
                      r'.*?<meter min="0" max="1" value="([\d.]+)"', html, re.S)
    lines = {}
    for name in played.turns.filter(kind=Turn.Kind.DIALOGUE).values_list("character__name", flat=True):
        lines[name] = lines.get(name, 0) + 1
    assert len(lines) >= 2, "precondition: several characters speak"
    assert [name for name, _, _ in rows] == sorted(lines, key=lambda n: (-lines[n], n))
    assert sum(int(p) for _, p, _ in rows) == 100
    assert sum(float(v) for _, _, v in rows) == pytest.approx(1.0, abs=0.01)
    total = sum(lines.values())
    for name, percent, value in rows:
        assert float(value) == pytest.approx(lines[name] / total, abs=0.001)
        assert abs(int(percent) - 100 * lines[name] / total) < 1


def test_the_broadcast_turn_fragment_carries_the_dashboard_out_of_band(alice):
    story = make_story(alice, turns=30)
    play(story, until=7)
    before = story.observer_reports.count()
    assert before >= 1
    last = story.turns.order_by("-index").first().index
    play(story, until=13)
    assert story.observer_reports.count() > before, "precondition: a new report came with these turns"

    fragment = broadcast.render_turns(story, last)
    dash = section(fragment)
    assert dash.startswith('<section id="dashboard" class="panel dashboard" hx-swap-oob="true"')
    svg = chart(dash)
    assert len(by_class(svg, "circle", "tension-point")) == story.observer_reports.count()
    assert len(by_class(svg, "polyline", "tension-estimate")[0].get("points").split()) == story.turns.count()


def test_the_room_page_includes_the_dashboard_not_out_of_band(client, played):
    html = room(client, played)
    assert html.count('id="dashboard"') == 1
    assert section(html).startswith('<section id="dashboard" class="panel dashboard" aria-labelledby=')


def test_a_story_without_turns_or_reports(client, alice):
    story = make_story(alice, start=False)
    html = section(room(client, story))
    svg = chart(html)
    assert by_class(svg, "circle", "tension-point") == []
    assert by_class(svg, "g", "chart-marker") == []
    assert "no Observer reading yet" in svg.get("aria-label")
    assert "The Observer reports every" in html
    assert "No one has spoken yet" in html


def _render_queries(story: Story) -> int:
    story = Story.objects.get(pk=story.pk)
    with CaptureQueriesContext(connection) as captured:
        context = dashboard_panel(story)
        render_to_string("stories/partials/dashboard.html", {"story": story, "oob": True, **context})
    return len(captured)


def test_queries_per_render_do_not_grow_with_the_story(alice):
    short = play(make_story(alice, turns=10, random_seed=3))
    long = play(make_story(alice, turns=40, random_seed=3), until=10)
    Suggestion.objects.create(story=long, author=alice, text="What if the lights fail?",
                              status=Suggestion.Status.ACCEPTED, decided_by=alice)
    long = play(long)
    assert long.turns.count() > 3 * short.turns.count() // 2
    assert long.observer_reports.count() > short.observer_reports.count() >= 1
    assert long.turns.filter(kind=Turn.Kind.INTERVENTION).count() >= 1
    short_queries, long_queries = _render_queries(short), _render_queries(long)
    assert short_queries == long_queries
    assert long_queries <= 6
