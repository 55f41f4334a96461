"""The owner's cost meter in the room, and the budget form."""

import pytest

from stories.models import LLMCall, Story
from tests.conftest import make_story


@pytest.fixture
def quiet_story(alice):
    return make_story(alice, start=False)


def costs_url(story):
    return f"/stories/{story.pk}/trace/costs/"


def budget_url(story):
    return f"/stories/{story.pk}/trace/budget/"


@pytest.mark.django_db
def test_the_room_shows_the_cost_meter_to_the_owner_only(client, alice, bob, quiet_story):
    client.force_login(alice)
    page = client.get(quiet_story.get_absolute_url()).content.decode()
    assert 'id="costs"' in page
    assert costs_url(quiet_story) in page and budget_url(quiet_story) in page
    assert f"/stories/{quiet_story.pk}/trace/" in page

    client.force_login(bob)
    page = client.get(quiet_story.get_absolute_url()).content.decode()
    assert 'id="costs"' not in page and budget_url(quiet_story) not in page

    client.logout()
    page = client.get(quiet_story.get_absolute_url()).content.decode()
    assert 'id="costs"' not in page and budget_url(quiet_story) not in page


@pytest.mark.django_db
def test_the_meter_refreshes_from_a_view_only_the_owner_may_read(client, alice, bob, quiet_story, settings):
    settings.MOVIESIM_PRICES = {"model-a": {"input": 2.0, "cached": 0.5, "output": 8.0}}
    LLMCall.objects.create(story=quiet_story, role="character", provider="test", model="model-a",
                           tokens_in=1_000, tokens_out=500, tokens_cached=200)
    Story.objects.filter(pk=quiet_story.pk).update(token_budget=6_000)

    client.force_login(alice)
    response = client.get(costs_url(quiet_story))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<meter id="budget-meter' in html
    assert 'max="6000"' in html and 'value="1500"' in html
    assert "1,500 of 6,000 tokens (25.0%)" in html
    assert "$0.0057" in html  # 800 × $2 + 200 × $0.5 + 500 × $8 per million
    assert "every 10s" in html and 'hx-select="#cost-figures"' in html
    assert "style=" not in html  # the CSP blocks inline styles

    client.force_login(bob)
    assert client.get(costs_url(quiet_story)).status_code == 403
    client.logout()
    assert client.get(costs_url(quiet_story)).status_code in (302, 403)


@pytest.mark.django_db
def test_an_unknown_model_is_shown_as_unknown_cost(client, alice, quiet_story, settings):
    settings.MOVIESIM_PRICES = {}
    LLMCall.objects.create(story=quiet_story, role="character", provider="test", model="mystery-model",
                           tokens_in=1_000, tokens_out=500)
    client.force_login(alice)
    html = client.get(costs_url(quiet_story)).content.decode()
    assert "unknown (no price for mystery-model)" in html
    assert "$0.00" not in html


@pytest.mark.django_db
def test_the_owner_sets_the_budget(client, alice, quiet_story):
    client.force_login(alice)
    response = client.post(budget_url(quiet_story), {"token_budget": "5000"})
    assert response.status_code == 200
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="costs"')
    assert "Budget set to 5,000 tokens" in html and 'value="5000"' in html
    quiet_story.refresh_from_db()
    assert quiet_story.token_budget == 5000

    response = client.post(budget_url(quiet_story), {"token_budget": "0"})
    assert response.status_code == 200 and "No token budget" in response.content.decode()
    quiet_story.refresh_from_db()
    assert quiet_story.token_budget == 0


@pytest.mark.django_db
def test_others_cannot_set_the_budget(client, alice, bob, quiet_story):
    Story.objects.filter(pk=quiet_story.pk).update(token_budget=1234)
    client.force_login(bob)
    assert client.post(budget_url(quiet_story), {"token_budget": "999999"}).status_code == 403
    client.logout()
    assert client.post(budget_url(quiet_story), {"token_budget": "999999"}).status_code in (302, 403)
    quiet_story.refresh_from_db()
    assert quiet_story.token_budget == 1234


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["-1", "abc", "1.5", "", "100000001", "1e6"])
def test_bad_budgets_are_refused_and_change_nothing(client, alice, quiet_story, value):
    Story.objects.filter(pk=quiet_story.pk).update(token_budget=1234)
    client.force_login(alice)
    response = client.post(budget_url(quiet_story), {"token_budget": value})
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    quiet_story.refresh_from_db()
    assert quiet_story.token_budget == 1234


@pytest.mark.django_db
def test_the_largest_budget_is_accepted(client, alice, quiet_story):
    client.force_login(alice)
    assert client.post(budget_url(quiet_story), {"token_budget": "100000000"}).status_code == 200
    quiet_story.refresh_from_db()
    assert quiet_story.token_budget == 100_000_000


@pytest.mark.django_db
def test_the_budget_form_needs_a_post(client, alice, quiet_story):
    client.force_login(alice)
    assert client.get(budget_url(quiet_story)).status_code == 405
