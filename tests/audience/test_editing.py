"""Editing mid-story: a character edit reaches the first prompt built after it (a prompt built
before keeps the old sheet), every change is a revision and a marker, two editors saving
the same version get a conflict instead of a silent overwrite, and edited turns become canon."""

import threading

import pytest
from django.db import connections
from django.test import Client

from characters.models import Character, CharacterRevision, Memory
from stories.models import Editor, LLMCall, Story, Turn, TurnRevision
from tests.audience.test_permissions import character_post
from tests.conftest import advance, make_story, make_user, signed_in

CHARACTER_LINE = "YOUR CHARACTER: "

pytestmark = pytest.mark.usefixtures("memory_layer")


def edit_url(character: Character) -> str:
    return f"/stories/{character.story_id}/characters/{character.pk}/edit/"


def contiguous(story: Story) -> bool:
    indexes = list(story.turns.order_by("index").values_list("index", flat=True))
    return indexes == list(range(len(indexes)))


def speaks(call: LLMCall) -> str:
    """Whose character prompt this is."""
    system = call.messages[0]["content"]
    line = next(line for line in system.splitlines() if line.startswith(CHARACTER_LINE))
    return line[len(CHARACTER_LINE):].split(",")[0]


def edit_during_a_held_character_call(alice, gate, new_style: str):
    """Hold a step inside its character call (prompt built), edit that character, release."""
    story = make_story(alice, turns=40)
    assert advance(story.pk, force=True) == "turn"  # cast
    gate.arm("character")
    results: list[str] = []

    def step() -> None:
        try:
            results.append(advance(story.pk, force=True))
        finally:
            connections.close_all()

    worker = threading.Thread(target=step)
    worker.start()
    assert gate.inside.wait(10), "the step never reached a character call"
    name = gate.held.context["name"]
    character = story.characters.get(name=name)
    old_style = character.speaking_style
    assert old_style and old_style != new_style
    held_prompt = "\n".join(m["content"] for m in gate.held.messages)
    assert f"Speaks: {old_style}" in held_prompt

    # The edit commits while that turn is being generated from the old sheet.
    response = signed_in(alice).post(edit_url(character), character_post(character, speaking_style=new_style))
    assert response.status_code == 200, response.content
    assert worker.is_alive(), "the held step must still be running when the edit commits"
    gate.release.set()
    worker.join(20)
    assert results == ["turn"]
    held_turn = story.turns.filter(character=character).order_by("-index").first()
    marker = story.turns.get(kind=Turn.Kind.MARKER)
    held_call = LLMCall.objects.filter(story=story, role="character").order_by("created_at", "id").first()
    return story, character, old_style, held_turn, marker, held_call


@pytest.mark.django_db(transaction=True)
def test_a_character_edit_reaches_the_first_prompt_built_after_it(alice, gated):
    new_style = "Speaks only in questions, each one sharper than the last."
    story, character, old_style, held_turn, marker, held_call = edit_during_a_held_character_call(
        alice, gated, new_style)
    name = character.name

    # The turn that was already being generated finished with the old sheet.
    assert marker.content == f"{name} was rewritten by alice."
    assert marker.index < held_turn.index, "the engine allocates its index at commit, after the marker"
    assert contiguous(story)
    assert speaks(held_call) == name
    assert f"Speaks: {old_style}" in held_call.messages[0]["content"]
    assert new_style not in str(held_call.messages)

    revision = CharacterRevision.objects.get(character=character, kind=CharacterRevision.Kind.EDIT)
    assert revision.editor == alice
    assert revision.at_turn == marker.index
    assert revision.changes["speaking_style"] == [old_style, new_style]
    assert revision.version == Character.objects.get(pk=character.pk).version == character.version + 1

    # Play on until the same character speaks again: that prompt was built after the edit.
    later = None
    for _ in range(25):
        later = story.turns.filter(character=character, index__gt=held_turn.index).first()
        if later is not None:
            break
        advance(story.pk, force=True)
    assert later is not None, f"{name} never spoke again"
    calls = [c for c in LLMCall.objects.filter(story=story, role="character").order_by("created_at", "id")
             if speaks(c) == name]
    assert len(calls) >= 2
    for call in calls[1:]:
        assert f"Speaks: {new_style}" in call.messages[0]["content"]
        assert f"Speaks: {old_style}" not in call.messages[0]["content"]
    assert contiguous(story)


