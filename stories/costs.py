"""Tokens and money per story, the per-story token budget, and how long full prompts are kept.

Prices come from `settings.MOVIESIM_PRICES`: model -> {"input", "cached", "output"} in USD per
million tokens. `tokens_in` is the whole prompt as the provider reports it, cached tokens
included (OpenAI's `prompt_tokens` convention), so a call costs

    (tokens_in - tokens_cached) * input + tokens_cached * cached + tokens_out * output

A model missing from the price table has an unknown cost: it is reported as such, never as $0.
"""

import re
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Count, Q, Sum
from django.utils import timezone

from stories.models import LLMCall, Story

BUDGET_MESSAGE_PREFIX = "The story reached its token budget"
MAX_TOKEN_BUDGET = 100_000_000
MILLION = Decimal(1_000_000)
# "gpt-4o-mini-2024-07-18" is priced as "gpt-4o-mini": a dated snapshot of a priced model.
_SNAPSHOT = re.compile(r"^(?P<base>.+?)-(\d{4}-\d{2}-\d{2}|\d{4})$")


class BudgetExceeded(Exception):
    """The story used its token budget: the engine pauses it with this message."""


def tokens_used(story: Story) -> int:
    totals = LLMCall.objects.filter(story=story).aggregate(i=Sum("tokens_in"), o=Sum("tokens_out"))
    return (totals["i"] or 0) + (totals["o"] or 0)


def check_budget(story: Story, pending=()) -> None:
    """Raise BudgetExceeded once the story's calls (with `pending`: made, not yet written) reach its budget."""
    if not story.token_budget:
        return
    held = sum(call.tokens_in + call.tokens_out for call in pending or ())
    if tokens_used(story) + held >= story.token_budget:
        raise BudgetExceeded(
            f"{BUDGET_MESSAGE_PREFIX} ({story.token_budget:,} tokens). "
            "Raise the budget or resume to continue."
        )


def paused_by_budget(story: Story) -> bool:
    return story.status == Story.Status.PAUSED and story.status_message.startswith(BUDGET_MESSAGE_PREFIX)


# --- Prices ----------------------------------------------------------------------------------


def price_for(model: str) -> dict[str, Decimal] | None:
    """The model's prices in USD per million tokens, or None when the table does not list it."""
    prices = getattr(settings, "MOVIESIM_PRICES", {}) or {}
    entry = prices.get(model)
    if entry is None and model:
        snapshot = _SNAPSHOT.match(model)
        if snapshot:
            entry = prices.get(snapshot.group("base"))
    if not isinstance(entry, dict):
        return None
    try:
        return {key: Decimal(str(entry.get(key, 0) or 0)) for key in ("input", "cached", "output")}
    except ArithmeticError:  # a malformed price is an unknown price, not a crash in the room
        return None


def call_cost(model: str, tokens_in: int, tokens_out: int, tokens_cached: int) -> Decimal | None:
    """Estimated USD for these tokens on this model; None when the model has no price."""
    price = price_for(model)
    if price is None:
        return None
    cached = min(tokens_cached, tokens_in)
    return ((tokens_in - cached) * price["input"] + cached * price["cached"]
            + tokens_out * price["output"]) / MILLION


def format_usd(amount: Decimal | None) -> str:
    if amount is None:
        return "unknown"
    if amount == 0:
        return "$0.00"
    if amount < Decimal("0.0001"):
        return "< $0.0001"
    places = Decimal("0.0001") if amount < 1 else Decimal("0.01")
    return f"${amount.quantize(places, rounding=ROUND_HALF_UP):,}"


# --- The summary the meter and the trace page show ------------------------------------------------


def _grouped(story: Story, key: str) -> list[dict]:
    return list(
        LLMCall.objects.filter(story=story).values(key).annotate(
            calls=Count("id"), tokens_in=Sum("tokens_in"), tokens_out=Sum("tokens_out"),
            tokens_cached=Sum("tokens_cached"), errors=Count("id", filter=~Q(error="")),
        ).order_by(key)
    )


