"""The owner's cost meter and trace of LLM calls, under /stories/<story_id>/trace/."""

from django.urls import path

from stories import trace_views

urlpatterns = [
    path("", trace_views.trace, name="trace"),
    path("costs/", trace_views.costs_panel, name="trace_costs"),
    path("budget/", trace_views.budget, name="trace_budget"),
    path("<int:call_id>/", trace_views.call_detail, name="trace_call"),
]
