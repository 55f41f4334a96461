from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_http_methods, require_POST
from django_htmx.http import trigger_client_event

from characters import actions
from characters.forms import CharacterForm
from characters.models import Character
from stories.access import story_for_editor


def _form(request, story, form, character=None, status=200, conflict=None):
    return render(request, "characters/partials/form.html",
                  {"story": story, "form": form, "character": character, "conflict": conflict}, status=status)


@require_http_methods(["GET", "POST"])
def edit(request, story_id: int, character_id: int):
    story = story_for_editor(request, story_id)
    character = get_object_or_404(Character, pk=character_id, story=story)
    if request.method == "GET":
        return _form(request, story, CharacterForm(story=story, character=character), character)
    form = CharacterForm(request.POST, story=story, character=character)
    if not form.is_valid():
        return _form(request, story, form, character, 400)
    try:
        actions.edit_character(character, request.user, form.sheet(), form.relationships(),
                               form.cleaned_data["version"] or 0)
    except actions.EditConflict as conflict:
        fresh = CharacterForm(story=story, character=conflict.current)
        return _form(request, story, fresh, conflict.current, 409, conflict=conflict.current)
    return _saved(f"Saved. The next turn plays {form.cleaned_data['name']} from the new sheet.")


@require_http_methods(["GET", "POST"])
def new(request, story_id: int):
    story = story_for_editor(request, story_id)
    form = CharacterForm(request.POST or None, story=story)
    if request.method == "GET":
        return _form(request, story, form)
    if not form.is_valid():
        return _form(request, story, form, status=400)
    actions.add_character(story, request.user, form.sheet(), form.relationships())
    return _saved(f"{form.cleaned_data['name']} joins the cast.")


@require_POST
def retire(request, story_id: int, character_id: int):
    story = story_for_editor(request, story_id)
    character = get_object_or_404(Character, pk=character_id, story=story)
    actions.retire_character(character, request.user)
    return _saved(f"{character.name} leaves the story.")


def _saved(text: str) -> HttpResponse:
    from django.utils.html import escape

    response = HttpResponse(f'<div id="editor-drawer" class="drawer drawer--done"><p class="flash">{escape(text)}</p>'
                            "</div>")
    return trigger_client_event(response, "drawerSaved")
