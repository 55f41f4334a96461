"""The outline in the room: the public panel, the staff's plan, and rewriting a scene or the ending."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import escape
from django.views.decorators.http import require_GET, require_http_methods
from django_htmx.http import trigger_client_event

from stories import outline_actions as actions
from stories.access import story_for_editor, story_for_viewer
from stories.forms import EndingForm, OutlineSceneForm
from stories.models import PlannedScene
from stories.panels import outline_panel, outline_plan


@require_GET
def outline(request, story_id: int):
    """The panel everyone sees (the room fetches it again when a new scene starts)."""
    story = story_for_viewer(request, story_id)
    return render(request, "stories/partials/outline.html", {"story": story, **outline_panel(story)})


@require_GET
def plan(request, story_id: int):
    """The whole outline for the owner and editors: never part of a broadcast fragment."""
    story = story_for_editor(request, story_id)
    return render(request, "stories/partials/outline_plan.html", {"story": story, **outline_plan(story)})


def _drawer(request, story, form, *, planned=None, status=200, conflict=None, refusal=""):
    action = (reverse("stories:outline_edit", args=[story.pk, planned.index]) if planned is not None
              else reverse("stories:outline_ending", args=[story.pk]))
    return render(request, "stories/partials/outline_form.html",
                  {"story": story, "form": form, "planned": planned, "action": action, "conflict": conflict,
                   "refusal": refusal}, status=status)


@require_http_methods(["GET", "POST"])
def edit_scene(request, story_id: int, index: int):
    story = story_for_editor(request, story_id)
    planned = get_object_or_404(PlannedScene.objects.select_related("story"), story=story, index=index)
    if refusal := actions.scene_refusal(planned):
        return _drawer(request, story, None, planned=planned, status=409, refusal=refusal)
    if request.method == "GET":
        return _drawer(request, story, OutlineSceneForm(planned=planned), planned=planned)
    form = OutlineSceneForm(request.POST, planned=planned)
    if not form.is_valid():
        return _drawer(request, story, form, planned=planned, status=400)
    try:
        actions.edit_planned_scene(planned, request.user, form.plan(), list(form.cleaned_data["present"]),
                                   form.cleaned_data["version"] or 0)
    except actions.NotEditable as refusal:
        return _drawer(request, story, None, planned=planned, status=409, refusal=str(refusal))
    except actions.EditConflict as conflict:
        fresh = OutlineSceneForm(planned=conflict.current)
        return _drawer(request, story, fresh, planned=conflict.current, status=409, conflict=conflict.current)
    return _saved(f"Saved. Scene {planned.index + 1} will be staged from the new plan.")


@require_http_methods(["GET", "POST"])
def edit_ending(request, story_id: int):
    story = story_for_editor(request, story_id)
    if refusal := actions.ending_refusal(story):
        return _drawer(request, story, None, status=409, refusal=refusal)
    if request.method == "GET":
        return _drawer(request, story, EndingForm(story=story))
    form = EndingForm(request.POST, story=story)
    if not form.is_valid():
        return _drawer(request, story, form, status=400)
    try:
        actions.edit_ending(story, request.user, form.cleaned_data["question"], form.cleaned_data["truth"],
                            form.cleaned_data["version"] or 0)
    except actions.NotEditable as refusal:
        return _drawer(request, story, None, status=409, refusal=str(refusal))
    except actions.EditConflict as conflict:
        return _drawer(request, story, EndingForm(story=conflict.current), status=409, conflict=conflict.current)
    return _saved("Saved. The climax will play the new ending.")


def _saved(text: str) -> HttpResponse:
    response = HttpResponse(f'<div id="editor-drawer" class="drawer drawer--done"><p class="flash">{escape(text)}</p>'
                            "</div>")
    response = trigger_client_event(response, "drawerSaved")
    return trigger_client_event(response, "outlineChanged")
