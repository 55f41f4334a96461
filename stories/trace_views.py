"""The owner's cost meter (a room panel) and the trace of every LLM call a story made."""

import json

from django import forms
from django.core.exceptions import BadRequest
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET, require_POST

from stories import actions, costs
from stories.access import story_for_owner
from stories.models import LLMCall, Story

CALLS_PER_PAGE = 50


RANGE_MESSAGE = actions.BUDGET_RANGE_MESSAGE


class BudgetForm(forms.Form):
    token_budget = forms.IntegerField(
        min_value=0, max_value=costs.MAX_TOKEN_BUDGET,
        error_messages={
            "required": "Give a number of tokens (0 for no budget).",
            **dict.fromkeys(("invalid", "min_value", "max_value"), RANGE_MESSAGE),
        },
    )


def _panel(request, story: Story, *, note: str = "", error: str = "", status: int = 200):
    context = {"story": story, "costs": costs.cost_summary(story), "note": note, "error": error,
               "paused_by_budget": costs.paused_by_budget(story)}
    return render(request, "stories/partials/costs.html", context, status=status)


@require_GET
def costs_panel(request, story_id: int):
    """The cost meter, re-rendered: the room loads it, then polls it."""
    return _panel(request, story_for_owner(request, story_id))


@require_POST
def budget(request, story_id: int):
    story = story_for_owner(request, story_id)
    form = BudgetForm(request.POST)
    if not form.is_valid():
        return _panel(request, story, error=form.errors["token_budget"][0], status=400)
    new = form.cleaned_data["token_budget"]
    was_paused_by_budget = costs.paused_by_budget(story)
    actions.set_token_budget(story, new)
    used = costs.tokens_used(story)
    if new == 0:
        note = "No token budget: the story runs until it ends."
    elif used >= new:
        note = (f"Budget set to {new:,} tokens; the story has already used {used:,}, "
                "so it pauses before its next model call.")
    else:
        note = f"Budget set to {new:,} tokens ({new - used:,} left)."
    if was_paused_by_budget and (new == 0 or new > used):
        note += " The story was paused by its budget: resuming it will continue the story."
    return _panel(request, story, note=note)


def _turn_filter(request) -> int | None:
    raw = request.GET.get("turn", "").strip()
    if not raw:
        return None
    try:
        turn = int(raw)
    except ValueError:
        raise BadRequest("turn must be a turn number") from None
    if turn < 0:
        raise BadRequest("turn must be a turn number")
    return turn


def _message_rows(call: LLMCall) -> list[dict]:
    """Each message's role and text; anything unexpected is shown as JSON rather than dropped."""
    rows = []
    for message in call.messages or []:
        if isinstance(message, dict):
            content = message.get("content", "")
            if not isinstance(content, str):
                content = json.dumps(content, indent=2, ensure_ascii=False)
            rows.append({"role": str(message.get("role", "?")), "content": content})
        else:
            rows.append({"role": "?", "content": json.dumps(message, indent=2, ensure_ascii=False)})
    return rows


def _pretty_response(text: str) -> str:
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except (TypeError, ValueError):
        return text


def _with_prompt(call: LLMCall) -> LLMCall:
    call.message_rows = _message_rows(call)
    call.pretty_response = _pretty_response(call.response)
    call.pruned = costs.is_pruned(call)
    return call


@require_GET
def trace(request, story_id: int):
    story = story_for_owner(request, story_id)
    turn = _turn_filter(request)
    calls = LLMCall.objects.filter(story=story).order_by("-created_at", "-pk")
    if turn is not None:
        calls = calls.filter(turn_index=turn)
    page = Paginator(calls, CALLS_PER_PAGE).get_page(request.GET.get("page"))
    for call in page.object_list:
        call.pruned = costs.is_pruned(call)
        if turn is not None:  # "the prompt behind turn N": a handful of calls, shown in full
            _with_prompt(call)
    context = {
        "story": story, "page": page, "calls": page.object_list, "turn": turn,
        "costs": costs.cost_summary(story), "retention_days": costs.retention_days(),
        "paginator_query": f"turn={turn}&" if turn is not None else "",
        "prompt_calls": page.object_list if turn is not None else [],
    }
    return render(request, "stories/trace.html", context)


@require_GET
def call_detail(request, story_id: int, call_id: int):
    story = story_for_owner(request, story_id)
    call = _with_prompt(get_object_or_404(LLMCall, pk=call_id, story=story))
    return render(request, "stories/trace.html", {
        "story": story, "call": call, "prompt_calls": [call], "one_call": True,
        "retention_days": costs.retention_days(),
    })
