"""`{% load scenarios %}{% scenario_list as scenarios %}`: the starter seeds for the new-story page."""

from django import template

from stories.scenarios import SCENARIOS

register = template.Library()


@register.simple_tag
def scenario_list():
    return SCENARIOS
