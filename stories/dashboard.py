"""The Observer dashboard: tension curve, latest scores, each character's share of lines.

Rendered on every room page and re-sent out of band with the live fragment of a step that
changes it (an Observer reading, a marker turn): one rendering for the whole room. It runs a
small, constant number of queries whatever the story's length (five); the lines per
character are counted from the turns the curve already reads.

The tension curve (an inline SVG drawn by the template from coordinates computed here,
no script, no inline styles) has two series:

* **Observer readings**: one point per `ObserverReport`, at x = `after_turn` (the report is
  written when turn `after_turn` is about to be played, scoring the story so far) and
  y = its `tension`. These are the measured values and are joined by a solid line.
* **Running estimate** (dashed, lighter): the value the engine keeps in `Story.tension`,
  replayed from one `values_list` of the turns, one point per turn index (the value after
  that turn). The engine starts at the field's default (0.5); a report resets it to the
  Observer's reading; a character turn smooths it, ``t = round(0.8 t + 0.2 intensity, 3)``
  (`engine.lines`); a Director intervention lifts it to
  ``max(t, tension_target)`` (`director.intervene`). The target is not on the turn, so it is
  read from the intervention's stored LLM call (one more small query: successful
  `director_intervention` calls, one per intervention); where that response is gone (pruned,
  unparseable) the jump is skipped and the next report re-anchors the curve. So the curve
  costs O(turns) rows but a fixed number of queries, and with the calls kept its last point
  is `Story.tension` itself. The text summary uses the live `Story.tension`.

Markers sit in a strip above the plot, one per intervention, audience choice and edit marker
turn, each with its own shape (not only colour) and an SVG `<title>` ("Turn 12: the
Director intervenes"), plus a short legend under the chart.
"""

from __future__ import annotations

import json

from django.db.models import Case, CharField, Value, When
from django.db.models.functions import Substr

from stories.models import Story, Turn

# Chart geometry, in viewBox units. The plot area is [LEFT, LEFT + PLOT_W] × [TOP, TOP + PLOT_H].
WIDTH, HEIGHT = 320, 150
LEFT, RIGHT, TOP, BOTTOM = 24, 8, 18, 20
PLOT_W = WIDTH - LEFT - RIGHT
PLOT_H = HEIGHT - TOP - BOTTOM
SAGGING = 0.3  # below this the engine considers the story sagging (engine.decide.LOW_TENSION)
SMOOTHING = 0.8  # the engine's per-character-turn smoothing factor (engine.lines)
MARKER_KINDS = (Turn.Kind.INTERVENTION, Turn.Kind.CHOICE, Turn.Kind.MARKER)
CHARACTER_KINDS = (Turn.Kind.DIALOGUE, Turn.Kind.ACTION)
NOTE_CHARS = 80


def chart_x(index: float, x_max: int) -> float:
    return round(LEFT + PLOT_W * index / x_max, 1)


def chart_y(tension: float) -> float:
    tension = min(1.0, max(0.0, float(tension)))
    return round(TOP + PLOT_H * (1.0 - tension), 1)


def _points(pairs) -> str:
    return " ".join(f"{x},{y}" for x, y in pairs)


def _clip(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) < NOTE_CHARS else text[: NOTE_CHARS - 1].rstrip() + "…"


def _marker_title(index: int, kind: str, note: str, from_viewer: bool) -> str:
    if kind == Turn.Kind.INTERVENTION:
        return f"Turn {index}: the Director intervenes" + (" with a viewer's twist" if from_viewer else "")
    if kind == Turn.Kind.CHOICE:
        return f"Turn {index}: the audience chose" + (f" — {_clip(note)}" if note else "")
    return f"Turn {index}: an edit" + (f" — {_clip(note)}" if note else "")


def _marker_shape(kind: str, x: float) -> str:
    """A path centred on (x, TOP / 2): triangle for the Director, diamond for the audience, square for edits."""
    cy, r = TOP / 2, 5
    if kind == Turn.Kind.INTERVENTION:
        return f"M{x},{cy - r} L{x + r},{cy + r - 1} L{x - r},{cy + r - 1} Z"
    if kind == Turn.Kind.CHOICE:
        return f"M{x},{cy - r} L{x + r},{cy} L{x},{cy + r} L{x - r},{cy} Z"
    s = r - 1
    return f"M{x - s},{cy - s} H{x + s} V{cy + s} H{x - s} Z"


def _shares(rows) -> list[dict]:
    """Share of dialogue lines per character, sorted by share; percentages sum to exactly 100
    (largest remainder), so the list never reads 99 % or 101 %."""
    total = sum(n for _, _, n in rows)
    if not total:
        return []
    exact = [(name, n, 100 * n / total) for _, name, n in rows]
    percents = [int(p) for _, _, p in exact]
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i][2] - percents[i]), i))
    for i in by_remainder[: 100 - sum(percents)]:
        percents[i] += 1
    shares = [{"name": name, "lines": n, "share": round(n / total, 4), "percent": percents[i]}
              for i, (name, n, _) in enumerate(exact)]
    shares.sort(key=lambda s: (-s["lines"], s["name"]))
    return shares