@pytest.mark.django_db(transaction=True)
def test_the_held_call_is_filed_under_the_turn_it_produced(alice, gated):
    story, character, old_style, held_turn, marker, held_call = edit_during_a_held_character_call(
        alice, gated, "Whispers.")
    assert held_call.turn_index == held_turn.index, (
        f"the call that wrote turn {held_turn.index} is filed under turn {held_call.turn_index} (the marker)")


def _two_editors(alice):
    story = make_story(alice, turns=20)
    assert advance(story.pk, force=True) == "turn"
    edna = make_user("edna")
    Editor.objects.create(story=story, user=edna, added_by=alice)
    return story, edna


@pytest.mark.django_db
def test_the_second_editor_saving_the_same_version_gets_a_conflict(alice):
    story, edna = _two_editors(alice)
    character = story.characters.order_by("id").first()
    owner, editor = signed_in(alice), signed_in(edna)
    # Both open the form on the same version.
    forms = [c.get(edit_url(character)) for c in (owner, editor)]
    version = character.version
    for form in forms:
        assert form.status_code == 200
        assert f'name="version" value="{version}"' in form.content.decode()
    alice_data = character_post(character, speaking_style="Alice's version: terse.")
    edna_data = character_post(character, speaking_style="Edna's version: florid.", fears="Silence")
    assert alice_data["version"] == edna_data["version"] == str(version)

    assert owner.post(edit_url(character), alice_data).status_code == 200
    response = editor.post(edit_url(character), edna_data)
    assert response.status_code == 409
    body = response.content.decode()
    assert f"version {version + 1}" in body
    assert "Alice&#x27;s version: terse." in body or "Alice's version: terse." in body  # the current values
    assert f'name="version" value="{version + 1}"' in body  # ready to re-apply on the current version
    character.refresh_from_db()
    assert character.speaking_style == "Alice's version: terse."
    assert "Silence" not in character.fears
    assert character.version == version + 1
    assert CharacterRevision.objects.filter(character=character).count() == 1
    assert story.turns.filter(kind=Turn.Kind.MARKER).count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_editors_saving_at_once_one_wins_one_conflicts(alice):
    story, edna = _two_editors(alice)
    character = story.characters.order_by("id").first()
    version = character.version
    posts = {"alice": (signed_in(alice), character_post(character, speaking_style="Alice at once.")),
             "edna": (signed_in(edna), character_post(character, speaking_style="Edna at once."))}
    barrier = threading.Barrier(2)
    statuses: dict[str, int] = {}

    def save(who: str) -> None:
        client, data = posts[who]
        try:
            barrier.wait(timeout=10)
            statuses[who] = client.post(edit_url(character), data).status_code
        finally:
            connections.close_all()

    threads = [threading.Thread(target=save, args=(who,)) for who in posts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(statuses.values()) == [200, 409], statuses  # the conflict was actually met
    winner = next(who for who, status in statuses.items() if status == 200)
    character.refresh_from_db()
    assert character.speaking_style == f"{winner.title()} at once."
    assert character.version == version + 1
    assert CharacterRevision.objects.filter(character=character).count() == 1


@pytest.mark.django_db
def test_adding_and_retiring_characters(alice):
    story, edna = _two_editors(alice)
    editor = signed_in(edna)
    response = editor.post(f"/stories/{story.pk}/characters/new/", {
        "name": "Wren Okafor", "role": "night courier", "background": "Delivers what nobody signs for.",
        "personality_traits": "restless\nwry", "secrets": "She saw the body first", "speaking_style": "Breathless.",
        "primary_motivation": "Get paid and get out", "talkativeness": "0.9",
    })
    assert response.status_code == 200, response.content
    wren = story.characters.get(name="Wren Okafor")
    assert wren.active and wren.personality_traits == ["restless", "wry"]
    assert wren in story.scenes.order_by("-index").first().present.all()
    assert CharacterRevision.objects.filter(character=wren, kind=CharacterRevision.Kind.CREATE, editor=edna).exists()
    assert story.turns.filter(kind=Turn.Kind.MARKER, content__contains="Wren Okafor joins the cast").exists()
    # A name clash is refused.
    clash = editor.post(f"/stories/{story.pk}/characters/new/", {"name": "wren okafor", "talkativeness": "0.5"})
    assert clash.status_code == 400
    assert story.characters.filter(name__iexact="wren okafor").count() == 1

    retiree = story.characters.exclude(pk=wren.pk).order_by("id").first()
    response = editor.post(f"/stories/{story.pk}/characters/{retiree.pk}/retire/")
    assert response.status_code == 200
    retiree.refresh_from_db()
    assert not retiree.active
    assert CharacterRevision.objects.filter(character=retiree, kind=CharacterRevision.Kind.RETIRE).exists()
    retired_at = story.turns.get(kind=Turn.Kind.MARKER, content__contains=f"{retiree.name} leaves the story").index
    assert contiguous(story)

    for _ in range(12):
        if advance(story.pk, force=True) not in ("turn", "step"):
            break
    assert story.turns.filter(index__gt=retired_at).count() >= 8
    assert not story.turns.filter(character=retiree, index__gt=retired_at).exists(), "a retired character spoke"
    assert story.turns.filter(character=wren).exists(), "the new character never got a turn"
    later_calls = LLMCall.objects.filter(story=story, role="character", turn_index__gt=retired_at)
    assert later_calls.exists()
    assert not any(speaks(c) == retiree.name for c in later_calls)
    assert contiguous(story)


@pytest.mark.django_db
def test_an_edited_turn_keeps_its_old_text_and_becomes_canon(alice):
    story, edna = _two_editors(alice)
    for _ in range(2):
        assert advance(story.pk, force=True) == "turn"
    turn = story.turns.filter(character__isnull=False, kind=Turn.Kind.DIALOGUE).order_by("index").first()
    assert turn is not None
    old = turn.content
    new = "I moved the body before the launch party, and I would do it again."
    form = signed_in(edna).get(f"/stories/{story.pk}/turns/{turn.index}/edit/")
    assert form.status_code == 200
    response = signed_in(edna).post(f"/stories/{story.pk}/turns/{turn.index}/edit/", {"content": new, "action": ""})
    assert response.status_code == 200
    assert new in response.content.decode()
    turn.refresh_from_db()
    assert turn.content == new and turn.edited
    revision = TurnRevision.objects.get(turn=turn)
    assert revision.kind == TurnRevision.Kind.EDIT and revision.content == old and revision.editor == edna
    memories = list(Memory.objects.filter(turn=turn).values_list("content", flat=True))
    assert memories and all(new in m for m in memories)
    assert not any(old in m for m in memories)
    # Shown as edited to everyone.
    html = Client().get(f"/stories/{story.pk}/").content.decode()
    assert new in html and "edited" in html
    # Later turns treat the edited text as canon.
    assert advance(story.pk, force=True) == "turn"
    last_call = LLMCall.objects.filter(story=story).order_by("-created_at", "-id").first()
    prompt = "\n".join(m["content"] for m in last_call.messages)
    assert new in prompt and old not in prompt


@pytest.mark.django_db
def test_markers_and_headings_are_not_editable_as_turns(alice):
    story, edna = _two_editors(alice)
    scene_turn = story.turns.get(index=0)
    before = scene_turn.content
    response = signed_in(edna).post(f"/stories/{story.pk}/turns/0/edit/", {"content": "Hacked", "action": ""})
    assert response.status_code == 400
    scene_turn.refresh_from_db()
    assert scene_turn.content == before and not scene_turn.edited
