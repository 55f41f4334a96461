"""Character card requests: any viewer downloads a card, the owner and editors import one.

An imported card becomes a new member of the cast through `characters.actions.add_character`.
A file that is not a card is refused with a 400 and a message, and nothing is stored. The card
format itself is `characters.cards`.
"""

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_POST

from characters import actions
from characters.cards import MAX_CARD_BYTES, CardError, character_card, read_card, sheet_from_card
from characters.models import Character
from stories.access import story_for_editor, story_for_viewer
from stories.exports import Redactor


@require_GET
def export_card(request, story_id: int, character_id: int):
    story = story_for_viewer(request, story_id)
    character = get_object_or_404(Character.objects.select_related("story__owner"), pk=character_id, story=story)
    private = story.can_edit(request.user)
    card = character_card(character, private=private)
    if not private:  # any text quoting a secret nobody has revealed yet (an edited line, say) loses it
        card = Redactor(story, private=False).data(card)
    response = JsonResponse(card, json_dumps_params={"ensure_ascii": False, "indent": 2})
    name = slugify(character.name) or f"character-{character.pk}"
    response["Content-Disposition"] = f'attachment; filename="{name}.card.json"'
    if private:
        response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def card_list(request, story_id: int):
    """The cast as download links (the exports panel refreshes this when it is opened)."""
    story = story_for_viewer(request, story_id)
    items = format_html_join(
        "", '<li hx-disable><a href="{}" download>{}</a>{}</li>',
        ((reverse("stories:card_export", args=[story.pk, c.pk]), c.name, " (retired)" if not c.active else "")
         for c in story.characters.order_by("id")),
    )
    return HttpResponse(items or format_html('<li class="empty">{}</li>', "Nobody has been cast yet."))


def _message(text: str, status: int = 200) -> HttpResponse:
    return HttpResponse(f'<p id="card-import-message" class="flash" role="status">{escape(text)}</p>',
                        status=status)


@require_POST
def import_card(request, story_id: int):
    story = story_for_editor(request, story_id)  # 403 for anyone else
    upload = request.FILES.get("card")
    if upload is None:
        return _message("Choose a character card file to import.", 400)
    if upload.size > MAX_CARD_BYTES:
        return _message(f"That file is over {MAX_CARD_BYTES // 1024} KB; a character card is much smaller.", 400)
    try:
        sheet = sheet_from_card(read_card(upload.read(MAX_CARD_BYTES + 1)))
    except CardError as exc:
        return _message(str(exc), 400)
    try:
        character = actions.add_character(story, request.user, sheet, relationships={})
    except actions.NameTaken as exc:
        return _message(str(exc), 400)
    return _message(f"{character.name} joins the cast from a character card.")
