"""The export downloads: who may have which copy, and how the file is named.

What goes into each format is `stories.exports`.
"""

from django.http import Http404, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from django.views.decorators.http import require_GET

from stories.access import story_for_viewer
from stories.exports import FORMATS


@require_GET
def export(request, story_id: int, fmt: str):
    story = story_for_viewer(request, story_id)
    if fmt not in FORMATS:
        raise Http404("Unknown export format")
    private = story.can_edit(request.user)
    build, content_type = FORMATS[fmt]
    response = HttpResponse(build(story, private=private), content_type=content_type)
    slug = slugify(story.display_title)[:60] or "story"
    response["Content-Disposition"] = f'attachment; filename="moviesim-{story.pk}-{slug}.{fmt}"'
    if private:
        add_never_cache_headers(response)  # it holds unrevealed secrets: no shared cache may keep it
    return response
