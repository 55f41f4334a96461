"""The Observer dashboard: tension curve, latest scores, each character's share of lines."""

from stories.models import Story


def dashboard_panel(story: Story) -> dict:
    return {}
