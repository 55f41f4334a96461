"""One access helper per kind of request: they raise, views stay short."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404

from stories.models import Story


def story_for_viewer(request, story_id: int) -> Story:
    story = get_object_or_404(Story.objects.select_related("owner"), pk=story_id)
    if not story.can_view(request.user):
        raise Http404("No such story")  # a private room is not even admitted to exist
    return story


def story_for_owner(request, story_id: int) -> Story:
    story = story_for_viewer(request, story_id)
    if not story.is_owner(request.user):
        raise PermissionDenied("Only the story's owner can do that.")
    return story


def story_for_editor(request, story_id: int) -> Story:
    """Owner or invited editor."""
    story = story_for_viewer(request, story_id)
    if not story.can_edit(request.user):
        raise PermissionDenied("Only the owner and editors can do that.")
    return story


def story_for_participant(request, story_id: int) -> Story:
    """A signed-in viewer who is not muted: voting and suggesting."""
    story = story_for_viewer(request, story_id)
    if not request.user.is_authenticated:
        raise PermissionDenied("Log in to vote and suggest.")
    if story.is_muted(request.user):
        raise PermissionDenied("The owner has muted you in this room.")
    return story
