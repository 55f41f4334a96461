"""`{% load room %}{% opinion_meter character_id other_id opinion %}`: one relationship meter.

The cast panel shows one per relationship and a live turn swaps in the ones it moved, so the
meter is built here once, without a template include per meter.
"""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def opinion_meter(character_id: int, other_id: int, opinion: float, oob: bool = False):
    swap = mark_safe(' hx-swap-oob="true"') if oob else ""  # noqa: S308 - a constant
    return format_html(
        '<meter id="opinion-{}-{}"{} min="-1" max="1" low="-0.2" high="0.4" optimum="1" value="{}">{}</meter>',
        character_id, other_id, swap, f"{float(opinion):.2f}", f"{float(opinion):.1f}")
