"""Characters are editable mid-story from the Django admin, with the same trail as the room."""

from django.contrib.auth import get_user_model

from characters.models import CharacterRevision
from stories.models import Turn
from tests.conftest import advance, make_story


def test_an_admin_edit_is_a_revision_with_a_marker_in_the_transcript(client, alice):
    admin = get_user_model().objects.create_superuser("root", password="correct horse battery")
    story = make_story(alice)
    advance(story.pk, force=True)
    character = story.characters.first()
    client.force_login(admin)
    page = client.get(f"/admin/characters/character/{character.pk}/change/")
    assert page.status_code == 200
    form = page.context["adminform"].form
    data = {name: form.initial.get(name, "") for name in form.fields}
    data.update({
        "story": story.pk, "name": character.name, "role": "Night janitor",
        "personality_traits": '["patient"]', "secrets": '["Saw everything."]', "secondary_goals": "[]",
        "fears": "[]", "talkativeness": "0.4", "active": "on",
        "relationships-TOTAL_FORMS": "0", "relationships-INITIAL_FORMS": "0",
        "revisions-TOTAL_FORMS": "0", "revisions-INITIAL_FORMS": "0",
    })
    data = {k: v for k, v in data.items() if v is not None}
    response = client.post(f"/admin/characters/character/{character.pk}/change/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    character.refresh_from_db()
    assert character.role == "Night janitor" and character.version == 2
    revision = CharacterRevision.objects.get(character=character)
    assert revision.editor == admin and revision.changes["role"][1] == "Night janitor"
    marker = story.turns.get(kind=Turn.Kind.MARKER)
    assert marker.content == f"{character.name} was rewritten by root."
    assert list(story.turns.values_list("index", flat=True)) == [0, 1]
