"""The room's export panel: every format and every card downloadable; card import for staff only."""

from django.test import Client

from stories.models import Editor
from tests.conftest import make_story


def _room(story, user=None) -> str:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client.get(f"/stories/{story.pk}/").content.decode()


def test_every_format_is_downloadable_from_the_room(alice):
    from tests.conftest import advance

    story = make_story(alice)
    advance(story.pk, force=True)
    html = _room(story)
    for fmt in ("fountain", "fdx", "pdf", "md", "json"):
        assert f'href="/stories/{story.pk}/export.{fmt}"' in html
    for c in story.characters.all():
        assert f'href="/stories/{story.pk}/cards/{c.pk}.json"' in html
    assert f'hx-get="/stories/{story.pk}/cards/"' in html


def test_the_card_import_form_is_for_the_owner_and_editors_only(alice, bob):
    story = make_story(alice)
    form = f'hx-post="/stories/{story.pk}/cards/import/" hx-encoding="multipart/form-data"'
    assert form in _room(story, alice)
    assert form not in _room(story) and form not in _room(story, bob)
    owner_html = _room(story, alice)
    start = owner_html.index('class="staff-only card-import"')
    assert owner_html.index(form) > start  # inside the staff-only wrapper
    Editor.objects.create(story=story, user=bob, added_by=alice)
    assert form in _room(story, bob)
