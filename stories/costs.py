"""Tokens and money per story, and the per-story token budget."""

from django.db.models import Sum

from stories.models import LLMCall, Story


class BudgetExceeded(Exception):
    """The story used its token budget: the engine pauses it with this message."""


def tokens_used(story: Story) -> int:
    totals = LLMCall.objects.filter(story=story).aggregate(i=Sum("tokens_in"), o=Sum("tokens_out"))
    return (totals["i"] or 0) + (totals["o"] or 0)


def check_budget(story: Story) -> None:
    if story.token_budget and tokens_used(story) >= story.token_budget:
        raise BudgetExceeded(
            f"The story reached its token budget ({story.token_budget:,} tokens). "
            "Raise the budget or resume to continue."
        )
