"""Cost arithmetic: per model, cached tokens at the cached rate, unknown models said clearly."""

import pytest

from stories import costs
from stories.models import LLMCall
from tests.conftest import make_story

PRICES = {
    "model-a": {"input": 2.0, "cached": 0.5, "output": 8.0},
    "model-b": {"input": 1.0, "cached": 0.1, "output": 4.0},
}


@pytest.fixture
def prices(settings):
    settings.MOVIESIM_PRICES = PRICES
    return PRICES


def call(story, model, tokens_in, tokens_out, tokens_cached=0, role="character", **extra):
    return LLMCall.objects.create(story=story, role=role, provider="test", model=model, tokens_in=tokens_in,
                                  tokens_out=tokens_out, tokens_cached=tokens_cached, **extra)


@pytest.fixture
def quiet_story(alice):
    return make_story(alice, start=False)


@pytest.mark.django_db
def test_cost_per_model_bills_cached_tokens_at_the_cached_rate(quiet_story, prices):
    # model-a: 600k fresh input × $2 + 400k cached × $0.5 + 100k output × $8 = 1.2 + 0.2 + 0.8
    call(quiet_story, "model-a", 1_000_000, 100_000, 400_000)
    # model-a again: 500k fresh input × $2 = 1.0
    call(quiet_story, "model-a", 500_000, 0, role="observer")
    # model-b: 10k cached × $0.1 + 1k output × $4 = 0.001 + 0.004
    call(quiet_story, "model-b", 10_000, 1_000, 10_000, role="observer")

    summary = costs.cost_summary(quiet_story)
    by_model = {m["model"]: m for m in summary["models"]}
    assert by_model["model-a"]["usd"] == pytest.approx(3.2)
    assert by_model["model-a"]["calls"] == 2
    assert by_model["model-a"]["tokens_cached"] == 400_000
    assert by_model["model-b"]["usd"] == pytest.approx(0.005)
    assert summary["total_usd"] == pytest.approx(3.205)
    assert summary["cost_known"] and summary["unknown_models"] == []
    assert summary["cost_display"] == "$3.21"
    assert summary["tokens_in"] == 1_510_000
    assert summary["tokens_out"] == 101_000
    assert summary["tokens_cached"] == 410_000
    assert summary["tokens"] == costs.tokens_used(quiet_story) == 1_611_000
    by_role = {r["role"]: r for r in summary["roles"]}
    assert by_role["character"]["tokens"] == 1_100_000
    assert by_role["observer"]["tokens"] == 511_000
    assert by_role["observer"]["calls"] == 2


@pytest.mark.django_db
def test_cached_tokens_are_not_billed_twice(quiet_story, prices):
    """All input cached: billed only at the cached rate (not input + cached)."""
    call(quiet_story, "model-a", 1_000_000, 0, 1_000_000)
    assert costs.cost_summary(quiet_story)["total_usd"] == pytest.approx(0.5)


@pytest.mark.django_db
def test_unknown_model_makes_the_cost_unknown_not_zero(quiet_story, prices):
    call(quiet_story, "model-b", 1_000_000, 0)
    call(quiet_story, "mystery-model", 1_000_000, 1_000_000)
    summary = costs.cost_summary(quiet_story)
    by_model = {m["model"]: m for m in summary["models"]}
    assert by_model["mystery-model"]["usd"] is None
    assert by_model["mystery-model"]["priced"] is False
    assert "unknown" in by_model["mystery-model"]["cost_display"]
    assert summary["total_usd"] is None
    assert summary["known_usd"] == pytest.approx(1.0)
    assert summary["unknown_models"] == ["mystery-model"]
    assert not summary["cost_known"]
    assert "at least $1.00" in summary["cost_display"] and "mystery-model" in summary["cost_display"]


@pytest.mark.django_db
def test_only_unknown_models_says_unknown(quiet_story, prices):
    call(quiet_story, "mystery-model", 10, 10)
    summary = costs.cost_summary(quiet_story)
    assert summary["total_usd"] is None
    assert summary["cost_display"].startswith("unknown")


@pytest.mark.django_db
def test_a_dated_snapshot_is_priced_as_its_model(quiet_story, prices):
    call(quiet_story, "model-b-2024-07-18", 1_000_000, 0)
    assert costs.cost_summary(quiet_story)["total_usd"] == pytest.approx(1.0)


@pytest.mark.django_db
def test_budget_percent_and_other_stories_do_not_count(alice, quiet_story, prices):
    other = make_story(alice, start=False)
    call(other, "model-a", 9_000_000, 0)
    call(quiet_story, "model-b", 1_000, 500)
    quiet_story.token_budget = 6_000
    summary = costs.cost_summary(quiet_story)
    assert summary["tokens"] == 1_500
    assert summary["budget_used_percent"] == 25.0
    assert summary["budget_left"] == 4_500
    assert not summary["over_budget"]
    quiet_story.token_budget = 1_500
    assert costs.cost_summary(quiet_story)["over_budget"]


@pytest.mark.django_db
def test_summary_is_two_aggregate_queries_whatever_the_number_of_calls(quiet_story, prices,
                                                                       django_assert_num_queries):
    for i in range(30):
        call(quiet_story, ("model-a", "model-b", "mystery")[i % 3], 100, 10, role=("character", "observer")[i % 2])
    with django_assert_num_queries(2):
        summary = costs.cost_summary(quiet_story)
    assert summary["calls"] == 30


@pytest.mark.django_db
def test_empty_story_costs_nothing(quiet_story, prices):
    summary = costs.cost_summary(quiet_story)
    assert summary["calls"] == 0 and summary["total_usd"] == 0.0 and summary["cost_display"] == "$0.00"
    assert summary["budget_used_percent"] is None