def _usage(row: dict) -> dict:
    usage = {name: row[name] or 0 for name in ("calls", "tokens_in", "tokens_out", "tokens_cached", "errors")}
    usage["tokens"] = usage["tokens_in"] + usage["tokens_out"]
    return usage


def _usd(amount: Decimal | None) -> float | None:
    return None if amount is None else float(round(amount, 6))


def cost_summary(story: Story) -> dict:
    """Tokens and estimated USD per model and in total, tokens per role, and the budget used.

    Two aggregate queries (grouped by model, then by role), whatever the number of calls.
    USD amounts are floats rounded to a millionth of a dollar; `None` means unknown. The total
    (`total_usd`) is unknown as soon as one model has no price; `known_usd` is then a lower bound.
    """
    models, unknown, known = [], [], Decimal(0)
    totals = {"calls": 0, "tokens_in": 0, "tokens_out": 0, "tokens_cached": 0, "errors": 0}
    for row in _grouped(story, "model"):
        usage = _usage(row)
        # Prices are per token: a model's summed tokens price exactly like its calls one by one.
        cost = call_cost(row["model"], usage["tokens_in"], usage["tokens_out"], usage["tokens_cached"])
        name = row["model"] or "(no model recorded)"
        if cost is None:
            unknown.append(name)
        else:
            known += cost
        models.append({"model": name, **usage, "priced": cost is not None, "usd": _usd(cost),
                       "cost_display": format_usd(cost) if cost is not None else "unknown: no price for this model"})
        for key in totals:
            totals[key] += usage[key]
    models.sort(key=lambda m: (-m["tokens"], m["model"]))
    roles = sorted(({"role": row["role"], **_usage(row)} for row in _grouped(story, "role")),
                   key=lambda r: (-r["tokens"], r["role"]))
    tokens = totals["tokens_in"] + totals["tokens_out"]
    if not unknown:
        display = format_usd(known)
    elif known:
        display = f"at least {format_usd(known)} (no price for {', '.join(unknown)})"
    else:
        display = f"unknown (no price for {', '.join(unknown)})"
    budget = story.token_budget
    return {
        **totals,
        "tokens": tokens,
        "models": models,
        "roles": roles,
        "unknown_models": unknown,
        "cost_known": not unknown,
        "known_usd": _usd(known),
        "total_usd": _usd(known) if not unknown else None,
        "cost_display": display,
        "budget": budget,
        "budget_used_percent": round(100 * tokens / budget, 1) if budget else None,
        "budget_left": max(budget - tokens, 0) if budget else None,
        "over_budget": bool(budget) and tokens >= budget,
    }


# --- Retention of full prompts ------------------------------------------------------------------


def retention_days() -> int:
    return int(getattr(settings, "MOVIESIM_PROMPT_RETENTION_DAYS", 30) or 0)


def prune_old_prompts(days: int | None = None, *, now=None) -> int:
    """Forget the full prompts and responses of calls older than `days` (the setting by default).

    Token counts, roles, models, latency and errors stay. 0 days keeps every prompt. Idempotent:
    returns how many calls were pruned by this run (already-pruned calls are not counted again).
    A periodic task can call this as it is.
    """
    days = retention_days() if days is None else days
    if days <= 0:
        return 0
    cutoff = (now or timezone.now()) - timedelta(days=days)
    stale = LLMCall.objects.filter(created_at__lt=cutoff).filter(~Q(messages=[]) | ~Q(response=""))
    return stale.update(messages=[], response="")


def is_pruned(call: LLMCall, *, now=None) -> bool:
    """The call's prompt and response were forgotten by the retention rule (not merely never recorded)."""
    days = retention_days()
    if not days or call.messages or call.response:
        return False
    return call.created_at < (now or timezone.now()) - timedelta(days=days)
