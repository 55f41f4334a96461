"""`{% load room %}{% opinion_meter character_id other_id opinion %}`: one relationship meter.

The cast panel shows one per relationship and a live turn swaps in the ones it moved, so the
meter is built here once, without a template include per meter.
"""

from django import template
from django.utils.html import format_html

register = template.Library()


@register.simple_tag
def opinion_meter(character_id: int, other_id: int, opinion: float, oob: bool = False):
    swap = ' hx-swap-oob="true"' if oob else ""  # one of two constants: the format itself stays literal
    meter = ('<meter id="opinion-{}-{}"' + swap
             + ' min="-1" max="1" low="-0.2" high="0.4" optimum="1" value="{}">{}</meter>')
    return format_html(meter, character_id, other_id, f"{float(opinion):.2f}", f"{float(opinion):.1f}")
