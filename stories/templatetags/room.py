"""`{% load room %}`: markup the room repeats many times, built here once per call rather
than by a template loop or include per item (each costs more than the markup it makes).

* `{% opinion_meter character_id other_id opinion %}`: one relationship meter. The cast panel
  shows one per relationship, and a live turn swaps in the ones it moved.
* `{% chart_markers dashboard %}` and `{% chart_points dashboard %}`: the tension chart's
  event markers and Observer readings, one SVG element each (a long story has hundreds).
"""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()


@register.simple_tag
def opinion_meter(character_id: int, other_id: int, opinion: float, oob: bool = False):
    swap = ' hx-swap-oob="true"' if oob else ""  # one of two constants: the format itself stays literal
    meter = ('<meter id="opinion-{}-{}"' + swap
             + ' min="-1" max="1" low="-0.2" high="0.4" optimum="1" value="{}">{}</meter>')
    return format_html(meter, character_id, other_id, f"{float(opinion):.2f}", f"{float(opinion):.1f}")


@register.simple_tag
def chart_markers(d: dict):
    return format_html_join(
        "\n", '<g class="chart-marker chart-marker--{}" data-turn="{}" data-kind="{}"><title>{}</title>'
        '<line x1="{}" x2="{}" y1="{}" y2="{}" stroke="#9a9aa6" stroke-width="0.5" stroke-dasharray="1 2"/>'
        '<path d="{}" fill="#9a9aa6"/></g>',
        ((m["kind"], m["index"], m["kind"], m["title"], m["x"], m["x"], d["top"], d["bottom"], m["shape"])
         for m in d["markers"]))


@register.simple_tag
def chart_points(d: dict):
    return format_html_join(
        "\n", '<circle class="tension-point" cx="{}" cy="{}" r="2.8" fill="#f5c451" data-turn="{}" data-tension="{}">'
        "<title>After turn {}: the Observer reads tension {}</title></circle>",
        ((p["x"], p["y"], p["after_turn"], p["tension"], p["after_turn"], p["text"]) for p in d["points"]))