def _intervention_targets(story: Story) -> dict[int, float]:
    """turn index → the Director's `tension_target`, from the stored (successful) intervention calls."""
    targets = {}
    calls = story.llm_calls.filter(role="director_intervention", error="", turn_index__isnull=False).order_by("id")
    for index, response in calls.values_list("turn_index", "response"):
        try:
            target = float(json.loads(response)["tension_target"])
        except (TypeError, ValueError, KeyError):
            continue
        targets[index] = min(1.0, max(0.0, target))
    return targets


def _texts(value) -> list[str]:
    """LLM output stored as JSON: a list of strings, normally; anything else is shown as text."""
    if not value:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value if str(item).strip()]


def _score_rows(report) -> list[dict]:
    return [{"key": key, "label": label, "value": round(float(getattr(report, key)), 2)}
            for key, label in (("tension", "Tension"), ("consistency", "Consistency"),
                               ("progression", "Plot progression"), ("engagement", "Engagement"))]


def dashboard_panel(story: Story) -> dict:
    """Everything the dashboard partial needs, under one context key: `dashboard`."""
    if story.pk is None:
        return {"dashboard": None}

    # 1. Every turn, as plain tuples: index, kind, speaker, intensity, and a short note for markers only.
    note = Case(When(kind__in=[Turn.Kind.CHOICE, Turn.Kind.MARKER], then=Substr("content", 1, NOTE_CHARS + 1)),
                default=Value(""), output_field=CharField())
    turns = list(story.turns.order_by("index").values_list(
        "index", "kind", "character_id", "emotion_intensity", "suggestion_id", note))
    # 2. The Observer's readings (small: one per N turns) and 3. the latest report in full.
    readings = list(story.observer_reports.order_by("after_turn").values_list("after_turn", "tension"))
    latest = story.observer_reports.order_by("-after_turn").first() if readings else None
    # 4. The Director's tension targets (one row per intervention).
    targets = _intervention_targets(story)
    # 5. Who speaks: the characters' names (their dialogue lines are counted from the turns above).
    names = dict(story.characters.values_list("id", "name"))

    last_index = turns[-1][0] if turns else -1
    x_max = max(story.max_turns, last_index, readings[-1][0] if readings else 0, 1)

    # The running estimate, replayed as the engine computes it (see the module docstring).
    by_turn = dict(readings)
    estimate = float(Story._meta.get_field("tension").default)
    estimate_points = []
    markers = []
    lines: dict[int, int] = {}
    for index, kind, character_id, intensity, suggestion_id, note in turns:
        if kind == Turn.Kind.DIALOGUE and character_id in names:
            lines[character_id] = lines.get(character_id, 0) + 1
        if index in by_turn:
            estimate = by_turn[index]
        if character_id is not None and kind in CHARACTER_KINDS:
            estimate = round(SMOOTHING * estimate + (1 - SMOOTHING) * float(intensity), 3)
        elif kind == Turn.Kind.INTERVENTION and index in targets:
            estimate = max(estimate, targets[index])
        estimate_points.append((chart_x(index, x_max), chart_y(estimate)))
        if kind in MARKER_KINDS:
            x = chart_x(index, x_max)
            markers.append({"index": index, "kind": kind, "x": x, "shape": _marker_shape(kind, x),
                            "title": _marker_title(index, kind, note, suggestion_id is not None)})

    points = [{"after_turn": after, "tension": round(t, 2), "text": f"{t:.2f}", "x": chart_x(after, x_max),
               "y": chart_y(t)} for after, t in readings]
    now = round(float(story.tension), 2)
    summary = f"Tension curve over {last_index + 1} of {story.max_turns} turns. Tension now about {now:.2f}"
    if readings:
        after, t = readings[-1]
        summary += f"; the Observer's latest reading is {t:.2f} after turn {after}"
    else:
        summary += "; no Observer reading yet"
    if now < SAGGING:
        summary += "; the story is sagging"
    summary += f". {len(markers)} marked event{'s' if len(markers) != 1 else ''}."

    ticks = [{"value": v, "label": label, "y": chart_y(v)} for v, label in ((1.0, "1"), (0.5, ".5"), (0.0, "0"))]
    return {"dashboard": {
        "width": WIDTH, "height": HEIGHT, "left": LEFT, "right": WIDTH - RIGHT, "top": TOP,
        "bottom": TOP + PLOT_H, "tick_x": LEFT - 4, "label_y": HEIGHT - 6,
        "x_max": x_max, "ticks": ticks, "threshold_y": chart_y(SAGGING), "threshold_label_y": chart_y(SAGGING) - 2,
        "threshold": SAGGING,
        "points": points, "line": _points((p["x"], p["y"]) for p in points),
        "estimate": _points(estimate_points), "markers": markers, "summary": summary,
        "tension_now": now, "sagging": now < SAGGING,
        "latest": latest, "scores": _score_rows(latest) if latest else [],
        "problems": _texts(latest.problems) if latest else [],
        "recommendations": _texts(latest.recommendations) if latest else [],
        "shares": _shares(sorted(((pk, names[pk], n) for pk, n in lines.items()), key=lambda row: row[1])),
        "observer_every": story.observer_every,
        "marker_kinds": {m["kind"] for m in markers},
    }}
